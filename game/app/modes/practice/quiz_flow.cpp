#include "app/modes/practice/quiz_flow.h"

#include <algorithm>

#include "core/io/atomic_file.h"
#include "core/session/results_json.h"
#include "core/store/quiz_records.h"

namespace statecraft {

bool answering(const AppState& state) {
    return state.quiz.session && !state.quiz.session->finished() && !state.quiz.practice.outcome;
}

void start_quiz(AppState& state, Services& services, SessionMode mode) {
    HomeState& h = state.home;
    if (h.selected < 0) return;
    const BankEntry& entry = h.banks[h.selected];
    QuizConfig config;
    // Every category chosen means "all", so the results say so and new categories join.
    if (h.categories.size() != entry.loaded->bank.categories.size()) {
        // Keep the bank's order, whatever order the checkboxes were clicked in.
        for (const Category& c : entry.loaded->bank.categories)
            if (std::find(h.categories.begin(), h.categories.end(), c.id) != h.categories.end())
                config.categories.push_back(c.id);
        if (config.categories.empty()) {
            h.message = "Choose at least one category.";
            return;
        }
    }
    config.question_count = h.question_count;
    config.shuffle = h.shuffle;
    config.seed = services.next_seed();
    config.graded_only = mode == SessionMode::exam;
    std::string error;
    auto session = QuizSession::start(entry.bank(), config, services.clock, error,
                                      {{}, entry.loaded->content_hash, mode});
    if (!session) {
        h.message = "Cannot start: " + error + ".";
        return;
    }
    h.message.clear();
    begin_session(state, services, std::move(*session));
}

void begin_session(AppState& state, Services& services, QuizSession session) {
    state.quiz.session = std::move(session);
    state.scores.notices.clear();  // shown once, on Home
    services.scores.begin_session(state.scores, *state.quiz.session);
    ++state.quiz.session_serial;
    state.view.status.clear();
    // "N cards scheduled" counts this session only, never one left unfinished before it.
    state.study.reviewed = 0;
    state.study.next_due_ms.reset();
    enter_question(state);
    state.screen = Screen::practice;
}

void enter_question(AppState& state) {
    const QuizSession& s = *state.quiz.session;
    state.quiz.practice = PracticeState{};
    state.quiz.practice.draft = s.initial_answer(s.index());
    if (s.submitted()) state.quiz.practice.outcome = s.outcome(s.index());
}

void record_attempt(AppState& state, Services& services, int question_index) {
    if (std::optional<AttemptRecord> attempt = attempt_record(*state.quiz.session, question_index))
        services.scores.record_attempt(state.scores, std::move(*attempt));
}

void write_results(AppState& state, Services& services) {
    const std::filesystem::path& out = services.options.results_out;
    if (out.empty()) return;
    std::string error;
    std::error_code ec;
    const auto folder = out.parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);  // a failure shows below
    // An exam says which questions were answered (the rest got empty answers at hand-in).
    std::vector<bool> answered;
    if (state.quiz.session->origin().mode == SessionMode::exam && state.exam.run &&
        state.exam.run->finished())
        for (int i = 0; i < state.quiz.session->size(); ++i)
            answered.push_back(state.exam.run->answered(i));
    const std::string json =
        results_to_json_text(*state.quiz.session, answered.empty() ? nullptr : &answered);
    if (io::write_file_atomically(out, json, error)) {
        state.view.status = "Results saved to " + out.string() + ".";
    } else {
        state.view.status = "Could not save the results to " + out.string() + ": " + error;
    }
}

}  // namespace statecraft
