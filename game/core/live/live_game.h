// A live classroom game: players answer on their own devices, the teacher drives from the app.
// Pure: no sockets, no threads, no clock. The network layer hands in each text frame with its
// connection id and address (on_message) and sends what take_outbox() returns; the teacher's
// intents are the methods below. Every refusal returns an error and changes nothing.
//
//   lobby --start--> question --lock | time up | all answered--> locked
//   locked --revote (peer-instruction question, after round 1)--> question (round 2)
//   locked --reveal--> reveal --show_leaderboard--> leaderboard
//   reveal | leaderboard --next--> question (next) | podium (after the last)
//   locked | reveal | leaderboard --finish--> podium (ends early)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/classroom/classroom_game.h"
#include "core/live/live_messages.h"
#include "core/live/live_pin_limiter.h"
#include "core/live/live_question.h"
#include "core/live/live_snapshot.h"

namespace statecraft {

using LiveConnId = std::uint64_t;  // given by the network layer; 0 is "no connection"

struct LiveSettings {
    std::string title;
    std::string pin;                  // 6 digits, drawn by the caller from a secure source
    int max_players = 300;            // 1 to kLiveMaxPlayersCap
    std::vector<std::string> teams;   // empty: no teams; else 2 or more names
    std::vector<int> peer_questions;  // 1-based numbers of the questions voted twice
    bool cbm = false;                 // players may send a confidence 1-3 (stored only)
    bool lock_when_all_answered = true;
    ClassroomScoringRules scoring;
    std::uint64_t seed = 1;  // shuffles of matching and ordering items
};

// A message to send: one shared buffer for every connection in `to` (a question goes to all
// players as one serialisation). close: close those connections after writing.
struct LiveOut {
    std::vector<LiveConnId> to;
    std::shared_ptr<const std::string> text;
    bool close = false;
};

struct LivePlayer {
    std::string name;
    std::string folded;  // for "is this name taken" (case-insensitive)
    std::string token;
    int team = -1;
    LiveConnId conn = 0;
    bool kicked = false;
    int total = 0;
    int streak = 0;
};

struct LiveVote {
    bool given = false;
    Answer answer;
    std::vector<int> picked;  // option indexes (choice types)
    int confidence = 0;       // 0 = not given
    std::int64_t time_ms = 0;
};

struct LivePlayerResult {
    LiveVote vote;
    ClassroomCredit credit;
    ClassroomScore score;
};

// A question whose answers are final: what the store keeps (one transaction per question).
struct LiveRoundRecord {
    int index = 0;
    Question question;
    std::vector<std::string> names;  // per player, as results
    std::vector<std::string> teams;  // per player ("" without teams)
    std::vector<LivePlayerResult> results;
    std::vector<int> totals;  // per player after this question
    std::vector<int> ranks;
};

struct LiveOutcome {
    bool ok = true;
    std::string reason;
    static LiveOutcome done() { return {}; }
    static LiveOutcome refused(std::string why) { return {false, std::move(why)}; }
    explicit operator bool() const { return ok; }
};

struct LiveStart;

class LiveGame {
  public:
    // rounds: the questions as planned by plan_classroom_game (all six types allowed).
    static LiveStart create(std::vector<ClassroomRound> rounds, LiveSettings settings);

    // --- From the network layer ---
    void on_connect(LiveConnId conn);
    void on_message(LiveConnId conn, const std::string& address, std::string_view text,
                    std::int64_t now_ms);
    void on_disconnect(LiveConnId conn);
    // What to send since the last call, in order.
    std::vector<LiveOut> take_outbox();
    // Questions scored since the last call, for the store.
    std::vector<LiveRoundRecord> take_finished_rounds();

