// The router: Home's choices, starting a session, Back, the briefing, the window's settings;
// each mode's intents are carried out in app/modes/<mode>/.
#include "app/app_controller.h"

#include "app/modes/classroom/classroom_controller.h"
#include "app/modes/editor/editor_controller.h"
#include "app/modes/live/live_controller.h"
#include "app/modes/live/live_host.h"
#include "app/modes/live/live_journal.h"

#include <algorithm>
#include <random>

#include "core/io/atomic_file.h"
#include "core/session/results_json.h"
#include "core/settings/settings.h"

namespace statecraft {

AppController::AppController(AppState state, const Clock& clock, ControllerOptions options)
    : state_(std::move(state)),
      clock_(&clock),
      options_(std::move(options)),
      scores_(
          options_.store, [this] { return wall_now_ms(); },  // one wall clock for all
          options_.background_writes) {
    seed_ = options_.seed ? *options_.seed : std::random_device{}();
    state_.study.profile = options_.profile;
    state_.study.new_cards_per_day = options_.new_cards_per_day;
    state_.study.desired_retention = options_.desired_retention;
    scores_.start(state_.scores, options_.profile);
    if (state_.home.selected < 0 && !state_.home.banks.empty()) state_.home.selected = 0;
    if (state_.home.selected >= 0) select_bank(state_.home.selected);
}

WindowRequests AppController::take_requests() {
    return std::exchange(requests_, {});
}

void AppController::apply(const Intent& intent) {
    std::visit([this](const auto& i) { on(i); }, intent);
}

int AppController::available_questions() const {
    const HomeState& h = state_.home;
    if (h.selected < 0) return 0;
    const Bank& bank = h.banks[h.selected].loaded->bank;
    return static_cast<int>(
        std::count_if(bank.questions.begin(), bank.questions.end(), [&](const Question& q) {
            return std::find(h.categories.begin(), h.categories.end(), q.category) !=
                   h.categories.end();
        }));
}

bool AppController::answering() const {
    return state_.session && !state_.session->finished() && !state_.practice.outcome;
}

std::uint64_t AppController::next_seed() {
    return seed_++;
}

void AppController::select_bank(int index) {
    HomeState& h = state_.home;
    if (index < 0 || index >= static_cast<int>(h.banks.size())) return;
    const Bank& bank = h.banks[index].loaded->bank;
    const bool same = !h.settings_bank.empty() && h.settings_bank == bank.id;
    std::vector<std::string> kept;
    for (const Category& c : bank.categories)
        if (!same ||
            std::find(h.categories.begin(), h.categories.end(), c.id) != h.categories.end())
            kept.push_back(c.id);
    h.selected = index;
    h.settings_bank = bank.id;
    h.categories = std::move(kept);  // the same bank again (or reloaded) keeps its choices
    h.message.clear();
    // A count the student set carries over to another bank, within its size; otherwise the
    // default for the bank.
    if (same || h.count_chosen)
        clamp_count();
    else
        h.question_count = std::min(kDefaultQuestionCount, std::max(1, available_questions()));
}

void AppController::clamp_count() {
    HomeState& h = state_.home;
    h.question_count = std::clamp(h.question_count, 1, std::max(1, available_questions()));
}

void AppController::on(const intent::SelectBank& i) {
    select_bank(i.index);
}

void AppController::on(const intent::ToggleCategory& i) {
    auto& cats = state_.home.categories;
    auto it = std::find(cats.begin(), cats.end(), i.id);
    if (it != cats.end()) {
        cats.erase(it);
    } else {
        cats.push_back(i.id);
    }
    state_.home.message.clear();
    clamp_count();
}

void AppController::on(const intent::SetAllCategories& i) {
    HomeState& h = state_.home;
    h.categories.clear();
    if (i.on && h.selected >= 0)
        for (const Category& c : h.banks[h.selected].loaded->bank.categories)
            h.categories.push_back(c.id);
    clamp_count();
}

void AppController::on(const intent::SetQuestionCount& i) {
    state_.home.question_count = i.count;
    state_.home.count_chosen = true;
    clamp_count();
}

void AppController::on(const intent::SetShuffle& i) {
    state_.home.shuffle = i.on;
}

void AppController::start_quiz(SessionMode mode) {
    HomeState& h = state_.home;
    if (h.selected < 0) return;
    const BankEntry& entry = h.banks[h.selected];
    QuizConfig config;
    // Every category chosen means "all", so the results say so and new categories join.
    if (h.categories.size() != entry.loaded->bank.categories.size()) {
        // Keep the bank's order, whatever order the checkboxes were clicked in.
        for (const Category& c : entry.loaded->bank.categories)
            if (std::find(h.categories.begin(), h.categories.end(), c.id) != h.categories.end())
                config.categories.push_back(c.id);
        if (config.categories.empty()) {
            h.message = "Choose at least one category.";
            return;
        }
    }
    config.question_count = h.question_count;
    config.shuffle = h.shuffle;
    config.seed = next_seed();
    config.graded_only = mode == SessionMode::exam;
    std::string error;
    auto session = QuizSession::start(entry.bank(), config, *clock_, error,
                                      {{}, entry.loaded->content_hash, mode});
    if (!session) {
        h.message = "Cannot start: " + error + ".";
        return;
    }
    h.message.clear();
    begin_session(std::move(*session));
}

void AppController::begin_session(QuizSession session) {
    state_.session = std::move(session);
    state_.scores.notices.clear();  // shown once, on Home
    scores_.begin_session(state_.scores, *state_.session);
    ++state_.session_serial;
    state_.status.clear();
    // "N cards scheduled" counts this session only, never one left unfinished before it.
    state_.study.reviewed = 0;
    state_.study.next_due_ms.reset();
    enter_question();
    state_.screen = Screen::practice;
}

void AppController::write_results() {
    if (options_.results_out.empty()) return;
    std::string error;
    std::error_code ec;
    const auto folder = options_.results_out.parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);  // a failure shows below
    // An exam says which questions were answered (the rest got empty answers at hand-in).
    std::vector<bool> answered;
    if (state_.session->origin().mode == SessionMode::exam && state_.exam &&
        state_.exam->finished())
        for (int i = 0; i < state_.session->size(); ++i)
            answered.push_back(state_.exam->answered(i));
    const std::string json =
        results_to_json_text(*state_.session, answered.empty() ? nullptr : &answered);
    if (write_file_atomically(options_.results_out, json, error)) {
        state_.status = "Results saved to " + options_.results_out.string() + ".";
    } else {
        state_.status =
            "Could not save the results to " + options_.results_out.string() + ": " + error;
    }
}

