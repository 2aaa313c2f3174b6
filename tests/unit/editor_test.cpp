// The editor's document: undo/redo, the dirty flag, live validation, atomic save that keeps
// unknown fields, the recovery copy on an injected clock, and error locations.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/bank/bank_loader.h"
#include "core/editor/editable_bank.h"
#include "core/editor/recovery.h"
#include "support/bank_fixture.h"
#include "support/interop_helpers.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

EditableBank fixture_doc(const fs::path& path = {}) {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    return EditableBank(loaded.bank, path);
}

void set_prompt(EditableBank& doc, const std::string& text) {
    REQUIRE(doc.apply(bank_edit::SetText{TextField::prompt, 0, -1, text}));
}

void set_title(EditableBank& doc, const std::string& text) {
    REQUIRE(doc.apply(bank_edit::SetText{TextField::bank_title, -1, -1, text}));
}

}  // namespace

TEST_CASE("editor: undo and redo restore each step, and a new edit clears redo") {
    EditableBank doc = fixture_doc();
    std::string original = doc.bank().questions[0].prompt;
    REQUIRE(doc.apply(bank_edit::RemoveItem{EditList::questions, -1, 1}));
    set_title(doc, "Renamed");
    CHECK(doc.bank().questions.size() == 5);
    CHECK(doc.undo_label() == "Edit Title");
    REQUIRE(doc.undo());
    CHECK(doc.bank().title == "Test bank");
    REQUIRE(doc.undo());
    CHECK(doc.bank().questions.size() == 6);
    CHECK_FALSE(doc.undo());
    REQUIRE(doc.redo());
    CHECK(doc.bank().questions.size() == 5);
    CHECK(doc.redo_label() == "Edit Title");
    set_prompt(doc, "New");
    CHECK_FALSE(doc.can_redo());
    CHECK(doc.bank().questions[0].prompt == "New");
    CHECK(original != "New");
}

TEST_CASE("editor: typing in one field is one undo step") {
    EditableBank doc = fixture_doc();
    REQUIRE(doc.bank().questions[0].prompt == "Who?");
    for (std::string text : {"W", "Wh", "Wha", "What?"}) set_prompt(doc, text);
    set_title(doc, "T");
    REQUIRE(doc.undo());
    CHECK(doc.bank().questions[0].prompt == "What?");
    REQUIRE(doc.undo());  // the four keystrokes go back in one step
    CHECK(doc.bank().questions[0].prompt == "Who?");
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("editor: dirty follows the saved state through undo and redo") {
    testing::ScratchDir dir;
    fs::path file = dir.path() / "bank.json";
    EditableBank doc = fixture_doc(file);
    CHECK_FALSE(doc.dirty());
    set_prompt(doc, "Changed");
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.redo());
    CHECK(doc.dirty());
    std::string error;
    REQUIRE(doc.save(error));
    CHECK_FALSE(doc.dirty());
    set_prompt(doc, "Changed again");  // not merged into the step before the save
    REQUIRE(doc.undo());
    CHECK(doc.bank().questions[0].prompt == "Changed");
    CHECK_FALSE(doc.dirty());
    CHECK(EditableBank::create("new-bank", "New").dirty());
}

TEST_CASE("editor: live validation uses the validator's messages and follows each change") {
    EditableBank doc = fixture_doc();
    CHECK(doc.valid());
    REQUIRE(doc.apply(bank_edit::SetRight{0, 0, false}));
    CHECK_FALSE(doc.valid());
    bool found = false;
    for (const Diagnostic& d : doc.diagnostics())
        found = found || (d.pointer == "/questions/0/choices" &&
                          d.message.find("exactly one correct") != std::string::npos);
    CHECK(found);
    REQUIRE(doc.undo());
    CHECK(doc.valid());
    EditableBank fresh = EditableBank::create("new-bank", "New");
    CHECK_FALSE(fresh.valid());  // no questions yet
}

