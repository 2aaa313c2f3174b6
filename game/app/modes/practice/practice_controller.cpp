#include "app/modes/practice/practice_controller.h"

#include <algorithm>

#include "app/modes/exam/exam_controller.h"
#include "app/modes/practice/quiz_flow.h"
#include "app/modes/review/review_controller.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/util/list_moves.h"

namespace statecraft {

namespace {

using namespace practice_cmd;

void apply(AppState& state, const ChooseChoice& c, Services&) {
    if (!answering(state)) return;
    Answer& draft = state.quiz.practice.draft;
    if (draft.type == QuestionType::single || draft.type == QuestionType::poll) {
        draft.choices = {c.id};
    } else if (draft.type == QuestionType::multiple) {
        auto it = std::find(draft.choices.begin(), draft.choices.end(), c.id);
        if (it != draft.choices.end()) {
            draft.choices.erase(it);
        } else {
            draft.choices.push_back(c.id);
        }
    }
}

void apply(AppState& state, const ChooseTruth& c, Services&) {
    if (!answering(state) || state.quiz.practice.draft.type != QuestionType::true_false) return;
    state.quiz.practice.draft.truth = c.value;
}

void apply(AppState& state, const SetMatch& c, Services&) {
    if (!answering(state)) return;
    const Question& q = *state.quiz.session->current().question;
    if (q.type != QuestionType::matching || c.left < 0 ||
        c.left >= static_cast<int>(q.pairs.size()))
        return;
    // Rebuild in the question's order so the answer reads like the question.
    Answer& draft = state.quiz.practice.draft;
    std::vector<std::pair<std::string, std::string>> matches;
    for (int row = 0; row < static_cast<int>(q.pairs.size()); ++row) {
        const std::string& left = q.pairs[row].left;
        std::string right = row == c.left ? c.right : draft.match_for(left);
        if (!right.empty()) matches.emplace_back(left, right);
    }
    draft.matches = std::move(matches);
    // Go on to the next row that still needs a match (keyboard flow), else stay.
    const int rows = static_cast<int>(q.pairs.size());
    for (int step = 1; step <= rows; ++step) {
        int row = (c.left + step) % rows;
        if (draft.match_for(q.pairs[row].left).empty()) {
            state.quiz.practice.cursor = row;
            return;
        }
    }
    state.quiz.practice.cursor = std::min(c.left + 1, rows - 1);
}

void apply(AppState& state, const SetCursor& c, Services&) {
    if (!answering(state)) return;
    const Question& q = *state.quiz.session->current().question;
    int n = q.type == QuestionType::matching ? static_cast<int>(q.pairs.size())
            : q.type == QuestionType::matrix
                ? static_cast<int>(q.rows.size() * q.columns.size())
                : static_cast<int>(state.quiz.practice.draft.order.size());
    if (c.index >= 0 && c.index < n) state.quiz.practice.cursor = c.index;
}

void apply(AppState& state, const SetMatrixCell& c, Services&) {
    if (!answering(state)) return;
    const Question& q = *state.quiz.session->current().question;
    const int rows = static_cast<int>(q.rows.size()), cols = static_cast<int>(q.columns.size());
    if (q.type != QuestionType::matrix || c.row < 0 || c.row >= rows || c.column < 0 ||
        c.column >= cols || (c.mark != "C" && c.mark != "I" && c.mark != "N" && !c.mark.empty()))
        return;
    auto& cells = state.quiz.practice.draft.cells;
    cells.resize(static_cast<std::size_t>(rows));
    for (auto& row : cells) row.resize(static_cast<std::size_t>(cols));
    cells[c.row][c.column] = c.mark;
    // Keyboard flow: on to the next cell, row by row, staying on the last.
    state.quiz.practice.cursor = std::min(c.row * cols + c.column + 1, rows * cols - 1);
}

void apply(AppState& state, const MoveItem& c, Services&) {
    if (!answering(state)) return;
    if (util::move_in(state.quiz.practice.draft.order, c.from, c.to))
        state.quiz.practice.cursor = c.to;
}

void apply(AppState& state, const SetText& c, Services&) {
    if (answering(state)) set_draft_text(state.quiz.practice.draft, c.text);
}

void apply(AppState& state, const Submit& c, Services& services) {
    if (!answering(state)) return;
    if (c.text) set_draft_text(state.quiz.practice.draft, *c.text);
    // The exam screen answers through the same widgets; the exam marks without feedback.
    if (state.exam.run && state.screen == Screen::exam) return submit_exam_answer(state, services);
    if (!is_complete(state.quiz.practice.draft)) return;
    state.quiz.practice.outcome =
        state.quiz.session->submit(state.quiz.practice.draft, state.quiz.practice.confidence);
    record_attempt(state, services,
                   state.quiz.session->index());  // the history first, then the card
    update_card_after_answer(state, services);
}

void apply(AppState& state, const Next&, Services& services) {
    if (!state.quiz.session || !state.quiz.practice.outcome || state.screen != Screen::practice)
        return;
    QuizSession& s = *state.quiz.session;
    if (!s.next()) return;
    if (s.finished()) {
        const Results results = s.results();
        services.scores.end_session(state.scores, results.score, results.total);
        state.screen = Screen::results;
        refresh_review_rows(state, services);  // "next card due in ..." on the results
        write_results(state, services);
    } else {
        enter_question(state);
    }
}

// Self-study only: an exam or a classroom game is marked by the teacher's key.
void apply(AppState& state, const OverrideAnswer&, Services& services) {
    if (!state.quiz.session || !state.quiz.practice.outcome || state.screen != Screen::practice)
        return;
    QuizSession& s = *state.quiz.session;
    if (!is_self_study(s.origin().mode)) return;
    if (!s.override_answer(s.index())) return;
    state.quiz.practice.outcome = s.outcome(s.index());
    services.scores.override_attempt(state.scores, s.current().question->id);
}

void apply(AppState& state, const SetConfidence& c, Services&) {
    if (!answering(state)) return;
    const std::optional<Confidence> level = confidence_from_number(c.level);
    // The same level again clears it: confidence is optional.
    state.quiz.practice.confidence = state.quiz.practice.confidence == level ? std::nullopt : level;
}

void apply(AppState& state, const Resume&, Services&) {
    if (state.quiz.session && !state.quiz.session->finished()) state.screen = Screen::practice;
}

void apply(AppState& state, const RetryMissed&, Services& services) {
    if (!state.quiz.session) return;
    auto retry = state.quiz.session->retry_missed(services.next_seed());
    if (retry) begin_session(state, services, std::move(*retry));
}

}  // namespace

void apply_practice_command(AppState& state, const PracticeCommand& command, Services& services) {
    std::visit([&](const auto& c) { apply(state, c, services); }, command);
}

}  // namespace statecraft
