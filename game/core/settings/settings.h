// The user's preferences, remembered between runs in a small JSON file:
// $XDG_CONFIG_HOME/statecraft/settings.json (or ~/.config/statecraft/settings.json).
// Loading never fails: a missing file gives the defaults, a damaged one the defaults plus a
// warning, a bad value its default plus a warning. Saving is atomic and keeps keys it does
// not know (written by a newer version).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace statecraft::settings {

// The UI scale range (100% to 250%), shared by the settings file and the platform's fonts.
constexpr float kMinUiScale = 1.0f;
constexpr float kMaxUiScale = 2.5f;
constexpr int kMaxNewCardsPerDay = 9999;
constexpr double kMinDesiredRetention = 0.70;
constexpr double kMaxDesiredRetention = 0.99;

struct Settings {
    float ui_scale = 1.0f;           // 1.0 to 2.5: fonts and spacing, for projectors
    bool high_contrast = false;      // classroom/projector theme
    std::string last_profile;        // profile chosen last time ("" = none yet)
    int new_cards_per_day = 20;      // 0 to 9999
    double desired_retention = 0.9;  // 0.70 to 0.99, FSRS target recall probability

    bool operator==(const Settings&) const = default;
};

struct SettingsLoadResult {
    Settings settings;
    bool found = false;                 // the file existed
    std::vector<std::string> warnings;  // one line each, for stderr
};

SettingsLoadResult load_settings(const std::filesystem::path& path);

// Creates the folder if needed. A file that was not valid JSON is kept as "<name>.bak" rather
// than overwritten. Returns false with a message a person can act on.
bool save_settings(const std::filesystem::path& path, const Settings& settings, std::string& error);

// data_dir_override/settings.json when given (and not empty), else the XDG location.
std::filesystem::path settings_path(
    const std::optional<std::filesystem::path>& data_dir_override = std::nullopt);

// The rule behind settings_path(), from explicit values (empty = unset), for tests.
std::filesystem::path settings_path_from(const std::optional<std::filesystem::path>& override_dir,
                                         const std::string& xdg_config_home,
                                         const std::string& home);

}  // namespace statecraft::settings
