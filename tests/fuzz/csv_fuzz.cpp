// libFuzzer target: read_csv on any bytes must not crash, and whatever it accepts must be
// a valid bank that survives write_csv -> read_csv with the same questions.
#include <cstdint>
#include <string>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/interop/csv_reader.h"
#include "core/interop/csv_writer.h"

using namespace statecraft;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult result = read_csv(text, ImportOptions{{}, {}, "fuzz.csv", {}});
    if (!result.ok()) return 0;
    if (!load_bank_text(to_json_text(result.bank)).ok()) __builtin_trap();
    ExportResult out = write_csv(result.bank);
    if (!out.ok()) return 0;  // e.g. a tag holding ',' or '|': refused, not a bug
    ImportResult again = read_csv(out.text, ImportOptions{{}, {}, "fuzz.csv", {}});
    if (!again.ok() || again.bank.questions.size() != result.bank.questions.size())
        __builtin_trap();
    return 0;
}
