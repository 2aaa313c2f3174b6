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

bool AppController::tick() {
    scores_.retry_due(state_.scores);  // waiting answers go in once the disk or lock allows
    tick_editor(state_, clock_->now_ms());
    tick_classroom(state_, *clock_);
    const bool synced = tick_sync();
    if (live_host_ && live_host_->open() && live_host_->frame(state_, wall_now_ms())) return true;
    if (!state_.exam || state_.exam->finished() || !state_.session) return synced;
    const int before = state_.session->index();
    const bool was_answered = state_.exam->answered(before);
    if (!state_.exam->tick(*state_.session, state_.practice.draft, state_.practice.confidence))
        return false;
    if (!was_answered) record_exam_answer(before);
    finish_exam_if_done();
    if (!state_.exam->finished() && state_.session->index() != before) enter_exam_question();
    return true;
}

std::optional<double> AppController::redraw_after_seconds() const {
    if (!state_.exam || state_.exam->finished() || !state_.session) {
        if (live_host_ && live_host_->open()) return 0.1;  // the server's snapshot: 10 a second
        if (auto countdown = classroom_redraw_after(state_)) return *countdown;
        if (sync_job_.pending()) return kSyncRedrawSeconds;
        return std::nullopt;
    }
    // Redraw when the shown seconds change (at most once a second).
    const std::int64_t left = state_.exam->remaining_ms(*state_.session);
    const std::int64_t to_next_second = left % 1000 == 0 ? 1000 : left % 1000;
    return std::max(0.05, static_cast<double>(to_next_second) / 1000.0);
}

}  // namespace statecraft
