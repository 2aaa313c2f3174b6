// The bank editor shows, beside a question, how this computer's students answered it: the
// count, then item analysis figures and flags from 20 answers (a real store, the app's editor).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "core/bank/bank_loader.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/stats/item_figures_summary.h"
#include "core/store/store.h"
#include "support/scratch_dir.h"
#include "support/ui_harness.h"

using namespace statecraft;
namespace fs = std::filesystem;
namespace ed = statecraft::intent::editor;

namespace {

const fs::path kBank = fs::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json";

// Profiles s1..s<students> each answer `question` once, picking `choice`.
void answer(Store& store, const LoadedBank& loaded, const std::string& question,
            const std::string& choice, int students) {
    const Question* q = nullptr;
    for (const Question& x : loaded.bank.questions)
        if (x.id == question) q = &x;
    REQUIRE(q);
    std::int64_t t = 1'790'000'000'000;
    for (int s = 1; s <= students; ++s) {
        SessionImport session{
            {"s" + std::to_string(s), loaded.bank.id, loaded.content_hash, "practice", t}, {}, {}};
        const Answer a = Answer::single(choice);
        AttemptRecord r = AttemptRecord::for_question(*q);
        AnswerCheck check = check_answer(*q, a);
        r.answer_json = answer_to_json_text(a);
        r.score = check.score;
        r.correct = check.correct;
        r.time_ms = 3000;
        r.answered_ms = t += 1000;
        session.attempts.push_back(std::move(r));
        session.end = SessionEnd{t, check.score, 1.0};
        REQUIRE(store.import_sessions({&session, 1}).saved);
    }
}

}  // namespace

TEST_CASE("editor item figures: the count until 20 answers, then figures and flags") {
    CHECK(summarise_item_figures(nullptr, 20).line ==
          "No answers to this question on this computer yet.");
    ItemFigures f;
    f.responses = 12;
    f.students = 12;
    f.facility = 0.5;
    f.flags = {"too hard (facility below 0.2)"};
    ItemFiguresSummary few = summarise_item_figures(&f, 20);
    CHECK(few.line == "12 answers on this computer: figures and flags from 20.");
    CHECK(few.flags.empty());
    f.responses = 40;
    f.students = 20;
    f.facility = 0.126;
    f.point_biserial = -0.314;
    ItemFiguresSummary many = summarise_item_figures(&f, 20);
    CHECK(many.line ==
          "40 answers from 20 students: facility 0.13, discrimination -0.31 (upper-lower n/a).");
    CHECK(many.flags == f.flags);
}

TEST_CASE("editor item figures: opening a bank reads this computer's answers to it") {
    testing::ScratchDir scratch;
    OpenResult opened = Store::open(scratch.path() / "statecraft.db");
    REQUIRE(opened.ok());
    const LoadedBank loaded = load_bank_file(kBank);
    REQUIRE(loaded.ok());
    answer(*opened.store, loaded, "single-example", "a", 25);  // everyone right: too easy

    BankSources sources;
    sources.user = scratch.path() / "banks";
    sources.extra = kBank;
    AppState state;
    scan_banks(state.home, sources);
    REQUIRE(state.home.selected >= 0);
    ManualClock clock{0};
    ControllerOptions options;
    options.catalog = sources;
    options.store = opened.store.get();
    options.profile = "s1";
    AppController app(std::move(state), clock, options);
    app.apply(intent::Editor{ed::Open{false}});
    REQUIRE(app.state().editor.doc);

    const auto& figures = app.state().editor.figures;
    REQUIRE(figures.count("single-example") == 1);
    const QuestionFigures& single = figures.at("single-example");
    CHECK(single.line.rfind("25 answers from 25 students: facility 1.00", 0) == 0);
    CHECK(std::find(single.flags.begin(), single.flags.end(), "too easy (facility above 0.95)") !=
          single.flags.end());
    CHECK(figures.at("multiple-example").line ==
          "No answers to this question on this computer yet.");

    // Drawn beside the selected question, wrapped: the page runs past no edge it did not
    // already run past without the figures (1280x720).
    auto overflows_of = [](const AppState& state) {
        testing::UiHarness ui;
        ui.settle(state);
        return ui.overflows();
    };
    AppState without = app.state();
    without.editor.figures.clear();
    const auto with_figures = overflows_of(app.state()), bare = overflows_of(without);
    for (const std::string& o : with_figures)
        CHECK_MESSAGE(std::find(bare.begin(), bare.end(), o) != bare.end(), o);
}
