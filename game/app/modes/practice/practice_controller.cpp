// Practice (and review, which answers the same way): the draft answer as the student builds it,
// the submit that marks it and records it, "I was right", and going on to the next question.
#include <algorithm>

#include "app/app_controller.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/store/quiz_records.h"
#include "core/util/list_moves.h"

namespace statecraft {

void AppController::enter_question() {
    const QuizSession& s = *state_.session;
    state_.practice = PracticeState{};
    state_.practice.draft = s.initial_answer(s.index());
    if (s.submitted()) state_.practice.outcome = s.outcome(s.index());
}

void AppController::on(const intent::ResumeQuiz&) {
    if (state_.session && !state_.session->finished()) state_.screen = Screen::practice;
}

void AppController::on(const intent::ChooseChoice& i) {
    if (!answering()) return;
    Answer& draft = state_.practice.draft;
    if (draft.type == QuestionType::single || draft.type == QuestionType::poll) {
        draft.choices = {i.id};
    } else if (draft.type == QuestionType::multiple) {
        auto it = std::find(draft.choices.begin(), draft.choices.end(), i.id);
        if (it != draft.choices.end()) {
            draft.choices.erase(it);
        } else {
            draft.choices.push_back(i.id);
        }
    }
}

void AppController::on(const intent::ChooseTruth& i) {
    if (!answering() || state_.practice.draft.type != QuestionType::true_false) return;
    state_.practice.draft.truth = i.value;
}

void AppController::on(const intent::SetMatch& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    if (q.type != QuestionType::matching || i.left < 0 ||
        i.left >= static_cast<int>(q.pairs.size()))
        return;
    // Rebuild in the question's order so the answer reads like the question.
    Answer& draft = state_.practice.draft;
    std::vector<std::pair<std::string, std::string>> matches;
    for (int row = 0; row < static_cast<int>(q.pairs.size()); ++row) {
        const std::string& left = q.pairs[row].left;
        std::string right = row == i.left ? i.right : draft.match_for(left);
        if (!right.empty()) matches.emplace_back(left, right);
    }
    draft.matches = std::move(matches);
    // Go on to the next row that still needs a match (keyboard flow), else stay.
    const int rows = static_cast<int>(q.pairs.size());
    for (int step = 1; step <= rows; ++step) {
        int row = (i.left + step) % rows;
        if (draft.match_for(q.pairs[row].left).empty()) {
            state_.practice.cursor = row;
            return;
        }
    }
    state_.practice.cursor = std::min(i.left + 1, rows - 1);
}

void AppController::on(const intent::SetCursor& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    int n = q.type == QuestionType::matching ? static_cast<int>(q.pairs.size())
            : q.type == QuestionType::matrix ? static_cast<int>(q.rows.size() * q.columns.size())
                                             : static_cast<int>(state_.practice.draft.order.size());
    if (i.index >= 0 && i.index < n) state_.practice.cursor = i.index;
}

void AppController::on(const intent::SetMatrixCell& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    const int rows = static_cast<int>(q.rows.size()), cols = static_cast<int>(q.columns.size());
    if (q.type != QuestionType::matrix || i.row < 0 || i.row >= rows || i.column < 0 ||
        i.column >= cols || (i.mark != "C" && i.mark != "I" && i.mark != "N" && !i.mark.empty()))
        return;
    auto& cells = state_.practice.draft.cells;
    cells.resize(static_cast<std::size_t>(rows));
    for (auto& row : cells) row.resize(static_cast<std::size_t>(cols));
    cells[i.row][i.column] = i.mark;
    // Keyboard flow: on to the next cell, row by row, staying on the last.
    state_.practice.cursor = std::min(i.row * cols + i.column + 1, rows * cols - 1);
}

void AppController::on(const intent::MoveItem& i) {
    if (!answering()) return;
    if (move_in(state_.practice.draft.order, i.from, i.to)) state_.practice.cursor = i.to;
}

void AppController::on(const intent::SetText& i) {
    if (answering()) set_draft_text(state_.practice.draft, i.text);
}

void AppController::on(const intent::Submit& i) {
    if (!answering()) return;
    if (state_.exam && state_.screen == Screen::exam) {
        if (i.text) set_draft_text(state_.practice.draft, *i.text);
        exam_submit();
        return;
    }
    if (i.text) set_draft_text(state_.practice.draft, *i.text);
    if (!is_complete(state_.practice.draft)) return;
    state_.practice.outcome =
        state_.session->submit(state_.practice.draft, state_.practice.confidence);
    record_attempt(state_.session->index());  // the student's history first, then the card
    update_card_after_answer();
}

// Self-study only: an exam or a classroom game is marked by the teacher's key.
void AppController::on(const intent::OverrideAnswer&) {
    if (!state_.session || !state_.practice.outcome || state_.screen != Screen::practice) return;
    QuizSession& s = *state_.session;
    if (!is_self_study(s.origin().mode)) return;
    if (!s.override_answer(s.index())) return;
    state_.practice.outcome = s.outcome(s.index());
    scores_.override_attempt(state_.scores, s.current().question->id);
}

void AppController::record_attempt(int i) {
    if (std::optional<AttemptRecord> attempt = attempt_record(*state_.session, i))
        scores_.record_attempt(state_.scores, std::move(*attempt));
}

void AppController::next() {
    if (!state_.session || !state_.practice.outcome || state_.screen != Screen::practice) return;
    QuizSession& s = *state_.session;
    if (!s.next()) return;
    if (s.finished()) {
        const Results results = s.results();
        scores_.end_session(state_.scores, results.score, results.total);
        state_.screen = Screen::results;
        refresh_review_rows();  // "next card due in ..." on the results
        write_results();
    } else {
        enter_question();
    }
}

}  // namespace statecraft
