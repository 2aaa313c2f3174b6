// The router: Home's choices, Back, the briefing, the window's settings here; each mode's
// commands go to apply_<mode>_command in app/modes/<mode>/, with the shared Services.
#include "app/app_controller.h"

#include "app/modes/classroom/classroom_controller.h"
#include "app/modes/editor/editor_controller.h"
#include "app/modes/exam/exam_controller.h"
#include "app/modes/live/live_controller.h"
#include "app/modes/live/live_host.h"
#include "app/modes/live/live_journal.h"
#include "app/modes/practice/practice_controller.h"
#include "app/modes/practice/quiz_flow.h"
#include "app/modes/progress/progress_controller.h"
#include "app/modes/review/review_controller.h"
#include "app/persist_settings.h"

#include <algorithm>
#include <random>

#include "core/settings/settings.h"
#include "core/time/calendar.h"

namespace statecraft {

AppController::AppController(AppState state, const Clock& clock, ControllerOptions options)
    : state_(std::move(state)),
      clock_(&clock),
      options_(std::move(options)),
      scores_(
          options_.store, [this] { return wall_now_ms(); },  // one wall clock for all
          options_.background_writes),
      services_{*clock_, options_, scores_, requests_, seed_} {
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

void AppController::on(const intent::Progress& i) {
    apply_progress_command(state_, i.command, services_, sync_job_);
}

void AppController::on(const intent::Practice& i) {
    apply_practice_command(state_, i.command, services_);
}

void AppController::on(const intent::Review& i) {
    apply_review_command(state_, i.command, services_);
}

void AppController::on(const intent::Exam& i) {
    apply_exam_command(state_, i.command, services_);
}

StudySettings AppController::study_settings() const {
    return statecraft::study_settings(state_.study, services_);
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

void AppController::on(const intent::StartQuiz&) {
    start_quiz(state_, services_, SessionMode::practice);
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
                on(intent::Exam{exam_back_command(state_.exam_view)});
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

void AppController::on(const intent::Classroom& i) {
    // A game is saved in one go when it ends (a rare write: the lease keeps it in order).
    StoreLease store = scores_.read();
    ClassroomContext context{*clock_, requests_, store.get(), wall_now_ms(), 1, {}};
    if (std::holds_alternative<classroom_cmd::Start>(i.command) ||
        std::holds_alternative<classroom_cmd::StartLive>(i.command))
        context.seed = services_.next_seed();
    context.start_live = [this](LiveLaunch launch) {
        if (!live_host_) live_host_ = std::make_shared<LiveHost>();
        if (options_.store && !state_.classroom.sample)
            launch.journal_dir = live_journal_dir(options_.store->path());
        if (scores_.has_store())  // locked questions go to the writer, in order with the rest
            launch.post_write = [this](StoreWriter::Job job) { scores_.post(std::move(job)); };
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
    if (live_host_) live_host_->frame(state_, wall_now_ms());
}

void AppController::on(const intent::SetUiScale& i) {
    state_.ui_scale = std::clamp(i.scale, settings::kMinUiScale, settings::kMaxUiScale);
    requests_.ui_scale = state_.ui_scale;
    persist_settings(state_, options_);
}

void AppController::on(const intent::SetHighContrast& i) {
    state_.high_contrast = i.on;
    requests_.high_contrast = i.on;
    persist_settings(state_, options_);
}

void AppController::on(const intent::Editor& i) {
    for (const Intent& follow : apply_editor(
             state_, i.action, {*clock_, options_.catalog, [this] { return scores_.read(); }}))
        apply(follow);
}

bool AppController::close_requested() {
    return editor_allows_close(state_);
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
    const bool synced = tick_progress(state_, sync_job_);
    if (live_host_ && live_host_->open() && live_host_->frame(state_, wall_now_ms())) return true;
    return tick_exam(state_, services_) || synced;
}

std::optional<double> AppController::redraw_after_seconds() const {
    if (auto exam = exam_redraw_after(state_)) return *exam;
    if (live_host_ && live_host_->open()) return 0.1;  // the server's snapshot: 10 a second
    if (auto countdown = classroom_redraw_after(state_)) return *countdown;
    if (sync_job_.pending()) return kSyncRedrawSeconds;
    return std::nullopt;
}

std::int64_t wall_now_ms(const ControllerOptions& options) {
    return options.wall_ms ? options.wall_ms() : time::system_now_ms();
}

}  // namespace statecraft
