#include "app/modes/classroom/classroom_controller.h"

#include <algorithm>

#include "app/modes/live/live_host.h"
#include "app/modes/live/live_journal.h"
#include "app/modes/live/live_networks.h"
#include "core/classroom/classroom_results.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "core/util/list_moves.h"

namespace statecraft {

namespace {

const BankEntry* home_bank(const AppState& state) {
    const HomeState& h = state.home;
    if (h.selected < 0 || h.selected >= static_cast<int>(h.banks.size())) return nullptr;
    return &h.banks[h.selected];
}

void open_setup(AppState& state) {
    const BankEntry* entry = home_bank(state);
    if (!entry) return;
    ClassroomSetupState& s = state.classroom.setup;
    s.categories.clear();
    for (const Category& c : entry->loaded->bank.categories) s.categories.push_back(c.id);
    s.question_count = std::min<int>(10, static_cast<int>(entry->loaded->bank.questions.size()));
    s.message.clear();
    ++s.focus_serial;
    refresh_live_networks(s.live);
    state.screen = Screen::classroom_setup;
}

void add_team(ClassroomSetupState& s, const std::string& name) {
    const std::string trimmed = trim_team_name(name);
    if (trimmed.empty()) return;
    if (static_cast<int>(s.teams.size()) >= kClassroomMaxTeams) {
        s.message = "At most " + std::to_string(kClassroomMaxTeams) + " teams.";
        return;
    }
    for (const std::string& t : s.teams) {
        if (same_team_name(t, trimmed)) {
            s.message = "There is already a team called " + trimmed + ".";
            return;
        }
    }
    s.teams.push_back(clip_team_name(trimmed));
    s.new_team.clear();
    s.message.clear();
    ++s.focus_serial;
}

void enter_projector(AppState& state, Services& services) {
    ClassroomUiState& c = state.classroom;
    if (!c.projecting) {
        c.projecting = true;
        c.restore_scale = state.view.ui_scale;
        c.restore_contrast = state.view.high_contrast;
    }
    const float scale = std::max(state.view.ui_scale, kProjectorMinScale);
    if (scale != state.view.ui_scale) services.requests.ui_scale = state.view.ui_scale = scale;
    if (!state.view.high_contrast)
        services.requests.high_contrast = state.view.high_contrast = true;
}

void leave_projector(AppState& state, Services& services) {
    ClassroomUiState& c = state.classroom;
    if (!c.projecting) return;
    c.projecting = false;
    if (state.view.ui_scale != c.restore_scale)
        services.requests.ui_scale = state.view.ui_scale = c.restore_scale;
    if (state.view.high_contrast != c.restore_contrast)
        services.requests.high_contrast = state.view.high_contrast = c.restore_contrast;
}

void start_game(AppState& state, Services& services, std::uint64_t seed) {
    const BankEntry* entry = home_bank(state);
    ClassroomSetupState& s = state.classroom.setup;
    if (!entry) return;
    if (!s.new_team.empty()) add_team(s, s.new_team);  // a typed name counts
    ClassroomSetup setup;
    // Every category chosen means all of them.
    if (s.categories.size() != entry->loaded->bank.categories.size()) {
        if (s.categories.empty()) {
            s.message = "Choose at least one category.";
            return;
        }
        setup.categories = s.categories;
    }
    setup.question_count = s.question_count;
    setup.default_time_s = s.default_time_s;
    setup.teams = s.teams;
    setup.mode = s.mode;
    setup.include_teacher_marked = s.include_teacher_marked;
    setup.include_polls = s.include_polls;
    setup.seed = seed;
    ClassroomStart started = ClassroomGame::create(entry->loaded->bank, setup);
    if (!started.ok()) {
        s.message = started.errors.empty() ? "The game cannot start." : started.errors.front();
        return;
    }
    s.message = started.warnings.empty() ? std::string() : started.warnings.front();
    ClassroomUiState& c = state.classroom;
    c.game = std::move(started.game);
    c.now_ms = services.clock.now_ms();
    c.started_unix_ms = services.wall_now_ms();
    c.bank_hash = entry->loaded->content_hash;
    c.saved = false;
    c.save_message.clear();
    c.status.clear();
    state.screen = Screen::classroom;
    enter_projector(state, services);
}

// Starts the live host (made on the first game): "" or why not. Locked questions go to the
// store writer, in order with the rest; a journal beside the store keeps the game until then.
std::string launch_live(AppState& state, LiveLaunch launch, Services& services,
                        std::shared_ptr<LiveHost>& live_host) {
    if (!live_host) live_host = std::make_shared<LiveHost>();
    if (services.options.store && !state.classroom.sample)
        launch.journal_dir = live_journal_dir(services.options.store->path());
    if (services.scores.has_store())
        launch.post_write = [&scores = services.scores](StoreWriter::Job job) {
            scores.post(std::move(job));
        };
    return live_host->start(std::move(launch), state);
}

// A live game on the students' devices, from the same set-up (teams optional).
void start_live_game(AppState& state, Services& services, std::uint64_t seed,
                     std::shared_ptr<LiveHost>& live_host) {
    const BankEntry* entry = home_bank(state);
    ClassroomSetupState& s = state.classroom.setup;
    if (!entry) return;
    ClassroomSetup setup;
    if (s.categories.size() != entry->loaded->bank.categories.size()) {
        if (s.categories.empty()) {
            s.message = "Choose at least one category.";
            return;
        }
        setup.categories = s.categories;
    }
    setup.question_count = s.question_count;
    setup.default_time_s = s.default_time_s;
    setup.seed = seed;
    ClassroomPlan plan = plan_live_rounds(entry->loaded->bank, setup);
    if (!plan.ok()) {
        s.message = plan.errors.front();
        return;
    }
    LiveLaunch launch;
    launch.rounds = std::move(plan.rounds);
    if (s.teams.size() >= 2) launch.teams = s.teams;
    launch.title = entry->loaded->bank.title;
    launch.bind_address = picked_live_address(s.live);
    launch.cbm = s.live.cbm;
    launch.info = {entry->loaded->bank.id, entry->loaded->content_hash, services.wall_now_ms(),
                   static_cast<int>(launch.rounds.size())};
    s.message = launch_live(state, std::move(launch), services, live_host);
    if (s.message.empty()) enter_projector(state, services);
}

// A game is saved in one go when it ends (a rare write: the lease keeps it in order).
bool save_game(ClassroomUiState& c, Services& services) {
    StoreLease store = services.scores.read();
    return save_classroom_game(c, store.get(), services.wall_now_ms());
}

// Once at the podium (played through or ended early), the game goes into the store.
void after_game_change(AppState& state, Services& services) {
    ClassroomUiState& c = state.classroom;
    if (!c.game || c.game->phase() != ClassroomPhase::podium) return;
    state.screen = Screen::podium;
    if (!c.saved && c.save_message.empty()) save_game(c, services);
}

}  // namespace

bool save_classroom_game(ClassroomUiState& c, Store* store, std::int64_t ended_unix_ms) {
    if (!c.game) return false;
    if (!store) {
        c.sample = true;
        c.save_message = "Not saved (no score database).";
        return false;
    }
    ClassroomSaveInfo info{c.bank_hash, c.started_unix_ms, ended_unix_ms};
    WriteResult result = store->save_classroom(classroom_record(*c.game), info);
    c.saved = result.saved;
    c.save_message = result.saved ? "Results saved (statecraft export-results --classroom)."
                                  : result.message + " Press S to try again.";
    return c.saved;
}

namespace {

// One overload per command: the set-up's fields, leaving, starting, and the game's moves.
struct ApplyClassroom {
    AppState& state;
    Services& services;
    std::shared_ptr<LiveHost>& live_host;
    ClassroomSetupState& setup = state.classroom.setup;
    ClassroomUiState& c = state.classroom;

