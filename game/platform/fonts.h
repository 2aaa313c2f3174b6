// The app's fonts: DejaVu Sans for body text, DejaVu Sans Bold for headings and titles, with
// Latin (with Extended-A/B and Additional), Greek, Cyrillic, Armenian, Georgian, Hebrew and
// Arabic letters, punctuation, currency signs and a few symbols (arrows, check marks, crosses).
// Sizes follow the UI scale (loaded at round(size * scale), so text stays crisp on a projector
// instead of being stretched).
#pragma once

#include <imgui.h>

#include "core/settings/settings.h"  // kMinUiScale, kMaxUiScale

#include <filesystem>
#include <string>
#include <vector>

namespace statecraft {

constexpr float kBodyFontSize = 18.f;     // px at scale 1: readable at a desk
constexpr float kHeadingFontSize = 24.f;  // bold: question text, section headings
constexpr float kTitleFontSize = 34.f;    // bold: screen titles, big scores for the classroom

struct FontFiles {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

// /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts-dejavu-core).
FontFiles default_font_files();

// NaN or out of range -> clamped into [kMinUiScale, kMaxUiScale] (NaN -> 1).
float clamp_ui_scale(float scale);

// The code points every font covers (static storage, as ImGui requires): Latin and symbols,
// and, merged into each font from the same face, the other scripts names come in.
const ImWchar* font_glyph_ranges();
const ImWchar* script_glyph_ranges();

struct FontLoadResult {
    bool used_fallback = false;         // a file was missing: ImGui's built-in font stands in
    std::vector<std::string> warnings;  // one line each, for stderr
};

// Clears the atlas and adds, in this order, the body, heading and title fonts at the given
// scale; the body font becomes the default. A missing or unreadable file never reaches ImGui
// (the Debian library aborts on one): the bold face falls back to the regular one, and the
// regular one to ImGui's built-in font, each with a warning. Call between frames only.
FontLoadResult load_fonts(ImFontAtlas& atlas, float scale,
                          const FontFiles& files = default_font_files());

// The fonts of the current ImGui context, as added by load_fonts (the default font otherwise).
ImFont* body_font();
ImFont* heading_font();
ImFont* title_font();

}  // namespace statecraft
