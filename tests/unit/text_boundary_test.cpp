// Text at the boundaries (issue 20 item 1, issue 21): every string of a bank is valid Unicode
// after unescaping or the bank is refused with the field and the question; imports refuse
// broken text with line and column; what is kept is NFC; messages are escaped.
#include <doctest/doctest.h>

#include "core/bank/bank_writer.h"
#include "core/interop/csv_reader.h"
#include "core/interop/gift_reader.h"
#include "core/lint/lint.h"
#include "core/session/answer_check.h"
#include "core/text/utf8.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// The fixture bank as text with MARK replaced by raw JSON (escapes nlohmann would not write).
std::string bank_with(const std::string& field_path_marker, const std::string& raw) {
    std::string text = valid_bank_json().dump();
    std::size_t at = text.find(field_path_marker);
    REQUIRE(at != std::string::npos);
    text.replace(at, field_path_marker.size(), raw);
    return text;
}

}  // namespace

TEST_CASE("text: a lone surrogate escape in a choice id is refused with pointer and question") {
    // The reproducer of issue 20: "\udc00d" passed validate and crashed the app on submit.
    LoadedBank loaded = load_bank_text(bank_with(R"("id":"b")", R"("id":"\udc00d")"), "t.json");
    CHECK_FALSE(loaded.ok());
    CHECK(has_diagnostic(loaded, Severity::error, "/questions/0/choices/1/id",
                         "lone UTF-16 surrogate"));
    bool named = false;
    for (const Diagnostic& d : loaded.diagnostics) named |= d.question_id == "q-single";
    CHECK(named);
}

TEST_CASE("text: NUL, high surrogates and broken keys are refused where they are") {
    LoadedBank nul = load_bank_text(bank_with(R"("prompt":"Who?")", R"("prompt":"Who\u0000?")"));
    CHECK(has_diagnostic(nul, Severity::error, "/questions/0/prompt", "NUL"));
    LoadedBank high = load_bank_text(bank_with(R"("title":"Test bank")", R"("title":"\ud800x")"));
    REQUIRE_FALSE(high.ok());  // RapidJSON itself refuses a high surrogate without its pair
    CHECK(high.diagnostics.front().line == 1);
    CHECK(high.diagnostics.front().message.find("surrogate") != std::string::npos);
    LoadedBank in_list = load_bank_text(bank_with(R"("accept":[)", R"("accept":["\udfff",)"));
    CHECK(has_diagnostic(in_list, Severity::error, "/questions/5/accept/0", "surrogate"));
    LoadedBank key =
        load_bank_text(bank_with(R"("prompt":"Who?")", R"("prompt":"Who?","x\u0000\u001b":1)"));
    CHECK_FALSE(key.ok());
    std::string all;
    for (const Diagnostic& d : key.diagnostics) all += format_diagnostic("t.json", d) + "\n";
    CHECK(all.find("x\\u0000\\u001b") != std::string::npos);
    CHECK(all.find('\0') == std::string::npos);
    CHECK(all.find('\x1b') == std::string::npos);
    // A valid pair is fine and stays one code point.
    LoadedBank pair =
        load_bank_text(bank_with(R"("title":"Test bank")", R"("title":"\ud83d\ude00")"));
    CHECK(pair.ok());
    CHECK(pair.bank.title == "\xF0\x9F\x98\x80");
}

TEST_CASE("text: an ASCII file's escapes are still checked and kept in NFC") {
    // The reader skips the per-string checks for a plain ASCII file without \u escapes only.
    std::string text = bank_with(R"("prompt":"Who?")", R"("prompt":"Caf\u0065\u0301?")");
    REQUIRE(is_plain_ascii(text));
    LoadedBank loaded = load_bank_text(text);
    REQUIRE(loaded.ok());
    CHECK(loaded.bank.questions[0].prompt == "Caf\xC3\xA9?");
    LoadedBank nul = load_bank_text(bank_with(R"("id":"b")", R"("id":"b\u0000")"));
    CHECK(has_diagnostic(nul, Severity::error, "/questions/0/choices/1/id", "NUL"));
}

