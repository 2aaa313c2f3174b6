// The messages of docs/live-protocol.md: reading what a player's device sends (checked field by
// field, never trusted) and writing what the server sends. JSON via nlohmann.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/live/live_question.h"
#include "core/live/live_snapshot.h"

namespace statecraft {

struct LiveJoinMessage {
    std::string pin;
    std::string token;
    std::string name;
    std::optional<int> team;
};

struct LiveAnswerMessage {
    int question = 0;
    int round = 1;
    LiveAnswerFields fields;
};

using LiveClientMessage = std::variant<LiveJoinMessage, LiveAnswerMessage>;

// A refusal as the protocol's `error` message: a code, a sentence, the refused message's type.
struct LiveError {
    std::string code;
    std::string message;
    std::string for_type;
};

struct LiveParsed {
    std::optional<LiveClientMessage> message;  // set when the text is a well-formed message
    LiveError error;                           // otherwise why not
};

// Reads one text frame. Refuses (with bad_json, too_big, unknown_type, bad_field,
// out_of_range) anything that is not exactly a protocol message; unknown fields are ignored.
LiveParsed parse_live_message(std::string_view text);

// --- What the server sends (each returns one JSON text) ---
std::string live_error_json(const LiveError& error);
std::string live_hello_json(std::string_view title, const std::vector<std::string>& teams);

struct LiveWelcome {
    std::string name;
    std::optional<std::string> team;
    bool rejoined = false;
    int total = 0;
    std::string phase;
};
std::string live_welcome_json(const LiveWelcome& welcome);

struct LiveQuestionShown {
    int index = 0;
    int count = 0;
    int round = 1;
    bool peer = false;
    std::int64_t remaining_ms = 0;
    bool cbm = false;
    bool answered = false;
};
std::string live_question_json(const LiveQuestion& question, const LiveQuestionShown& shown);
std::string live_ack_json(int question, int round);
std::string live_locked_json(int question, int round);

struct LiveRevealFor {
    int question = 0;
    bool answered = false;
    bool correct = false;
    double credit = 0;
    int points = 0;
    int total = 0;
    int rank = 1;
    int players = 0;
    int streak = 0;
};
std::string live_reveal_json(const LiveRevealFor& reveal, const LiveQuestion& question);

// type "leaderboard" or "podium"; `top` is written as "top" or "places" accordingly.
std::string live_standings_json(std::string_view type, const std::vector<LiveRankRow>& top,
                                const std::vector<LiveRankRow>& teams, int rank, int total);
std::string live_kicked_json();
std::string live_ended_json();

}  // namespace statecraft
