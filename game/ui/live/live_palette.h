// The letters and colours of a live question's options, the same on the projector and on the
// players' page (assets/web/style.css, --opt0..--opt7): A red, B blue, C gold, D green,
// E purple, F teal, G orange, H pink; white text reads on each.
#pragma once

#include <imgui.h>

#include <string>

namespace statecraft::ui {

inline constexpr int kLiveColours = 8;
ImVec4 live_option_colour(int index);
std::string live_option_letter(int index);  // "A".."H", then "9", "10", ...

}  // namespace statecraft::ui
