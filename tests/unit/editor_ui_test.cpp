// The bank editor in the app, headless: a bank built through the editor's intents and its
// widgets (typing into fields), live validation, clicking an error, undo/redo keys, the
// unsaved-changes prompt, the recovery copy, saving and playing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "app/sample_state.h"
#include "core/bank/bank_loader.h"
#include "core/editor/question_edit.h"
#include "core/editor/recovery.h"
#include "support/bank_fixture.h"
#include "support/scratch_dir.h"
#include "support/ui_harness.h"

#include <imgui_internal.h>

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;
namespace ed = statecraft::intent::editor;

namespace {

struct EditorFixture {
    testing::ScratchDir scratch;
    fs::path user = scratch.path() / "banks";
    ManualClock clock{0};
    std::unique_ptr<AppController> controller;

    EditorFixture() {
        BankSources sources;
        sources.user = user;
        sources.extra = fs::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json";
        AppState state;
        scan_banks(state.home, sources);
        ControllerOptions options;
        options.seed = 3;
        options.catalog = sources;
        controller = std::make_unique<AppController>(std::move(state), clock, options);
    }
    const AppState& state() const { return controller->state(); }
    const EditorState& editor() const { return state().editor; }
    const Bank& bank() const { return editor().doc->bank(); }
    void act(ed::Action a) { controller->apply(intent::Editor{std::move(a)}); }
    void edit(BankEdit change, int select = -1) { act(ed::Edit{std::move(change), select}); }
    // Frames until the UI is quiet, applying every intent it gives (as the app's loop does).
    void run(UiHarness& ui, int frames = 4) {
        for (int f = 0; f < frames; ++f) {
            Intent i = ui.frame(state());
            if (has_intent(i)) controller->apply(i);
        }
    }
    // Goes to a field as a clicked error does and types into it.
    void type_into(UiHarness& ui, const std::string& pointer, const std::string& text) {
        act(ed::GoTo{pointer});
        run(ui);
        ui.type(text);
        run(ui);
    }
};

bool has_message(const Diagnostics& diags, const std::string& pointer) {
    for (const Diagnostic& d : diags)
        if (d.pointer == pointer && d.severity == Severity::error) return true;
    return false;
}

}  // namespace

