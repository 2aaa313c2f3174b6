// A stand-in for the teacher's app in tests/e2e/live_browser.py while the app's live hosting
// mode is not wired: the real LiveGame (core/live) behind the real LiveServer (game/net, Beast on
// its own thread, serving assets/web), on 127.0.0.1 and a free port. The test types the
// teacher's commands on standard input and reads the game's snapshot as JSON lines.
//   live_host BANK.json WEB_ROOT QUESTION_ID...
// prints {"port":N,"pin":"..."}, then per input line:
//   start | lock | revote | reveal | leaderboard | next | finish | kick N  -> {"ok":...}
//   snapshot -> the snapshot as one JSON object;  quit -> exits (players get "ended")
// With $LIVE_HOST_DATA_DIR set, every locked question is saved to the score database there as
// the app saves it (Store::save_live_round), for `statecraft --data-dir DIR stats --classroom`.
// With $LIVE_HOST_CBM set, devices ask for a confidence with each answer (the set-up's CBM).
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "core/bank/bank_loader.h"
#include "core/classroom/classroom_setup.h"
#include "core/live/live_command.h"
#include "core/live/live_results.h"
#include "core/store/data_dir.h"
#include "core/store/store.h"
#include "net/live_pin.h"
#include "net/live_server.h"

using namespace statecraft;
using nlohmann::json;

