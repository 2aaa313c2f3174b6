// The controller's exam side: set-up, answers without feedback, the clock, the hand-in.
#include <algorithm>
#include <cmath>

#include "app/app_controller.h"
#include "app/modes/classroom/classroom_controller.h"
#include "app/modes/editor/editor_controller.h"
#include "app/modes/live/live_host.h"

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
    start_quiz("exam");
    if (!state_.session || state_.screen != Screen::practice) {
        state_.screen = Screen::exam;  // Home's message says why
        return;
    }
    ExamLimits limits;
    limits.timing = setup.per_question ? ExamTiming::per_question : ExamTiming::whole_exam;
    limits.exam_ms = static_cast<std::int64_t>(setup.minutes) * 60'000;
    state_.exam.emplace(*state_.session, limits, *clock_);
    state_.screen = Screen::exam;
}

void AppController::exam_submit() {
    PracticeState& p = state_.practice;
    if (!state_.exam->answer(*state_.session, p.draft, p.confidence)) return;
    finish_exam_if_done();
    if (!state_.exam->finished()) enter_question();
}

void AppController::on(const intent::HandIn&) {
    if (!state_.exam || !state_.session) return;
    if (!state_.exam->finished())
        state_.exam->finish(*state_.session, state_.practice.draft, state_.practice.confidence);
    finish_exam_if_done();
}

void AppController::finish_exam_if_done() {
    if (!state_.exam || !state_.exam->finished()) return;
    state_.screen = Screen::exam_results;
    // The exam's answers go to the score store at hand-in, like a practice quiz's at submit.
    const QuizSession& s = *state_.session;
    for (int i = 0; i < s.size(); ++i) record_attempt(i);
    const Results results = s.results();
    scores_.end_session(state_.scores, results.score, results.total);
    write_results();
}

bool AppController::tick() {
    scores_.retry_due(state_.scores);  // waiting answers go in once the disk or lock allows
    tick_editor(state_, clock_->now_ms());
    tick_classroom(state_, *clock_);
    if (live_host_ && live_host_->open() &&
        live_host_->frame(state_, options_.store, wall_now_ms()))
        return true;
    if (!state_.exam || state_.exam->finished() || !state_.session) return false;
    const int before = state_.session->index();
    if (!state_.exam->tick(*state_.session, state_.practice.draft, state_.practice.confidence))
        return false;
    finish_exam_if_done();
    if (!state_.exam->finished() && state_.session->index() != before) enter_question();
    return true;
}

std::optional<double> AppController::redraw_after_seconds() const {
    if (!state_.exam || state_.exam->finished() || !state_.session) {
        if (live_host_ && live_host_->open()) return 0.1;  // the server's snapshot: 10 a second
        if (auto countdown = classroom_redraw_after(state_)) return *countdown;
        return std::nullopt;
    }
    // Redraw when the shown seconds change (at most once a second).
    const std::int64_t left = state_.exam->remaining_ms(*state_.session);
    const std::int64_t to_next_second = left % 1000 == 0 ? 1000 : left % 1000;
    return std::max(0.05, static_cast<double>(to_next_second) / 1000.0);
}

}  // namespace statecraft