void AppController::on(const intent::OpenBriefing& i) {
    if (!state_.briefing_bank()) return;
    if (state_.screen != Screen::briefing) state_.briefing.back_to = state_.screen;
    state_.briefing.focus_section = i.section_id;
    ++state_.briefing.generation;
    state_.screen = Screen::briefing;
}

void AppController::on(const intent::Back&) {
    switch (state_.screen) {
        case Screen::practice:
        case Screen::results:
        case Screen::progress:
            state_.screen = Screen::home;
            break;
        case Screen::briefing:
            state_.screen = state_.briefing.back_to;
            // The session may have ended meanwhile (it cannot, but never show a dead screen).
            if (state_.screen != Screen::home && !state_.session) state_.screen = Screen::home;
            break;
        case Screen::review:
        case Screen::exam_results:
            state_.screen = Screen::home;
            break;
        case Screen::exam:  // running: Esc asks before handing in (never silently); set-up: Home
            if (state_.exam && !state_.exam->finished()) {
                const ExamView& view = state_.exam_view;
                on(intent::Exam{view.confirm_hand_in ? ExamCommand{exam_cmd::CancelHandIn{}}
                                : view.palette       ? ExamCommand{exam_cmd::ShowPalette{false}}
                                                     : ExamCommand{exam_cmd::AskHandIn{}}});
            } else {
                state_.screen = Screen::home;
            }
            break;
        case Screen::home:
        case Screen::classroom_setup:  // the classroom screens send their own leave command
        case Screen::classroom:
        case Screen::podium:
        case Screen::live_join:  // the live screens send live_cmd::Leave
        case Screen::live_question:
        case Screen::live_distribution:
        case Screen::live_reveal:
        case Screen::live_peer:
        case Screen::live_leaderboard:
        case Screen::live_podium:
        case Screen::editor:  // the editor leaves through intent::editor::Leave (it may ask)
            break;
    }
}

void AppController::on(const intent::RetryMissed&) {
    if (!state_.session) return;
    auto retry = state_.session->retry_missed(next_seed());
    if (retry) begin_session(std::move(*retry));
}

