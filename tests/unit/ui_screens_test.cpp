// The screens, headless: every screen and question type lays out at 1280x720 at 100% and 200%
// without running past an edge, and the keys of each screen give the documented intents.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "support/app_fixture.h"
#include "support/intent_commands.h"
#include "support/ui_harness.h"
#include "ui/screen_table.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const char* kQuestionIds[] = {"single-example",   "multiple-example", "true-false-example",
                              "matching-example", "ordering-example", "short-answer-example"};

std::string describe(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) out += p + "\n";
    return out;
}

void expect_clean(UiHarness& ui, const AppState& state, const std::string& what) {
    ui.settle(state, 4);
    auto problems = ui.overflows();
    INFO(what << "\n" << describe(problems));
    CHECK(problems.empty());
}

template <typename T>
bool is(const Intent& i) {
    return std::holds_alternative<T>(i);
}

// A Home command of type T (intent::Home{home_cmd::T{...}}).
template <typename T>
bool is_home(const Intent& i) {
    const auto* home = std::get_if<intent::Home>(&i);
    return home && std::holds_alternative<T>(home->command);
}

}  // namespace

TEST_CASE("ui: every screen and question type fits 1280x720 at 100% and 200%") {
    for (float scale : {1.0f, 2.0f}) {
        UiHarness ui(scale);
        const std::string at = " at scale " + std::to_string(scale);
        {
            AppFixture app;
            expect_clean(ui, app.state(), "home" + at);
        }
        for (const char* id : kQuestionIds) {
            for (auto draft : {AppFixture::Draft::none, AppFixture::Draft::answered,
                               AppFixture::Draft::submitted}) {
                AppFixture app;
                app.go_to_question(id, draft);
                expect_clean(ui, app.state(),
                             std::string(id) + " draft " + std::to_string(int(draft)) + at);
            }
        }
        for (Screen screen : {Screen::results, Screen::briefing}) {
            AppFixture app;
            REQUIRE(drive_to_sample(*app.controller, app.clock, {screen, "", false}).empty());
            expect_clean(ui, app.state(),
                         (screen == Screen::results ? "results" : "briefing") + at);
        }
    }
}

TEST_CASE("ui: every screen has one line in the screen table, with a --screen name of its own") {
    std::set<std::string> names;
    for (int i = 0; i <= static_cast<int>(Screen::editor); ++i) {
        const auto screen = static_cast<Screen>(i);
        const ScreenEntry& entry = screen_entry(screen);
        CAPTURE(entry.name);
        CHECK(entry.screen == screen);
        CHECK(static_cast<bool>(entry.draw));
        CHECK(names.insert(entry.name).second);
        CHECK(screen_from_name(entry.name) == screen);
    }
    CHECK(screen_table().size() == names.size());
    CHECK(screen_names().size() == names.size());
    CHECK_FALSE(screen_from_name("nowhere").has_value());
}

TEST_CASE("ui: the screen table says what Esc means on each screen") {
    const std::set<Screen> home_on_esc = {Screen::practice, Screen::results, Screen::review,
                                          Screen::exam_results, Screen::progress};
    const AppState idle;  // no session, no exam
    for (const ScreenEntry& entry : screen_table()) {
        CAPTURE(entry.name);
        if (home_on_esc.count(entry.screen)) {
            REQUIRE(static_cast<bool>(entry.back));
            CHECK(is_home<home_cmd::GoHome>(entry.back(idle)));
        } else if (entry.screen == Screen::briefing) {
            REQUIRE(static_cast<bool>(entry.back));
            CHECK(is_home<home_cmd::CloseBriefing>(entry.back(idle)));
        } else if (entry.screen == Screen::exam) {
            REQUIRE(static_cast<bool>(entry.back));
            CHECK(is_home<home_cmd::GoHome>(entry.back(idle)));  // the set-up: Home
        } else {  // Home, the classroom, live and editor screens send their own leave command
            CHECK_FALSE(static_cast<bool>(entry.back));
        }
    }
}

TEST_CASE("ui: the overflow check catches text that runs past the edge") {
    UiHarness ui(1.0f, ImVec2(300, 200));  // a window far too small for Home
    AppFixture app;
    ui.settle(app.state(), 4);
    CHECK_FALSE(ui.overflows().empty());
}

