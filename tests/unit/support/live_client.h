// A real client for the live server: HTTP requests and a WebSocket over loopback with
// Boost.Beast (synchronous, with a read timeout so a test never hangs).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "net/beast.h"

namespace statecraft::testing {

struct HttpReply {
    int status = 0;
    std::string content_type;
    std::string csp;
    std::string body;
};

// One request with a raw target (sent as given, not normalised), or status 0 on failure.
HttpReply http_get(unsigned short port, const std::string& target,
                   const std::string& method = "GET");

class WsClient {
  public:
    // Connects and upgrades at /ws; connected() is false when the server refused.
    explicit WsClient(unsigned short port, const std::string& path = "/ws");
    bool connected() const { return connected_; }
    bool send(const std::string& text);
    bool send(const nlohmann::json& message) { return send(message.dump()); }
    // The next message, or nullopt when the socket closed or nothing came within the timeout.
    std::optional<nlohmann::json> read(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // Reads until a message of this type (skipping others), or nullopt.
    std::optional<nlohmann::json> read_until(
        const std::string& type, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool closed() const { return closed_; }
    std::string close_reason() const { return close_reason_; }

  private:
    boost::asio::io_context ioc_;
    boost::beast::websocket::stream<boost::beast::tcp_stream> ws_{ioc_};
    bool connected_ = false;
    bool closed_ = false;
    std::string close_reason_;
};

}  // namespace statecraft::testing
