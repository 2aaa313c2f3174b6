// A finished (or abandoned) quiz as JSON, for `--results-out` and anything that keeps results.
#pragma once

#include <string>
#include <vector>

#include "core/session/quiz_session.h"

namespace statecraft {

// {"format":"statecraft.results","version":1,"bank_id":..,"bank_title":..,"seed":..,
//  "total":3,"answered":3,"score":2.5,"percent":83.3,"elapsed_ms":..,
//  "categories":[{"id","title","questions","score"}],
//  "questions":[{"id","category","type","answer":{..}|null,"score","correct","elapsed_ms"}]}
// Questions appear in quiz order; "answer" is answer_to_json_text's object, null if unanswered.
// answered (an exam's): which questions the student answered; an exam's hand-in gives the
// others empty answers to move on, and they are written as unanswered. Null: every attempt.
std::string results_to_json_text(const QuizSession& session,
                                 const std::vector<bool>* answered = nullptr);

}  // namespace statecraft
