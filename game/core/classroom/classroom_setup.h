// Setting up a classroom game: the choices a teacher makes, their validation, and the seeded
// choice of questions. The game itself is in classroom_game.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/model.h"
#include "core/classroom/classroom_scoring.h"

namespace statecraft {

inline constexpr int kClassroomMinTeams = 2;
inline constexpr int kClassroomMaxTeams = 30;
inline constexpr int kClassroomMaxTeamNameChars = 40;  // fits a projector leaderboard row
inline constexpr int kClassroomMaxOptions = 8;         // keys 1-8
inline constexpr int kClassroomMinTimeS = 5;
inline constexpr int kClassroomMaxTimeS = 600;

enum class ClassroomMode {
    all_teams,  // every team answers every question; the teacher records each team's answer
    hot_seat,   // teams take turns: question i is answered by team i mod (number of teams)
};
const char* to_string(ClassroomMode mode);

struct ClassroomSetup {
    std::vector<std::string> categories;  // category ids to draw from; empty = all
    int question_count = 10;              // 0 = every eligible question
    int default_time_s = 20;              // for questions without time_limit_s (5 to 600)
    std::vector<std::string> teams;       // 2 to 30 names; trimmed, non-blank, unique (any case)
    ClassroomMode mode = ClassroomMode::all_teams;
    // single, multiple and true_false are answered by choice keys and scored by the game.
    // matching, ordering and short_answer need the teacher to mark each team right or wrong;
    // they are left out unless the teacher opts in here.
    bool include_teacher_marked = false;
    // Polls have no key: played, they are voted on like a single choice, their spread shown at
    // the reveal, and never scored. On by default: a bank's author writes a poll for class
    // discussion, and a teacher who starts a game from that bank expects it there; being
    // unscored it cannot make the game unfair. The teacher can still leave them out.
    bool include_polls = true;
    bool shuffle_questions = true;
    bool shuffle_choices = true;  // except where the bank fixes them (choice_order.h)
    std::uint64_t seed = 1;
    std::vector<int> double_points_rounds;  // 1-based round numbers played for double points
    // Lock as soon as every team that should answer has answered. Never for "multiple"
    // questions, where a team may still be adding choices: the teacher locks those (or time does).
    bool lock_when_all_answered = true;
    ClassroomScoringRules scoring;
};

// One option a team can pick, as shown on the projector with its key (option index + 1).
struct ClassroomOption {
    std::string id;  // choice id; "true"/"false"; "right"/"wrong" for teacher-marked questions
    std::string text;
    bool correct = false;
};

// One question as played: a copy of the bank's question, so the game does not depend on the
// bank's lifetime.
struct ClassroomRound {
    Question question;
    std::vector<ClassroomOption> options;  // what keys 1..n stand for, in display order
    bool teacher_marked = false;           // matching, ordering, short_answer
    // False for a poll: the teams vote, the reveal shows the spread, nobody scores or loses a
    // streak.
    bool graded() const { return question.type != QuestionType::poll; }
    bool double_points = false;
    std::int64_t limit_ms = 0;
    int answering_team = -1;  // hot-seat: whose turn it is; -1 = every team
};

// What create_classroom_game checked and picked. ok() when errors is empty.
struct ClassroomPlan {
    std::vector<std::string> errors;    // each says what to fix; the game cannot start
    std::vector<std::string> warnings;  // the game can start, but the teacher should know
    std::vector<std::string> teams;     // trimmed names
    std::vector<ClassroomRound> rounds;
    bool ok() const { return errors.empty(); }
};

// Checks the set-up against the bank and picks the rounds (seeded: same seed, same game).
ClassroomPlan plan_classroom_game(const Bank& bank, const ClassroomSetup& setup);

// True for the types a team answers with choice keys (single, multiple, true_false).
bool classroom_auto_scored(QuestionType type);

// Team name with surrounding white space removed, in NFC (broken bytes become U+FFFD).
std::string trim_team_name(std::string_view name);

// The first kClassroomMaxTeamNameChars user-visible characters (graphemes) of a typed name.
std::string clip_team_name(std::string_view name);

// Two names are one team when they differ only in case (Unicode folding) or spaces around.
bool same_team_name(std::string_view a, std::string_view b);

}  // namespace statecraft
