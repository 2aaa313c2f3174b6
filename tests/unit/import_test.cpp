// What every import shares: default id and title, --base, refs, and validation errors
// placed at the question's line.
#include <doctest/doctest.h>

#include "core/bank/bank_loader.h"
#include "core/interop/csv_reader.h"
#include "core/interop/gift_reader.h"
#include "support/bank_fixture.h"
#include "support/interop_helpers.h"

using namespace statecraft;
using namespace statecraft::testing;

TEST_CASE("import: bank id and title come from the file name unless the file or the caller says") {
    CHECK(bank_id_from_path("Unit 3 (Iran).gift.txt") == "unit-3-iran");
    CHECK(bank_title_from_path("/x/Unit 3 (Iran).gift.txt") == "Unit 3 (Iran)");
    CHECK(bank_id_from_path("Ελλάδα.csv") == "imported");
    ImportResult named = read_gift("Q?{T}", ImportOptions{{}, {}, "My Quiz.gift", {}});
    REQUIRE(named.ok());
    CHECK(named.bank.id == "my-quiz");
    CHECK(named.bank.title == "My Quiz");
    ImportResult annotated =
        read_gift("// [statecraft:bank=unit-1] [statecraft:title=Unit 1]\n\nQ?{T}",
                  ImportOptions{{}, {}, "x.gift", {}});
    CHECK(annotated.bank.id == "unit-1");
    CHECK(annotated.bank.title == "Unit 1");
    ImportResult forced = read_gift("// [statecraft:bank=unit-1]\n\nQ?{T}",
                                    ImportOptions{"forced-id", "Forced", "x.gift", {}});
    CHECK(forced.bank.id == "forced-id");
    CHECK(forced.bank.title == "Forced");
}

TEST_CASE("import: --base supplies metadata and briefing, so refs survive") {
    LoadedBank base = load_json(valid_bank_json());
    REQUIRE(base.ok());
    std::string gift = "// [statecraft:refs=s1,missing]\n::new-q::Is this new?{TRUE####Yes.}";
    ImportResult without = read_gift(gift, ImportOptions{{}, {}, "x.gift", {}});
    REQUIRE(without.ok());
    CHECK(without.bank.questions[0].refs.empty());
    CHECK(has_message(without, ImportSeverity::note, 2, "ref \"s1\" left out"));
    ImportResult with = read_gift(gift, ImportOptions{{}, {}, "x.gift", base.bank});
    INFO(describe(with));
    REQUIRE(with.ok());
    CHECK(with.bank.id == "test-bank");
    CHECK(with.bank.source->sections.size() == 1);
    CHECK(with.bank.questions.size() == 1);  // the imported questions replace the base's
    CHECK(with.bank.questions[0].refs == std::vector<std::string>{"s1"});
    CHECK(has_message(with, ImportSeverity::note, 2, "ref \"missing\" left out"));
    // The base's categories come first; the import's own are added.
    CHECK(with.bank.categories.size() == 3);
    CHECK(with.bank.categories.back().id == "imported");
}

TEST_CASE("import: what the validator refuses is an error at the question's line") {
    std::string long_prompt(2100, 'x');
    ImportResult r = read_csv(
        "type,prompt,answer\ntrue_false,Fine?,true\ntrue_false," + long_prompt + ",false\n",
        ImportOptions{{}, {}, "x.csv", {}});
    CHECK_FALSE(r.ok());
    CHECK(has_message(r, ImportSeverity::error, 3, "longer than 2,000 characters"));
}

TEST_CASE("import: messages are ordered by line, whole-file messages last") {
    ImportResult r;
    r.add(ImportSeverity::note, 9, "b");
    r.add(ImportSeverity::error, 0, "file");
    r.add(ImportSeverity::note, 2, "a");
    r.sort_messages();
    CHECK(r.messages[0].line == 2);
    CHECK(r.messages[1].line == 9);
    CHECK(r.messages[2].line == 0);
    CHECK(format_import_message("f.gift", r.messages[0]) == "f.gift:2: note: a");
    CHECK(format_import_message("f.gift", r.messages[2]) == "f.gift: error: file");
}
