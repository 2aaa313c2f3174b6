// Every screen, headless, at 1280x720 and 1920x1080 at 100% and 200% and at 1024x768 at 100%,
// with the longest question of each type in every shipped bank: nothing runs past an edge, and
// the classroom's projector view (question, explanation, leaderboard, podium) never scrolls.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "app/modes/review/study_sample.h"
#include "app/sample_state.h"
#include "support/scratch_dir.h"
#include "support/store_fixture.h"
#include "support/ui_harness.h"
#include "ui/question_widgets.h"
#include "ui/screen_table.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

struct Display {
    ImVec2 size;
    float scale;
    std::string name() const {
        return std::to_string(int(size.x)) + "x" + std::to_string(int(size.y)) + " at " +
               std::to_string(int(scale * 100)) + "%";
    }
};

const Display kDisplays[] = {{ImVec2(1280, 720), 1.f},
                             {ImVec2(1280, 720), 2.f},
                             {ImVec2(1920, 1080), 1.f},
                             {ImVec2(1920, 1080), 2.f},
                             {ImVec2(1024, 768), 1.f}};

const std::filesystem::path kQuestions = std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions";

// The app on one bank file (selected), the shipped folder listed too.
struct BankApp {
    ManualClock clock{0};
    std::unique_ptr<AppController> controller;
    explicit BankApp(const std::filesystem::path& bank, Store* store = nullptr) {
        AppState state;
        scan_banks(state.home, BankSources{kQuestions, {}, bank});
        REQUIRE(state.home.selected >= 0);
        ControllerOptions options;
        options.seed = 7;
        options.store = store;
        options.profile = "Ana";
        options.wall_ms = [this] { return kSampleWallMs + clock.now_ms(); };
        controller = std::make_unique<AppController>(std::move(state), clock, options);
    }
    const AppState& state() const { return controller->state(); }
};

// How much a question puts on screen: its prompt, choices, pairs, items and explanation.
std::size_t text_length(const Question& q) {
    std::size_t n = q.prompt.size() + q.explanation.size();
    for (const Choice& c : q.choices) n += c.text.size();
    for (const auto& p : q.pairs) n += p.left.size() + p.right.size();
    for (const std::string& s : q.sequence) n += s.size();
    for (const std::string& s : q.accept) n += s.size();
    return n;
}

// Each shipped bank with the id of its longest question of each type.
std::vector<std::pair<std::filesystem::path, std::vector<std::string>>> longest_questions() {
    std::vector<std::pair<std::filesystem::path, std::vector<std::string>>> out;
    AppState state;
    scan_banks(state.home, BankSources{kQuestions, {}, std::nullopt});
    for (const BankEntry& e : state.home.banks) {
        std::map<QuestionType, const Question*> longest;
        for (const Question& q : e.loaded->bank.questions) {
            const Question*& best = longest[q.type];
            if (!best || text_length(q) > text_length(*best)) best = &q;
        }
        std::vector<std::string> ids;
        for (const auto& [type, q] : longest) ids.push_back(q->id);
        out.emplace_back(e.loaded->path, ids);
    }
    REQUIRE(out.size() >= 2);  // the real bank and the all-types example
    return out;
}

std::string lines(const std::vector<std::string>& problems) {
    std::string out;
    for (const std::string& p : problems) out += p + "\n";
    return out;
}

void check_fits(UiHarness& ui, const AppState& state, const std::string& what,
                bool projector = false) {
    ui.settle(state, 4);
    std::vector<std::string> problems;
    // A multi-line text box (its own "##v" child) scrolls sideways by design in ImGui 1.86.
    for (const std::string& p : ui.overflows())
        if (p.find("/##v") == std::string::npos) problems.push_back(p);
    if (projector)
        for (const std::string& p : ui.scrolling("classroom")) problems.push_back(p);
    INFO(what << "\n" << lines(problems));
    CHECK(problems.empty());
}

}  // namespace

TEST_CASE("ui layout: every screen fits, at every display, with the longest questions") {
    const auto banks = longest_questions();
    for (const Display& d : kDisplays) {
        UiHarness ui(d.scale, d.size);
        const std::string at = " at " + d.name();
        for (Screen screen : {Screen::home, Screen::results, Screen::briefing,
                              Screen::classroom_setup, Screen::podium}) {
            BankApp app(banks.front().first);
            REQUIRE(drive_to_sample(*app.controller, app.clock, {screen, "", false}).empty());
            check_fits(ui, app.state(), std::string(screen_entry(screen).name) + at,
                       screen == Screen::podium);
        }
        {
            ScratchDir dir;
            OpenResult opened = Store::open(dir.db(), test_options());
            REQUIRE(opened.ok());
            BankApp app(banks.front().first, opened.store.get());
            SampleOptions progress{Screen::progress, "", false};
            progress.store = opened.store.get();
            REQUIRE(drive_to_sample(*app.controller, app.clock, progress).empty());
            REQUIRE(app.state().screen == Screen::progress);
            check_fits(ui, app.state(), "progress" + at);
        }
        for (Screen screen : {Screen::review, Screen::exam, Screen::exam_results}) {
            BankApp app(banks.front().first);
            REQUIRE(drive_to_study_sample(*app.controller, app.clock, screen).empty());
            check_fits(ui, app.state(), std::string(screen_entry(screen).name) + at);
        }
        for (const auto& [bank, ids] : banks) {
            for (const std::string& id : ids) {
                const std::string what = bank.filename().string() + " " + id + at;
                for (bool submitted : {false, true}) {
                    BankApp app(bank);
                    SampleOptions practice{Screen::practice, id, submitted};
                    REQUIRE(drive_to_sample(*app.controller, app.clock, practice).empty());
                    check_fits(ui, app.state(), "practice " + what);

                    BankApp room(bank);
                    SampleOptions classroom{Screen::classroom, id, submitted};
                    REQUIRE(drive_to_sample(*room.controller, room.clock, classroom).empty());
                    REQUIRE(room.state().classroom.game->current_round()->question.id == id);
                    check_fits(ui, room.state(),
                               std::string("projector ") + (submitted ? "explanation " : "") + what,
                               true);
                    if (!submitted) continue;
                    // The step after: the leaderboard, or after a poll's spread its explanation.
                    room.controller->apply(intent::Classroom{
                        classroom_cmd::Game{ClassroomIntent{ClassroomAction::advance, -1, -1}}});
                    check_fits(ui, room.state(), "projector after " + what, true);
                }
                BankApp editor(bank);
                SampleOptions edit{Screen::editor, id, false};
                REQUIRE(drive_to_sample(*editor.controller, editor.clock, edit).empty());
                check_fits(ui, editor.state(), "editor " + what);
            }
        }
    }
}

TEST_CASE("ui layout: the overflow checks catch a projector page that would scroll") {
    // Far too small a window for a long question: the fit gives up at the floor and says so.
    UiHarness ui(2.f, ImVec2(640, 300));
    const auto banks = longest_questions();
    BankApp room(banks.front().first);
    SampleOptions classroom{Screen::classroom, banks.front().second.front(), true};
    REQUIRE(drive_to_sample(*room.controller, room.clock, classroom).empty());
    ui.settle(room.state(), 4);
    CHECK_FALSE(ui.scrolling("classroom").empty());
}

TEST_CASE("ui: matching shows every right-hand option with its key, and what a key moves") {
    const std::string shown = ui::numbered_options({"Tehran", "Moscow", "Kyiv"});
    CHECK(shown == "1  Tehran     2  Moscow     3  Kyiv");
    CHECK(std::string(ui::kMatchingKeys).find("next empty row") != std::string::npos);
}
