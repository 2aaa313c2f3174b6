// The app controller: intents change the state as the screens promise; results and settings
// are written to real files; bank discovery lists good and broken banks.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "app/bank_catalog.h"
#include "app/modes/home/home_controller.h"
#include "app/paths.h"
#include "core/session/answer_check.h"
#include "core/settings/settings.h"
#include "support/app_fixture.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

// Answers the current question right (or with the first choice when !right) and goes on.
void answer(AppFixture& app, bool right) {
    for (const Intent& i :
         sample_answer_intents(app.state(), right ? SampleQuality::right : SampleQuality::wrong))
        app.apply(i);
    app.clock.advance(1500);
    app.apply(intent::Practice{practice_cmd::Submit{}});
    REQUIRE(app.state().quiz.practice.outcome);
    app.apply(intent::Practice{practice_cmd::Next{}});
}

}  // namespace

TEST_CASE("ui: controller: Home settings clamp the count and keep at least the chosen categories") {
    AppFixture app;
    const HomeState& h = app.state().home;
    CHECK(h.question_count == 9);  // min(10, the bank's 9)
    CHECK(h.categories == std::vector<std::string>{"format"});
    app.apply(intent::Home{home_cmd::SetQuestionCount{0}});
    CHECK(h.question_count == 1);
    app.apply(intent::Home{home_cmd::SetQuestionCount{99}});
    CHECK(h.question_count == 9);
    app.apply(intent::Home{home_cmd::ToggleCategory{"format"}});
    CHECK(h.categories.empty());
    CHECK(available_questions(app.controller->state().home) == 0);
    app.apply(intent::Home{home_cmd::StartQuiz{}});
    CHECK(app.state().screen == Screen::home);
    CHECK_FALSE(app.state().quiz.session);
    CHECK(h.message.find("category") != std::string::npos);
    app.apply(intent::Home{home_cmd::SetAllCategories{true}});
    CHECK(h.categories.size() == 1);
    app.apply(intent::Home{home_cmd::SetShuffle{false}});
    CHECK_FALSE(h.shuffle);
}

TEST_CASE("ui: controller: a whole quiz from Start to results writes the results file") {
    testing::ScratchDir tmp;
    ControllerOptions options;
    options.results_out = tmp.path() / "out" / "results.json";
    options.seed = 11;
    AppFixture app(options);
    app.apply(intent::Home{home_cmd::SetQuestionCount{3}});
    app.apply(intent::Home{home_cmd::StartQuiz{}});
    REQUIRE(app.state().quiz.session);
    CHECK(app.state().screen == Screen::practice);
    CHECK(app.state().quiz.session->size() == 3);
    CHECK(app.state().quiz.session->config().seed == 11);
    // Right, then wrong twice: at most one of the three is the example's poll (never missed),
    // so at least one graded question is missed whatever the order.
    const QuizSession& quiz = *app.state().quiz.session;
    int right = 0, missed = 0;
    for (int i = 0; i < 3; ++i) {
        if (!is_graded(quiz.item(i).question->type)) continue;
        (i == 0 ? right : missed) += 1;
    }
    REQUIRE(missed >= 1);
    answer(app, true);
    answer(app, false);
    CHECK(app.state().screen == Screen::practice);
    CHECK_FALSE(fs::exists(options.results_out));  // only a finished quiz is written
    answer(app, false);
    CHECK(app.state().screen == Screen::results);
    REQUIRE(fs::exists(options.results_out));
    CHECK(app.state().view.status.find("Results saved") != std::string::npos);
    std::ifstream in(options.results_out);
    auto j = nlohmann::json::parse(in);
    CHECK(j["bank_id"] == "example-all-types");
    CHECK(j["questions"].size() == 3);
    CHECK(j["score"].get<double>() == doctest::Approx(right));
    CHECK(j["questions"][0]["elapsed_ms"] == 1500);

    // Retry the missed ones: a new session of just those, with the next seed.
    app.apply(intent::Practice{practice_cmd::RetryMissed{}});
    REQUIRE(app.state().quiz.session);
    CHECK(app.state().quiz.session->size() == missed);
    CHECK(app.state().quiz.session->config().seed == 12);
    CHECK(app.state().screen == Screen::practice);
}

