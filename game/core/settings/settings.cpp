#include "core/settings/settings.h"

#include "core/io/atomic_file.h"

#include <pwd.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>

namespace statecraft::settings {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr int kFormatVersion = 1;

// Reads one optional field; a wrong type keeps the default and says so.
template <typename T, typename Check>
void read_field(const json& object, const char* key, T& value, Check valid_range,
                const std::string& where, std::vector<std::string>& warnings) {
    const auto it = object.find(key);
    if (it == object.end()) return;
    const bool right_type = [&] {
        if constexpr (std::is_same_v<T, bool>)
            return it->is_boolean();
        else if constexpr (std::is_same_v<T, std::string>)
            return it->is_string();
        else if constexpr (std::is_integral_v<T>)
            return it->is_number_integer();
        else
            return it->is_number();
    }();
    if (!right_type) {
        warnings.push_back("warning: " + where + ": \"" + key + "\" has the wrong type (" +
                           it->dump() + "); using " + json(value).dump());
        return;
    }
    bool fits = true;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        const double wide = it->template get<double>();  // no silent wrap-around of huge values
        fits = wide >= double(std::numeric_limits<T>::min()) &&
               wide <= double(std::numeric_limits<T>::max());
    }
    const T read = fits ? it->template get<T>() : T{};
    if (!fits || !valid_range(read)) {
        warnings.push_back("warning: " + where + ": \"" + key + "\" = " + it->dump() +
                           " is out of range; using " + json(value).dump());
        return;
    }
    value = read;
}

bool read_text(const fs::path& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return !in.bad();
}

}  // namespace

SettingsLoadResult load_settings(const fs::path& path) {
    SettingsLoadResult result;
    std::error_code ec;
    if (!fs::exists(path, ec)) return result;
    result.found = true;
    const std::string where = path.string();
    std::string text;
    if (!fs::is_regular_file(path, ec) || !read_text(path, text)) {
        result.warnings.push_back("warning: cannot read settings " + where + "; using defaults");
        return result;
    }
    const json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded() || !document.is_object()) {
        result.warnings.push_back("warning: settings " + where +
                                  " is not a JSON object; using defaults (the file is kept as " +
                                  path.filename().string() + ".bak when settings are saved)");
        return result;
    }
    Settings& s = result.settings;
    auto& w = result.warnings;
    read_field(
        document, "ui_scale", s.ui_scale,
        [](float v) { return std::isfinite(v) && v >= kMinUiScale && v <= kMaxUiScale; }, where, w);
    read_field(
        document, "high_contrast", s.high_contrast, [](bool) { return true; }, where, w);
    read_field(
        document, "last_profile", s.last_profile, [](const std::string&) { return true; }, where,
        w);
    read_field(
        document, "new_cards_per_day", s.new_cards_per_day,
        [](int v) { return v >= 0 && v <= kMaxNewCardsPerDay; }, where, w);
    read_field(
        document, "desired_retention", s.desired_retention,
        [](double v) { return v >= kMinDesiredRetention && v <= kMaxDesiredRetention; }, where, w);
    return result;
}

bool save_settings(const fs::path& path, const Settings& settings, std::string& error) {
    std::error_code ec;
    json document = json::object();
    std::string existing;
    if (fs::is_regular_file(path, ec) && read_text(path, existing)) {
        json parsed = json::parse(existing, nullptr, false);
        if (!parsed.is_discarded() && parsed.is_object()) {
            document = std::move(parsed);  // keep keys a newer version wrote
        } else {
            fs::path backup = path;
            backup += ".bak";
            fs::rename(path, backup, ec);
            if (ec) {
                error = "cannot keep the damaged settings file as " + backup.string() + ": " +
                        ec.message();
                return false;
            }
        }
    }
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) {
            error = "cannot create " + path.parent_path().string() + ": " + ec.message();
            return false;
        }
    }
    document["version"] = kFormatVersion;
    // Round to 2 decimals so 1.5 stays 1.5 in the file rather than 1.5000000xyz.
    document["ui_scale"] = std::round(double(settings.ui_scale) * 100.0) / 100.0;
    document["high_contrast"] = settings.high_contrast;
    document["last_profile"] = settings.last_profile;
    document["new_cards_per_day"] = settings.new_cards_per_day;
    document["desired_retention"] = settings.desired_retention;
    // Replace rather than throw on text that is not UTF-8 (a profile name from an old database).
    return io::write_file_atomically(
        path, document.dump(2, ' ', false, json::error_handler_t::replace) + "\n", error);
}

fs::path settings_path_from(const std::optional<fs::path>& override_dir,
                            const std::string& xdg_config_home, const std::string& home) {
    if (override_dir && !override_dir->empty()) return *override_dir / "settings.json";
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    if (!xdg_config_home.empty() && fs::path(xdg_config_home).is_absolute()) {
        return fs::path(xdg_config_home) / "statecraft" / "settings.json";
    }
    if (!home.empty()) return fs::path(home) / ".config" / "statecraft" / "settings.json";
    return fs::path(".statecraft") / "settings.json";
}

fs::path settings_path(const std::optional<fs::path>& data_dir_override) {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    std::string home_dir = home ? home : "";
    if (home_dir.empty()) {
        if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_dir)
            home_dir = entry->pw_dir;
    }
    return settings_path_from(data_dir_override, xdg ? xdg : "", home_dir);
}

}  // namespace statecraft::settings
