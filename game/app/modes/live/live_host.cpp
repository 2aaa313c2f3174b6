#include "app/modes/live/live_host.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <type_traits>

#include "app/modes/live/live_journal.h"
#include "app/modes/live/live_journal_writer.h"
#include "app/modes/live/live_networks.h"
#include "net/live_pin.h"
#include "net/live_server.h"

#ifndef STATECRAFT_SOURCE_DIR
#define STATECRAFT_SOURCE_DIR ""
#endif

namespace statecraft {

namespace {

std::string env_or(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

// assets/web next to the shipped questions: installed (<prefix>/share/statecraft/web) or the
// source tree's.
std::filesystem::path web_root() {
    if (const char* dir = std::getenv("STATECRAFT_WEB"); dir && *dir) return dir;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "statecraft" / "web";
        if (std::filesystem::exists(installed / "index.html", ec)) return installed;
    }
    return std::filesystem::path(STATECRAFT_SOURCE_DIR) / "assets" / "web";
}

}  // namespace

Screen live_screen_for(const LiveSnapshot& s) {
    switch (s.phase) {
        case LivePhase::lobby:
            return Screen::live_join;
        case LivePhase::question:
            return Screen::live_question;
        case LivePhase::locked:
            return s.peer ? Screen::live_peer : Screen::live_distribution;
        case LivePhase::reveal:
            return Screen::live_reveal;
        case LivePhase::leaderboard:
            return Screen::live_leaderboard;
        case LivePhase::podium:
            return Screen::live_podium;
    }
    return Screen::live_join;
}

ClassroomPlan plan_live_rounds(const Bank& bank, ClassroomSetup setup) {
    // The planner checks one-screen teams; a live game's players join on their devices, so any
    // two names satisfy it here (the plan's teams are not used).
    if (setup.teams.size() < 2) setup.teams = {"1", "2"};
    setup.include_teacher_marked = true;  // players answer every type on their devices
    setup.include_polls = true;           // a poll's spread is shown, never scored
    setup.mode = ClassroomMode::all_teams;
    ClassroomPlan plan = plan_classroom_game(bank, setup);
    if (plan.rounds.empty() && plan.ok())
        plan.errors.push_back("no question in this choice can be answered on students' devices");
    return plan;
}

LiveHost::LiveHost() = default;
LiveHost::~LiveHost() {
    close_journal();
}

std::string LiveHost::start(LiveLaunch launch, AppState& state) {
    if (server_) return "A live game is already open.";
    LiveSettings settings;
    settings.title = launch.title;
    settings.pin = net::draw_live_pin();
    settings.teams = launch.teams;
    settings.seed = static_cast<std::uint64_t>(launch.info.started_ms);
    settings.cbm = launch.cbm;
    if (const char* max = std::getenv("STATECRAFT_LIVE_MAX_PLAYERS"))
        settings.max_players = std::atoi(max);
    const std::string pin = settings.pin;
    if (LiveStart check = LiveGame::create(launch.rounds, settings); !check.ok())
        return check.errors.front();
    auto make_game = [&] { return std::move(*LiveGame::create(launch.rounds, settings).game); };

    net::LiveServerConfig config;
    config.bind_address = live_bind_address(launch.bind_address);
    config.web_root = web_root();
    std::string error;
    const std::string wanted_port = env_or("STATECRAFT_LIVE_PORT", "8080");
    config.port = static_cast<unsigned short>(std::atoi(wanted_port.c_str()));
    server_ = net::LiveServer::start(make_game(), config, error);
    if (!server_ && !std::getenv("STATECRAFT_LIVE_PORT")) {
        config.port = 0;  // 8080 is taken: any free port
        server_ = net::LiveServer::start(make_game(), config, error);
    }
    if (!server_) return error;
    info_ = launch.info;
    questions_.clear();
    for (const ClassroomRound& r : launch.rounds) questions_.push_back(r.question);
    std::string journal_error;
    if (!launch.journal_dir.empty())
        journal_ = LiveJournalWriter::create(
            launch.journal_dir / ("game-" + std::to_string(info_.started_ms) + ".jsonl"),
            live_journal_game_line(info_), journal_error);
    saver_ = std::make_unique<LiveRoundSaver>(std::move(launch.post_write), journal_);
    LiveUiState view;
    view.address = "http://" + config.bind_address + ":" + std::to_string(server_->port());
    view.join_url = view.address + "/?pin=" + pin;
    view.pin = pin;
    view.message = journal_error.empty() ? server_->web_warning() : journal_error;
    view.snapshot = server_->snapshot();
    std::printf("Live game open: students join at %s (PIN %s)\n", view.join_url.c_str(),
                pin.c_str());
    std::fflush(stdout);
    state.live = std::move(view);
    state.screen = Screen::live_join;
    return {};
}

bool LiveHost::frame(AppState& state, std::int64_t wall_now_ms) {
    if (!server_) return false;
    for (const LiveCommand& command : std::exchange(state.live.to_host, {})) {
        std::visit(
            [&](const auto& c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, live_cmd::Advance>)
                    server_->post(live_game_cmd::Advance{});
                if constexpr (std::is_same_v<C, live_cmd::Finish>)
                    server_->post(live_game_cmd::Finish{});
                if constexpr (std::is_same_v<C, live_cmd::Kick>)
                    server_->post(live_game_cmd::Kick{c.player});
            },
            command);
        if (std::holds_alternative<live_cmd::Leave>(command)) {
            stop(state);
            return true;
        }
    }
    store_news(state, wall_now_ms);
    const std::uint64_t version = server_->version();
    if (version == seen_version_) return false;
    seen_version_ = version;
    state.live.snapshot = server_->snapshot();
    const Screen screen = live_screen_for(*state.live.snapshot);
    if (state.screen != Screen::home) state.screen = screen;
    return true;
}