TEST_CASE("editor ui: a new bank built in the editor validates live and saves as a valid bank") {
    UiHarness ui;
    EditorFixture app;
    app.act(ed::Open{true});
    REQUIRE(app.state().screen == Screen::editor);
    REQUIRE(app.editor().doc);
    CHECK_FALSE(app.editor().doc->valid());  // no questions yet
    app.run(ui);

    // Metadata by typing into the fields.
    app.type_into(ui, "/title", "Sanctions");  // focusing a field selects its text
    CHECK(app.bank().title == "Sanctions");
    // A category, then one question of every type.
    app.edit(bank_edit::AddItem{EditList::categories});
    app.edit(bank_edit::SetText{TextField::category_id, -1, 1, "law"});
    app.edit(bank_edit::SetText{TextField::category_title, -1, 1, "International law"});
    CHECK(app.bank().categories.size() == 2);
    CHECK(app.bank().categories[1].id == "law");
    for (int t = 0; t < 6; ++t) app.edit(bank_edit::AddQuestion{QuestionType(t)}, t);
    REQUIRE(app.bank().questions.size() == 6);
    app.run(ui);
    // Empty prompts are errors with the validator's own messages, live.
    for (int q = 0; q < 6; ++q)
        CHECK(has_message(app.editor().doc->diagnostics(),
                          "/questions/" + std::to_string(q) + "/prompt"));

    // Fill every question through its widgets.
    for (int q = 0; q < 6; ++q) {
        const std::string base = "/questions/" + std::to_string(q);
        app.type_into(ui, base + "/prompt", "Prompt " + std::to_string(q));
        app.type_into(ui, base + "/explanation", "Because.");
        CHECK(app.bank().questions[q].prompt == "Prompt " + std::to_string(q));
        const Question& question = app.bank().questions[q];
        switch (question.type) {
            case QuestionType::single:
            case QuestionType::multiple:
                for (int c = 0; c < 2; ++c)
                    app.type_into(ui, base + "/choices/" + std::to_string(c) + "/text",
                                  "Choice " + std::to_string(c));
                break;
            case QuestionType::matching:
                for (int c = 0; c < 2; ++c) {
                    app.type_into(ui, base + "/pairs/" + std::to_string(c) + "/left",
                                  "L" + std::to_string(c));
                    app.type_into(ui, base + "/pairs/" + std::to_string(c) + "/right",
                                  "R" + std::to_string(c));
                }
                break;
            case QuestionType::ordering:
                for (int c = 0; c < 3; ++c)
                    app.type_into(ui, base + "/sequence/" + std::to_string(c),
                                  "Step " + std::to_string(c));
                break;
            case QuestionType::short_answer:
                app.type_into(ui, base + "/accept/0", "Vienna");
                break;
            case QuestionType::true_false:
            case QuestionType::estimate:  // not among the six built here: their own tests
            case QuestionType::poll:
            case QuestionType::matrix:
                break;
        }
    }
    INFO(describe(app.editor().doc->diagnostics()));
    CHECK(app.editor().doc->valid());
    CHECK(app.bank().questions[4].sequence ==
          std::vector<std::string>{"Step 0", "Step 1", "Step 2"});

    // Save: into the user's folder, valid for the loader, listed on Home and selected.
    app.act(ed::Save{});
    const fs::path path = app.editor().doc->path();
    CHECK(path.parent_path() == app.user);
    CHECK_FALSE(app.editor().doc->dirty());
    const LoadedBank loaded = load_bank_file(path);
    CHECK(loaded.ok());
    CHECK(loaded.bank.questions.size() == 6);
    const HomeState& home = app.state().home;
    REQUIRE(home.selected >= 0);
    CHECK(home.banks[home.selected].loaded->path == path);
    CHECK(home.banks[home.selected].loaded->bank.title == "Sanctions");

    // Play: a quiz on the saved bank.
    app.act(ed::Play{});
    CHECK(app.state().screen == Screen::practice);
    REQUIRE(app.state().quiz.session);
    CHECK(app.state().quiz.session->bank().id == app.bank().id);
}

TEST_CASE("editor ui: clicking an error selects its question and focuses the field") {
    UiHarness ui;
    EditorFixture app;
    app.act(ed::Open{true});
    app.edit(bank_edit::AddQuestion{QuestionType::single});
    app.act(ed::Select{EditorPage::bank, -1});
    app.run(ui);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    // Click down the diagnostics panel until a row answers.
    Intent got;
    ImGuiWindow* panel = nullptr;
    for (ImGuiWindow* w : GImGui->Windows)
        if (std::string(w->Name).find("/diagnostics_") != std::string::npos) panel = w;
    REQUIRE(panel != nullptr);
    const float x = panel->Pos.x + panel->Size.x * 0.5f;
    for (float y = panel->Pos.y; y < panel->Pos.y + panel->Size.y; y += 4.f) {
        got = ui.click(app.state(), ImVec2(x, y));
        if (std::holds_alternative<intent::Editor>(got)) break;
    }
    REQUIRE(std::holds_alternative<intent::Editor>(got));
    const auto& action = std::get<intent::Editor>(got).action;
    REQUIRE(std::holds_alternative<ed::GoTo>(action));
    app.controller->apply(got);
    const FieldLocation at = locate(std::get<ed::GoTo>(action).pointer);
    CHECK(app.editor().page == EditorPage::question);
    CHECK(app.editor().question == 0);
    app.run(ui);
    CHECK(ImGui::GetIO().WantTextInput);  // the field has the keyboard
    ui.type("Typed");
    app.run(ui);
    const Question& q = app.bank().questions[0];
    if (at.field == "prompt") {
        CHECK(q.prompt == "Typed");
    } else {
        CHECK(focus_key(at).find("questions/0/") == 0);
    }
}

