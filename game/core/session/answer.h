// What a student answered to one question, as plain data the checker scores and the score
// store keeps (as JSON text). One struct for every type; `type` says which fields count.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/bank/model.h"

namespace statecraft {

struct Answer {
    QuestionType type = QuestionType::single;
    std::vector<std::string> choices;  // single (at most one id), multiple: chosen choice ids
    std::optional<bool> truth;         // true_false; empty until chosen
    // matching: (left, chosen right) for each left the student answered, in the question's order.
    std::vector<std::pair<std::string, std::string>> matches;
    std::vector<std::string> order;  // ordering: the items in the order given
    std::string text;                // short_answer; estimate: the number as typed
    std::optional<double> number;    // estimate: the number read from text
    // matrix: per row, per column "C", "I", "N" or "" (not yet marked)
    std::vector<std::vector<std::string>> cells;

    static Answer single(std::string choice_id);
    static Answer multiple(std::vector<std::string> choice_ids);
    static Answer true_false(bool value);
    static Answer matching(std::vector<std::pair<std::string, std::string>> matches);
    static Answer ordering(std::vector<std::string> order);
    static Answer short_text(std::string text);
    static Answer estimate(double number);      // text is the number written out
    static Answer poll(std::string choice_id);  // a poll is one choice, like single
    static Answer matrix(std::vector<std::vector<std::string>> cells);

    // The right side chosen for left, or empty.
    std::string match_for(std::string_view left) const;
    bool has_choice(std::string_view choice_id) const;

    friend bool operator==(const Answer&, const Answer&) = default;
};

// An answer with nothing chosen yet, shaped for the question (ordering starts from `order`).
Answer empty_answer(QuestionType type);

// True when the answer says enough to be marked: a choice for single and true/false, at least
// one choice for multiple, non-blank text for short answers, a number for an estimate, a choice
// for a poll, every cell of a matrix marked. Matching and ordering always can.
bool is_complete(const Answer& answer);

// Typed text into a draft: a short answer keeps it; an estimate keeps it and reads the number
// from it (none while it is not a number). Other types are left alone.
void set_draft_text(Answer& answer, const std::string& text);

// JSON text, e.g. {"type":"single","choices":["a"]}, {"type":"true_false","value":true},
// {"type":"matching","matches":[{"left":"L","right":"R"}]}, {"type":"ordering","order":[..]},
// {"type":"short_answer","text":".."}, {"type":"estimate","value":200} (null when none),
// {"type":"poll","choices":["b"]}, {"type":"matrix","cells":[["C","I"],["N","C"]]}. Unknown
// fields are ignored when reading.
std::string answer_to_json_text(const Answer& answer);

// The answer, or nullopt with a message in error.
std::optional<Answer> answer_from_json_text(std::string_view text, std::string& error);

}  // namespace statecraft
