// The router: each mode's commands go to apply_<mode>_command in app/modes/<mode>/, with the
// shared Services; Esc becomes what the screen table says it means on the screen shown.
#include "app/app_controller.h"

#include "app/modes/classroom/classroom_controller.h"
#include "app/modes/editor/editor_controller.h"
#include "app/modes/exam/exam_controller.h"
#include "app/modes/home/home_controller.h"
#include "app/modes/live/live_controller.h"
#include "app/modes/live/live_host.h"
#include "app/modes/live/live_journal.h"
#include "app/modes/practice/practice_controller.h"
#include "app/modes/practice/quiz_flow.h"
#include "app/modes/progress/progress_controller.h"
#include "app/modes/review/review_controller.h"

#include <random>

#include "core/time/calendar.h"
#include "ui/screen_table.h"

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
    if (state_.home.selected >= 0) select_bank(state_.home, state_.home.selected);
}

WindowRequests AppController::take_requests() {
    return std::exchange(requests_, {});
}

void AppController::apply(const Intent& intent) {
    std::visit([this](const auto& i) { on(i); }, intent);
}

void AppController::on(const intent::Back&) {
    if (const BackIntent back = screen_entry(state_.screen).back) apply(back(state_));
}

void AppController::on(const intent::Home& i) {
    apply_home_command(state_, i.command, services_);
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

void AppController::on(const intent::Classroom& i) {
    apply_classroom_command(state_, i.command, services_, live_host_);
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

void AppController::on(const intent::Editor& i) {
    for (const Intent& follow : apply_editor_command(state_, i.action, services_)) apply(follow);
}

bool AppController::close_requested() {
    return editor_allows_close(state_);
}

// Once per frame, for every mode that runs on a clock or in the background.
bool AppController::tick() {
    scores_.retry_due(state_.scores);  // waiting answers go in once the disk or lock allows
    tick_editor(state_, services_);
    tick_classroom(state_, services_);
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
