// Inside the live server (net/ only): the part every connection talks to, on the server's one
// thread. It holds the game, the registry of WebSockets, the per-address counts, and what the
// UI thread reads (behind a mutex, copied in and out, never held while doing I/O).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "net/beast.h"
#include "net/live_server.h"
#include "net/web_files.h"

namespace statecraft::net {

class WsSession;

class LiveServer::Impl {
  public:
    Impl(LiveGame game, LiveServerConfig config);
    ~Impl();

    bool listen(std::string& error);
    void run_thread();

    // --- Called by the sessions, on the server thread ---
    const LiveServerConfig& config() const { return config_; }
    const WebFiles& files() const { return files_; }
    bool try_add_socket(const std::string& address);
    LiveConnId on_ws_open(const std::shared_ptr<WsSession>& session);
    void on_ws_message(LiveConnId id, const std::string& address, std::string_view text);
    void on_ws_closed(LiveConnId id, const std::string& address);
    bool is_joined(LiveConnId id) const { return game_.player_of(id).has_value(); }
    // Counts every TCP connection; false when the server is full.
    bool try_open_connection();
    void close_connection() { --open_connections_; }

    // --- For the UI thread ---
    void post(LiveGameCommand command);
    LiveSnapshot snapshot() const;
    LiveHostNews take_news();
    std::uint64_t version() const { return version_; }
    unsigned short port() const { return port_; }
    const std::string& web_warning() const { return web_warning_; }

  private:
    std::int64_t now_ms() const;
    void accept_next();
    void flush();
    void publish();
    void note_accepted(LiveConnId id, int question, int round);
    void schedule_tick();
    void shut_down();

    std::atomic<int> open_connections_{0};
    std::atomic<std::uint64_t> version_{0};
    LiveServerConfig config_;
    WebFiles files_;
    std::string web_warning_;
    unsigned short port_ = 0;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();

    boost::asio::io_context ioc_{1};
    boost::asio::ip::tcp::acceptor acceptor_{ioc_};
    boost::asio::steady_timer tick_timer_{ioc_};
    std::thread thread_;

    LiveGame game_;
    LiveConnId next_id_ = 0;
    std::vector<LiveAcceptedAnswer> accepted_;  // since the last publish
    std::unordered_map<LiveConnId, std::weak_ptr<WsSession>> sockets_;
    std::unordered_map<std::string, int> sockets_per_address_;

    mutable std::mutex shared_mutex_;  // guards the two below
    LiveSnapshot shared_snapshot_;
    LiveHostNews shared_news_;
};

}  // namespace statecraft::net
