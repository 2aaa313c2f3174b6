// The exam through the app controller and its screens: set-up, answers without feedback,
// the timer's redraws, time-up and Esc hand-ins, the review of every answer.
#include <doctest/doctest.h>

#include "app/modes/review/study_sample.h"
#include "core/session/answer_check.h"
#include "support/app_fixture.h"
#include "support/intent_commands.h"
#include "support/ui_harness.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

void answer_current(AppFixture& app, SampleQuality quality, int confidence = 0) {
    for (const Intent& i : sample_answer_intents(app.state(), quality)) app.apply(i);
    if (confidence) app.apply(intent::Practice{practice_cmd::SetConfidence{confidence}});
    app.clock.advance(5'000);
    app.apply(intent::Practice{practice_cmd::Submit{}});
}

}  // namespace

TEST_CASE("exam: through the app, no feedback, then time-up hands in and shows every answer") {
    AppFixture app;
    app.apply(intent::Home{home_cmd::SetQuestionCount{4}});
    app.apply(intent::Exam{exam_cmd::Open{}});
    REQUIRE(app.state().screen == Screen::exam);
    CHECK_FALSE(app.state().exam.run);  // the set-up
    CHECK_FALSE(app.controller->redraw_after_seconds());
    app.apply(intent::Exam{exam_cmd::SetMinutes{2}});
    app.apply(intent::Exam{exam_cmd::Start{}});
    REQUIRE(app.state().exam.run);
    CHECK(app.state().screen == Screen::exam);
    CHECK(app.state().session_mode() == SessionMode::exam);
    REQUIRE(app.controller->redraw_after_seconds());
    CHECK(*app.controller->redraw_after_seconds() <= 1.0);

    answer_current(app, SampleQuality::right, 3);
    CHECK_FALSE(app.state().quiz.practice.outcome);  // no feedback
    CHECK(app.state().quiz.session->index() == 1);
    CHECK_FALSE(app.state().quiz.practice.confidence);  // fresh for the next question
    answer_current(app, SampleQuality::wrong, 1);
    CHECK(app.state().quiz.session->index() == 2);
    for (const Intent& i : sample_answer_intents(app.state(), SampleQuality::right)) app.apply(i);
    CHECK_FALSE(app.controller->tick());
    app.clock.advance(2 * 60'000);
    CHECK(app.controller->tick());
    CHECK(app.state().screen == Screen::exam_results);
    const ExamResults r = app.state().exam.run->results(*app.state().quiz.session);
    CHECK(r.timed_out);
    CHECK(r.answered == 3);  // the chosen third answer was handed in
    CHECK(r.answers[0].confidence == Confidence::high);
    CHECK_FALSE(r.answers[3].answered);
    CHECK_FALSE(app.controller->redraw_after_seconds());

    UiHarness ui(1.0f);
    ui.settle(app.state());
    CHECK(ui.overflows().empty());
    app.apply(intent::Back{});
    CHECK(app.state().screen == Screen::home);
}

TEST_CASE("exam: Esc only asks; the confirmation hands in what was answered") {
    AppFixture app;
    app.apply(intent::Exam{exam_cmd::Open{}});
    app.apply(intent::Exam{exam_cmd::Start{}});
    answer_current(app, SampleQuality::right);
    // The second question's untouched draft goes in too when it is already complete (an
    // ordering, a matching); a poll is answered but is no mark.
    const QuizSession& quiz = *app.state().quiz.session;
    const bool first_graded = is_graded(quiz.item(0).question->type);
    const bool second_counts =
        is_complete(app.state().quiz.practice.draft) && is_graded(quiz.item(1).question->type);
    app.apply(intent::Back{});  // Esc
    CHECK(app.state().screen == Screen::exam);
    CHECK(app.state().exam.view.confirm_hand_in);
    CHECK_FALSE(app.state().exam.run->finished());
    app.apply(intent::Back{});  // Esc again: back to the exam
    CHECK_FALSE(app.state().exam.view.confirm_hand_in);
    app.apply(intent::Exam{exam_cmd::AskHandIn{}});
    app.apply(intent::Exam{exam_cmd::CancelHandIn{}});
    CHECK_FALSE(app.state().exam.view.confirm_hand_in);
    CHECK_FALSE(app.state().exam.run->finished());
    app.apply(intent::Exam{exam_cmd::AskHandIn{}});
    app.apply(intent::Exam{exam_cmd::HandIn{}});
    CHECK(app.state().screen == Screen::exam_results);
    CHECK(app.state().exam.run->results(*app.state().quiz.session).answered ==
          int(first_graded) + int(second_counts));
    CHECK_FALSE(app.state().exam.run->timed_out());
}

TEST_CASE("exam: the palette and skip keep a draft; coming back restores it") {
    AppFixture app;
    app.apply(intent::Home{home_cmd::SetQuestionCount{4}});
    app.apply(intent::Exam{exam_cmd::Open{}});
    app.apply(intent::Exam{exam_cmd::Start{}});
    REQUIRE(app.state().exam.run);
    for (const Intent& i : sample_answer_intents(app.state(), SampleQuality::right)) app.apply(i);
    app.apply(intent::Practice{practice_cmd::SetConfidence{2}});
    const Answer chosen = app.state().quiz.practice.draft;
    app.apply(intent::Exam{exam_cmd::ToggleFlag{}});
    app.apply(intent::Exam{exam_cmd::Skip{}});
    CHECK(app.state().quiz.session->index() == 1);
    CHECK_FALSE(app.state().quiz.practice.confidence);
    app.apply(intent::Exam{exam_cmd::ShowPalette{true}});
    CHECK(app.state().exam.view.palette);
    CHECK(app.state().exam.view.palette_cursor == 1);
    app.apply(intent::Exam{exam_cmd::MovePaletteCursor{-1}});
    app.apply(intent::Exam{exam_cmd::MovePaletteCursor{-1}});  // stays on the first
    CHECK(app.state().exam.view.palette_cursor == 0);
    app.apply(intent::Exam{exam_cmd::GoTo{app.state().exam.view.palette_cursor}});
    CHECK_FALSE(app.state().exam.view.palette);
    CHECK(app.state().quiz.session->index() == 0);
    CHECK(app.state().quiz.practice.draft.choices == chosen.choices);
    CHECK(app.state().quiz.practice.confidence == Confidence::medium);
    CHECK(app.state().exam.run->flagged(0));
    for (Screen shown : {Screen::exam}) {
        for (float scale : {1.0f, 2.0f}) {
            for (bool palette : {false, true}) {
                CAPTURE(scale);
                CAPTURE(palette);
                app.apply(intent::Exam{exam_cmd::ShowPalette{palette}});
                if (!palette) app.apply(intent::Exam{exam_cmd::AskHandIn{}});
                REQUIRE(app.state().screen == shown);
                UiHarness ui(scale);
                ui.settle(app.state());
                CHECK(ui.overflows().empty());
                app.apply(intent::Exam{exam_cmd::CancelHandIn{}});
                app.apply(intent::Exam{exam_cmd::ShowPalette{false}});
            }
        }
    }
}

TEST_CASE("exam: per-question timing moves on by itself") {
    AppFixture app;
    app.apply(intent::Exam{exam_cmd::Open{}});
    app.apply(intent::Exam{exam_cmd::SetPerQuestion{true}});
    app.apply(intent::Exam{exam_cmd::Start{}});
    REQUIRE(app.state().exam.run);
    const ExamSession& exam = *app.state().exam.run;
    const std::int64_t limit = exam.limit_ms(*app.state().quiz.session);
    app.clock.advance(limit);
    CHECK(app.controller->tick());
    CHECK(app.state().quiz.session->index() == 1);
    CHECK(app.state().screen == Screen::exam);
}

TEST_CASE("exam: the study screens draw without clipping at 100% and 200%") {
    for (Screen screen : {Screen::review, Screen::exam, Screen::exam_results}) {
        for (float scale : {1.0f, 2.0f}) {
            CAPTURE(static_cast<int>(screen));
            CAPTURE(scale);
            AppFixture app;
            REQUIRE(drive_to_study_sample(*app.controller, app.clock, screen).empty());
            CHECK(app.state().screen == screen);
            UiHarness ui(scale);
            ui.settle(app.state());
            CHECK(ui.overflows().empty());
        }
    }
    AppFixture setup;
    setup.apply(intent::Exam{exam_cmd::Open{}});
    UiHarness ui(2.0f);
    ui.settle(setup.state());
    CHECK(ui.overflows().empty());
}

TEST_CASE("cbm: confidence keys L, M, H set the level on the practice screen, again clears") {
    AppFixture app;
    app.go_to_question("single-example");
    UiHarness ui(1.0f);
    ui.settle(app.state());
    ui.type("h");
    Intent got = ui.frame(app.state());
    REQUIRE(holds_command<practice_cmd::SetConfidence>(got));
    CHECK(command_of<practice_cmd::SetConfidence>(got).level == 3);
    app.apply(got);
    CHECK(app.state().quiz.practice.confidence == Confidence::high);
    app.apply(intent::Practice{practice_cmd::SetConfidence{3}});
    CHECK_FALSE(app.state().quiz.practice.confidence);
    ui.type("l");
    got = ui.frame(app.state());
    app.apply(got);
    CHECK(app.state().quiz.practice.confidence == Confidence::low);
    for (const Intent& i : sample_answer_intents(app.state(), SampleQuality::right)) app.apply(i);
    app.apply(intent::Practice{practice_cmd::Submit{}});
    REQUIRE(app.state().quiz.practice.outcome);
    CHECK(app.state().quiz.practice.outcome->cbm_mark == doctest::Approx(1.0));
    app.apply(intent::Practice{practice_cmd::SetConfidence{3}});  // too late: the answer is marked
    CHECK(app.state().quiz.practice.confidence == Confidence::low);
}

TEST_CASE("exam: Home's footer keeps Review, Exam and Resume in one row at 200%") {
    AppFixture app;
    app.apply(intent::Home{home_cmd::StartQuiz{}});
    app.apply(intent::Home{home_cmd::GoHome{}});
    REQUIRE(app.state().quiz.session);
    UiHarness ui(2.0f);
    ui.settle(app.state());
    CHECK(ui.overflows().empty());
    ui.type("v");
    const Intent got = ui.frame(app.state());
    CHECK(holds_command<review_cmd::Open>(got));
    ui.type("x");
    CHECK(holds_command<exam_cmd::Open>(ui.frame(app.state())));
}

TEST_CASE("exam: keys on the running exam: Esc asks, S skips, G palette, F flags; +/- on set-up") {
    AppFixture app;
    app.apply(intent::Exam{exam_cmd::Open{}});
    const int count = app.state().home.question_count;
    {
        UiHarness ui(1.0f);
        ui.settle(app.state());
        ui.type("-");
        app.apply(ui.frame(app.state()));
        CHECK(app.state().home.question_count == count - 1);
        ui.type("+");
        app.apply(ui.frame(app.state()));
        CHECK(app.state().home.question_count == count);
    }
    app.apply(intent::Exam{exam_cmd::Start{}});
    REQUIRE(app.state().exam.run);
    // Letters are keys only outside a text field: start on a question without one.
    while (app.state().quiz.session->current().question->type == QuestionType::short_answer)
        app.apply(intent::Exam{exam_cmd::Skip{}});
    UiHarness ui(1.0f);
    ui.settle(app.state());
    const auto command = [](const Intent& i) -> const ExamCommand* {
        const auto* e = std::get_if<intent::Exam>(&i);
        return e ? &e->command : nullptr;
    };
    ui.key(ImGuiKey_Escape);
    Intent esc = ui.frame(app.state());
    REQUIRE(command(esc));
    CHECK(std::holds_alternative<exam_cmd::AskHandIn>(*command(esc)));
    ui.type("s");
    Intent s = ui.frame(app.state());
    REQUIRE(command(s));
    CHECK(std::holds_alternative<exam_cmd::Skip>(*command(s)));
    ui.type("f");
    Intent f = ui.frame(app.state());
    REQUIRE(command(f));
    CHECK(std::holds_alternative<exam_cmd::ToggleFlag>(*command(f)));
    ui.type("g");
    Intent g = ui.frame(app.state());
    REQUIRE(command(g));
    CHECK(std::holds_alternative<exam_cmd::ShowPalette>(*command(g)));
    // In the confirmation Enter hands in and Esc goes back.
    app.apply(intent::Exam{exam_cmd::AskHandIn{}});
    ui.settle(app.state());
    ui.key(ImGuiKey_Escape);
    Intent back = ui.frame(app.state());
    REQUIRE(command(back));
    CHECK(std::holds_alternative<exam_cmd::CancelHandIn>(*command(back)));
    ui.key(ImGuiKey_Enter);
    CHECK(holds_command<exam_cmd::HandIn>(ui.frame(app.state())));
}
