// The score store in the app: quizzes written to a real database file, profiles, the banner
// and Retry for unsaved writes, the Progress screen's figures (the same as `statecraft stats`),
// "Practise these", and the screen's layout and keys, headless.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "app/modes/progress/progress_data.h"
#include "app/score_recorder.h"
#include "core/bank/bank_loader.h"
#include "core/session/answer_check.h"
#include "core/time/calendar.h"
#include "support/app_fixture.h"
#include "support/fault_vfs.h"
#include "support/intent_commands.h"
#include "support/store_fixture.h"
#include "support/ui_harness.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const std::filesystem::path kBank =
    std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json";

struct StoreApp {
    ScratchDir dir;
    std::int64_t now = test_now();
    std::unique_ptr<Store> store;
    std::unique_ptr<AppFixture> app;

    explicit StoreApp(const std::string& profile = "Ana") {
        OpenResult opened = Store::open(dir.db(), test_options(&now));
        REQUIRE(opened.ok());
        store = std::move(opened.store);
        ControllerOptions options;
        options.store = store.get();
        options.profile = profile;
        options.wall_ms = [this] { return now; };
        app = std::make_unique<AppFixture>(options);
    }
    const AppState& state() const { return app->state(); }
    void apply(const Intent& i) { app->apply(i); }

    // A quiz of n questions answered with the sample answers of these qualities.
    void quiz(std::initializer_list<SampleQuality> qualities) {
        apply(intent::Home{home_cmd::SetQuestionCount{static_cast<int>(qualities.size())}});
        apply(intent::Home{home_cmd::StartQuiz{}});
        REQUIRE(state().quiz.session);
        for (SampleQuality q : qualities) {
            for (const Intent& i : sample_answer_intents(state(), q)) apply(i);
            app->clock.advance(4000);
            now += 4000;
            apply(intent::Practice{practice_cmd::Submit{}});
            apply(intent::Practice{practice_cmd::Next{}});
        }
        REQUIRE(state().screen == Screen::results);
    }
};

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

std::string run_capture(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    CHECK(pclose(pipe) == 0);
    return out;
}

}  // namespace

TEST_CASE("progress: a quiz in the app writes its session and every attempt to the database") {
    StoreApp s;
    CHECK(s.state().scores.available);
    CHECK(s.state().scores.profile == "Ana");
    s.quiz({SampleQuality::right, SampleQuality::wrong, SampleQuality::right});
    // A poll among the three is answered but never stored (it has no mark).
    int graded = 0, graded_right = 0;
    for (int i = 0; i < 3; ++i) {
        const bool counts = is_graded(s.state().quiz.session->item(i).question->type);
        graded += counts;
        graded_right += counts && i != 1;
    }
    StoreCounts c = counts_of(*s.store);
    CHECK(c.sessions == 1);
    CHECK(c.attempts == graded);
    CHECK(c.profiles == 1);
    int right = 0;
    std::string error;
    REQUIRE(s.store->for_each_attempt(
        std::string("Ana"),
        [&](const AttemptExportRow& a) {
            CHECK(a.bank_id == "example-all-types");
            CHECK(a.mode == "practice");
            CHECK(nlohmann::json::parse(a.answer_json).contains("type"));
            CHECK(a.time_ms == 4000);
            CHECK_FALSE(a.confidence.has_value());
            right += a.correct;
        },
        error));
    CHECK(right == graded_right);
    ProgressRows rows;
    REQUIRE(s.store->progress_rows("Ana", {}, rows, error));
    REQUIRE(rows.recent_sessions.size() == 1);
    CHECK(rows.recent_sessions[0].ended_ms.has_value());
    CHECK(rows.recent_sessions[0].max_score == doctest::Approx(graded));
    CHECK(integrity_of(s.dir.db()) == "ok");
}

