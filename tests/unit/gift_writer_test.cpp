// GIFT export: Moodle's shapes, escapes, and round trips JSON -> GIFT -> JSON.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/interop/gift_reader.h"
#include "core/interop/gift_writer.h"
#include "support/interop_helpers.h"
#include "support/random_bank.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

ImportResult reimport(const Bank& bank, bool with_base) {
    ExportResult out = write_gift(bank);
    REQUIRE(out.ok());
    ImportOptions options;
    options.source_path = "elsewhere.gift";
    if (with_base) options.base = bank;
    return read_gift(out.text, options);
}

// Every question, field by field, via the canonical JSON text. GIFT has no poll or matrix type:
// those are left out of the file, each named, and of the comparison.
void check_round_trip(const Bank& bank, bool with_base) {
    Bank original = bank;
    std::erase_if(original.questions, [](const Question& q) {
        return q.type == QuestionType::poll || q.type == QuestionType::matrix;
    });
    CHECK(write_gift(bank).questions_left_out == bank.questions.size() - original.questions.size());
    ImportResult back = reimport(bank, with_base);
    INFO(describe(back));
    REQUIRE(back.ok());
    CHECK(back.skipped == 0);
    CHECK(back.bank.id == original.id);  // from the [statecraft:bank=...] annotation
    CHECK(back.bank.title == original.title);
    std::string want = to_json_text(interop_projection(original, with_base));
    std::string got = to_json_text(interop_projection(back.bank, with_base));
    INFO(first_difference(want, got));
    CHECK(got == want);
}

}  // namespace

TEST_CASE("gift: escape writes every control character Moodle's repchar escapes") {
    CHECK(gift_escape("a\\b ~ = # { } : x\r\ny") == "a\\\\b \\~ \\= \\# \\{ \\} \\: x\\ny");
}

TEST_CASE("export: GIFT of each type has the shapes Moodle reads") {
    LoadedBank loaded =
        load_bank_file(std::string(STATECRAFT_SOURCE_DIR) + "/questions/examples/all-types.json");
    REQUIRE(loaded.ok());
    ExportResult out = write_gift(loaded.bank);
    REQUIRE(out.ok());
    const std::string& t = out.text;
    CHECK(t.find("// [statecraft:category=format]\n$CATEGORY: $course$/top/The format\n") !=
          std::string::npos);
    CHECK(t.find("::single-example::Which field names the kind of a "
                 "question?{\n\t=type\n\t~category#The category") != std::string::npos);
    CHECK(t.find("\t~%33.33333%matching\n\t~%33.33333%ordering\n\t~%-33.33333%essay#") !=
          std::string::npos);
    CHECK(t.find("::true-false-example::A choice can carry its own feedback.{TRUE####Feedback on a "
                 "choice") != std::string::npos);
    CHECK(t.find("\t=single -> choices\n") != std::string::npos);
    CHECK(t.find("\t= -> answers\n") != std::string::npos);
    CHECK(
        t.find("// [statecraft:ordering] [statecraft:difficulty=1] [statecraft:refs=feedback]\n") !=
        std::string::npos);
    CHECK(t.find("\t=Read the prompt -> 1st\n\t=Choose an answer -> 2nd\n\t=Submit -> 3rd\n\t=Read "
                 "the explanation -> 4th\n") != std::string::npos);
    CHECK(t.find("\t=statecraft.bank\n\t####The \"format\" field") != std::string::npos);
}

TEST_CASE("export: questions GIFT cannot express are refused with their id") {
    Bank bank = random_bank(7, 6);
    bank.questions[3].pairs[0].left = "a -> b";  // matching
    ExportResult out = write_gift(bank);
    REQUIRE_FALSE(out.ok());
    CHECK(out.problems.at(0).find("question \"q-3\"") != std::string::npos);
}

TEST_CASE("gift: round trip of questions/examples/all-types.json keeps every question") {
    LoadedBank loaded =
        load_bank_file(std::string(STATECRAFT_SOURCE_DIR) + "/questions/examples/all-types.json");
    REQUIRE(loaded.ok());
    check_round_trip(loaded.bank, false);
    check_round_trip(loaded.bank, true);  // with --base, refs and the briefing survive too
}

TEST_CASE("gift: round trip of generated banks with awkward text") {
    for (std::uint32_t seed : {1u, 2u, 3u, 42u}) {
        CAPTURE(seed);
        Bank bank = random_bank(seed);
        REQUIRE(load_bank_text(to_json_text(bank)).ok());
        check_round_trip(bank, false);
        check_round_trip(bank, true);
    }
}

TEST_CASE("gift: round trip of the shipped banks") {
    int banks = 0;
    for (const LoadedBank& loaded :
         load_bank_folder(std::string(STATECRAFT_SOURCE_DIR) + "/questions")) {
        CAPTURE(loaded.path.string());
        REQUIRE(loaded.ok());
        check_round_trip(loaded.bank, false);
        check_round_trip(loaded.bank, true);
        ++banks;
    }
    MESSAGE("shipped banks round-tripped through GIFT: " << banks);
    CHECK(banks >= 2);
}
