#include "app/modes/exam/exam_controller.h"

#include <algorithm>

#include "app/modes/practice/quiz_flow.h"

namespace statecraft {

namespace {

using namespace exam_cmd;

// Each answer goes to the score store when it is given (with that time), like a practice
// quiz's at submit; questions never answered get no attempt.
void record_exam_answer(AppState& state, Services& services, int i) {
    if (state.exam.run->answered(i)) record_attempt(state, services, i);
}

void finish_exam_if_done(AppState& state, Services& services) {
    if (!state.exam.run || !state.exam.run->finished()) return;
    state.screen = Screen::exam_results;
    state.exam.view = ExamView{};
    const ExamResults results = state.exam.run->results(*state.quiz.session);
    services.scores.end_session(state.scores, results.score, results.total,
                                results.total - results.answered);
    write_results(state, services);
}

void apply(AppState& state, const Open&, Services&) {
    if (state.home.selected < 0) return;
    state.home.message.clear();
    state.screen = Screen::exam;
    if (state.exam.run && !state.exam.run->finished()) return;  // resume the running exam
    state.exam.run.reset();
}

void apply(AppState& state, const SetPerQuestion& c, Services&) {
    if (!state.exam.run) state.exam.setup.per_question = c.on;
}

void apply(AppState& state, const SetMinutes& c, Services&) {
    if (!state.exam.run) state.exam.setup.minutes = std::clamp(c.minutes, 1, 600);
}

void apply(AppState& state, const Start&, Services& services) {
    if (state.home.selected < 0 || (state.exam.run && !state.exam.run->finished())) return;
    state.exam.run.reset();
    // The exam takes the Home choices (categories, count, shuffle) through a normal start.
    const ExamSetup setup = state.exam.setup;
    start_quiz(state, services, SessionMode::exam);
    if (!state.quiz.session || state.screen != Screen::practice) {
        state.screen = Screen::exam;  // Home's message says why
        return;
    }
    ExamLimits limits;
    limits.timing = setup.per_question ? ExamTiming::per_question : ExamTiming::whole_exam;
    limits.exam_ms = static_cast<std::int64_t>(setup.minutes) * 60'000;
    state.exam.run.emplace(*state.quiz.session, limits, services.clock);
    state.exam.view = ExamView{};
    state.screen = Screen::exam;
}

void apply(AppState& state, const HandIn&, Services& services) {
    if (!state.exam.run || !state.quiz.session) return;
    state.exam.view = ExamView{};
    if (!state.exam.run->finished()) {
        const int i = state.quiz.session->index();
        state.exam.run->finish(*state.quiz.session, state.quiz.practice.draft,
                               state.quiz.practice.confidence);
        record_exam_answer(state, services, i);
    }
    finish_exam_if_done(state, services);
}

}  // namespace

void apply_exam_command(AppState& state, const ExamCommand& command, Services& services) {
    std::visit(
        [&](const auto& c) {
            if constexpr (requires { apply(state, c, services); })
                apply(state, c, services);
            else
                apply_exam_navigation(state, command, services);
        },
        command);
}

void submit_exam_answer(AppState& state, Services& services) {
    PracticeState& p = state.quiz.practice;
    const int i = state.quiz.session->index();
    if (!state.exam.run->answer(*state.quiz.session, p.draft, p.confidence)) return;
    record_exam_answer(state, services, i);
    finish_exam_if_done(state, services);
    if (!state.exam.run->finished()) enter_exam_question(state);
}

void enter_exam_question(AppState& state) {
    enter_question(state);
    const int i = state.quiz.session->index();
    if (const std::optional<ExamDraft>& kept = state.exam.run->draft(i)) {
        state.quiz.practice.draft = kept->answer;
        state.quiz.practice.confidence = kept->confidence;
    }
    state.exam.view.palette_cursor = i;
}

bool tick_exam(AppState& state, Services& services) {
    if (!state.exam.run || state.exam.run->finished() || !state.quiz.session) return false;
    const int before = state.quiz.session->index();
    const bool was_answered = state.exam.run->answered(before);
    if (!state.exam.run->tick(*state.quiz.session, state.quiz.practice.draft,
                              state.quiz.practice.confidence))
        return false;
    if (!was_answered) record_exam_answer(state, services, before);
    finish_exam_if_done(state, services);
    if (!state.exam.run->finished() && state.quiz.session->index() != before)
        enter_exam_question(state);
    return true;
}

std::optional<double> exam_redraw_after(const AppState& state) {
    if (!state.exam.run || state.exam.run->finished() || !state.quiz.session) return std::nullopt;
    // Redraw when the shown seconds change (at most once a second).
    const std::int64_t left = state.exam.run->remaining_ms(*state.quiz.session);
    const std::int64_t to_next_second = left % 1000 == 0 ? 1000 : left % 1000;
    return std::max(0.05, static_cast<double>(to_next_second) / 1000.0);
}

}  // namespace statecraft
