// bench_live --players N --questions M [--check]
// N players on real WebSockets over loopback (Beast clients on one thread) join a live game
// served by a forked process (so its memory is its own); at each question every player answers
// at a random moment within 1 s. Reports join time, question broadcast (host "show" -> the
// player has it) and answer -> ack latencies, the server's memory growth and the host's frame
// time during the bursts, and ends with exactly one line:
//   players N answers A/B broadcast_p99_ms X ack_p99_ms Y rss_growth_mib Z frame_median_ms F
// --check exits 1 unless every answer was acknowledged and both p99s are under 1 s (CTest).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "live_bench_host.h"
#include "net/beast.h"

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    int joined = 0;
    int acked = 0;
    int finished = 0;
    Clock::time_point last_join;
    std::vector<std::vector<Clock::time_point>> got_question;  // [question][player]
    std::vector<double> ack_ms;
};

class Player : public std::enable_shared_from_this<Player> {
  public:
    Player(boost::asio::io_context& ioc, int index, Figures& figures, unsigned seed)
        : ws_(ioc), timer_(ioc), index_(index), figures_(figures), rng_(seed) {}

    void start(unsigned short port) {
        beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(60));
        beast::get_lowest_layer(ws_).async_connect(
            tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port),
            [self = shared_from_this()](beast::error_code ec) {
                if (ec) return self->fail("connect", ec);
                beast::get_lowest_layer(self->ws_).expires_never();
                self->ws_.async_handshake("127.0.0.1", "/ws", [self](beast::error_code ec2) {
                    if (ec2) return self->fail("handshake", ec2);
                    char token[33];
                    std::snprintf(token, sizeof token, "%032x", self->index_ + 1);
                    self->send(nlohmann::json{{"type", "join"},
                                              {"pin", "123456"},
                                              {"token", token},
                                              {"name", "P" + std::to_string(self->index_)}}
                                   .dump());
                    self->read();
                });
            });
    }

  private:
    void fail(const char* what, beast::error_code ec) {
        if (!done_) std::fprintf(stderr, "player %d: %s: %s\n", index_, what, ec.message().c_str());
        done_ = true;
    }

    void read() {
        ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->fail("read", ec);
            const auto now = Clock::now();
            const auto m = nlohmann::json::parse(beast::buffers_to_string(self->buffer_.data()));
            self->buffer_.consume(self->buffer_.size());
            self->on_message(m, now);
            if (!self->done_) self->read();
        });
    }

    void on_message(const nlohmann::json& m, Clock::time_point now) {
        const std::string type = m.value("type", "");
        if (type == "welcome") {
            ++figures_.joined;
            figures_.last_join = now;
        } else if (type == "question") {
            const int q = m.value("question", 0);
            figures_.got_question[q][index_] = now;
            std::uniform_int_distribution<int> delay(0, 999), pick(0, 3);
            timer_.expires_after(std::chrono::milliseconds(delay(rng_)));
            timer_.async_wait(
                [self = shared_from_this(), q, choice = pick(rng_)](beast::error_code ec) {
                    if (ec) return;
                    self->sent_ = Clock::now();
                    self->send(nlohmann::json{
                        {"type", "answer"}, {"question", q}, {"round", 1}, {"choice", choice}}
                                   .dump());
                });
        } else if (type == "ack") {
            ++figures_.acked;
            figures_.ack_ms.push_back(
                std::chrono::duration<double, std::milli>(now - sent_).count());
        } else if (type == "podium") {
            ++figures_.finished;
            done_ = true;
            ws_.async_close(websocket::close_code::normal,
                            [self = shared_from_this()](beast::error_code) {});
        } else if (type == "error") {
            std::fprintf(stderr, "player %d: error %s\n", index_, m.value("code", "").c_str());
        }
    }

    void send(std::string text) {
        queue_.push_back(std::move(text));
        if (queue_.size() == 1) write_next();
    }
    void write_next() {
        ws_.text(true);
        ws_.async_write(boost::asio::buffer(queue_.front()),
                        [self = shared_from_this()](beast::error_code ec, std::size_t) {
                            if (ec) return self->fail("write", ec);
                            self->queue_.erase(self->queue_.begin());
                            if (!self->queue_.empty()) self->write_next();
                        });
    }

    websocket::stream<beast::tcp_stream> ws_;
    boost::asio::steady_timer timer_;
    beast::flat_buffer buffer_;
    std::vector<std::string> queue_;
    int index_;
    Figures& figures_;
    std::mt19937 rng_;
    Clock::time_point sent_;
    bool done_ = false;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

