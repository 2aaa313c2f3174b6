// A live game driven as the network layer would: each connection's inbox holds the JSON the
// game sent it, so tests read exactly what a device would receive.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/live/live_game.h"

namespace statecraft::testing {

// Rounds of classroom_bank() in the given order (ids), planned as a classroom game would.
std::vector<ClassroomRound> live_rounds(const std::vector<std::string>& question_ids,
                                        int time_s = 20);

struct LiveTable {
    explicit LiveTable(LiveGame game) : game(std::move(game)) {}

    LiveGame game;
    std::map<LiveConnId, std::vector<nlohmann::json>> inbox;
    std::vector<std::shared_ptr<const std::string>> raw;  // every buffer sent, in order
    std::set<LiveConnId> closed;
    std::int64_t now = 1000;

    // Moves the game's outbox into the inboxes (closing what it asks to close).
    void pump();
    // Connects, joins with a token made from `n`, returns the connection's last message.
    nlohmann::json join(LiveConnId conn, const std::string& name, int n,
                        const std::string& address = "10.0.0.1");
    // Sends a frame; returns the game's reply to it (the first error, ack or welcome among the
    // new messages, else the last new one).
    nlohmann::json send(LiveConnId conn, const std::string& text);
    nlohmann::json send(LiveConnId conn, const nlohmann::json& message);
    nlohmann::json last(LiveConnId conn) const;
    // The last `error` code this connection got, or "".
    std::string last_error(LiveConnId conn) const;
};

std::string token_for(int n);
// An answer message as a device sends it: these fields for question `question` (0-based).
nlohmann::json answer_message(int question, nlohmann::json fields, int round = 1);
LiveSettings live_settings();  // PIN 123456, title "Test"
LiveTable make_table(const std::vector<std::string>& question_ids,
                     LiveSettings settings = live_settings());

}  // namespace statecraft::testing