TEST_CASE("progress: profiles are created, chosen and rejected when taken") {
    StoreApp s;
    s.apply(intent::Progress{progress_cmd::CreateProfile{"  Ben "}});
    CHECK(s.state().scores.profile == "Ben");
    CHECK(s.state().scores.profiles.size() == 2);
    s.apply(intent::Progress{progress_cmd::CreateProfile{"ana"}});
    CHECK(s.state().scores.profile == "Ben");
    CHECK_FALSE(s.state().scores.profile_message.empty());
    s.apply(intent::Progress{progress_cmd::ChooseProfile{"Ana"}});
    CHECK(s.state().scores.profile == "Ana");
    CHECK(s.store->last_profile() == std::optional<std::string>("Ana"));
    // Start-up: the remembered one if it exists, else the last used, else the OS user's name.
    CHECK(initial_profile(*s.store, "ben", "Student") == "Ben");
    CHECK(initial_profile(*s.store, "Gone", "Student") == "Ana");
    ScratchDir empty;
    auto fresh = Store::open(empty.db(), test_options()).store;
    CHECK(initial_profile(*fresh, "", "Student") == "Student");
    CHECK_FALSE(default_profile_name().empty());
}

TEST_CASE("progress: an unsaved write shows the banner, the quiz goes on, Retry saves it") {
    StoreApp s;
    s.apply(intent::Home{home_cmd::SetQuestionCount{2}});
    s.apply(intent::Home{home_cmd::StartQuiz{}});
    REQUIRE(s.state().quiz.session);
    s.store->set_write_fault(1);  // the next SQLite call fails: the attempt waits in memory
    for (const Intent& i : sample_answer_intents(s.state(), SampleQuality::right)) s.apply(i);
    s.apply(intent::Practice{practice_cmd::Submit{}});
    CHECK(s.state().scores.pending > 0);
    CHECK_FALSE(s.state().scores.write_problem.empty());
    CHECK(s.state().quiz.practice.outcome.has_value());  // the quiz goes on
    UiHarness ui;
    ui.settle(s.state());
    CHECK(ui.overflows().empty());
    // The card update that follows the answer is the store's next write, which brings the
    // waiting answer in; Retry then finds nothing left and clears the banner.
    s.apply(intent::Progress{progress_cmd::RetryWrites{}});
    CHECK(s.state().scores.pending == 0);
    CHECK(s.state().scores.write_problem.empty());
    CHECK(counts_of(*s.store).attempts == 1);
    s.apply(intent::Home{home_cmd::Quit{}});
    CHECK(s.app->controller->take_requests().quit);
}

