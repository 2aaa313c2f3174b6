// Fits a projector page (a prompt, a list of options, optional text after them) into a fixed
// box without scrolling: the text shrinks step by step from its full size towards a readable
// floor, and the options go into two columns when that lets the text stay larger. Pure
// geometry over ImGui's font metrics, so the classroom and any other projector screen (the
// live classroom) lay out the same way, and tests can check the result without drawing.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace statecraft::ui {

struct ProjectorContent {
    std::string prompt;
    std::vector<std::string> options;  // as shown, e.g. "1   Tehran"
    std::string after;                 // below the options (an explanation), or empty
};

struct ProjectorFonts {
    ImFont* prompt = nullptr;  // drawn at prompt_px at full size
    ImFont* option = nullptr;  // options and the text after them
    float prompt_px = 0;       // full sizes (the fonts' own sizes when 0)
    float option_px = 0;
    float floor_px = 0;  // no text smaller than this (readable from the back row)
};

// Where each part goes, relative to the box's top-left corner.
struct ProjectorLayout {
    float scale = 1;  // of the full sizes
    float prompt_px = 0;
    float option_px = 0;
    int columns = 1;
    float pad = 0;  // inside each option's rectangle, left and right of the text
    ImVec2 prompt_pos, prompt_size;
    std::vector<ImVec2> option_pos;  // top-left of each option's rectangle
    ImVec2 option_size;              // every option's rectangle in one column (same width)
    std::vector<float> option_h;     // each option's own height
    ImVec2 after_pos, after_size;
    float height = 0;  // everything, for the box
    bool fits = true;  // false: even at the floor it is taller than the box (the caller clips)
};

// The largest layout that fits box (one column before two at the same size).
ProjectorLayout fit_projector(const ProjectorContent& content, const ProjectorFonts& fonts,
                              ImVec2 box);

// The layout at one given scale and column count (what fit_projector tries).
ProjectorLayout layout_projector(const ProjectorContent& content, const ProjectorFonts& fonts,
                                 float width, float scale, int columns);

}  // namespace statecraft::ui