TEST_CASE("editor: save is atomic, keeps unknown fields, and open refuses broken JSON") {
    testing::ScratchDir dir;
    fs::path file = dir.path() / "bank.json";
    nlohmann::json j = valid_bank_json();
    j["x-future"] = {{"kept", true}};
    j["questions"][0]["x-note"] = "mine";
    { std::ofstream(file) << j.dump(2); }
    Diagnostics ds;
    auto doc = EditableBank::open(file, ds);
    REQUIRE(doc);
    set_prompt(*doc, "Saved prompt");
    std::string error;
    REQUIRE(doc->save(error));
    std::string text = read_text(file.string());
    CHECK(text.find("\"x-future\"") != std::string::npos);
    CHECK(text.find("\"x-note\": \"mine\"") != std::string::npos);
    CHECK(text.find("Saved prompt") != std::string::npos);
    for (const auto& entry : fs::directory_iterator(dir.path()))  // no temporary file left behind
        CHECK(entry.path().filename() == "bank.json");
    CHECK(load_bank_file(file).ok());

    { std::ofstream(dir.path() / "broken.json") << "{\"format\": "; }
    CHECK_FALSE(EditableBank::open(dir.path() / "broken.json", ds));
    CHECK(has_errors(ds));
    j["questions"][0]["choices"][0]["correct"] = false;  // a rule error: opens, to be fixed
    { std::ofstream(dir.path() / "rules.json") << j.dump(); }
    auto fixable = EditableBank::open(dir.path() / "rules.json", ds);
    REQUIRE(fixable);
    CHECK_FALSE(fixable->valid());

    EditableBank unsaved = EditableBank::create("new-bank", "New");
    CHECK_FALSE(unsaved.save(error));
    CHECK(error.find("choose where") != std::string::npos);
    REQUIRE(unsaved.save_as(dir.path() / "new.json", error));
    CHECK(fs::exists(dir.path() / "new.json"));
    CHECK_FALSE(unsaved.dirty());
}

TEST_CASE("editor: the recovery copy is written once a minute while there are unsaved changes") {
    testing::ScratchDir dir;
    fs::path file = dir.path() / "bank.json";
    EditableBank doc = fixture_doc(file);
    fs::path copy = recovery_path_for(doc, dir.path());
    CHECK(copy == dir.path() / ".bank.recovery.json");
    RecoveryWriter writer(copy, 60'000);
    std::string error;
    CHECK_FALSE(writer.tick(doc, 0, error));  // nothing unsaved
    set_prompt(doc, "Unsaved work");
    CHECK_FALSE(writer.tick(doc, 1'000, error));  // the minute starts at the first change
    CHECK_FALSE(writer.tick(doc, 60'999, error));
    CHECK(writer.tick(doc, 61'000, error));
    REQUIRE(fs::exists(copy));
    auto recovered = read_recovery(copy);
    REQUIRE(recovered);
    CHECK(recovered->questions[0].prompt == "Unsaved work");
    CHECK_FALSE(writer.tick(doc, 200'000, error));  // unchanged since the copy
    set_prompt(doc, "More work");
    CHECK(writer.tick(doc, 200'500, error));  // the last copy is over a minute old: copy now
    CHECK(read_recovery(copy)->questions[0].prompt == "More work");
    set_prompt(doc, "Even more");
    CHECK_FALSE(writer.tick(doc, 210'000, error));  // the last copy is 10 s old
    CHECK(writer.tick(doc, 260'500, error));
    CHECK(read_recovery(copy)->questions[0].prompt == "Even more");
    REQUIRE(doc.save(error));
    writer.discard();
    CHECK_FALSE(fs::exists(copy));
    CHECK_FALSE(writer.tick(doc, 999'000, error));
    CHECK(recovery_path_for(EditableBank::create("draft", "Draft"), dir.path()) ==
          dir.path() / ".draft.recovery.json");
}

TEST_CASE("editor: a diagnostic's pointer locates its field") {
    FieldLocation a = locate("/questions/3/choices/1/text");
    CHECK(a.section == "questions");
    CHECK(a.index == 3);
    CHECK(a.field == "choices");
    CHECK(a.item == 1);
    CHECK(a.item_field == "text");
    FieldLocation b = locate("/source/sections/2/heading");
    CHECK(b.section == "source");
    CHECK(b.field == "sections");
    CHECK(b.item == 2);
    CHECK(b.item_field == "heading");
    FieldLocation c = locate("/title");
    CHECK(c.section == "title");
    CHECK(c.index == -1);
    FieldLocation d = locate("/categories/0/id");
    CHECK(d.index == 0);
    CHECK(d.field == "id");
}
