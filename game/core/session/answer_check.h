// Marking one answer against its question: a score from 0 to 1, with partial credit.
#pragma once

#include <vector>

#include "core/bank/model.h"
#include "core/session/answer.h"

namespace statecraft {

struct AnswerCheck {
    double score = 0;      // 0..1
    bool correct = false;  // score is 1 (fully right)
    bool graded = true;    // false for a poll: score 0 means "not scored", not "wrong"
    // What was right, part by part, for the UI to mark:
    //  single, multiple: per choice of the question (in its order): chosen == choice.correct
    //  true_false, short_answer: one entry
    //  matching: per pair of the question: the right side chosen for its left is the pair's
    //  ordering: per position of the answer's order: the item there is the one that belongs there
    //  matrix: per cell of the key, row by row
    std::vector<bool> part_right;
};

// False for types that are never marked (poll): results and stores leave them out.
inline bool is_graded(QuestionType type) {
    return type != QuestionType::poll;
}

// The score of each type (an answer of another type than the question scores 0):
//  single        1 when exactly the correct choice is chosen, else 0.
//  multiple      (right picks - wrong picks) / number of correct choices, floored at 0.
//                Unknown and repeated ids count once, as wrong picks when unknown. Choosing
//                every choice therefore scores (c - w) / c, not 1.
//  true_false    1 when the value is the question's answer; 0 when different or unset.
//  matching      the fraction of the question's lefts given their own right side (missing
//                lefts and distractors count as wrong).
//  ordering      pairwise: the fraction of item pairs (n(n-1)/2 of them) whose relative
//                order in the answer is their order in the sequence (Kendall's tau rescaled to
//                0..1). One item misplaced costs little; the reversed order scores 0. Items
//                missing from the answer make every pair they belong to wrong; unknown and
//                repeated items are ignored (the first occurrence counts).
//  short_answer  1 when short_answer_matches(question, text): normalize_short_answer, then
//                (unless strict_match) a leading article and abbreviation dots are ignored.
//  estimate      estimate_score(question, number): 1 within margin, linear to 0 at tolerance.
//  poll          not graded (graded = false, score 0, correct false).
//  matrix        the weighted fraction of cells marked as keyed, diagnostic rows weighing
//                double (core/session/matrix_scoring.h).
AnswerCheck check_answer(const Question& question, const Answer& answer);

}  // namespace statecraft
