// Bank edits the editor needs beyond plain field assignment: a fresh question of a type, a
// type change that keeps what it can, ids that are unique where they must be.
#pragma once

#include <string>

#include "core/bank/model.h"

namespace statecraft {

// "base", else "base-2", "base-3", ... whichever no question of the bank uses.
std::string unique_question_id(const Bank& bank, const std::string& base);
// A choice id not used in the question: "a", "b", ... then "c27".
std::string unique_choice_id(const Question& question);

// A question ready to fill in: a unique id, the first category, two empty choices (one marked
// right), two pairs, three items or one accepted answer as the type needs.
Question new_question(const Bank& bank, QuestionType type);

// Changes the type, carrying over what fits: choice texts become ordering items or accepted
// answers and back, pairs' left sides become items; the right ones stay right where the
// new type can hold them. Fields of the old type stay in the model (switching back restores
// them); the writer saves only the new type's fields.
void change_type(Question& question, QuestionType type);

}  // namespace statecraft
