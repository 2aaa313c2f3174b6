#include "live_bench_host.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/live/live_game.h"
#include "net/live_server.h"
#include "support/bank_parts.h"

namespace statecraft::bench {

namespace {

using Clock = std::chrono::steady_clock;

double rss_mib(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(std::string(field).size())) / 1024.0;
    }
    return 0;
}

long long ns(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::vector<ClassroomRound> bench_rounds(int questions) {
    std::vector<ClassroomRound> rounds;
    for (int i = 0; i < questions; ++i) {
        ClassroomRound r;
        r.question.id = "q" + std::to_string(i + 1);
        r.question.type = QuestionType::single;
        r.question.prompt = "Which of these four options is the right one for question " +
                            std::to_string(i + 1) + "?";
        r.question.explanation = "Option A is right.";
        for (int c = 0; c < 4; ++c) {
            const std::string id(1, static_cast<char>('a' + c));
            r.question.choices.push_back(testing::choice(id, "Option " + id, c == 0));
            r.options.push_back({id, "Option " + id, c == 0});
        }
        r.limit_ms = 20'000;
        rounds.push_back(std::move(r));
    }
    return rounds;
}

}  // namespace

int run_live_bench_host(int players, int questions, std::FILE* report) {
    const double rss_before = rss_mib("VmRSS:");
    LiveSettings settings;
    settings.title = "bench";
    settings.pin = "123456";
    settings.max_players = players;
    LiveStart start = LiveGame::create(bench_rounds(questions), settings);
    if (!start.ok()) return 2;
    net::LiveServerConfig config;
    config.bind_address = "127.0.0.1";
    config.max_sockets_per_address = players + 16;  // every client comes from loopback
    config.max_connections = players * 2 + 64;
    std::string error;
    auto server = net::LiveServer::start(std::move(*start.game), config, error);
    if (!server) {
        std::fprintf(stderr, "bench_live: %s\n", error.c_str());
        return 2;
    }
    std::fprintf(report, "port %u\n", server->port());
    std::fflush(report);

    const auto deadline = Clock::now() + std::chrono::seconds(180);
    std::vector<double> frames_ms;
    long long joined_ns = 0;
    int shown = 0;
    bool revealed = false;
    LivePhase phase = LivePhase::lobby;
    // The host's frame loop: what the app does each frame (copy the snapshot, take the news),
    // timed during the answer bursts, and the teacher's next step when the game is ready for it.
    while (Clock::now() < deadline) {
        const auto frame_start = Clock::now();
        const LiveSnapshot snap = server->snapshot();
        (void)server->take_news();
        const auto frame_end = Clock::now();
        if (snap.phase == LivePhase::question)
            frames_ms.push_back(
                std::chrono::duration<double, std::milli>(frame_end - frame_start).count());
        if (snap.phase == LivePhase::lobby && static_cast<int>(snap.lobby.size()) == players &&
            phase == LivePhase::lobby && shown == 0) {
            joined_ns = ns(Clock::now());
            std::fprintf(report, "show 0 %lld\n", ns(Clock::now()));
            std::fflush(report);
            server->post(live_game_cmd::Start{});
            shown = 1;
            phase = LivePhase::question;
        } else if (snap.phase == LivePhase::locked && !revealed &&
                   snap.question_index == shown - 1) {
            server->post(live_game_cmd::Reveal{});
            revealed = true;
        } else if (snap.phase == LivePhase::reveal && revealed &&
                   snap.question_index == shown - 1) {
            if (shown < questions) {
                std::fprintf(report, "show %d %lld\n", shown, ns(Clock::now()));
                std::fflush(report);
            }
            server->post(live_game_cmd::Next{});
            ++shown;
            revealed = false;
        } else if (snap.phase == LivePhase::podium && snap.connected == 0) {
            break;
        }
        std::this_thread::sleep_until(frame_start + std::chrono::milliseconds(16));
    }
    const double growth = rss_mib("VmHWM:") - rss_before;
    std::sort(frames_ms.begin(), frames_ms.end());
    const double median = frames_ms.empty() ? 0 : frames_ms[frames_ms.size() / 2];
    std::fprintf(report, "server %.1f %.3f %lld\n", growth, median, joined_ns);
    std::fflush(report);
    return 0;
}

}  // namespace statecraft::bench
