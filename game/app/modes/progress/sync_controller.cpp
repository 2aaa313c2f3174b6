// The Progress screen's Sync button: starts a background sync of the current profile
// (app/modes/progress/sync_job.*) and brings its state to the screen once a frame.
#include "app/app_controller.h"
#include "core/store/store.h"

namespace statecraft {

void AppController::on(const intent::SyncNow&) {
    SyncStatus& status = state_.scores.sync;
    if (sync_job_.running()) return;
    std::filesystem::path database;
    if (StoreLease store = scores_.read(); store && store->connected()) database = store->path();
    if (database.empty()) {
        status = {SyncStatus::Phase::failed, 0,
                  "Cannot sync: no score database file is open on this computer."};
        return;
    }
    if (state_.scores.profile.empty()) {
        status = {SyncStatus::Phase::failed, 0, "Cannot sync: choose a profile on Home first."};
        return;
    }
    // Answers still waiting in memory go to the file first, so the sync can send them.
    if (state_.scores.pending > 0) scores_.retry(state_.scores);
    // The server comes from the PG* variables and ~/.pgpass, as for `statecraft sync`.
    sync_job_.start(SyncJobRequest{database, state_.scores.profile, "", 20'000});
    sync_job_.poll(status);
}

bool AppController::tick_sync() {
    return sync_job_.poll(state_.scores.sync);
}

}  // namespace statecraft