Clock::time_point from_ns(long long ns) {
    return Clock::time_point(std::chrono::nanoseconds(ns));
}

}  // namespace

int main(int argc, char** argv) {
    int players = 300, questions = 3;
    bool check = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--players" && i + 1 < argc)
            players = std::atoi(argv[++i]);
        else if (a == "--questions" && i + 1 < argc)
            questions = std::atoi(argv[++i]);
        else if (a == "--check")
            check = true;
        else {
            std::fprintf(stderr, "usage: bench_live --players N --questions M [--check]\n");
            return 2;
        }
    }
    if (players < 1 || players > 5000 || questions < 1 || questions > 50) {
        std::fprintf(stderr, "bench_live: players 1-5000, questions 1-50\n");
        return 2;
    }
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return 2;
    const pid_t child = fork();
    if (child == 0) {
        close(pipe_fds[0]);
        std::FILE* report = fdopen(pipe_fds[1], "w");
        _exit(statecraft::bench::run_live_bench_host(players, questions, report));
    }
    close(pipe_fds[1]);
    std::FILE* from_host = fdopen(pipe_fds[0], "r");
    unsigned port = 0;
    if (std::fscanf(from_host, "port %u\n", &port) != 1) {
        std::fprintf(stderr, "bench_live: the server did not start\n");
        return 2;
    }

    Figures figures;
    figures.got_question.assign(questions, std::vector<Clock::time_point>(players));
    boost::asio::io_context ioc{1};
    const auto join_start = Clock::now();
    std::vector<std::shared_ptr<Player>> all;
    for (int i = 0; i < players; ++i) {
        all.push_back(std::make_shared<Player>(ioc, i, figures, 1234u + i));
        all.back()->start(static_cast<unsigned short>(port));
    }
    ioc.run_for(std::chrono::seconds(150));
    all.clear();
    ioc.stop();

    std::vector<long long> show_ns(questions, 0);
    double rss_growth = 0, frame_median = 0;
    long long joined_ns = 0;
    char kind[16];
    while (std::fscanf(from_host, "%15s", kind) == 1) {
        if (std::strcmp(kind, "show") == 0) {
            int q = 0;
            long long t = 0;
            if (std::fscanf(from_host, "%d %lld", &q, &t) == 2 && q >= 0 && q < questions)
                show_ns[q] = t;
        } else if (std::strcmp(kind, "server") == 0) {
            if (std::fscanf(from_host, "%lf %lf %lld", &rss_growth, &frame_median, &joined_ns) != 3)
                break;
        }
    }
    int status = 0;
    waitpid(child, &status, 0);

    std::vector<double> broadcast_ms;
    for (int q = 0; q < questions; ++q)
        for (const auto& t : figures.got_question[q])
            if (t != Clock::time_point{} && show_ns[q] > 0)
                broadcast_ms.push_back(
                    std::chrono::duration<double, std::milli>(t - from_ns(show_ns[q])).count());
    const double join_s = std::chrono::duration<double>(figures.last_join - join_start).count();
    const int expected = players * questions;
    std::printf("joined %d/%d in %.2f s\n", figures.joined, players, join_s);
    std::printf("broadcast p50 %.1f ms p99 %.1f ms (%zu deliveries)\n",
                percentile(broadcast_ms, 0.5), percentile(broadcast_ms, 0.99), broadcast_ms.size());
    std::printf("ack p50 %.1f ms p99 %.1f ms\n", percentile(figures.ack_ms, 0.5),
                percentile(figures.ack_ms, 0.99));
    std::printf(
        "players N answers A/B broadcast_p99_ms X ack_p99_ms Y rss_growth_mib Z frame_median_ms "
        "F\n");
    std::printf(
        "players %d answers %d/%d broadcast_p99_ms %.1f ack_p99_ms %.1f rss_growth_mib %.1f "
        "frame_median_ms %.3f\n",
        players, figures.acked, expected, percentile(broadcast_ms, 0.99),
        percentile(figures.ack_ms, 0.99), rss_growth, frame_median);
    if (check && (figures.acked != expected || percentile(broadcast_ms, 0.99) > 1000 ||
                  percentile(figures.ack_ms, 0.99) > 1000 ||
                  broadcast_ms.size() != static_cast<std::size_t>(expected)))
        return 1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