    void operator()(const classroom_cmd::OpenSetup&) { open_setup(state); }
    void operator()(const classroom_cmd::Leave&) {
        if (state.screen == Screen::classroom_setup) {
            state.screen = Screen::home;
        } else if (state.screen == Screen::classroom || state.screen == Screen::podium) {
            // A game in progress is only left from the lobby or the podium (Shift+End ends).
            if (c.game && c.game->phase() != ClassroomPhase::lobby &&
                c.game->phase() != ClassroomPhase::podium) {
                c.status = "Shift+End ends the game (results are saved), then Esc.";
                return;
            }
            leave_projector(state, services);
            ++setup.focus_serial;
            state.screen = Screen::classroom_setup;
        }
    }
    void operator()(const classroom_cmd::ToggleCategory& cmd) {
        auto it = std::find(setup.categories.begin(), setup.categories.end(), cmd.id);
        if (it != setup.categories.end()) {
            setup.categories.erase(it);
        } else {
            setup.categories.push_back(cmd.id);
        }
    }
    void operator()(const classroom_cmd::AllCategories& cmd) {
        setup.categories.clear();
        if (cmd.all && home_bank(state))
            for (const Category& cat : home_bank(state)->loaded->bank.categories)
                setup.categories.push_back(cat.id);
    }
    void operator()(const classroom_cmd::SetQuestionCount& cmd) {
        setup.question_count = std::clamp(cmd.count, 1, 1000);
    }
    void operator()(const classroom_cmd::SetTime& cmd) {
        setup.default_time_s = std::clamp(cmd.seconds, kClassroomMinTimeS, kClassroomMaxTimeS);
    }
    void operator()(const classroom_cmd::SetNewTeam& cmd) {
        setup.new_team = clip_team_name(cmd.name);
    }
    void operator()(const classroom_cmd::AddTeam& cmd) { add_team(setup, cmd.name); }
    void operator()(const classroom_cmd::RemoveTeam& cmd) {
        util::erase_at(setup.teams, cmd.index);
    }
    void operator()(const classroom_cmd::RenameTeam& cmd) {
        if (cmd.index >= 0 && cmd.index < static_cast<int>(setup.teams.size()))
            setup.teams[cmd.index] = clip_team_name(cmd.name);
    }
    void operator()(const classroom_cmd::SetGenerateCount& cmd) {
        setup.generate_count = std::clamp(cmd.count, kClassroomMinTeams, kClassroomMaxTeams);
    }
    void operator()(const classroom_cmd::GenerateTeams&) {
        setup.teams.clear();
        for (int i = 1; i <= setup.generate_count; ++i)
            setup.teams.push_back("Team " + std::to_string(i));
        setup.message.clear();
    }
    void operator()(const classroom_cmd::SetMode& cmd) { setup.mode = cmd.mode; }
    void operator()(const classroom_cmd::SetTeacherMarked& cmd) {
        setup.include_teacher_marked = cmd.include;
    }
    void operator()(const classroom_cmd::SetPolls& cmd) { setup.include_polls = cmd.include; }
    void operator()(const classroom_cmd::Start&) {
        const std::uint64_t seed = services.next_seed();  // taken even when nothing starts
        if (state.screen == Screen::classroom_setup) start_game(state, services, seed);
    }
    void operator()(const classroom_cmd::StartLive&) {
        const std::uint64_t seed = services.next_seed();
        if (state.screen == Screen::classroom_setup)
            start_live_game(state, services, seed, live_host);
    }
    void operator()(const classroom_cmd::Game& cmd) {
        if (!c.game) return;
        // Ending a game is asked twice: one stray Shift+End must not cut a lesson short.
        const ClassroomPhase phase = c.game->phase();
        const bool can_finish = phase != ClassroomPhase::lobby &&
                                phase != ClassroomPhase::answering &&
                                phase != ClassroomPhase::podium;
        if (cmd.intent.action == ClassroomAction::finish && can_finish && !c.confirm_finish) {
            c.confirm_finish = true;
            c.status = "End the game now? Shift+End again ends it (what was played is saved).";
            return;
        }
        c.confirm_finish = false;
        const std::int64_t now = services.clock.now_ms();
        c.now_ms = now;
        ClassroomOutcome outcome = apply_classroom_intent(*c.game, cmd.intent, now);
        c.status = outcome ? std::string() : outcome.reason;
        after_game_change(state, services);
    }
    void operator()(const classroom_cmd::RetrySave&) {
        if (c.game && c.game->phase() == ClassroomPhase::podium && !c.saved) save_game(c, services);
    }
};

}  // namespace

void apply_classroom_command(AppState& state, const ClassroomCommand& command, Services& services,
                             std::shared_ptr<LiveHost>& live_host) {
    std::visit(ApplyClassroom{state, services, live_host}, command);
}

void tick_classroom(AppState& state, Services& services) {
    ClassroomUiState& c = state.classroom;
    if (!c.game || (state.screen != Screen::classroom && state.screen != Screen::podium)) return;
    c.now_ms = services.clock.now_ms();
    c.game->tick(c.now_ms);
}

std::optional<float> classroom_redraw_after(const AppState& state) {
    const ClassroomUiState& c = state.classroom;
    if (!c.game || state.screen != Screen::classroom ||
        c.game->phase() != ClassroomPhase::answering)
        return std::nullopt;
    // The countdown shows whole seconds: draw again when the next one starts.
    const std::int64_t remaining = c.game->remaining_ms(c.now_ms);
    const std::int64_t to_next = remaining % 1000 == 0 ? 1000 : remaining % 1000;
    return static_cast<float>(to_next) / 1000.f + 0.01f;
}

}  // namespace statecraft
