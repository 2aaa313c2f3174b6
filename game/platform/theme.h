// The two looks of the app: a calm light theme for a desk, and a high-contrast theme for a
// projector in a bright classroom. Sizes are unscaled here; make_style() applies the UI scale.
#pragma once

#include <imgui.h>

namespace statecraft {

// Colours the screens need beyond ImGui's own (right/wrong feedback, accents).
struct Palette {
    ImVec4 text;
    ImVec4 muted_text;  // hints, counters, secondary lines
    ImVec4 accent;      // links, the current item, progress
    ImVec4 correct;     // right answers (also marked by text, never by colour alone)
    ImVec4 wrong;       // wrong answers
    ImVec4 background;  // the window; also the GL clear colour
};

Palette theme_palette(bool high_contrast);

// Colours, rounding and spacing of one theme, at scale 1.
void apply_theme(ImGuiStyle& style, bool high_contrast);

// A fresh style: the theme from ImGui's defaults, then ScaleAllSizes(scale). Always built from
// scratch so repeated scale changes never compound.
ImGuiStyle make_style(bool high_contrast, float scale);

}  // namespace statecraft
