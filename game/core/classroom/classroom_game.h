// A classroom game: teams answer questions shown on a projector, the teacher drives it.
// The screens show this state and send intents (the methods below); nothing here draws or saves.
//
//   lobby --start--> answering --lock | time up | all answered--> locked --reveal--> revealed
//   revealed --show_explanation--> explanation --show_leaderboard--> leaderboard
//   revealed --show_leaderboard--> leaderboard --next--> answering (next question) | podium (after
//   the last) revealed | explanation | leaderboard | locked --finish--> podium (ends early)
//
// Time is passed in as now_ms (any monotonic millisecond clock); the game never reads a clock.
// An intent in the wrong phase, or with a bad team or option, is refused with a reason and
// changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/model.h"
#include "core/classroom/classroom_ranking.h"
#include "core/classroom/classroom_scoring.h"
#include "core/classroom/classroom_setup.h"

namespace statecraft {

enum class ClassroomPhase { lobby, answering, locked, revealed, explanation, leaderboard, podium };
const char* to_string(ClassroomPhase phase);

// The answer to an intent: done, or refused with a sentence for the status line.
struct ClassroomOutcome {
    bool ok = true;
    std::string reason;
    static ClassroomOutcome done() { return {}; }
    static ClassroomOutcome refused(std::string why) { return {false, std::move(why)}; }
    explicit operator bool() const { return ok; }
};

// A team's answer to the current question, as recorded so far.
struct ClassroomAnswer {
    std::vector<int> picked;   // option indexes into ClassroomRound::options, ascending
    std::int64_t time_ms = 0;  // from the question opening to the last change
    bool given() const { return !picked.empty(); }
};

// One team on one question, fixed when the answers lock.
struct ClassroomTeamResult {
    // False in hot-seat when it was another team's turn: no points, streak kept.
    bool expected = false;
    ClassroomAnswer answer;
    ClassroomCredit credit;
    ClassroomScore score;
};

// One row of the leaderboard.
struct ClassroomStanding {
    int team = 0;
    int rank = 1;           // competition ranking: ties share a rank
    int previous_rank = 1;  // before the last question played (everyone 1 before the first)
    int total = 0;
    int last_points = 0;  // points on the last question played
    int streak = 0;       // fully right answers in a row
};

struct ClassroomStart;

class ClassroomGame {
  public:
    // Checks the set-up, picks the questions and makes a game in the lobby.
    static ClassroomStart create(const Bank& bank, const ClassroomSetup& setup);

    // --- State for the screens ---
    ClassroomPhase phase() const { return phase_; }
    ClassroomMode mode() const { return mode_; }
    const std::string& bank_id() const { return bank_id_; }
    const std::string& bank_title() const { return bank_title_; }
    std::uint64_t seed() const { return seed_; }
    const ClassroomScoringRules& scoring() const { return scoring_; }
    const std::vector<std::string>& teams() const { return teams_; }
    int team_count() const { return static_cast<int>(teams_.size()); }
    int round_count() const { return static_cast<int>(rounds_.size()); }
    // round(), answer() and results() check their index (std::out_of_range, never UB).
    const ClassroomRound& round(int index) const { return rounds_.at(index); }
    // The question on screen (from start to the podium, the last one played); -1 in the lobby.
    int round_index() const { return round_; }
    const ClassroomRound* current_round() const;
    // Questions whose answers have locked and been scored.
    int rounds_played() const { return static_cast<int>(results_.size()); }
    bool finished_early() const {
        return phase_ == ClassroomPhase::podium && rounds_played() < round_count();
    }

    std::int64_t elapsed_ms(std::int64_t now_ms) const;    // since the question opened
    std::int64_t remaining_ms(std::int64_t now_ms) const;  // countdown; 0 once answers lock
    // Whether this team answers the current question (hot-seat: only the team whose turn it is).
    bool answers_now(int team) const;
    const ClassroomAnswer& answer(int team) const { return answers_.at(team); }
    int answered_count() const;
    int expected_count() const;
    // The team that keys 1-8 and Backspace act on; in hot-seat, the team whose turn it is.
    int selected_team() const { return selected_; }

    // Results of a played question (index < rounds_played()), one entry per team.
    const std::vector<ClassroomTeamResult>& results(int round_index) const {
        return results_.at(round_index);
    }
    // How many teams picked each option of a played question (index < rounds_played()): a
    // poll's spread at the reveal.
    std::vector<int> votes(int round_index) const;
    std::vector<int> totals() const;  // points per team over the questions played
    std::vector<int> streaks() const { return streaks_; }
    std::vector<ClassroomStanding> leaderboard() const;  // first to last
    std::vector<ClassroomPlace> podium() const { return podium_places(totals()); }

    // --- Intents ---
    ClassroomOutcome start(std::int64_t now_ms);
    // Call every frame while answering: locks the answers once time is up. True when it locked.
    bool tick(std::int64_t now_ms);
    ClassroomOutcome select_team(int team);
    ClassroomOutcome select_next_team(int step);  // +1 next, -1 previous, wrapping
    // Key 1-8 for a team: sets its answer to that option, or for a "multiple" question toggles it.
    ClassroomOutcome press_option(int team, int option, std::int64_t now_ms);
    // Sets a team's whole answer by option ids (choice ids, "true"/"false", "right"/"wrong").
    ClassroomOutcome record_answer(int team, const std::vector<std::string>& option_ids,
                                   std::int64_t now_ms);
    ClassroomOutcome clear_answer(int team, std::int64_t now_ms);
    ClassroomOutcome lock();
    ClassroomOutcome reveal();
    ClassroomOutcome show_explanation();
    ClassroomOutcome show_leaderboard();
    ClassroomOutcome next(std::int64_t now_ms);
    ClassroomOutcome finish();
    // The presenter's one button: start, lock, reveal, explanation (skipped when the question
    // has none), leaderboard, next question or podium.
    ClassroomOutcome advance(std::int64_t now_ms);

  private:
    ClassroomGame() = default;
    void open_round(int index, std::int64_t now_ms);
    void lock_and_score();
    ClassroomOutcome check_answering(int team, std::int64_t now_ms);
    ClassroomOutcome set_answer(int team, std::vector<int> picked, std::int64_t now_ms);
    void after_answer(int team);
    std::string team_name(int team) const;

    std::string bank_id_;
    std::string bank_title_;
    std::uint64_t seed_ = 0;
    ClassroomMode mode_ = ClassroomMode::all_teams;
    ClassroomScoringRules scoring_;
    bool lock_when_all_answered_ = true;
    std::vector<std::string> teams_;
    std::vector<ClassroomRound> rounds_;

    ClassroomPhase phase_ = ClassroomPhase::lobby;
    int round_ = -1;
    std::int64_t opened_at_ms_ = 0;
    int selected_ = 0;
    std::vector<ClassroomAnswer> answers_;                   // current question, per team
    std::vector<std::vector<ClassroomTeamResult>> results_;  // per played question, per team
    std::vector<int> streaks_;
};

// The result of ClassroomGame::create: a game in the lobby, or the errors that stop it.
struct ClassroomStart {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
    std::optional<ClassroomGame> game;
    bool ok() const { return game.has_value(); }
};

// The credit an answer earns on a round (exposed for the reveal screen and for tests).
ClassroomCredit classroom_credit(const ClassroomRound& round, const ClassroomAnswer& answer);

}  // namespace statecraft
