// One question as players see it on their devices: the texts only, in the order shown, and
// what their indexes stand for. The key stays here; only reveal_key() (sent after the reveal)
// says what is right.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/classroom_scoring.h"
#include "core/classroom/classroom_setup.h"
#include "core/session/answer.h"

namespace statecraft {

// An answer as a player sent it: indexes into the lists shown. Which field counts depends on
// the question's type; the message parser fills only what was sent.
struct LiveAnswerFields {
    std::optional<int> choice;                // single
    std::optional<std::vector<int>> choices;  // multiple
    std::optional<bool> value;                // true_false
    std::optional<double> number;             // estimate ("value" as a number)
    std::optional<std::vector<int>> cells;    // matrix: row by row, 0 = C, 1 = I, 2 = N
    std::optional<std::vector<int>> matches;  // matching: per left, an index into rights or -1
    std::optional<std::vector<int>> order;    // ordering: item indexes in the player's order
    std::optional<std::string> text;          // short_answer
    std::optional<int> confidence;            // 1..3, when CBM is on
};

struct LiveQuestion {
    ClassroomRound round;              // the bank's question, its limit and double points
    std::vector<std::string> options;  // single, multiple, true_false: the texts shown
    std::vector<std::string> lefts;    // matching, in the question's order
    std::vector<std::string> rights;   // matching: right sides and distractors, shuffled
    std::vector<std::string> items;    // ordering, shuffled
    std::vector<std::string> columns;  // matrix: the hypotheses
    std::vector<std::string> rows;     // matrix: the evidence texts (never the keyed cells)

    QuestionType type() const { return round.question.type; }
    // False for a poll: it has no key, earns no points and is neither right nor wrong.
    bool graded() const { return type() != QuestionType::poll; }
    // The number of bars in the answer distribution (options; 0 for the other types).
    int option_count() const { return static_cast<int>(options.size()); }
};

// Builds the view of a round; the shuffles are seeded (same seed, same screens).
LiveQuestion make_live_question(const ClassroomRound& round, std::uint64_t seed);

// The player's answer as the checker's Answer, or an error code ("out_of_range",
// "bad_field") when a field is missing or outside what the question allows.
struct LiveAnswerCheck {
    std::string error;  // empty when the answer is well-formed
    Answer answer;
    std::vector<int> picked;  // option indexes for the distribution (choice types), ascending
                              // matrix: per cell, row by row, the mark's code 0..2
};
LiveAnswerCheck to_checked_answer(const LiveQuestion& question, const LiveAnswerFields& fields);

// A matrix's key, row by row, as the wire's cell codes (0 = C, 1 = I, 2 = N; CC and II count
// as C and I). For the projector after the reveal.
std::vector<int> live_matrix_key(const LiveQuestion& question);

// How right an answer is, as the classroom scoring's exact fraction.
ClassroomCredit live_credit(const LiveQuestion& question, const Answer& answer);

// The key in the shapes of the answer fields (indexes into what was shown), as JSON text:
// {"choice":1} {"choices":[0,2]} {"value":true} {"matches":[..]} {"order":[..]}
// {"accept":[..]} {"value":200,"margin":20,"tolerance":50,"unit":"..","text":".."}
// {"cells":[..],"rows":[explanations]}; {} for a poll. Sent only after the reveal.
std::string reveal_key_json(const LiveQuestion& question);

}  // namespace statecraft
