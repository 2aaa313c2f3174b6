// The live server's thread, listener, registry and the bridge to the teacher's app.
#include "net/live_server.h"

#include "net/live_hub.h"
#include "net/sessions.h"

namespace statecraft::net {

LiveServer::Impl::Impl(LiveGame game, LiveServerConfig config)
    : config_(std::move(config)), game_(std::move(game)) {
    files_ = WebFiles::load(config_.web_root, web_warning_);
}

LiveServer::Impl::~Impl() {
    if (thread_.joinable()) {
        boost::asio::post(ioc_, [this] { shut_down(); });
        // Give the "ended" messages a moment to leave, then stop whatever is still open.
        for (int i = 0; i < 50 && open_connections_ > 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ioc_.stop();
        thread_.join();
    }
}

bool LiveServer::Impl::listen(std::string& error) {
    beast::error_code ec;
    const auto address = boost::asio::ip::make_address(config_.bind_address, ec);
    if (ec) {
        error = "not an address to listen on: " + config_.bind_address;
        return false;
    }
    const tcp::endpoint endpoint(address, config_.port);
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(boost::asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(boost::asio::socket_base::max_listen_connections, ec);
    if (ec) {
        error = "cannot listen on " + config_.bind_address + ":" + std::to_string(config_.port) +
                ": " + ec.message();
        return false;
    }
    port_ = acceptor_.local_endpoint().port();
    return true;
}

void LiveServer::Impl::run_thread() {
    accept_next();
    schedule_tick();
    publish();
    thread_ = std::thread([this] { ioc_.run(); });
}

std::int64_t LiveServer::Impl::now_ms() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 started_)
        .count();
}

bool LiveServer::Impl::try_open_connection() {
    if (open_connections_ >= config_.max_connections) return false;
    ++open_connections_;
    return true;
}

void LiveServer::Impl::accept_next() {
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (ec == boost::asio::error::operation_aborted || !acceptor_.is_open()) return;
        if (!ec) {
            if (try_open_connection()) {
                auto slot = std::make_shared<ConnectionSlot>(*this);
                std::make_shared<HttpSession>(std::move(socket), *this, std::move(slot))->run();
            } else {
                beast::error_code ignored;
                socket.close(ignored);
            }
        }
        accept_next();
    });
}

bool LiveServer::Impl::try_add_socket(const std::string& address) {
    int& count = sockets_per_address_[address];
    if (count >= config_.max_sockets_per_address) return false;
    ++count;
    return true;
}

LiveConnId LiveServer::Impl::on_ws_open(const std::shared_ptr<WsSession>& session) {
    const LiveConnId id = ++next_id_;
    sockets_[id] = session;
    game_.on_connect(id);
    flush();
    return id;
}

void LiveServer::Impl::on_ws_message(LiveConnId id, const std::string& address,
                                     std::string_view text) {
    const int answered = game_.answered_count();
    const int question = game_.question_index();
    const int round = game_.vote_round();
    game_.on_message(id, address, text, now_ms());
    // One more answer in the same round (an accepted answer; the lock it may cause keeps the
    // count): hand it to the app for its journal.
    if (game_.answered_count() == answered + 1 && game_.question_index() == question &&
        game_.vote_round() == round)
        note_accepted(id, question, round);
    flush();
}

void LiveServer::Impl::note_accepted(LiveConnId id, int question, int round) {
    const std::optional<int> player = game_.player_of(id);
    if (!player || question < 0) return;
    const LivePlayer& p = game_.players()[*player];
    const LiveQuestion& q = game_.question(question);
    LiveAcceptedAnswer a;
    a.question = question;
    a.round = round;
    a.player = *player;
    a.name = p.name;
    a.team = p.team >= 0 ? game_.settings().teams[p.team] : std::string();
    // The last answer may have locked and scored the question already: then its score stands.
    const bool scored =
        game_.phase() != LivePhase::question && (!game_.is_peer(question) || round == 2);
    if (scored) {
        a.result = game_.results(question)[*player];
        a.total_before = p.total - a.result.score.points;
    } else {  // scored as the lock will, with the player's streak before this question
        a.result.vote = game_.votes(round)[*player];
        a.result.credit = live_credit(q, a.result.vote.answer);
        a.result.score = classroom_score({a.result.credit, a.result.vote.time_ms, q.round.limit_ms,
                                          q.round.double_points, p.streak},
                                         game_.settings().scoring);
        a.total_before = p.total;
    }
    accepted_.push_back(std::move(a));
}

