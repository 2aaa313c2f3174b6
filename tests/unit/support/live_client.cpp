#include "support/live_client.h"

namespace statecraft::testing {

namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

HttpReply http_get(unsigned short port, const std::string& target, const std::string& method) {
    boost::asio::io_context ioc;
    beast::tcp_stream stream(ioc);
    beast::error_code ec;
    stream.expires_after(std::chrono::seconds(5));
    stream.connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec) return {};
    http::request<http::empty_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, "127.0.0.1");
    http::write(stream, request, ec);
    if (ec) return {};
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response, ec);
    if (ec) return {};
    return {static_cast<int>(response.result_int()),
            std::string(response[http::field::content_type]),
            std::string(response["Content-Security-Policy"]), response.body()};
}

WsClient::WsClient(unsigned short port, const std::string& path) {
    beast::error_code ec;
    beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(5));
    beast::get_lowest_layer(ws_).connect(
        tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec) return;
    ws_.handshake("127.0.0.1:" + std::to_string(port), path, ec);
    beast::get_lowest_layer(ws_).expires_never();
    connected_ = !ec;
}

bool WsClient::send(const std::string& text) {
    beast::error_code ec;
    ws_.text(true);
    ws_.write(boost::asio::buffer(text), ec);
    return !ec;
}

std::optional<nlohmann::json> WsClient::read(std::chrono::milliseconds timeout) {
    if (closed_ || !connected_) return std::nullopt;
    beast::flat_buffer buffer;
    std::optional<nlohmann::json> result;
    ws_.async_read(buffer, [&](beast::error_code ec, std::size_t) {
        if (ec) {
            closed_ = true;
            close_reason_ =
                ec.message() + " (close code " + std::to_string(ws_.reason().code) + ")";
            return;
        }
        result = nlohmann::json::parse(beast::buffers_to_string(buffer.data()), nullptr, false);
    });
    ioc_.restart();
    ioc_.run_for(timeout);
    if (!result && !closed_) {
        // Timed out: cancel the read and let the handler run.
        beast::get_lowest_layer(ws_).cancel();
        ioc_.restart();
        ioc_.run();
        closed_ = false;
    }
    return result;
}

std::optional<nlohmann::json> WsClient::read_until(const std::string& type,
                                                   std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        auto m = read(std::chrono::duration_cast<std::chrono::milliseconds>(
            end - std::chrono::steady_clock::now()));
        if (!m) return std::nullopt;
        if (m->value("type", "") == type) return m;
    }
    return std::nullopt;
}

}  // namespace statecraft::testing