namespace {

std::vector<ClassroomRound> rounds_for(const Bank& bank, const std::vector<std::string>& ids) {
    std::vector<ClassroomRound> rounds;
    for (const std::string& id : ids) {
        Bank one = bank;
        one.questions.clear();
        for (const Question& q : bank.questions)
            if (q.id == id) one.questions.push_back(q);
        ClassroomSetup setup;
        setup.teams = {"A", "B"};  // the planner wants teams; the live game has none here
        setup.include_teacher_marked = true;
        setup.include_polls = true;  // as plan_live_rounds plans a live game
        setup.shuffle_questions = false;
        setup.default_time_s = 120;
        ClassroomPlan plan = plan_classroom_game(one, setup);
        if (!plan.ok() || plan.rounds.size() != 1) {
            std::cerr << "question " << id << " cannot be played\n";
            std::exit(2);
        }
        rounds.push_back(plan.rounds.front());
    }
    return rounds;
}

json rows(const std::vector<LiveRankRow>& list) {
    json out = json::array();
    for (const LiveRankRow& r : list)
        out.push_back({{"name", r.name}, {"total", r.total}, {"rank", r.rank}});
    return out;
}

json spreads_json(const LiveSnapshot& s) {
    const LiveEstimateSpread& e = s.estimate;
    json cells = json::array();
    for (const auto& c : s.matrix.cells) cells.push_back({c[0], c[1], c[2]});
    return {{"estimate",
             {{"count", e.count},
              {"bins", e.bins},
              {"below", e.below},
              {"above", e.above},
              {"low", e.low},
              {"high", e.high},
              {"median", e.median ? json(*e.median) : json(nullptr)},
              {"key", e.key ? json(*e.key) : json(nullptr)}}},
            {"matrix", {{"cells", cells}, {"key", s.matrix.key}, {"voters", s.matrix.voters}}}};
}

json snapshot_json(const LiveSnapshot& s) {
    json lobby = json::array();
    for (const LiveLobbyEntry& p : s.lobby)
        lobby.push_back({{"player", p.player},
                         {"name", p.name},
                         {"connected", p.connected},
                         {"total", p.total}});
    return {{"phase", to_string(s.phase)},
            {"question", s.question_index},
            {"round", s.vote_round},
            {"options", s.options},
            {"distribution", {s.distribution[0], s.distribution[1]}},
            {"option_correct", s.option_correct},
            {"answered", s.answered},
            {"players", s.players},
            {"connected", s.connected},
            {"right", s.right},
            {"partly", s.partly},
            {"wrong", s.wrong},
            {"unanswered", s.unanswered},
            {"lobby", lobby},
            {"leaderboard", rows(s.leaderboard)},
            {"graded", s.graded},
            {"spreads", spreads_json(s)}};
}

// Saves what locked since the last call; false (with a message) when the store refuses.
bool save_rounds(Store* store, net::LiveServer& server, const LiveGameInfo& info,
                 std::int64_t& session, std::vector<std::string>& refusals) {
    net::LiveHostNews news = server.take_news();
    refusals = std::move(news.refusals);
    if (!store) return true;
    for (const LiveRoundRecord& record : news.finished_rounds) {
        WriteResult r =
            store->save_live_round(live_round_save(record, info, info.started_ms), session);
        if (!r.saved) {
            std::cerr << r.message << "\n";
            return false;
        }
    }
    return true;
}

std::optional<LiveGameCommand> parse_command(const std::string& word, std::istringstream& rest) {
    if (word == "start") return live_game_cmd::Start{};
    if (word == "lock") return live_game_cmd::Lock{};
    if (word == "revote") return live_game_cmd::Revote{};
    if (word == "reveal") return live_game_cmd::Reveal{};
    if (word == "leaderboard") return live_game_cmd::Leaderboard{};
    if (word == "next") return live_game_cmd::Next{};
    if (word == "finish") return live_game_cmd::Finish{};
    if (word == "kick") {
        int player = -1;
        rest >> player;
        return live_game_cmd::Kick{player};
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: live_host BANK.json WEB_ROOT QUESTION_ID...\n";
        return 2;
    }
    LoadedBank loaded = load_bank_file(argv[1]);
    if (!loaded.ok()) {
        std::cerr << "the bank does not load\n";
        return 2;
    }
    std::vector<std::string> ids(argv + 3, argv + argc);
    LiveSettings settings;
    settings.title = loaded.bank.title;
    settings.pin = net::draw_live_pin();
    settings.cbm = std::getenv("LIVE_HOST_CBM") != nullptr;  // devices ask for a confidence
    LiveStart start = LiveGame::create(rounds_for(loaded.bank, ids), settings);
    if (!start.ok()) {
        for (const std::string& e : start.errors) std::cerr << e << "\n";
        return 2;
    }
    net::LiveServerConfig config;
    config.web_root = argv[2];
    std::string error;
    auto server = net::LiveServer::start(std::move(*start.game), config, error);
    if (!server) {
        std::cerr << error << "\n";
        return 1;
    }
    std::unique_ptr<Store> store;
    if (const char* dir = std::getenv("LIVE_HOST_DATA_DIR"); dir && *dir) {
        std::filesystem::create_directories(dir);
        OpenResult opened = Store::open(database_path(dir));
        if (!opened.ok()) {
            std::cerr << opened.error << "\n";
            return 1;
        }
        store = std::move(opened.store);
    }
    LiveGameInfo info{loaded.bank.id, "live-host-e2e", 1'772'445'600'000,
                      static_cast<int>(ids.size())};
    std::int64_t session = 0;
    std::cout << json{{"port", server->port()}, {"pin", settings.pin}}.dump() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string word;
        in >> word;
        if (word == "quit") break;
        if (word == "snapshot") {
            std::cout << snapshot_json(server->snapshot()).dump() << std::endl;
            continue;
        }
        std::optional<LiveGameCommand> command = parse_command(word, in);
        if (!command) {
            std::cout << json{{"ok", false}, {"reason", "unknown command"}}.dump() << std::endl;
            continue;
        }
        const std::uint64_t before = server->version();
        server->post(*command);
        // The server thread applies it; wait for the snapshot to move (or a refusal).
        json reply = {{"ok", true}};
        for (int i = 0; i < 200 && server->version() == before; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::vector<std::string> refusals;
        if (!save_rounds(store.get(), *server, info, session, refusals))
            reply = {{"ok", false}, {"reason", "the store refused a round"}};
        for (const std::string& why : refusals) reply = {{"ok", false}, {"reason", why}};
        std::cout << reply.dump() << std::endl;
    }
    // A question that locked by itself (everyone answered) and was never followed by a command.
    std::vector<std::string> ignored;
    return save_rounds(store.get(), *server, info, session, ignored) ? 0 : 1;
}
