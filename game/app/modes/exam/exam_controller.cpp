#include "app/modes/exam/exam_controller.h"

#include <algorithm>

#include "app/modes/practice/quiz_flow.h"

namespace statecraft {

namespace {

using namespace exam_cmd;

// Each answer goes to the score store when it is given (with that time), like a practice
// quiz's at submit; questions never answered get no attempt.
void record_exam_answer(AppState& state, Services& services, int i) {
    if (state.exam->answered(i)) record_attempt(state, services, i);
}

void finish_exam_if_done(AppState& state, Services& services) {
    if (!state.exam || !state.exam->finished()) return;
    state.screen = Screen::exam_results;
    state.exam_view = ExamView{};
    const ExamResults results = state.exam->results(*state.session);
    services.scores.end_session(state.scores, results.score, results.total,
                                results.total - results.answered);
    write_results(state, services);
}

void apply(AppState& state, const Open&, Services&) {
    if (state.home.selected < 0) return;
    state.home.message.clear();
    state.screen = Screen::exam;
    if (state.exam && !state.exam->finished()) return;  // resume the running exam
    state.exam.reset();
}

void apply(AppState& state, const SetPerQuestion& c, Services&) {
    if (!state.exam) state.exam_setup.per_question = c.on;
}

void apply(AppState& state, const SetMinutes& c, Services&) {
    if (!state.exam) state.exam_setup.minutes = std::clamp(c.minutes, 1, 600);
}

void apply(AppState& state, const Start&, Services& services) {
    if (state.home.selected < 0 || (state.exam && !state.exam->finished())) return;
    state.exam.reset();
    // The exam takes the Home choices (categories, count, shuffle) through a normal start.
    const ExamSetup setup = state.exam_setup;
    start_quiz(state, services, SessionMode::exam);
    if (!state.session || state.screen != Screen::practice) {
        state.screen = Screen::exam;  // Home's message says why
        return;
    }
    ExamLimits limits;
    limits.timing = setup.per_question ? ExamTiming::per_question : ExamTiming::whole_exam;
    limits.exam_ms = static_cast<std::int64_t>(setup.minutes) * 60'000;
    state.exam.emplace(*state.session, limits, services.clock);
    state.exam_view = ExamView{};
    state.screen = Screen::exam;
}

void apply(AppState& state, const HandIn&, Services& services) {
    if (!state.exam || !state.session) return;
    state.exam_view = ExamView{};
    if (!state.exam->finished()) {
        const int i = state.session->index();
        state.exam->finish(*state.session, state.practice.draft, state.practice.confidence);
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
    PracticeState& p = state.practice;
    const int i = state.session->index();
    if (!state.exam->answer(*state.session, p.draft, p.confidence)) return;
    record_exam_answer(state, services, i);
    finish_exam_if_done(state, services);
    if (!state.exam->finished()) enter_exam_question(state);
}

void enter_exam_question(AppState& state) {
    enter_question(state);
    const int i = state.session->index();
    if (const std::optional<ExamDraft>& kept = state.exam->draft(i)) {
        state.practice.draft = kept->answer;
        state.practice.confidence = kept->confidence;
    }
    state.exam_view.palette_cursor = i;
}

ExamCommand exam_back_command(const ExamView& view) {
    if (view.confirm_hand_in) return CancelHandIn{};
    if (view.palette) return ShowPalette{false};
    return AskHandIn{};
}

bool tick_exam(AppState& state, Services& services) {
    if (!state.exam || state.exam->finished() || !state.session) return false;
    const int before = state.session->index();
    const bool was_answered = state.exam->answered(before);
    if (!state.exam->tick(*state.session, state.practice.draft, state.practice.confidence))
        return false;
    if (!was_answered) record_exam_answer(state, services, before);
    finish_exam_if_done(state, services);
    if (!state.exam->finished() && state.session->index() != before) enter_exam_question(state);
    return true;
}

std::optional<double> exam_redraw_after(const AppState& state) {
    if (!state.exam || state.exam->finished() || !state.session) return std::nullopt;
    // Redraw when the shown seconds change (at most once a second).
    const std::int64_t left = state.exam->remaining_ms(*state.session);
    const std::int64_t to_next_second = left % 1000 == 0 ? 1000 : left % 1000;
    return std::max(0.05, static_cast<double>(to_next_second) / 1000.0);
}

}  // namespace statecraft
