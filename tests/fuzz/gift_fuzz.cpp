// libFuzzer target: read_gift on any bytes must not crash, and whatever it accepts must be
// a valid bank that survives write_gift -> read_gift with the same questions.
#include <cstdint>
#include <string>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/interop/gift_reader.h"
#include "core/interop/gift_writer.h"

using namespace statecraft;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult result = read_gift(text, ImportOptions{{}, {}, "fuzz.gift", {}});
    if (!result.ok()) return 0;
    std::string json = to_json_text(result.bank);
    if (!load_bank_text(json).ok()) __builtin_trap();  // an accepted import must validate
    ExportResult out = write_gift(result.bank);
    if (!out.ok()) return 0;  // e.g. "->" inside a matching left side: refused, not a bug
    ImportResult again = read_gift(out.text, ImportOptions{{}, {}, "fuzz.gift", {}});
    if (!again.ok() || again.bank.questions.size() != result.bank.questions.size())
        __builtin_trap();
    return 0;
}
