// Runs the app's screens headlessly: a Dear ImGui context with the app's real fonts and style
// at a chosen scale, no window and no GL (the atlas is built in memory), a fixed 1280x720
// display and frame time, and keyboard/text input injected between frames.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft::testing {

class UiHarness {
  public:
    explicit UiHarness(float scale = 1.0f, ImVec2 display = ImVec2(1280, 720));
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // One frame of draw_app(state); returns its intent.
    Intent frame(const AppState& state);
    // Frames until the layout settles (ImGui sizes some things from the previous frame).
    void settle(const AppState& state, int frames = 3);

    // Input for the next frame. Keys are released after that frame (pressing the same key again
    // first draws a frame with it up, as a person's second press would).
    void type(const std::string& utf8);
    void key(ImGuiKey key, bool alt = false, bool ctrl = false);
    // A left click at pos (pointer moves there, button down for a frame, then up); returns the
    // first intent the clicks gave.
    Intent click(const AppState& state, ImVec2 pos);

    // Windows and tables whose content ran past their right edge last frame (text clipped),
    // and the screen window if anything ran past its bottom (a footer cut off). Empty is good.
    std::vector<std::string> overflows() const;

    // Windows whose name contains `under` (children included) that scroll or whose content runs
    // past their bottom: a projector page must fit as it is. Empty is good.
    std::vector<std::string> scrolling(const std::string& under) const;

  private:
    std::vector<int> pressed_;
    const AppState* last_state_ = nullptr;  // drawn again when a key must be seen released
};

}  // namespace statecraft::testing
