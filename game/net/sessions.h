// One TCP connection: HttpSession reads requests (files, or the upgrade to /ws) and hands an
// upgraded socket to a WsSession, which reads frames into the game and writes what it sends.
#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <string>

#include "net/beast.h"
#include "net/live_hub.h"

namespace statecraft::net {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace websocket = boost::beast::websocket;
using tcp = boost::asio::ip::tcp;

// Gives the server's connection slot back when the last session of a connection ends.
struct ConnectionSlot {
    explicit ConnectionSlot(LiveServer::Impl& hub) : hub(hub) {}
    ~ConnectionSlot() { hub.close_connection(); }
    LiveServer::Impl& hub;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
  public:
    HttpSession(tcp::socket socket, LiveServer::Impl& hub, std::shared_ptr<ConnectionSlot> slot);
    void run();

  private:
    void read_request();
    void on_request(beast::error_code ec);
    void respond(http::response<http::string_body> response);
    void close();

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::empty_body>> parser_;
    LiveServer::Impl& hub_;
    std::shared_ptr<ConnectionSlot> slot_;
    std::string address_;
};

class WsSession : public std::enable_shared_from_this<WsSession> {
  public:
    WsSession(tcp::socket socket, LiveServer::Impl& hub, std::shared_ptr<ConnectionSlot> slot,
              std::string address);
    void run(http::request<http::empty_body> request);
    // Queues a message; the same buffer may be queued on every socket.
    void send(std::shared_ptr<const std::string> text);
    void close_after_writes();
    void drop();  // close now (the server shuts down, or the reader is far behind)

  private:
    void read_frame();
    void on_frame(beast::error_code ec);
    bool take_token();
    void write_next();
    void finish();

    websocket::stream<beast::tcp_stream> ws_;
    beast::flat_buffer buffer_;
    LiveServer::Impl& hub_;
    std::shared_ptr<ConnectionSlot> slot_;
    std::string address_;
    LiveConnId id_ = 0;
    std::deque<std::shared_ptr<const std::string>> queue_;
    bool writing_ = false;
    bool close_after_ = false;
    bool finished_ = false;
    double tokens_ = 0;
    std::chrono::steady_clock::time_point refilled_;
    int strikes_ = 0;
    boost::asio::steady_timer join_timer_;
};

}  // namespace statecraft::net