TEST_CASE("ui: practice keys: digits choose, Enter submits then goes on, Esc goes home") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("single-example");
    ui.settle(app.state());
    CHECK_FALSE(has_intent(ui.frame(app.state())));  // at rest: nothing
    ui.type("2");
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::ChooseChoice>(i));
    const PresentedQuestion& pq = app.state().quiz.session->current();
    CHECK(command_of<practice_cmd::ChooseChoice>(i).id ==
          pq.question->choices[pq.choice_order[1]].id);
    ui.type("9");  // no ninth choice
    CHECK_FALSE(has_intent(ui.frame(app.state())));
    ui.key(ImGuiKey_Enter);  // nothing chosen yet: Enter does nothing
    CHECK_FALSE(has_intent(ui.frame(app.state())));
    app.apply(i);  // the choice...
    app.apply(i);  // ...and again: a single choice stays chosen
    CHECK(app.state().quiz.practice.draft.choices.size() == 1);
    ui.key(ImGuiKey_Enter);
    CHECK(holds_command<practice_cmd::Submit>(ui.frame(app.state())));
    app.apply(intent::Practice{practice_cmd::Submit{}});
    ui.type("1");  // after submitting, choices are closed
    CHECK_FALSE(has_intent(ui.frame(app.state())));
    ui.key(ImGuiKey_Enter);
    CHECK(holds_command<practice_cmd::Next>(ui.frame(app.state())));
    ui.key(ImGuiKey_Escape);
    CHECK(is<intent::Back>(ui.frame(app.state())));
    ui.type("b");
    i = ui.frame(app.state());
    REQUIRE(is_home<home_cmd::OpenBriefing>(i));
    CHECK(std::get<home_cmd::OpenBriefing>(std::get<intent::Home>(i).command).section_id ==
          "types");
}

TEST_CASE("ui: true/false keys: 1 is True, 2 is False") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("true-false-example");
    ui.settle(app.state());
    ui.type("1");
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::ChooseTruth>(i));
    CHECK(command_of<practice_cmd::ChooseTruth>(i).value);
    ui.type("2");
    i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::ChooseTruth>(i));
    CHECK_FALSE(command_of<practice_cmd::ChooseTruth>(i).value);
}

TEST_CASE("ui: multiple-choice digits toggle") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("multiple-example");
    ui.settle(app.state());
    ui.type("3");
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::ChooseChoice>(i));
    app.apply(i);
    const std::string id = command_of<practice_cmd::ChooseChoice>(i).id;
    CHECK(app.state().quiz.practice.draft.has_choice(id));
    ui.type("3");
    app.apply(ui.frame(app.state()));
    CHECK_FALSE(app.state().quiz.practice.draft.has_choice(id));
}

TEST_CASE("ui: ordering keys: a digit selects an item, Alt+Up/Down moves it") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("ordering-example");
    ui.settle(app.state());
    ui.type("3");
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::SetCursor>(i));
    CHECK(command_of<practice_cmd::SetCursor>(i).index == 2);
    app.apply(i);
    ui.key(ImGuiKey_UpArrow, /*alt=*/true);
    i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::MoveItem>(i));
    CHECK(command_of<practice_cmd::MoveItem>(i).from == 2);
    CHECK(command_of<practice_cmd::MoveItem>(i).to == 1);
    ui.key(ImGuiKey_DownArrow, /*alt=*/true);
    i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::MoveItem>(i));
    CHECK(command_of<practice_cmd::MoveItem>(i).to == 3);
    ui.key(ImGuiKey_DownArrow);  // without Alt, arrows belong to keyboard navigation
    CHECK_FALSE(holds_command<practice_cmd::MoveItem>(ui.frame(app.state())));
}

TEST_CASE("ui: matching keys: Alt+Down picks the row, a digit gives it that option") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("matching-example");
    ui.settle(app.state());
    ui.key(ImGuiKey_DownArrow, /*alt=*/true);
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::SetCursor>(i));
    app.apply(i);
    CHECK(app.state().quiz.practice.cursor == 1);
    ui.type("2");
    i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::SetMatch>(i));
    CHECK(command_of<practice_cmd::SetMatch>(i).left == 1);
    CHECK(command_of<practice_cmd::SetMatch>(i).right ==
          app.state().quiz.session->current().match_options[1]);
}

TEST_CASE("ui: short answer: the field has the keyboard, and Enter submits the typed text") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("short-answer-example");
    ui.settle(app.state());  // the field takes the keyboard when the question appears
    CHECK(ImGui::GetIO().WantTextInput);
    ui.type("1b");  // typed into the field, not shortcuts
    Intent i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::SetText>(i));
    CHECK(command_of<practice_cmd::SetText>(i).text == "1b");
    app.apply(i);
    ui.type("x");
    ui.key(ImGuiKey_Enter);
    i = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::Submit>(i));
    REQUIRE(command_of<practice_cmd::Submit>(i).text.has_value());
    CHECK(*command_of<practice_cmd::Submit>(i).text == "1bx");
}