TEST_CASE("progress: quitting with answers unsaved warns once, and a second Quit leaves") {
    install_fault_vfs();
    ScratchDir dir;
    std::int64_t now = test_now();
    StoreOptions store_options = test_options(&now);
    store_options.vfs = kFaultVfsName;
    OpenResult opened = Store::open(dir.db(), store_options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    ControllerOptions options;
    options.store = opened.store.get();
    options.profile = "Ana";
    options.wall_ms = [&now] { return now; };
    AppFixture app(options);
    app.apply(intent::Home{home_cmd::SetQuestionCount{1}});
    app.apply(intent::Home{home_cmd::StartQuiz{}});
    REQUIRE(app.state().quiz.session);

    set_vfs_write_fault(SQLITE_FULL);  // the disk is full from here on: the answer waits
    for (const Intent& i : sample_answer_intents(app.state(), SampleQuality::right)) app.apply(i);
    app.apply(intent::Practice{practice_cmd::Submit{}});
    REQUIRE(app.state().scores.pending > 0);
    app.apply(intent::Home{home_cmd::Quit{}});
    CHECK_FALSE(app.controller->take_requests().quit);  // warned, not gone
    CHECK(app.state().scores.quit_warned);
    UiHarness ui;
    ui.settle(app.state());
    std::string overflows;
    for (const std::string& o : ui.overflows()) overflows += o + "\n";
    CHECK_MESSAGE(overflows.empty(), overflows);
    app.apply(intent::Home{home_cmd::Quit{}});  // the user has read the warning: leave
    CHECK(app.controller->take_requests().quit);
    CHECK(counts_of(*opened.store).attempts == 0);  // it was really not saved
    set_vfs_write_fault(0);                         // space freed: the store keeps it still
    CHECK(opened.store->flush().saved);
    CHECK(counts_of(*opened.store).attempts == 1);
}

TEST_CASE("progress: the screen's figures are the ones statecraft stats prints") {
    // Seeded on the system clock and local days, as the stats command reads them.
    ScratchDir dir;
    {
        auto store = Store::open(dir.db()).store;
        const std::int64_t now = time::system_now_ms();
        std::vector<SessionImport> sessions;
        const char* questions[] = {"single-example", "multiple-example", "true-false-example",
                                   "matching-example"};
        for (int day = 3; day >= 0; --day) {
            SessionImport s;
            s.start = {"Ana", "example-all-types", "h", "practice", now - day * kDayMs - 60'000};
            double total = 0;
            for (int k = 0; k < 4; ++k) {
                AttemptRecord a = test_attempt(questions[k], ((k + day) % 3) / 2.0,
                                               now - day * kDayMs - 50'000 + k * 1000,
                                               k % 2 ? "actors" : "motives");
                a.correct = a.score == 1.0;
                if (k < 3)
                    a.confidence = static_cast<Confidence>(k + 1);
                else
                    a.confidence.reset();  // one answer a day without a confidence
                total += a.score;
                s.attempts.push_back(a);
            }
            s.end = SessionEnd{now - day * kDayMs - 30'000, total, 4.0};
            sessions.push_back(s);
        }
        REQUIRE(store->import_sessions(sessions).saved);
    }
    const std::string json_text =
        run_capture(std::string(STATECRAFT_BINARY) + " --data-dir '" + dir.path().string() +
                    "' stats --format json --banks '" + kBank.string() + "'");
    const auto j = nlohmann::json::parse(json_text);

    auto store = Store::open(dir.db()).store;
    LoadedBank bank = load_bank_file(kBank);
    ProgressPageOptions options;
    options.now_ms = time::system_now_ms();
    options.banks = {&bank.bank};
    const ProgressPage page = load_progress_page(*store, "Ana", options);
    REQUIRE(page.error.empty());
    const auto round4 = [](double v) { return std::round(v * 10000) / 10000; };
    CHECK(j["profile"] == page.profile);
    CHECK(j["overall"]["attempts"] == page.attempts);
    CHECK(j["overall"]["accuracy"].get<double>() == doctest::Approx(round4(page.accuracy)));
    CHECK(j["streak_days"] == page.streak_days);
    CHECK(page.streak_days == 4);
    REQUIRE(j["categories"].size() == page.categories.size());
    for (std::size_t i = 0; i < page.categories.size(); ++i) {
        CHECK(j["categories"][i]["category"] == page.categories[i].id);
        CHECK(j["categories"][i]["attempts"] == page.categories[i].attempts);
        CHECK(j["categories"][i]["accuracy"].get<double>() ==
              doctest::Approx(round4(page.categories[i].accuracy)));
    }
    REQUIRE(j["days"].size() == page.days.size());
    for (std::size_t i = 0; i < page.days.size(); ++i) {
        CHECK(j["days"][i]["day"] == page.days[i].date);
        CHECK(j["days"][i]["accuracy"].get<double>() ==
              doctest::Approx(round4(page.days[i].accuracy)));
    }
    CHECK(j["sessions"]["total"] == page.session_count);
    REQUIRE(j["sessions"]["recent"].size() == page.sessions.size());
    for (std::size_t i = 0; i < page.sessions.size(); ++i) {
        CHECK(j["sessions"]["recent"][i]["id"] == page.sessions[i].id);
        CHECK(j["sessions"]["recent"][i]["attempts"] == page.sessions[i].attempts);
    }
    REQUIRE(j["best_by_bank"].size() == page.best.size());
    for (std::size_t i = 0; i < page.best.size(); ++i) {
        CHECK(j["best_by_bank"][i]["bank"] == page.best[i].bank_id);
        CHECK(j["best_by_bank"][i]["best"].get<double>() ==
              doctest::Approx(round4(page.best[i].ratio)));
    }
    REQUIRE(j["weakest"].size() == page.weakest.size());
    REQUIRE_FALSE(page.weakest.empty());
    for (std::size_t i = 0; i < page.weakest.size(); ++i) {
        CHECK(j["weakest"][i]["question"] == page.weakest[i].question_id);
        CHECK(j["weakest"][i]["version"] == page.weakest[i].version);
        CHECK(j["weakest"][i]["recent_accuracy"].get<double>() ==
              doctest::Approx(round4(page.weakest[i].recent_accuracy)));
    }
    // Calibration: 3 answers a day with a confidence (low, medium, high), one without.
    CHECK(page.confident_answers == 12);
    CHECK(page.without_confidence == 4);
    REQUIRE(page.brier.has_value());
    REQUIRE(page.levels.size() == 3);
    CHECK(page.levels[0].answers == 4);
    CHECK(page.brier_days.size() == 4);
}

TEST_CASE("progress: Practise these starts a quiz of exactly the weakest questions") {
    StoreApp s;
    s.apply(intent::Home{home_cmd::SetShuffle{false}});
    s.quiz(
        {SampleQuality::wrong, SampleQuality::right, SampleQuality::wrong, SampleQuality::right});
    s.apply(intent::Home{home_cmd::GoHome{}});
    s.apply(intent::Progress{progress_cmd::Open{}});
    REQUIRE(s.state().screen == Screen::progress);
    const auto weakest = s.state().scores.progress.weakest;
    REQUIRE(weakest.size() == 2);
    s.apply(intent::Progress{progress_cmd::PractiseWeakest{}});
    REQUIRE(s.state().screen == Screen::practice);
    const QuizSession& quiz = *s.state().quiz.session;
    REQUIRE(quiz.size() == 2);
    std::set<std::string> asked, weak;
    for (int i = 0; i < quiz.size(); ++i) asked.insert(quiz.item(i).question->id);
    for (const auto& w : weakest) weak.insert(w.question_id);
    CHECK(asked == weak);
    // Shown by their text, as the student met them, not by their ids.
    const Bank& bank = s.state().home.banks[0].loaded->bank;
    for (const auto& w : weakest) CHECK(w.prompt == bank.find_question(w.question_id)->prompt);
    CHECK(counts_of(*s.store).sessions == 2);
}

TEST_CASE("progress: QuizConfig question_ids picks exactly those; an unknown id is an error") {
    LoadedBank loaded = load_bank_file(kBank);
    auto bank = std::make_shared<const Bank>(loaded.bank);
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_ids = {"ordering-example", "single-example"};
    std::string error;
    auto quiz = QuizSession::start(bank, config, clock, error);
    REQUIRE(quiz);
    REQUIRE(quiz->size() == 2);
    CHECK(quiz->item(0).question->id == "ordering-example");
    CHECK(quiz->item(1).question->id == "single-example");
    config.question_ids = {"nope"};
    CHECK_FALSE(QuizSession::start(bank, config, clock, error));
    CHECK(error.find("nope") != std::string::npos);
}

TEST_CASE("progress: the screen and Home fit 1280x720 at 100% and 200% and answer their keys") {
    for (float scale : {1.0f, 2.0f}) {
        UiHarness ui(scale);
        StoreApp s;
        ui.settle(s.state(), 4);
        INFO("home at " << scale);
        CHECK(ui.overflows().empty());
        ui.type("p");
        CHECK(holds_command<progress_cmd::Open>(ui.frame(s.state())));
        // Empty first ("no answers with confidence yet"), then with figures.
        s.apply(intent::Progress{progress_cmd::Open{}});
        ui.settle(s.state(), 4);
        CHECK(ui.overflows().empty());
        s.apply(intent::Home{home_cmd::GoHome{}});
        s.quiz({SampleQuality::wrong, SampleQuality::partial, SampleQuality::right});
        s.apply(intent::Progress{progress_cmd::Open{}});
        REQUIRE(s.state().screen == Screen::progress);
        ui.settle(s.state(), 4);
        INFO("progress at " << scale);
        std::string overflow_list;
        for (const std::string& o : ui.overflows()) overflow_list += o + "\n";
        INFO(overflow_list);
        CHECK(ui.overflows().empty());
        ui.type("w");
        CHECK(holds_command<progress_cmd::PractiseWeakest>(ui.frame(s.state())));
        ui.key(ImGuiKey_Escape);
        CHECK(is_home<home_cmd::GoHome>(ui.frame(s.state())));
    }
}
