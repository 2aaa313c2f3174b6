// The window's settings (scale, contrast) and the last profile, saved to the settings file
// when one is set; the file's other fields are kept.
#pragma once

#include "app/services.h"
#include "ui/app_state.h"

namespace statecraft {

// A failure to save is told in state.view.status; nothing else changes.
void persist_settings(AppState& state, const ControllerOptions& options);

}  // namespace statecraft
