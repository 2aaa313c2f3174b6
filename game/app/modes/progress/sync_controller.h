// The Progress screen's Sync button: a background sync of the current profile (sync_job.h).
#pragma once

#include "app/modes/progress/sync_job.h"
#include "app/services.h"
#include "ui/app_state.h"

namespace statecraft {

// Starts the sync unless one runs; says why not in state.scores.sync when it cannot.
void sync_now(AppState& state, Services& services, SyncJob& sync);

}  // namespace statecraft
