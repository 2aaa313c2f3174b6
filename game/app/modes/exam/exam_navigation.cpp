// The exam's navigation: skip and come back through the question palette, flags, and the
// confirmation that stands between Esc and a hand-in.
#include <algorithm>

#include "app/modes/exam/exam_controller.h"

namespace statecraft {

namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

void apply_exam_navigation(AppState& state, const ExamCommand& command, Services&) {
    if (!state.exam.run || !state.quiz.session || state.exam.run->finished()) return;
    ExamSession& exam = *state.exam.run;
    QuizSession& quiz = *state.quiz.session;
    ExamView& view = state.exam.view;
    const PracticeState& p = state.quiz.practice;
    const auto moved = [&](bool ok) {
        if (!ok) return;
        view.palette = view.confirm_hand_in = false;
        enter_exam_question(state);
    };
    std::visit(Overloaded{
                   [&](const exam_cmd::GoTo& c) {
                       if (c.index == quiz.index())  // back to it
                           view.palette = view.confirm_hand_in = false;
                       moved(exam.go_to(quiz, c.index, p.draft, p.confidence));
                   },
                   [&](const exam_cmd::Skip&) { moved(exam.skip(quiz, p.draft, p.confidence)); },
                   [&](const exam_cmd::ToggleFlag&) { exam.toggle_flag(quiz.index()); },
                   [&](const exam_cmd::ShowPalette& c) {
                       view.palette = c.on;
                       view.confirm_hand_in = false;
                       view.palette_cursor = quiz.index();
                   },
                   [&](const exam_cmd::MovePaletteCursor& c) {
                       view.palette_cursor =
                           std::clamp(view.palette_cursor + c.by, 0, quiz.size() - 1);
                   },
                   [&](const exam_cmd::AskHandIn&) {
                       view.confirm_hand_in = true;
                       view.palette = false;
                   },
                   [&](const exam_cmd::CancelHandIn&) { view.confirm_hand_in = false; },
                   [](const auto&) {},  // the set-up and hand-in: exam_controller.cpp
               },
               command);
}

}  // namespace statecraft
