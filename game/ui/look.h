// Fonts and colours the screens use beyond ImGui's style. The app fills it from the platform's
// theme; headless tests use default_look() (the default font, colours from the style).
#pragma once

#include <imgui.h>

namespace statecraft {

struct Look {
    ImFont* heading = nullptr;  // bold, larger: question prompts, section headings
    ImFont* title = nullptr;    // bold, largest: screen titles, the score
    ImVec4 muted{0.45f, 0.45f, 0.45f, 1.f};
    ImVec4 accent{0.18f, 0.36f, 0.54f, 1.f};
    ImVec4 on_accent{1.f, 1.f, 1.f, 1.f};  // text on an accent-coloured button
    ImVec4 correct{0.10f, 0.45f, 0.18f, 1.f};
    ImVec4 wrong{0.65f, 0.12f, 0.10f, 1.f};
};

Look default_look();

}  // namespace statecraft
