#include "app/persist_settings.h"

#include "core/settings/settings.h"

namespace statecraft {

void persist_settings(AppState& state, const ControllerOptions& options) {
    if (options.settings_file.empty()) return;
    settings::Settings settings =
        settings::load_settings(options.settings_file).settings;  // keep the other fields
    settings.ui_scale = state.view.ui_scale;
    settings.high_contrast = state.view.high_contrast;
    if (!state.scores.profile.empty()) settings.last_profile = state.scores.profile;
    std::string error;
    if (!statecraft::settings::save_settings(options.settings_file, settings, error))
        state.view.status = "Could not save the settings: " + error;
}

}  // namespace statecraft