TEST_CASE("editor ui: Ctrl+Z and Ctrl+Y undo and redo, typing in a field is one step") {
    UiHarness ui;
    EditorFixture app;
    app.act(ed::Open{true});
    app.act(ed::Save{});
    app.run(ui);
    app.type_into(ui, "/title", "a");
    ui.type("bc");
    app.run(ui);
    CHECK(app.bank().title == "abc");
    CHECK(app.editor().doc->dirty());
    ui.key(ImGuiKey_Z, false, true);
    app.run(ui, 2);
    CHECK(app.bank().title == "New bank");  // the whole typing, one step
    CHECK_FALSE(app.editor().doc->dirty());
    ui.key(ImGuiKey_Y, false, true);
    app.run(ui, 2);
    CHECK(app.bank().title == "abc");
    app.act(ed::Undo{});
    CHECK(app.bank().title == "New bank");
    app.act(ed::Redo{});
    CHECK(app.bank().title == "abc");
}

TEST_CASE("editor ui: unsaved changes are asked about on Esc, on close and on opening another") {
    UiHarness ui;
    EditorFixture app;
    app.act(ed::Open{true});
    app.edit(bank_edit::SetText{TextField::bank_title, -1, -1, "Changed"});
    // Esc: the prompt, then Cancel keeps everything.
    app.act(ed::Leave{LeaveTo::home});
    CHECK(app.editor().prompt == LeaveTo::home);
    app.run(ui);
    CHECK(GImGui->OpenPopupStack.Size == 1);  // the modal shows
    app.act(ed::Answer{PromptAnswer::cancel});
    CHECK(app.state().screen == Screen::editor);
    CHECK(app.bank().title == "Changed");
    // Window close: not allowed yet; Discard quits without writing anything.
    CHECK_FALSE(app.controller->close_requested());
    CHECK(app.editor().prompt == LeaveTo::quit);
    app.act(ed::Answer{PromptAnswer::discard});
    CHECK(app.controller->take_requests().quit);
    CHECK_FALSE(fs::exists(app.user / "my-bank.json"));
    // Opening another with changes: Save writes, then the new bank opens.
    app.act(ed::Open{true});
    app.edit(bank_edit::SetText{TextField::bank_title, -1, -1, "Kept"});
    app.act(ed::Open{true});
    CHECK(app.editor().prompt == LeaveTo::new_bank);
    app.act(ed::Answer{PromptAnswer::save});
    CHECK(load_bank_file(app.user / "my-bank.json").bank.title == "Kept");
    CHECK(app.bank().id == "my-bank-2");
    CHECK_FALSE(app.controller->close_requested());  // the new bank is not saved yet
}

