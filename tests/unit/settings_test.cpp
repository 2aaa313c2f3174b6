// The remembered preferences (core/settings): a real file in a temporary folder.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/settings/settings.h"
#include "support/scratch_dir.h"

using namespace statecraft;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("settings: a missing file gives the defaults without warnings") {
    testing::ScratchDir dir;
    const settings::SettingsLoadResult r = settings::load_settings(dir.path() / "settings.json");
    CHECK_FALSE(r.found);
    CHECK(r.warnings.empty());
    CHECK(r.settings == settings::Settings{});
    CHECK(r.settings.ui_scale == 1.0f);
    CHECK(r.settings.new_cards_per_day == 20);
    CHECK(r.settings.desired_retention == 0.9);
}

TEST_CASE("settings: saved values load back the same, in a folder created on the way") {
    testing::ScratchDir dir;
    const fs::path path = dir.path() / "new" / "folder" / "settings.json";
    settings::Settings s;
    s.ui_scale = 1.75f;
    s.high_contrast = true;
    s.last_profile = "Zoë";
    s.new_cards_per_day = 35;
    s.desired_retention = 0.85;
    std::string error;
    REQUIRE(settings::save_settings(path, s, error));
    CHECK(error.empty());
    const settings::SettingsLoadResult r = settings::load_settings(path);
    CHECK(r.found);
    CHECK(r.warnings.empty());
    CHECK(r.settings == s);
    const auto j = nlohmann::json::parse(read(path));
    CHECK(j["version"] == 1);
    CHECK(j["ui_scale"] == 1.75);
    CHECK(j["last_profile"] == "Zoë");
}

TEST_CASE("settings: a damaged file gives defaults and a warning, and is kept on save") {
    testing::ScratchDir dir;
    const fs::path path = dir.path() / "settings.json";
    for (const char* text : {"{\"ui_scale\": 2.0,", "", "[1, 2]", "\"text\"", "\x01\x02\xff"}) {
        CAPTURE(text);
        write(path, text);
        const settings::SettingsLoadResult r = settings::load_settings(path);
        CHECK(r.found);
        CHECK(r.settings == settings::Settings{});
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].find(path.string()) != std::string::npos);
    }
    write(path, "{ broken");
    settings::Settings s;
    s.ui_scale = 2.0f;
    std::string error;
    REQUIRE(settings::save_settings(path, s, error));
    CHECK(read(fs::path(path.string() + ".bak")) == "{ broken");
    CHECK(settings::load_settings(path).settings.ui_scale == 2.0f);
}

TEST_CASE("settings: a bad value keeps its default and says which key") {
    testing::ScratchDir dir;
    const fs::path path = dir.path() / "settings.json";
    write(path, R"({"ui_scale": 7.5, "high_contrast": "yes", "last_profile": "anna",
                   "new_cards_per_day": 4294967316, "desired_retention": 0.5})");
    const settings::SettingsLoadResult r = settings::load_settings(path);
    CHECK(r.settings.ui_scale == 1.0f);
    CHECK(r.settings.high_contrast == false);
    CHECK(r.settings.last_profile == "anna");   // good values survive bad neighbours
    CHECK(r.settings.new_cards_per_day == 20);  // no wrap-around to 20 by accident either
    CHECK(r.settings.desired_retention == 0.9);
    REQUIRE(r.warnings.size() == 4);
    CHECK(r.warnings[0].find("\"ui_scale\"") != std::string::npos);
    CHECK(r.warnings[1].find("\"high_contrast\"") != std::string::npos);
    CHECK(r.warnings[2].find("\"new_cards_per_day\"") != std::string::npos);
    CHECK(r.warnings[3].find("\"desired_retention\"") != std::string::npos);
}

TEST_CASE("settings: range limits are inclusive") {
    testing::ScratchDir dir;
    const fs::path path = dir.path() / "settings.json";
    write(path, R"({"ui_scale": 2.5, "new_cards_per_day": 0, "desired_retention": 0.99})");
    const settings::SettingsLoadResult r = settings::load_settings(path);
    CHECK(r.warnings.empty());
    CHECK(r.settings.ui_scale == 2.5f);
    CHECK(r.settings.new_cards_per_day == 0);
    CHECK(r.settings.desired_retention == 0.99);
}

TEST_CASE("settings: saving keeps keys written by a newer version") {
    testing::ScratchDir dir;
    const fs::path path = dir.path() / "settings.json";
    write(path, R"({"ui_scale": 1.25, "future_option": {"a": 1}})");
    settings::Settings s = settings::load_settings(path).settings;
    CHECK(s.ui_scale == 1.25f);
    s.high_contrast = true;
    std::string error;
    REQUIRE(settings::save_settings(path, s, error));
    const auto j = nlohmann::json::parse(read(path));
    CHECK(j["future_option"]["a"] == 1);
    CHECK(j["high_contrast"] == true);
    CHECK_FALSE(fs::exists(path.string() + ".bak"));
}

TEST_CASE("settings: saving into an unwritable place fails with a message") {
    testing::ScratchDir dir;
    const fs::path blocker = dir.path() / "file";
    write(blocker, "x");  // a file where a folder should be
    std::string error;
    CHECK_FALSE(settings::save_settings(blocker / "settings.json", settings::Settings{}, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("settings: the path follows the override, then XDG_CONFIG_HOME, then ~/.config") {
    CHECK(settings::settings_path_from(fs::path("/data/sc"), "/xdg", "/home/a") ==
          fs::path("/data/sc/settings.json"));
    CHECK(settings::settings_path_from(fs::path(), "/xdg", "/home/a") ==
          fs::path("/xdg/statecraft/settings.json"));
    CHECK(settings::settings_path_from(std::nullopt, "/xdg", "/home/a") ==
          fs::path("/xdg/statecraft/settings.json"));
    CHECK(settings::settings_path_from(std::nullopt, "", "/home/a") ==
          fs::path("/home/a/.config/statecraft/settings.json"));
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    CHECK(settings::settings_path_from(std::nullopt, "relative", "/home/a") ==
          fs::path("/home/a/.config/statecraft/settings.json"));
    CHECK(settings::settings_path(fs::path("/tmp/x")) == fs::path("/tmp/x/settings.json"));
    CHECK(settings::settings_path().filename() == "settings.json");
    CHECK(settings::settings_path().is_absolute());
}
