// The profiles and the Progress screen: choosing or creating the profile answers go to, the
// figures read back from the store, a quiz of the weakest questions, retrying unsaved writes
// and the school server's sync, which runs in the background (sync_job.h).
#pragma once

#include "app/modes/progress/sync_job.h"
#include "app/services.h"
#include "ui/app_state.h"
#include "ui/progress/progress_command.h"

namespace statecraft {

void apply_progress_command(AppState& state, const ProgressCommand& command, Services& services,
                            SyncJob& sync);
// Once a frame: the background sync's state into state.scores.sync; true if it changed.
bool tick_progress(AppState& state, SyncJob& sync);

}  // namespace statecraft