TEST_CASE("ui: controller: an unwritable results file is reported, not fatal") {
    testing::ScratchDir tmp;
    write(tmp.path() / "blocker", "a file where a folder should be");
    ControllerOptions options;
    options.results_out = tmp.path() / "blocker" / "results.json";
    AppFixture app(options);
    app.apply(intent::Home{home_cmd::SetQuestionCount{1}});
    app.apply(intent::Home{home_cmd::StartQuiz{}});
    answer(app, true);
    CHECK(app.state().screen == Screen::results);
    CHECK(app.state().view.status.find("Could not save") != std::string::npos);
}

TEST_CASE("ui: controller: answers can change until submitted, and not after") {
    AppFixture app;
    app.go_to_question("multiple-example");
    const auto& draft = app.state().quiz.practice.draft;
    app.apply(intent::Practice{practice_cmd::ChooseChoice{"a"}});
    app.apply(intent::Practice{practice_cmd::ChooseChoice{"b"}});
    app.apply(intent::Practice{practice_cmd::ChooseChoice{"a"}});  // toggles off
    CHECK(draft.choices == std::vector<std::string>{"b"});
    app.apply(intent::Practice{practice_cmd::Next{}});  // not submitted: cannot go on
    CHECK(app.state().quiz.session->current().question->id == "multiple-example");
    app.apply(intent::Practice{practice_cmd::Submit{}});
    REQUIRE(app.state().quiz.practice.outcome);
    app.apply(intent::Practice{practice_cmd::ChooseChoice{"c"}});
    CHECK(draft.choices == std::vector<std::string>{"b"});
    CHECK(app.state().quiz.session->attempt(app.state().quiz.session->index())->answer.choices ==
          std::vector<std::string>{"b"});
}

TEST_CASE("ui: controller: an incomplete answer is not submitted") {
    AppFixture app;
    app.go_to_question("short-answer-example");
    app.apply(intent::Practice{practice_cmd::Submit{std::string("   ")}});
    CHECK_FALSE(app.state().quiz.practice.outcome);
    app.apply(intent::Practice{practice_cmd::SetText{"statecraft.bank"}});
    app.apply(intent::Practice{
        practice_cmd::Submit{std::string("Statecraft.Bank.")}});  // the typed text wins
    REQUIRE(app.state().quiz.practice.outcome);
    CHECK(app.state().quiz.practice.outcome->correct);
}

TEST_CASE("ui: controller: matching moves to the next row still open, ordering moves items") {
    AppFixture app;
    app.go_to_question("matching-example");
    const PracticeState& p = app.state().quiz.practice;
    app.apply(intent::Practice{practice_cmd::SetMatch{1, "sequence"}});
    CHECK(p.cursor == 2);
    app.apply(intent::Practice{practice_cmd::SetMatch{2, "accept"}});
    CHECK(p.cursor == 0);  // wraps to the first open row
    app.apply(intent::Practice{practice_cmd::SetMatch{0, "choices"}});
    CHECK(p.draft.matches.size() == 3);
    CHECK(p.draft.matches[0].first == "single");                 // kept in the question's order
    app.apply(intent::Practice{practice_cmd::SetMatch{0, ""}});  // clears
    CHECK(p.draft.match_for("single").empty());
    app.apply(intent::Practice{practice_cmd::SetMatch{7, "choices"}});  // no such row
    CHECK(p.draft.matches.size() == 2);
    app.apply(intent::Practice{practice_cmd::Submit{}});
    CHECK(app.state().quiz.practice.outcome->score == doctest::Approx(2.0 / 3));

    AppFixture app2;
    app2.go_to_question("ordering-example");
    const PracticeState& q = app2.state().quiz.practice;
    auto before = q.draft.order;
    app2.apply(intent::Practice{practice_cmd::MoveItem{0, 3}});
    CHECK(q.draft.order[3] == before[0]);
    CHECK(q.draft.order[0] == before[1]);
    CHECK(q.cursor == 3);
    app2.apply(intent::Practice{practice_cmd::MoveItem{3, 4}});  // out of range: nothing
    app2.apply(intent::Practice{practice_cmd::MoveItem{-1, 0}});
    CHECK(q.draft.order[3] == before[0]);
    app2.apply(intent::Practice{practice_cmd::SetCursor{1}});
    CHECK(q.cursor == 1);
    app2.apply(intent::Practice{practice_cmd::SetCursor{9}});
    CHECK(q.cursor == 1);
}