TEST_CASE("text: bank strings are NFC after loading and a bank with ignore_accents round-trips") {
    LoadedBank loaded =
        load_bank_text(bank_with(R"("prompt":"Who?")", R"("prompt":"Cafe\u0301 Zu\u0308rich?")"));
    REQUIRE(loaded.ok());
    CHECK(loaded.bank.questions[0].prompt == "Caf\xC3\xA9 Z\xC3\xBCrich?");

    nlohmann::json j = valid_bank_json();
    j["questions"][5]["ignore_accents"] = true;
    j["questions"][5]["accept"] = {"Zurich"};
    LoadedBank with = load_json(j);
    REQUIRE(with.ok());
    const Question& q = with.bank.questions[5];
    CHECK(q.ignore_accents);
    CHECK(to_json_text(with.bank).find("\"ignore_accents\": true") != std::string::npos);
    CHECK(check_answer(q, Answer::short_text("Z\xC3\xBCrich")).correct);
    CHECK(check_answer(q, Answer::short_text("Zu\xCC\x88rich")).correct);  // decomposed
    // An old bank without the field is valid and compares accents.
    LoadedBank old = load_json(valid_bank_json());
    REQUIRE(old.ok());
    CHECK_FALSE(old.bank.questions[5].ignore_accents);
    j["questions"][5]["ignore_accents"] = "yes";
    CHECK(has_diagnostic(load_json(j), Severity::error, "/questions/5/ignore_accents"));
}

TEST_CASE("text: lint hints when accepted spellings differ only in accents") {
    nlohmann::json j = valid_bank_json();
    j["questions"][5]["accept"] = {"Zurich", "Z\xC3\xBCrich"};
    LoadedBank loaded = load_json(j);
    REQUIRE(loaded.ok());
    Diagnostics hints = lint_bank(loaded.bank, {});
    bool found = false;
    for (const Diagnostic& d : hints)
        found |= d.pointer == "/questions/5/accept/1" &&
                 d.message.find("ignore_accents") != std::string::npos;
    CHECK(found);
    j["questions"][5]["ignore_accents"] = true;
    for (const Diagnostic& d : lint_bank(load_json(j).bank, {}))
        CHECK(d.message.find("ignore_accents") == std::string::npos);
    j["questions"][5]["ignore_accents"] = false;
    j["questions"][5]["accept"] = {"Zurich", "Geneva"};
    for (const Diagnostic& d : lint_bank(load_json(j).bank, {}))
        CHECK(d.message.find("ignore_accents") == std::string::npos);
}

TEST_CASE("text: GIFT and CSV imports refuse broken text with line and column, keep NFC") {
    ImportResult nul = read_gift(std::string("::q1:: Who? {=A ~B}\n\n::q2:: Wh\0o? {=A ~B}\n", 42));
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.messages.front().line == 3);
    CHECK(nul.messages.front().message.find("column 10") != std::string::npos);
    CHECK(nul.messages.front().message.find("NUL") != std::string::npos);
    ImportResult overlong = read_csv("type,prompt,answer\nshort_answer,Who \xC0\xAF,x\n");
    REQUIRE_FALSE(overlong.ok());
    CHECK(overlong.messages.front().line == 2);
    CHECK(overlong.messages.front().message.find("overlong") != std::string::npos);
    ImportResult nfc = read_gift("::q1:: Cafe\xCC\x81? {=Zu\xCC\x88rich =Bern}\n");
    REQUIRE(nfc.ok());
    CHECK(nfc.bank.questions[0].prompt == "Caf\xC3\xA9?");
    CHECK(nfc.bank.questions[0].accept.front() == "Z\xC3\xBCrich");
}

TEST_CASE("text: import messages escape what the file holds") {
    ImportMessage m{ImportSeverity::error, 3, "bad \x1b[2J field \"\xE2\x80\xAE\""};
    std::string line = format_import_message("f.gift", m);
    CHECK(line == "f.gift:3: error: bad \\u001b[2J field \"\\u202e\"");
}
