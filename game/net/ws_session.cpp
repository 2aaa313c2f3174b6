// One player's WebSocket: frames in (size-capped, rate-limited) to the game, the game's messages
// out in order. Beast's timeout pings an idle socket and closes it when nothing comes back.
#include "net/sessions.h"

#include "core/live/live_limits.h"
#include "core/live/live_messages.h"

namespace statecraft::net {

WsSession::WsSession(tcp::socket socket, LiveServer::Impl& hub,
                     std::shared_ptr<ConnectionSlot> slot, std::string address)
    : ws_(std::move(socket)),
      hub_(hub),
      slot_(std::move(slot)),
      address_(std::move(address)),
      join_timer_(ws_.get_executor()) {}

void WsSession::run(http::request<http::empty_body> request) {
    websocket::stream_base::timeout timeout;
    timeout.handshake_timeout = hub_.config().header_timeout;
    timeout.idle_timeout = hub_.config().idle_timeout;
    timeout.keep_alive_pings = true;
    ws_.set_option(timeout);
    ws_.read_message_max(kLiveMaxMessageBytes);
    ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
        response.set(http::field::server, "statecraft-live");
    }));
    tokens_ = hub_.config().message_burst;
    refilled_ = std::chrono::steady_clock::now();
    ws_.async_accept(request, [self = shared_from_this()](beast::error_code ec) {
        if (ec) return self->finish();
        self->id_ = self->hub_.on_ws_open(self);
        self->join_timer_.expires_after(self->hub_.config().join_timeout);
        self->join_timer_.async_wait([weak = std::weak_ptr<WsSession>(self)](beast::error_code e) {
            auto s = weak.lock();
            if (!e && s && !s->finished_ && !s->hub_.is_joined(s->id_)) s->drop();
        });
        self->read_frame();
    });
}

void WsSession::read_frame() {
    ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        self->on_frame(ec);
    });
}

bool WsSession::take_token() {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - refilled_).count();
    refilled_ = now;
    tokens_ = std::min(hub_.config().message_burst,
                       tokens_ + seconds * hub_.config().messages_per_second);
    if (tokens_ < 1) return false;
    tokens_ -= 1;
    return true;
}

void WsSession::on_frame(beast::error_code ec) {
    if (ec) return finish();  // closed, timed out, or too big (Beast closes with 1009)
    const std::string text = beast::buffers_to_string(buffer_.data());
    buffer_.consume(buffer_.size());
    if (!take_token()) {
        send(std::make_shared<const std::string>(
            live_error_json({"rate_limited", "Too many messages; slow down.", ""})));
        if (++strikes_ >= 3) return close_after_writes();
        return read_frame();
    }
    strikes_ = 0;
    if (!ws_.got_text()) {
        send(std::make_shared<const std::string>(
            live_error_json({"bad_json", "Send text frames.", ""})));
    } else {
        hub_.on_ws_message(id_, address_, text);
    }
    if (!finished_) read_frame();
}

void WsSession::send(std::shared_ptr<const std::string> text) {
    if (finished_ || close_after_) return;
    if (queue_.size() >= hub_.config().max_queued_writes) return drop();
    queue_.push_back(std::move(text));
    if (!writing_) write_next();
}

void WsSession::write_next() {
    if (queue_.empty()) {
        writing_ = false;
        if (close_after_ && !finished_) {
            ws_.async_close(websocket::close_code::normal,
                            [self = shared_from_this()](beast::error_code) { self->drop(); });
        }
        return;
    }
    writing_ = true;
    ws_.text(true);
    ws_.async_write(boost::asio::buffer(*queue_.front()),
                    [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec) return self->drop();
                        self->queue_.pop_front();
                        self->write_next();
                    });
}

void WsSession::close_after_writes() {
    if (close_after_) return;
    close_after_ = true;
    if (!writing_) write_next();
}

void WsSession::drop() {
    beast::error_code ec;
    beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ec);
    beast::get_lowest_layer(ws_).close();
    finish();
}

void WsSession::finish() {
    if (finished_) return;
    finished_ = true;
    join_timer_.cancel();
    hub_.on_ws_closed(id_, address_);
}

}  // namespace statecraft::net