TEST_CASE("ui: short answer: Esc leaves the field and keeps the text") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("short-answer-example");
    ui.settle(app.state());
    ui.type("Zoë");
    app.apply(ui.frame(app.state()));
    CHECK(app.state().quiz.practice.draft.text == "Zoë");
    ui.key(ImGuiKey_Escape);
    Intent i = ui.frame(app.state());
    CHECK_FALSE(holds_command<practice_cmd::SetText>(i));  // ImGui's revert is not taken
    CHECK_FALSE(is<intent::Back>(i));                      // the first Esc only leaves the field
    ui.settle(app.state(), 2);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    ui.key(ImGuiKey_Escape);
    CHECK(is<intent::Back>(ui.frame(app.state())));
}

TEST_CASE("ui: home keys: +/- change the count, Enter starts, b opens the briefing, q quits") {
    UiHarness ui;
    AppFixture app;
    ui.settle(app.state());
    ui.type("-");
    Intent i = ui.frame(app.state());
    REQUIRE(is_home<home_cmd::SetQuestionCount>(i));
    CHECK(std::get<home_cmd::SetQuestionCount>(std::get<intent::Home>(i).command).count ==
          app.state().home.question_count - 1);
    ui.type("+");
    i = ui.frame(app.state());
    REQUIRE(is_home<home_cmd::SetQuestionCount>(i));
    CHECK(std::get<home_cmd::SetQuestionCount>(std::get<intent::Home>(i).command).count ==
          app.state().home.question_count + 1);
    ui.key(ImGuiKey_Enter);
    CHECK(is_home<home_cmd::StartQuiz>(ui.frame(app.state())));
    ui.type("b");
    CHECK(is_home<home_cmd::OpenBriefing>(ui.frame(app.state())));
    ui.type("q");
    CHECK(is_home<home_cmd::Quit>(ui.frame(app.state())));
    app.apply(intent::Home{home_cmd::SetAllCategories{false}});
    ui.key(ImGuiKey_Enter);  // no category: nothing to start
    CHECK_FALSE(is_home<home_cmd::StartQuiz>(ui.frame(app.state())));
}

TEST_CASE("ui: results keys: r retries the missed, Enter goes home, and briefing Esc goes back") {
    UiHarness ui;
    AppFixture app;
    REQUIRE(drive_to_sample(*app.controller, app.clock, {Screen::results, "", false}).empty());
    ui.settle(app.state());
    ui.type("r");
    CHECK(holds_command<practice_cmd::RetryMissed>(ui.frame(app.state())));
    ui.key(ImGuiKey_Enter);
    CHECK(is_home<home_cmd::GoHome>(ui.frame(app.state())));
    app.apply(intent::Home{home_cmd::OpenBriefing{"feedback"}});
    ui.settle(app.state());
    ui.key(ImGuiKey_Escape);
    CHECK(is<intent::Back>(ui.frame(app.state())));
}

TEST_CASE("ui: keyboard navigation reaches an answer and Space chooses it, without a mouse") {
    UiHarness ui;
    AppFixture app;
    app.go_to_question("single-example");
    ui.settle(app.state());
    Intent chosen;
    // Arrow down through the widgets until Space on one of them chooses an answer.
    for (int step = 0; step < 12 && !holds_command<practice_cmd::ChooseChoice>(chosen); ++step) {
        ui.key(ImGuiKey_DownArrow);
        ui.frame(app.state());
        ui.frame(app.state());
        ui.key(ImGuiKey_Space);
        chosen = ui.frame(app.state());
        ui.frame(app.state());
    }
    CHECK(holds_command<practice_cmd::ChooseChoice>(chosen));
}

TEST_CASE("ui: the mouse chooses an answer and moves an ordering item") {
    UiHarness ui;
    {
        AppFixture app;
        app.go_to_question("single-example");
        ui.settle(app.state());
        // Click down the middle of the column until a row answers.
        Intent chosen;
        for (float y = 100; y < 600 && !holds_command<practice_cmd::ChooseChoice>(chosen); y += 10)
            chosen = ui.click(app.state(), ImVec2(640, y));
        CHECK(holds_command<practice_cmd::ChooseChoice>(chosen));
    }
    {
        AppFixture app;
        app.go_to_question("ordering-example");
        ui.settle(app.state());
        // The arrow buttons sit at the right end of each row.
        Intent moved;
        for (float x = 1100; x > 900 && !holds_command<practice_cmd::MoveItem>(moved); x -= 8)
            for (float y = 150; y < 400 && !holds_command<practice_cmd::MoveItem>(moved); y += 8)
                moved = ui.click(app.state(), ImVec2(x, y));
        REQUIRE(holds_command<practice_cmd::MoveItem>(moved));
        const auto m = command_of<practice_cmd::MoveItem>(moved);
        CHECK(std::abs(m.to - m.from) == 1);
    }
}