void LiveServer::Impl::on_ws_closed(LiveConnId id, const std::string& address) {
    sockets_.erase(id);
    if (auto it = sockets_per_address_.find(address); it != sockets_per_address_.end()) {
        if (--it->second <= 0) sockets_per_address_.erase(it);
    }
    game_.on_disconnect(id);
    flush();
}

void LiveServer::Impl::flush() {
    for (LiveOut& out : game_.take_outbox()) {
        for (LiveConnId id : out.to) {
            const auto it = sockets_.find(id);
            if (it == sockets_.end()) continue;
            if (auto session = it->second.lock()) {
                session->send(out.text);
                if (out.close) session->close_after_writes();
            }
        }
    }
}

void LiveServer::Impl::publish() {
    LiveSnapshot snapshot = game_.snapshot(now_ms());
    std::vector<LiveRoundRecord> finished = game_.take_finished_rounds();
    {
        std::lock_guard lock(shared_mutex_);
        shared_snapshot_ = std::move(snapshot);
        for (LiveRoundRecord& r : finished) shared_news_.finished_rounds.push_back(std::move(r));
        for (LiveAcceptedAnswer& a : accepted_) shared_news_.accepted.push_back(std::move(a));
    }
    accepted_.clear();
    ++version_;
}

void LiveServer::Impl::schedule_tick() {
    tick_timer_.expires_after(config_.snapshot_interval);
    tick_timer_.async_wait([this](beast::error_code ec) {
        if (ec) return;
        game_.tick(now_ms());
        flush();
        publish();
        schedule_tick();
    });
}

void LiveServer::Impl::shut_down() {
    beast::error_code ec;
    acceptor_.close(ec);
    tick_timer_.cancel();
    game_.close();
    flush();
    publish();
}

void LiveServer::Impl::post(LiveGameCommand command) {
    boost::asio::post(ioc_, [this, command] {
        const LiveOutcome outcome = apply_live_game_command(game_, command, now_ms());
        flush();
        if (!outcome) {
            std::lock_guard lock(shared_mutex_);
            shared_news_.refusals.push_back(outcome.reason);
        }
        publish();
    });
}

LiveSnapshot LiveServer::Impl::snapshot() const {
    std::lock_guard lock(shared_mutex_);
    return shared_snapshot_;
}

LiveHostNews LiveServer::Impl::take_news() {
    std::lock_guard lock(shared_mutex_);
    return std::exchange(shared_news_, {});
}

// --- LiveServer ---

LiveServer::LiveServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LiveServer::~LiveServer() = default;

std::unique_ptr<LiveServer> LiveServer::start(LiveGame game, LiveServerConfig config,
                                              std::string& error) {
    auto impl = std::make_unique<Impl>(std::move(game), std::move(config));
    if (!impl->listen(error)) return nullptr;
    impl->run_thread();
    return std::unique_ptr<LiveServer>(new LiveServer(std::move(impl)));
}

unsigned short LiveServer::port() const {
    return impl_->port();
}
std::string LiveServer::web_warning() const {
    return impl_->web_warning();
}
void LiveServer::post(LiveGameCommand command) {
    impl_->post(std::move(command));
}
LiveSnapshot LiveServer::snapshot() const {
    return impl_->snapshot();
}
LiveHostNews LiveServer::take_news() {
    return impl_->take_news();
}
std::uint64_t LiveServer::version() const {
    return impl_->version();
}

}  // namespace statecraft::net