TEST_CASE("editor ui: a recovery copy every minute, offered when the bank is opened again") {
    EditorFixture app;
    app.act(ed::Open{true});
    app.edit(bank_edit::AddQuestion{QuestionType::true_false});
    app.edit(
        bank_edit::SetText{TextField::prompt, 0, -1, "Sanctions need a Security Council vote."});
    app.edit(bank_edit::SetText{TextField::explanation, 0, -1, "Only UN sanctions do."});
    app.act(ed::Save{});
    const fs::path path = app.editor().doc->path();
    REQUIRE(load_bank_file(path).ok());
    app.edit(bank_edit::SetText{TextField::bank_description, -1, -1, "Unsaved work"});
    app.controller->tick();
    app.clock.advance(30'000);
    app.controller->tick();
    const fs::path copy = app.editor().recovery->path();
    CHECK_FALSE(fs::exists(copy));
    app.clock.advance(31'000);
    app.controller->tick();
    REQUIRE(fs::exists(copy));
    // The app "crashes": a new app opens the same bank and is offered the copy.
    EditorFixture again;
    BankSources sources{"", app.user, path};
    AppState state;
    scan_banks(state.home, sources);
    AppController second(std::move(state), again.clock, {});
    second.apply(intent::Editor{ed::Open{false}});
    for (const BankEntry& b : second.state().home.banks)  // the copy is not offered as a bank
        CHECK(b.loaded->path.filename().string()[0] != '.');
    REQUIRE(second.state().editor.recovery_offer);
    second.apply(intent::Editor{ed::Restore{true}});
    CHECK(second.state().editor.doc->bank().description == "Unsaved work");
    CHECK(second.state().editor.doc->dirty());
}

TEST_CASE("editor ui: a shipped bank is read-only and saves as a copy in the user's folder") {
    EditorFixture app;
    BankSources sources{fs::path(STATECRAFT_SOURCE_DIR) / "questions/examples", app.user, {}};
    AppState state;
    scan_banks(state.home, sources);
    ControllerOptions options;
    options.catalog = sources;
    AppController c(std::move(state), app.clock, options);
    REQUIRE(c.state().home.selected >= 0);
    const fs::path shipped = c.state().home.banks[c.state().home.selected].loaded->path;
    const std::string before = load_bank_file(shipped).content_hash;
    c.apply(intent::Editor{ed::Open{false}});
    REQUIRE(c.state().editor.read_only);
    const std::string title = c.state().editor.doc->bank().title + " (mine)";
    c.apply(intent::Editor{ed::Edit{bank_edit::SetText{TextField::bank_title, -1, -1, title}}});
    c.apply(intent::Editor{ed::Save{}});
    CHECK_FALSE(c.state().editor.read_only);
    CHECK(c.state().editor.doc->path().parent_path() == app.user);
    CHECK(load_bank_file(shipped).content_hash == before);
    const HomeState& home = c.state().home;
    CHECK(home.banks[home.selected].origin == "Yours");
}

TEST_CASE("editor ui: a type change keeps what it can") {
    Bank bank;
    bank.categories.push_back(Category{"c", "C", "", {}});
    Question q = new_question(bank, QuestionType::single);
    q.choices[0].text = "Right";
    q.choices[1].text = "Wrong";
    change_type(q, QuestionType::ordering);
    CHECK(q.sequence.size() == 3);
    CHECK(q.sequence[0] == "Right");
    change_type(q, QuestionType::short_answer);
    CHECK(q.accept.front() == "Right");
    change_type(q, QuestionType::single);  // the choices were kept
    CHECK(q.choices[0].text == "Right");
    CHECK(q.choices[0].correct);
    CHECK_FALSE(q.choices[1].correct);
}

TEST_CASE("editor ui: the editor fits 1280x720 at 100% and 200% on every page and type") {
    for (float scale : {1.0f, 2.0f}) {
        UiHarness ui(scale);
        EditorFixture app;
        app.act(ed::Open{false});
        REQUIRE(app.editor().doc);
        const int n = static_cast<int>(app.bank().questions.size());
        for (int page = 0; page < 3 + n; ++page) {
            if (page < 3) {
                app.act(ed::Select{EditorPage(page), -1});
            } else {
                app.act(ed::Select{EditorPage::question, page - 3});
            }
            ui.settle(app.state(), 4);
            // A multi-line text box (its own "##v" child) scrolls sideways by design in ImGui 1.86.
            auto problems = ui.overflows();
            problems.erase(std::remove_if(problems.begin(), problems.end(),
                                          [](const std::string& p) {
                                              return p.find("/##v") != std::string::npos;
                                          }),
                           problems.end());
            std::string all;
            for (auto& p : problems) all += p + "\n";
            if (!problems.empty()) fprintf(stderr, "%s", all.c_str());
            CHECK_MESSAGE(problems.empty(), "scale " << scale << " page " << page << "\n" << all);
        }
    }
}

TEST_CASE(
    "editor ui: a bank with errors opens from Home at its first error, and saved fixed it is "
    "offered") {
    EditorFixture app;
    fs::create_directories(app.user);
    // A valid bank with one rule broken: the second question's prompt is empty.
    std::string text;
    {
        std::ifstream in(fs::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json");
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    nlohmann::json bank = nlohmann::json::parse(text);
    bank["id"] = "broken-copy";
    bank["questions"][1]["prompt"] = "";
    std::ofstream(app.user / "broken-copy.json") << bank.dump(2);
    std::ofstream(app.user / "not-json.json")
        << "{\n  \"format\": \"statecraft.bank\",\n  oops\n}\n";
    BankSources sources{{}, app.user, {}};
    AppState state;
    scan_banks(state.home, sources);
    REQUIRE(state.home.broken.size() == 2);
    ControllerOptions options;
    options.catalog = sources;
    AppController c(std::move(state), app.clock, options);
    const auto broken_index = [&](const std::string& name) {
        const auto& list = c.state().home.broken;
        for (int i = 0; i < static_cast<int>(list.size()); ++i)
            if (list[i].loaded->path.filename() == name) return i;
        return -1;
    };

    // Not JSON: nothing to edit; Home says where the syntax error is.
    c.apply(intent::Editor{ed::Open{false, broken_index("not-json.json")}});
    CHECK(c.state().screen == Screen::home);
    INFO(c.state().home.message);
    CHECK(c.state().home.message.find("not-json.json:3:3: error") != std::string::npos);

    c.apply(intent::Editor{ed::Open{false, broken_index("broken-copy.json")}});
    REQUIRE(c.state().screen == Screen::editor);
    const EditorState& e = c.state().editor;
    CHECK_FALSE(e.read_only);
    CHECK(e.page == EditorPage::question);
    CHECK(e.question == 1);
    CHECK(e.focus_field == "questions/1/prompt");
    CHECK(e.message.find("1 error") != std::string::npos);
    c.apply(intent::Editor{ed::Edit{bank_edit::SetText{TextField::prompt, 1, -1, "Fixed?"}}});
    CHECK(e.doc->valid());
    c.apply(intent::Editor{ed::Save{}});
    const HomeState& home = c.state().home;
    REQUIRE(home.selected >= 0);
    CHECK(home.banks[home.selected].loaded->bank.id == "broken-copy");
    CHECK(home.broken.size() == 1);  // only the file that is not JSON is left
}

TEST_CASE("editor ui: the recovery copy of a new bank works on a fresh data folder") {
    EditorFixture app;
    REQUIRE_FALSE(fs::exists(app.user));  // nothing saved yet: no banks folder
    app.act(ed::Open{true});
    REQUIRE(app.editor().doc);
    UiHarness ui(1.0f);
    ui.settle(app.state(), 3);
    const auto form_top = [] {
        for (const ImGuiWindow* w : GImGui->Windows)
            if (w->WasActive && std::string(w->Name).find("/form_") != std::string::npos)
                return w->Pos.y;
        return -1.f;
    };
    const float before = form_top();
    REQUIRE(before > 0);
    app.edit(bank_edit::SetText{TextField::bank_title, -1, -1, "Draft of mine"});
    app.controller->tick();  // the first unsaved change starts the minute
    app.clock.advance(61'000);
    app.controller->tick();
    CHECK(app.editor().message.find("recovery") == std::string::npos);
    CHECK(fs::exists(recovery_path_for(*app.editor().doc, app.user)));
    // A message appearing leaves the form where it was.
    app.act(ed::Save{});  // a new bank: saved into the user folder, with a message
    ui.settle(app.state(), 3);
    CHECK_FALSE(app.editor().message.empty());
    CHECK(form_top() == before);
}

TEST_CASE("editor ui: an edit the bank no longer fits changes nothing and says so") {
    EditorFixture app;
    app.act(ed::Open{true});
    const std::string before = app.bank().title;
    app.edit(bank_edit::SetText{TextField::prompt, 7, -1, "stale"});  // a new bank: no questions
    CHECK(app.editor().message == "Not changed: there is no question 8 (the bank has 0).");
    CHECK_FALSE(app.editor().doc->can_undo());
    CHECK(app.bank().title == before);
}
