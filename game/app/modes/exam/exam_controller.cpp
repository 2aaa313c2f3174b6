// The controller's exam side: set-up, answers without feedback, the clock, the hand-in.
#include <algorithm>

#include "app/app_controller.h"

namespace statecraft {

void AppController::on(const intent::OpenExam&) {
    if (state_.home.selected < 0) return;
    state_.home.message.clear();
    state_.screen = Screen::exam;
    if (state_.exam && !state_.exam->finished()) return;  // resume the running exam
    state_.exam.reset();
}

void AppController::on(const intent::SetExamPerQuestion& i) {
    if (!state_.exam) state_.exam_setup.per_question = i.on;
}

void AppController::on(const intent::SetExamMinutes& i) {
    if (!state_.exam) state_.exam_setup.minutes = std::clamp(i.minutes, 1, 600);
}

void AppController::on(const intent::StartExam&) {
    HomeState& h = state_.home;
    if (h.selected < 0 || (state_.exam && !state_.exam->finished())) return;
    state_.exam.reset();
    // The exam takes the Home choices (categories, count, shuffle) through a normal start.
    const ExamSetup setup = state_.exam_setup;
    start_quiz(SessionMode::exam);
    if (!state_.session || state_.screen != Screen::practice) {
        state_.screen = Screen::exam;  // Home's message says why
        return;
    }
    ExamLimits limits;
    limits.timing = setup.per_question ? ExamTiming::per_question : ExamTiming::whole_exam;
    limits.exam_ms = static_cast<std::int64_t>(setup.minutes) * 60'000;
    state_.exam.emplace(*state_.session, limits, *clock_);
    state_.exam_view = ExamView{};
    state_.screen = Screen::exam;
}

void AppController::exam_submit() {
    PracticeState& p = state_.practice;
    const int i = state_.session->index();
    if (!state_.exam->answer(*state_.session, p.draft, p.confidence)) return;
    record_exam_answer(i);
    finish_exam_if_done();
    if (!state_.exam->finished()) enter_exam_question();
}

void AppController::on(const intent::HandIn&) {
    if (!state_.exam || !state_.session) return;
    state_.exam_view = ExamView{};
    if (!state_.exam->finished()) {
        const int i = state_.session->index();
        state_.exam->finish(*state_.session, state_.practice.draft, state_.practice.confidence);
        record_exam_answer(i);
    }
    finish_exam_if_done();
}

// Each answer goes to the score store when it is given (with that time), like a practice
// quiz's at submit; questions never answered get no attempt.
void AppController::record_exam_answer(int i) {
    if (state_.exam->answered(i)) record_attempt(i);
}

void AppController::enter_exam_question() {
    enter_question();
    const int i = state_.session->index();
    if (const std::optional<ExamDraft>& kept = state_.exam->draft(i)) {
        state_.practice.draft = kept->answer;
        state_.practice.confidence = kept->confidence;
    }
    state_.exam_view.palette_cursor = i;
}

void AppController::finish_exam_if_done() {
    if (!state_.exam || !state_.exam->finished()) return;
    state_.screen = Screen::exam_results;
    state_.exam_view = ExamView{};
    const ExamResults results = state_.exam->results(*state_.session);
    scores_.end_session(state_.scores, results.score, results.total,
                        results.total - results.answered);
    write_results();
}

}  // namespace statecraft
