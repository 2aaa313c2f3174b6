// The live classroom's server: HTTP (the player page) and WebSocket (the game) on one port,
// Boost.Beast over Asio on its own thread. It owns the LiveGame and only moves messages: each
// frame goes to the game, and what the game sends goes out, one shared buffer per message.
// The teacher's app talks to it through post() (a queue, never waiting on the network) and
// reads a snapshot the server refreshes a few times a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/live/live_command.h"
#include "core/live/live_game.h"

namespace statecraft::net {

struct LiveServerConfig {
    std::string bind_address = "127.0.0.1";  // only this interface
    unsigned short port = 0;                 // 0: any free port (see LiveServer::port)
    std::filesystem::path web_root;          // assets/web
    int max_sockets_per_address = 8;         // WebSockets; the benchmark raises it on loopback
    int max_connections = 6000;              // every TCP connection, HTTP or WebSocket
    double messages_per_second = 10;
    double message_burst = 20;
    std::size_t max_queued_writes = 256;  // a reader this far behind is closed
    std::chrono::milliseconds header_timeout{5000};
    std::chrono::milliseconds join_timeout{30000};
    std::chrono::milliseconds idle_timeout{30000};  // pings at half of it
    std::chrono::milliseconds snapshot_interval{100};
};

// An answer the game accepted, scored as the lock would score it if nothing changes before (the
// app journals it so a crash before the lock loses nothing: app/modes/live/live_journal.h).
struct LiveAcceptedAnswer {
    int question = 0;  // 0-based index in the game
    int round = 1;     // 2: a peer-instruction revote (replaces round 1)
    int player = 0;
    std::string name;
    std::string team;         // "" without teams
    int total_before = 0;     // the player's points before this question
    LivePlayerResult result;  // vote, credit and points
};

// The answers to the teacher's intents and everything the app stores, taken by the UI thread.
struct LiveHostNews {
    std::vector<std::string> refusals;             // reasons of refused intents
    std::vector<LiveRoundRecord> finished_rounds;  // scored questions, to store
    std::vector<LiveAcceptedAnswer> accepted;      // answers since the last news, in order
};

class LiveServer {
  public:
    // Binds and starts the thread. Null with error set when the address cannot be bound.
    static std::unique_ptr<LiveServer> start(LiveGame game, LiveServerConfig config,
                                             std::string& error);
    ~LiveServer();  // closes every connection (players get "ended") and joins the thread
    LiveServer(const LiveServer&) = delete;
    LiveServer& operator=(const LiveServer&) = delete;

    unsigned short port() const;
    std::string web_warning() const;  // why the page cannot be served, or ""

    // --- For the UI thread: none of these waits for the network ---
    void post(LiveGameCommand command);
    LiveSnapshot snapshot() const;
    LiveHostNews take_news();
    // Incremented whenever the snapshot changes; the app redraws when it moves.
    std::uint64_t version() const;

    class Impl;

  private:
    explicit LiveServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace statecraft::net