void LiveHost::store_news(AppState& state, std::int64_t wall_now_ms) {
    net::LiveHostNews news = server_->take_news();
    if (!news.refusals.empty()) state.live.message = news.refusals.back();
    journal_answers(news.accepted, wall_now_ms);
    for (const LiveRoundRecord& record : news.finished_rounds)
        saver_->add(live_round_save(record, info_, wall_now_ms), wall_now_ms);
    saver_->frame(wall_now_ms);  // a question the store refused for now, about once a second
    if (std::string problem = saver_->take_message(); !problem.empty())
        state.live.message = std::move(problem);
    if (journal_ && state.live.message.empty()) state.live.message = journal_->problem();
}

// Each accepted answer as the row the store will keep, scored as the lock will score it.
void LiveHost::journal_answers(const std::vector<net::LiveAcceptedAnswer>& answers,
                               std::int64_t wall_now_ms) {
    if (!journal_) return;
    for (const net::LiveAcceptedAnswer& a : answers) {
        if (a.question < 0 || a.question >= static_cast<int>(questions_.size())) continue;
        LiveRoundRecord one;
        one.index = a.question;
        one.question = questions_[a.question];
        one.names = {a.name};
        one.teams = {a.team};
        one.results = {a.result};
        one.totals = {a.total_before + a.result.score.points};
        one.ranks = {1};
        const LiveRoundSave save = live_round_save(one, info_, wall_now_ms);
        journal_->append(
            live_journal_answer_line({a.question, a.total_before, wall_now_ms, save.rows.front()}));
    }
}

// A game closed normally: once its answers are in the store the journal goes (if some could
// not be stored, it stays for the next start).
void LiveHost::close_journal() {
    journal_.reset();  // the saver holds the last reference: it writes, closes, removes
    saver_.reset();
}

void LiveHost::stop(AppState& state) {
    server_.reset();  // players get "ended"; the server's thread ends
    close_journal();
    state.live.snapshot.reset();
    state.live.to_host.clear();
    if (state.screen != Screen::home) state.screen = Screen::classroom_setup;
}

}  // namespace statecraft