    // --- The teacher's intents ---
    LiveOutcome start(std::int64_t now_ms);
    // The next step from the current phase (the teacher's Enter): start, lock, revote after
    // round 1 of a peer-instruction question, reveal, leaderboard, next question or podium.
    LiveOutcome advance(std::int64_t now_ms);
    bool tick(std::int64_t now_ms);  // locks when time is up; true when it locked
    LiveOutcome lock(std::int64_t now_ms);
    LiveOutcome revote(std::int64_t now_ms);
    LiveOutcome reveal();
    LiveOutcome show_leaderboard();
    LiveOutcome next(std::int64_t now_ms);
    LiveOutcome finish(std::int64_t now_ms);
    LiveOutcome kick(int player);
    void close();  // the teacher closes the game: everyone gets `ended`

    // --- State ---
    LivePhase phase() const { return phase_; }
    const LiveSettings& settings() const { return settings_; }
    int question_index() const { return index_; }
    int question_count() const { return static_cast<int>(questions_.size()); }
    int vote_round() const { return vote_round_; }
    bool is_peer(int index) const;
    const LiveQuestion& question(int index) const { return questions_.at(index); }
    const std::vector<LivePlayer>& players() const { return players_; }
    std::optional<int> player_of(LiveConnId conn) const;
    std::int64_t remaining_ms(std::int64_t now_ms) const;
    int answered_count() const { return answered_; }
    int connected_count() const { return connected_; }
    const std::vector<LiveVote>& votes(int round) const { return votes_.at(round - 1); }
    std::vector<int> distribution(int round) const;  // per option, this question
    // Results of question i (scored), per player at the time it was scored.
    const std::vector<LivePlayerResult>& results(int index) const { return results_.at(index); }
    std::vector<LiveRankRow> standings() const;       // players, first to last
    std::vector<LiveRankRow> team_standings() const;  // teams by average, first to last
    LiveSnapshot snapshot(std::int64_t now_ms) const;

  private:
    LiveGame() = default;
    void handle_join(LiveConnId conn, const std::string& address, const LiveJoinMessage& join,
                     std::int64_t now_ms);
    void handle_answer(LiveConnId conn, const LiveAnswerMessage& answer, std::int64_t now_ms);
    void bind(int player, LiveConnId conn);
    void send_state(int player, LiveConnId conn, std::int64_t now_ms, bool rejoined);
    void send(LiveConnId conn, std::string text, bool close = false);
    void send_error(LiveConnId conn, const std::string& code, const std::string& message,
                    const std::string& for_type);
    void broadcast(std::string text, bool close = false);
    void open_round(int index, int round, std::int64_t now_ms);
    void lock_now();
    void score_question();
    void maybe_lock_all_answered();
    std::string question_text(int player, std::int64_t now_ms) const;
    std::string reveal_text(int player, const std::vector<int>& ranks) const;
    void send_standings(const char* type);
    std::string standings_text(const char* type, int player, const std::vector<int>& ranks) const;
    std::vector<int> player_ranks() const;
    int active_players() const;

    LiveSettings settings_;
    std::vector<LiveQuestion> questions_;
    LivePhase phase_ = LivePhase::lobby;
    int index_ = -1;
    int vote_round_ = 1;
    std::int64_t opened_ms_ = 0;
    std::int64_t deadline_ms_ = 0;
    std::vector<LivePlayer> players_;
    std::unordered_map<std::string, int> by_token_;
    std::unordered_map<std::string, int> by_name_;
    std::unordered_map<LiveConnId, int> by_conn_;
    std::vector<std::vector<LiveVote>> votes_ = {{}, {}};  // round 1, round 2; per player
    std::vector<std::vector<LivePlayerResult>> results_;   // per scored question, per player
    int answered_ = 0;                                     // votes in the open round
    int connected_ = 0;                                    // players with a connection, not kicked
    LivePinLimiter pins_;
    std::vector<LiveOut> outbox_;
    std::vector<LiveRoundRecord> finished_;
};

struct LiveStart {
    std::vector<std::string> errors;
    std::optional<LiveGame> game;
    bool ok() const { return game.has_value(); }
};

}  // namespace statecraft
