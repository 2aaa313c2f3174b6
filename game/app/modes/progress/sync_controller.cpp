// The Progress screen's Sync button: starts a background sync of the current profile
// (app/modes/progress/sync_job.*) and brings its state to the screen once a frame.
#include "app/modes/progress/sync_controller.h"

#include "app/modes/progress/progress_controller.h"
#include "core/store/store.h"

namespace statecraft {

void sync_now(AppState& state, Services& services, SyncJob& sync) {
    SyncStatus& status = state.scores.sync;
    if (sync.running()) return;
    std::filesystem::path database;
    if (StoreLease store = services.scores.read(); store && store->connected())
        database = store->path();
    if (database.empty()) {
        status = {SyncStatus::Phase::failed, 0,
                  "Cannot sync: no score database file is open on this computer."};
        return;
    }
    if (state.scores.profile.empty()) {
        status = {SyncStatus::Phase::failed, 0, "Cannot sync: choose a profile on Home first."};
        return;
    }
    // Answers still waiting in memory go to the file first, so the sync can send them.
    if (state.scores.pending > 0) services.scores.retry(state.scores);
    // The server comes from the PG* variables and ~/.pgpass, as for `statecraft sync`.
    sync.start(SyncJobRequest{database, state.scores.profile, "", 20'000});
    sync.poll(status);
}

bool tick_progress(AppState& state, SyncJob& sync) {
    return sync.poll(state.scores.sync);
}

}  // namespace statecraft
