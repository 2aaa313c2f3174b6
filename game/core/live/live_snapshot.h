// What the teacher's screens show of a live game, copied out of the game a few times a second
// (plain data: the UI reads it without touching the game or the network).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/bank/model.h"
#include "core/live/live_spread.h"

namespace statecraft {

enum class LivePhase { lobby, question, locked, reveal, leaderboard, podium };
const char* to_string(LivePhase phase);

struct LiveLobbyEntry {
    int player = 0;  // for kick
    std::string name;
    std::string team;
    bool connected = false;
    int total = 0;
};

struct LiveRankRow {
    std::string name;
    int total = 0;
    int rank = 1;
};

struct LiveSnapshot {
    LivePhase phase = LivePhase::lobby;
    std::string title;
    int question_index = -1;  // -1 in the lobby
    int question_count = 0;
    int vote_round = 1;  // 2 = the peer-instruction revote
    bool peer = false;   // this question is voted twice
    std::int64_t remaining_ms = 0;
    std::int64_t limit_ms = 0;
    QuestionType type = QuestionType::single;
    std::string prompt;
    std::vector<std::string> options;  // the bars of the distribution (choice types)
    std::vector<bool> option_correct;  // filled from the reveal on
    std::vector<int> distribution[2];  // per option: round 1, round 2 (peer)
    int answered = 0;                  // in the open or last round
    int connected = 0;
    int players = 0;                 // not kicked
    int right_in_round[2] = {0, 0};  // peer instruction: fully right votes per round
    int right = 0, partly = 0, wrong = 0, unanswered = 0;  // after the reveal
    std::string explanation;                               // after the reveal
    bool graded = true;                    // false for a poll: no right, wrong or points
    LiveEstimateSpread estimate;           // estimate, from the lock on (the key from the reveal)
    LiveMatrixTally matrix;                // matrix: texts always, tally from the lock on
    std::vector<LiveLobbyEntry> lobby;     // every player not kicked, in join order
    std::vector<LiveRankRow> leaderboard;  // first 10
    std::vector<LiveRankRow> teams;        // by average points per member
};

}  // namespace statecraft
