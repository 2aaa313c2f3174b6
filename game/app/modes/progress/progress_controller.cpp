// Profiles and the Progress screen: choosing or creating the profile answers go to, the
// figures read back from the store, a quiz of the weakest questions, retrying unsaved writes.
#include "app/modes/progress/progress_controller.h"

#include <algorithm>

#include "app/modes/practice/quiz_flow.h"
#include "app/modes/progress/progress_data.h"
#include "app/modes/progress/sync_controller.h"
#include "app/persist_settings.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

using namespace progress_cmd;

void refresh_progress(AppState& state, Services& services) {
    ProgressPageOptions options;
    options.now_ms = services.scores.now_ms();
    options.utc_offset_ms = time::local_utc_offset_ms(options.now_ms);
    for (const BankEntry& entry : state.home.banks) options.banks.push_back(&entry.loaded->bank);
    // The lease waits for the writes posted so far: a session just ended is in the figures.
    if (StoreLease store = services.scores.read()) {
        state.scores.progress = load_progress_page(*store, state.scores.profile, options);
    } else {
        state.scores.progress = ProgressPage{};
        state.scores.progress.profile = state.scores.profile;
        state.scores.progress.error = "No score database is open.";
    }
    services.scores.sync(state.scores);
}

void apply(AppState& state, const ChooseProfile& c, Services& services, SyncJob&) {
    services.scores.choose_profile(state.scores, c.name);
    persist_settings(state, services.options);
    if (state.screen == Screen::progress) refresh_progress(state, services);
}

void apply(AppState& state, const CreateProfile& c, Services& services, SyncJob&) {
    services.scores.create_profile(state.scores, c.name);
    if (state.scores.profile_message.empty()) persist_settings(state, services.options);
}

void apply(AppState& state, const Open&, Services& services, SyncJob&) {
    refresh_progress(state, services);
    state.scores.notices.clear();  // shown once, on Home
    state.screen = Screen::progress;
}

void apply(AppState& state, const PractiseWeakest&, Services& services, SyncJob&) {
    const auto& weakest = state.scores.progress.weakest;
    if (weakest.empty()) return;
    // The weakest question's bank, if it is loaded; its weak questions that still exist.
    const std::string& bank_id = weakest.front().bank_id;
    const auto& banks = state.home.banks;
    auto entry = std::find_if(banks.begin(), banks.end(),
                              [&](const BankEntry& e) { return e.loaded->bank.id == bank_id; });
    if (entry == banks.end()) {
        state.scores.progress.error = "The bank \"" + bank_id + "\" is not loaded.";
        return;
    }
    QuizConfig config;
    for (const auto& w : weakest)
        if (w.bank_id == bank_id && entry->loaded->bank.find_question(w.question_id))
            config.question_ids.push_back(w.question_id);
    if (config.question_ids.empty()) return;
    config.question_count = 0;
    config.shuffle = state.home.shuffle;
    config.seed = services.next_seed();
    std::string error;
    auto session = QuizSession::start(entry->bank(), config, services.clock, error,
                                      {{}, entry->loaded->content_hash, SessionMode::practice});
    if (!session) {
        state.scores.progress.error = "Cannot start: " + error + ".";
        return;
    }
    begin_session(state, services, std::move(*session));
}

void apply(AppState& state, const RetryWrites&, Services& services, SyncJob&) {
    services.scores.retry(state.scores);
}

void apply(AppState& state, const SyncNow&, Services& services, SyncJob& sync) {
    sync_now(state, services, sync);
}

}  // namespace

void apply_progress_command(AppState& state, const ProgressCommand& command, Services& services,
                            SyncJob& sync) {
    std::visit([&](const auto& c) { apply(state, c, services, sync); }, command);
}

}  // namespace statecraft
