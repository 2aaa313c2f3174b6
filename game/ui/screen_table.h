// The one registration line per screen: its Screen value, its --screen name and the function
// that draws it. The frame (app_frame.cpp) and the --screen option both read this table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft {

using DrawScreen = Intent (*)(const AppState& state, const Look& look, const Keys& keys);

struct ScreenEntry {
    Screen screen;
    const char* name;  // for --screen
    DrawScreen draw;
};

const std::vector<ScreenEntry>& screen_table();
const ScreenEntry& screen_entry(Screen screen);
std::optional<Screen> screen_from_name(std::string_view name);
std::vector<std::string> screen_names();

}  // namespace statecraft
