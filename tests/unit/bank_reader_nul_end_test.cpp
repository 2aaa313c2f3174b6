// The reader's two ways through RapidJSON: a plain ASCII file followed by a NUL (every mapped
// file) is read by the stream for NUL-terminated text without encoding checks, any other text
// by the bounded, validating one. Both must give the same bank and the same diagnostics, and
// a file that fills its last page exactly must neither crash nor lose its last byte.
#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_reader.h"
#include "core/bank/bank_writer.h"
#include "support/bank_fixture.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

std::string describe_read(const ReadResult& r) {
    std::string out = r.syntax_ok ? "syntax ok\n" : "syntax broken\n";
    out += describe(r.diagnostics);
    if (r.syntax_ok) out += to_json_text(r.bank, -1);
    return out;
}

// A valid bank's text with its last "}" replaced by tail.
std::string bank_ending(const std::string& tail) {
    std::string text = valid_bank_json().dump();
    text.pop_back();
    return text + tail;
}

std::string write_file(const ScratchDir& dir, const std::string& name, const std::string& text) {
    const auto path = dir.path() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::size_t page_size() {
    return static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

TEST_CASE("bank reader: a text read as NUL-ended gives the same bank and diagnostics") {
    const std::string valid = valid_bank_json().dump();
    const std::string cases[] = {
        valid,
        valid_bank_json().dump(2),                            // other layout, line breaks
        bank_ending(R"(,"x-tool":{"a":[1,2.5,"s"]}})"),       // an unknown field, kept
        bank_ending(R"(,"review_by":"2030-01-01"})") + "  ",  // trailing spaces
        bank_ending("}") + " {}",                             // a second value
        bank_ending(",}"),                                    // a syntax error at the end
        bank_ending(""),                                      // truncated
        bank_ending(R"(,"title":"unterminated)"),             // truncated inside a string
        valid.substr(0, valid.size() / 2),                    // cut in the middle
        bank_ending(",\"title\":\"tab\tinside\"}"),           // a raw control character
        bank_ending(R"(,"title":"Zu\u0308rich"})"),           // an escape: the checked way
        bank_ending(R"(,"title":"Zürich"})"),                 // UTF-8: the checked way
        std::string("{\"format\": \"a") + '\0' + "b\"}",      // NUL inside: the checked way
        "",
        "   ",
        "[]",
        "nul",
        "{\"format\":",
    };
    for (const std::string& text : cases) {
        INFO(text.substr(0, 200));
        ReadResult bounded = read_bank_json(text, TextEnd::unknown);
        ReadResult nul_ended = read_bank_json(text, TextEnd::nul);  // std::string: NUL follows
        CHECK(describe_read(nul_ended) == describe_read(bounded));
    }
}

TEST_CASE("bank reader: a file that fills its last page exactly loads, whole or cut") {
    ScratchDir dir;
    const std::size_t page = page_size();
    std::string valid = valid_bank_json().dump();
    REQUIRE(valid.size() < page);
    std::string exact = valid;
    exact.insert(exact.size() - 1, page - valid.size(), ' ');  // spaces before the last "}"
    REQUIRE(exact.size() == page);
    LoadedBank whole = load_bank_file(write_file(dir, "exact.json", exact));
    INFO(describe(whole));
    CHECK(whole.ok());
    CHECK(whole.bank.questions.size() == load_bank_text(valid).bank.questions.size());

    // Cut before the closing brace: the parser reaches the end of the page and stops there.
    std::string cut = exact.substr(0, page - 1) + ' ';
    LoadedBank broken = load_bank_file(write_file(dir, "cut.json", cut));
    REQUIRE(!broken.diagnostics.empty());
    CHECK(broken.diagnostics.front().message.find("syntax error") == 0);
    CHECK(describe(broken.diagnostics) == describe(load_bank_text(cut).diagnostics));

    // Two pages, the second cut inside a string.
    std::string two = bank_ending(R"(,"title":")") + std::string(2 * page, 'a');
    two.resize(2 * page);
    LoadedBank in_string = load_bank_file(write_file(dir, "two.json", two));
    REQUIRE(!in_string.ok());
    CHECK(describe(in_string.diagnostics) == describe(load_bank_text(two).diagnostics));
}

TEST_CASE("bank reader: a mapped file with broken UTF-8 is still checked") {
    ScratchDir dir;
    LoadedBank loaded =
        load_bank_file(write_file(dir, "bad.json", bank_ending(",\"title\":\"caf\xC3\"}")));
    REQUIRE(!loaded.ok());
    CHECK(describe(loaded.diagnostics) ==
          describe(load_bank_text(bank_ending(",\"title\":\"caf\xC3\"}")).diagnostics));
}
