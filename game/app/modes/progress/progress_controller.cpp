// Profiles and the Progress screen: choosing or creating the profile answers go to, the
// figures read back from the store, a quiz of the weakest questions, retrying unsaved writes.
#include <algorithm>

#include "app/app_controller.h"
#include "app/modes/practice/quiz_flow.h"
#include "app/modes/progress/progress_data.h"
#include "core/time/calendar.h"

namespace statecraft {

void AppController::on(const intent::ChooseProfile& i) {
    scores_.choose_profile(state_.scores, i.name);
    persist_settings();
    if (state_.screen == Screen::progress) refresh_progress();
}

void AppController::on(const intent::CreateProfile& i) {
    scores_.create_profile(state_.scores, i.name);
    if (state_.scores.profile_message.empty()) persist_settings();
}

void AppController::refresh_progress() {
    ProgressPageOptions options;
    options.now_ms = scores_.now_ms();
    options.utc_offset_ms = local_utc_offset_ms(options.now_ms);
    for (const BankEntry& entry : state_.home.banks) options.banks.push_back(&entry.loaded->bank);
    // The lease waits for the writes posted so far: a session just ended is in the figures.
    if (StoreLease store = scores_.read()) {
        state_.scores.progress = load_progress_page(*store, state_.scores.profile, options);
    } else {
        state_.scores.progress = ProgressPage{};
        state_.scores.progress.profile = state_.scores.profile;
        state_.scores.progress.error = "No score database is open.";
    }
    scores_.sync(state_.scores);
}

void AppController::on(const intent::OpenProgress&) {
    refresh_progress();
    state_.scores.notices.clear();  // shown once, on Home
    state_.screen = Screen::progress;
}

void AppController::on(const intent::PractiseWeakest&) {
    const auto& weakest = state_.scores.progress.weakest;
    if (weakest.empty()) return;
    // The weakest question's bank, if it is loaded; its weak questions that still exist.
    const std::string& bank_id = weakest.front().bank_id;
    const auto& banks = state_.home.banks;
    auto entry = std::find_if(banks.begin(), banks.end(),
                              [&](const BankEntry& e) { return e.loaded->bank.id == bank_id; });
    if (entry == banks.end()) {
        state_.scores.progress.error = "The bank \"" + bank_id + "\" is not loaded.";
        return;
    }
    QuizConfig config;
    for (const auto& w : weakest)
        if (w.bank_id == bank_id && entry->loaded->bank.find_question(w.question_id))
            config.question_ids.push_back(w.question_id);
    if (config.question_ids.empty()) return;
    config.question_count = 0;
    config.shuffle = state_.home.shuffle;
    config.seed = services_.next_seed();
    std::string error;
    auto session = QuizSession::start(entry->bank(), config, *clock_, error,
                                      {{}, entry->loaded->content_hash, SessionMode::practice});
    if (!session) {
        state_.scores.progress.error = "Cannot start: " + error + ".";
        return;
    }
    begin_session(state_, services_, std::move(*session));
}

void AppController::on(const intent::RetryWrites&) {
    scores_.retry(state_.scores);
}

}  // namespace statecraft