void AppController::on(const intent::Classroom& i) {
    // A game is saved in one go when it ends (a rare write: the lease keeps it in order).
    StoreLease store = scores_.read();
    ClassroomContext context{*clock_, requests_, store.get(), wall_now_ms(), 1, {}};
    if (std::holds_alternative<classroom_cmd::Start>(i.command) ||
        std::holds_alternative<classroom_cmd::StartLive>(i.command))
        context.seed = next_seed();
    context.start_live = [this](LiveLaunch launch) {
        if (!live_host_) live_host_ = std::make_shared<LiveHost>();
        if (options_.store && !state_.classroom.sample)
            launch.journal_dir = live_journal_dir(options_.store->path());
        return live_host_->start(std::move(launch), state_);
    };
    apply_classroom_command(state_, i.command, context);
}

void AppController::set_live_view(LiveUiState view, Screen screen) {
    const int selected = state_.live.selected;
    state_.live = std::move(view);
    if (state_.live.selected < 0) state_.live.selected = selected;
    state_.screen = screen;
}

void AppController::on(const intent::Live& i) {
    apply_live_command(state_, i.command);
    if (live_host_) live_host_->frame(state_, scores_.read().get(), wall_now_ms());
}

void AppController::on(const intent::SetUiScale& i) {
    state_.ui_scale = std::clamp(i.scale, kMinUiScale, kMaxUiScale);
    requests_.ui_scale = state_.ui_scale;
    persist_settings();
}

void AppController::on(const intent::SetHighContrast& i) {
    state_.high_contrast = i.on;
    requests_.high_contrast = i.on;
    persist_settings();
}

void AppController::on(const intent::Editor& i) {
    for (const Intent& follow : apply_editor(
             state_, i.action, {*clock_, options_.catalog, [this] { return scores_.read(); }}))
        apply(follow);
}

bool AppController::close_requested() {
    return editor_allows_close(state_);
}

void AppController::persist_settings() {
    if (options_.settings_file.empty()) return;
    Settings settings = load_settings(options_.settings_file).settings;  // keep the other fields
    settings.ui_scale = state_.ui_scale;
    settings.high_contrast = state_.high_contrast;
    if (!state_.scores.profile.empty()) settings.last_profile = state_.scores.profile;
    std::string error;
    if (!statecraft::save_settings(options_.settings_file, settings, error))
        state_.status = "Could not save the settings: " + error;
}

void AppController::on(const intent::Quit&) {
    scores_.settle(state_.scores);  // what is on its way counts as saved only once it is in
    // Unsaved answers: warn once; a second Quit leaves (the store tries once more on closing).
    if (state_.scores.pending > 0 && !state_.scores.quit_warned) {
        state_.scores.quit_warned = true;
        return;
    }
    requests_.quit = true;
}

// Once per frame, for every mode that runs on a clock or in the background.
bool AppController::tick() {
    scores_.retry_due(state_.scores);  // waiting answers go in once the disk or lock allows
    tick_editor(state_, clock_->now_ms());
    tick_classroom(state_, *clock_);
    const bool synced = tick_sync();
    if (live_host_ && live_host_->open() &&
        live_host_->frame(state_, scores_.read().get(), wall_now_ms()))
        return true;
    if (!state_.exam || state_.exam->finished() || !state_.session) return synced;
    const int before = state_.session->index();
    const bool was_answered = state_.exam->answered(before);
    if (!state_.exam->tick(*state_.session, state_.practice.draft, state_.practice.confidence))
        return false;
    if (!was_answered) record_exam_answer(before);
    finish_exam_if_done();
    if (!state_.exam->finished() && state_.session->index() != before) enter_exam_question();
    return true;
}

std::optional<double> AppController::redraw_after_seconds() const {
    if (!state_.exam || state_.exam->finished() || !state_.session) {
        if (live_host_ && live_host_->open()) return 0.1;  // the server's snapshot: 10 a second
        if (auto countdown = classroom_redraw_after(state_)) return *countdown;
        if (sync_job_.pending()) return kSyncRedrawSeconds;
        return std::nullopt;
    }
    // Redraw when the shown seconds change (at most once a second).
    const std::int64_t left = state_.exam->remaining_ms(*state_.session);
    const std::int64_t to_next_second = left % 1000 == 0 ? 1000 : left % 1000;
    return std::max(0.05, static_cast<double>(to_next_second) / 1000.0);
}

}  // namespace statecraft