TEST_CASE("ui: controller: Esc goes back, the briefing returns where it was opened") {
    AppFixture app;
    app.go_to_question("true-false-example");
    app.apply(intent::Home{home_cmd::OpenBriefing{"feedback"}});
    CHECK(app.state().screen == Screen::briefing);
    CHECK(app.state().quiz.briefing.focus_section == "feedback");
    const int generation = app.state().quiz.briefing.generation;
    app.apply(intent::Home{
        home_cmd::OpenBriefing{"types"}});  // from inside the briefing: still goes back to practice
    CHECK(app.state().quiz.briefing.generation == generation + 1);
    app.apply(intent::Back{});
    CHECK(app.state().screen == Screen::practice);
    app.apply(intent::Practice{practice_cmd::ChooseTruth{true}});
    app.apply(intent::Back{});
    CHECK(app.state().screen == Screen::home);
    app.apply(intent::Back{});
    CHECK(app.state().screen == Screen::home);
    app.apply(intent::Practice{practice_cmd::Resume{}});  // the quiz and the draft are still there
    CHECK(app.state().screen == Screen::practice);
    CHECK(app.state().quiz.practice.draft.truth == true);
    app.apply(intent::Home{home_cmd::GoHome{}});
    app.apply(intent::Home{home_cmd::OpenBriefing{}});
    app.apply(intent::Back{});
    CHECK(app.state().screen == Screen::home);
}

TEST_CASE("ui: controller: scale and contrast go to the window and the settings file") {
    testing::ScratchDir tmp;
    ControllerOptions options;
    options.settings_file = tmp.path() / "config" / "settings.json";
    AppFixture app(options);
    app.apply(intent::Home{home_cmd::SetUiScale{2.0f}});
    WindowRequests r = app.controller->take_requests();
    REQUIRE(r.ui_scale);
    CHECK(*r.ui_scale == 2.0f);
    CHECK_FALSE(r.quit);
    CHECK_FALSE(app.controller->take_requests().ui_scale);  // taken once
    app.apply(intent::Home{home_cmd::SetUiScale{9.0f}});
    CHECK(app.state().view.ui_scale == 2.5f);
    app.apply(intent::Home{home_cmd::SetHighContrast{true}});
    settings::SettingsLoadResult saved = settings::load_settings(options.settings_file);
    CHECK(saved.found);
    CHECK(saved.settings.ui_scale == 2.5f);
    CHECK(saved.settings.high_contrast);
    app.apply(intent::Home{home_cmd::Quit{}});
    CHECK(app.controller->take_requests().quit);
}

TEST_CASE("ui: bank catalog lists good and broken banks, once each, the --bank one first") {
    testing::ScratchDir tmp;
    const fs::path shipped = tmp.path() / "questions", user = tmp.path() / "user";
    const std::string good =
        std::string(R"({"format":"statecraft.bank","version":1,"id":"b1",)") +
        R"("title":"B1","categories":[{"id":"c","title":"C"}],"questions":[)" +
        R"({"id":"q","category":"c","type":"true_false","prompt":"P?","answer":true}]})";
    write(shipped / "a.json", good);
    write(shipped / "broken.json", "{ not json");
    write(user / "mine.json", good);
    HomeState home;
    scan_banks(home, {shipped, user, shipped / "a.json"});
    REQUIRE(home.banks.size() == 2);
    CHECK(home.banks[0].origin == "Command line");
    CHECK(home.banks[1].origin == "Yours");
    CHECK(home.selected == 0);
    REQUIRE(home.broken.size() == 1);
    CHECK(home.broken[0].loaded->path.filename() == "broken.json");
    CHECK_FALSE(home.broken[0].loaded->diagnostics.empty());
    CHECK(home.user_folder == user);

    HomeState none;
    scan_banks(none, {tmp.path() / "missing", tmp.path() / "missing-too", std::nullopt});
    CHECK(none.banks.empty());
    CHECK(none.selected == -1);
}

TEST_CASE("ui: the user's bank folder follows XDG_DATA_HOME") {
    CHECK(user_banks_dir_from("/data", "/home/u") == fs::path("/data/statecraft/banks"));
    CHECK(user_banks_dir_from("", "/home/u") == fs::path("/home/u/.local/share/statecraft/banks"));
    CHECK(user_banks_dir_from("relative", "/home/u") ==
          fs::path("/home/u/.local/share/statecraft/banks"));
}

TEST_CASE("ui: sample states reach every screen") {
    for (Screen screen : {Screen::home, Screen::practice, Screen::results, Screen::briefing}) {
        AppFixture app;
        CHECK(drive_to_sample(*app.controller, app.clock, {screen, "", false}).empty());
        CHECK(app.state().screen == screen);
    }
    AppFixture app;
    CHECK_FALSE(
        drive_to_sample(*app.controller, app.clock, {Screen::practice, "nope", false}).empty());
}
