// HTTP on the live server: the player page's files with strict headers, and the upgrade to the
// game's WebSocket at /ws. Everything else is 404 or 405; a slow header is cut at the timeout.
#include "net/sessions.h"

#include "core/live/live_messages.h"

namespace statecraft::net {

namespace {

http::response<http::string_body> plain(http::status status, unsigned version, std::string body) {
    http::response<http::string_body> response{status, version};
    response.set(http::field::content_type, "text/plain; charset=utf-8");
    response.body() = std::move(body);
    return response;
}

}  // namespace

HttpSession::HttpSession(tcp::socket socket, LiveServer::Impl& hub,
                         std::shared_ptr<ConnectionSlot> slot)
    : stream_(std::move(socket)), hub_(hub), slot_(std::move(slot)) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    address_ = ec ? std::string("?") : endpoint.address().to_string();
}

void HttpSession::run() {
    read_request();
}

void HttpSession::read_request() {
    parser_.emplace();
    parser_->header_limit(8 * 1024);
    parser_->body_limit(0);
    stream_.expires_after(hub_.config().header_timeout);
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_request(ec); });
}

void HttpSession::on_request(beast::error_code ec) {
    if (ec) return close();
    http::request<http::empty_body> request = parser_->release();
    const unsigned version = request.version();
    if (websocket::is_upgrade(request)) {
        if (request.target() != "/ws")
            return respond(plain(http::status::not_found, version, "not found\n"));
        if (!hub_.try_add_socket(address_)) {
            auto busy = plain(http::status::service_unavailable, version,
                              live_error_json({"too_many_connections",
                                               "Too many connections from this device.", ""}));
            busy.set(http::field::content_type, "application/json");
            return respond(std::move(busy));
        }
        stream_.expires_never();
        auto ws = std::make_shared<WsSession>(stream_.release_socket(), hub_, slot_, address_);
        ws->run(std::move(request));
        return;
    }
    if (request.method() != http::verb::get && request.method() != http::verb::head) {
        auto refused = plain(http::status::method_not_allowed, version, "method not allowed\n");
        refused.set(http::field::allow, "GET, HEAD");
        return respond(std::move(refused));
    }
    const WebFile* file =
        hub_.files().find(std::string_view(request.target().data(), request.target().size()));
    if (!file) return respond(plain(http::status::not_found, version, "not found\n"));
    http::response<http::string_body> response{http::status::ok, version};
    response.set(http::field::content_type, file->content_type);
    if (request.method() == http::verb::get) response.body() = file->body;
    response.content_length(file->body.size());
    response.keep_alive(request.keep_alive());
    respond(std::move(response));
}

void HttpSession::respond(http::response<http::string_body> response) {
    response.set(http::field::server, "statecraft-live");
    response.set("Content-Security-Policy", kContentSecurityPolicy);
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set(http::field::cache_control, "no-store");
    if (!response.has_content_length()) response.prepare_payload();
    auto shared = std::make_shared<http::response<http::string_body>>(std::move(response));
    stream_.expires_after(hub_.config().header_timeout);
    http::async_write(stream_, *shared,
                      [self = shared_from_this(), shared](beast::error_code ec, std::size_t) {
                          if (ec || !shared->keep_alive()) return self->close();
                          self->read_request();
                      });
}

void HttpSession::close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
}

}  // namespace statecraft::net
