// dear imgui: Platform Backend for SFML 2.5 (Statecraft's own, for Dear ImGui 1.86).
// Rendering is left to libimgui's OpenGL3 backend (backends/imgui_impl_opengl3.h).
//
// Implemented features:
//  [X] Platform: keyboard through the 1.86 io.KeyMap[]/io.KeysDown[] API (indices are
//      sf::Keyboard::Key codes); Ctrl/Shift/Alt/Super derived from the left/right keys.
//  [X] Platform: text input (UTF-32 from SFML; code points below 0x20 and 127 are dropped).
//  [X] Platform: mouse position and five buttons from events, with a click latch so a press
//      and release inside one frame still counts as a click; the same latch for keys (xdotool
//      and fast typists press and release a key between two frames).
//  [X] Platform: mouse wheel from MouseWheelScrolled only (SFML 2.5 on X11 also sends the
//      deprecated MouseWheelMoved for every notch; taking both would scroll twice).
//  [X] Platform: focus loss clears keys, modifiers and held buttons (no stuck Alt after
//      Alt-Tab); focus is assumed at start-up, so the first keys are never ignored.
//  [X] Platform: clipboard through sf::Clipboard (UTF-8 <-> sf::String).
//  [X] Platform: mouse cursor shapes (set only on change, cursors owned by the backend).
//  [X] Platform: io.WantSetMousePos (relative to the window).
//  [X] Platform: resize (io.DisplaySize every frame; the SFML view is reset on Resized).
// Missing features:
//  [ ] Platform: gamepad.
//  [ ] Platform: HiDPI framebuffer scale (SFML 2.5 has no API; X11 pixels are framebuffer
//      pixels, so DisplayFramebufferScale stays 1 and the app scales its fonts instead).
//  [ ] Platform: a separate keypad Enter (SFML 2.5 does not report one).
//
// The event translation (ImGui_ImplSFML_ApplyEvent) and the per-frame input step
// (ImGui_ImplSFML_ApplyFrameInput) are pure functions of their arguments: no window, no
// globals, no polling of sf::Mouse or sf::Keyboard. Unit tests feed them constructed sf::Events.
//
// CHANGELOG
//  2026-11-26: First version, for Statecraft (issue 4): 1.86 key API, click and key latches.
#pragma once

#include <imgui.h>

namespace sf {
class Event;
class RenderWindow;
}  // namespace sf

// What the binding tracks between events and frames (beyond what ImGuiIO holds).
// 1.86 has no input queue: a key or button pressed and released between two frames would
// never be seen down, and a modifier released right after its chord key (Ctrl down, = down,
// Ctrl up) would turn Ctrl+= into =. So while a press is waiting for its first frame, key
// releases are held back until after that frame.
struct ImGui_ImplSFML_InputState {
    bool HasFocus = true;                // = true   // assumed at start-up (SFML may report false)
    bool MouseHeld[5] = {};              //          // buttons down now, from press/release events
    bool MousePressedLatch[5] = {};      //          // pressed since the last frame
    bool KeyPressedLatch[512] = {};      //          // pressed since the last frame
    bool KeyReleaseDeferred[512] = {};   //       // released before ImGui saw it down
    bool KeyReleaseNextFrame[512] = {};  //      // to release at the start of the next frame
};

// What an event means for the application loop (beyond ImGui's input).
struct ImGui_ImplSFML_EventResult {
    bool ForImGui = false;        // the event changed ImGui input (redraw needed)
    bool CloseRequested = false;  // the window's close button (sf::Event::Closed)
    bool Resized = false;         // the window changed size
    unsigned Width = 0, Height = 0;
};

// Pure translation of one SFML event into ImGui input. Touches only io and state.
ImGui_ImplSFML_EventResult ImGui_ImplSFML_ApplyEvent(const sf::Event& event, ImGuiIO& io,
                                                     ImGui_ImplSFML_InputState& state);
// Pure per-frame input step: io.MouseDown[] = held || latched; releases keys held back by the
// latch one frame ago; clears the latches.
void ImGui_ImplSFML_ApplyFrameInput(ImGuiIO& io, ImGui_ImplSFML_InputState& state);
// Fills io.KeyMap[] with sf::Keyboard codes (the 1.86 key API).
void ImGui_ImplSFML_SetKeyMap(ImGuiIO& io);

// Backend lifecycle, one window per ImGui context.
bool ImGui_ImplSFML_Init(sf::RenderWindow& window);
// Frees the cursors. SFML requires a cursor to outlive its use by the window, and its X11
// window re-applies the last cursor while closing: close the window BEFORE this call (and
// shut the GL renderer down before closing the window, as it needs the context).
void ImGui_ImplSFML_Shutdown();
// Returns what the event means for the loop; also resets the SFML view on resize.
ImGui_ImplSFML_EventResult ImGui_ImplSFML_ProcessEvent(const sf::Event& event);
// Display size, delta time, mouse buttons, cursor shape, WantSetMousePos. Call before
// ImGui::NewFrame().
void ImGui_ImplSFML_NewFrame();
// True while any mouse button or key is held (the loop keeps rendering for repeats and drags).
bool ImGui_ImplSFML_InputHeld();
