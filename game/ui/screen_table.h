// The one registration line per screen: its Screen value, its --screen name, the function
// that draws it and what Esc (intent::Back) means there. The frame (app_frame.cpp), the
// --screen option and the app's Back all read this table.
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

// The command Esc stands for on a screen (Home, the briefing's origin, the exam's question).
using BackIntent = Intent (*)(const AppState& state);

struct ScreenEntry {
    Screen screen;
    const char* name;  // for --screen
    DrawScreen draw;
    BackIntent back = nullptr;  // none: the screen sends its own leave command (or Esc is idle)
};

const std::vector<ScreenEntry>& screen_table();
const ScreenEntry& screen_entry(Screen screen);
std::optional<Screen> screen_from_name(std::string_view name);
std::vector<std::string> screen_names();

}  // namespace statecraft
