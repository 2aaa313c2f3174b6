// The desktop window: SFML window + OpenGL context + Dear ImGui context, our SFML binding, the
// OpenGL3 renderer, fonts and theme, and a frame loop that redraws only when something changes.
// The UI knows nothing of this: it gets a draw callback between ImGui::NewFrame() and Render().
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace statecraft {

struct WindowOptions {
    unsigned width = 1280, height = 720;
    std::string title = "Statecraft";  // UTF-8
    float ui_scale = 1.0f;             // 1.0 to 2.5 (clamped); fonts rebuilt crisply at this scale
    bool high_contrast = false;        // classroom/projector theme
    std::filesystem::path screenshot_path;  // if set: render warm-up frames, save PNG, return 0
    int screenshot_warmup_frames = 4;       // frames drawn before the saved one (layout settles)
    // Called when the window's close button is pressed. Return true to close (run() returns 0),
    // false to keep running (e.g. the UI asks "discard this quiz?" and quits via FrameStatus).
    // Empty: closing is always allowed.
    std::function<bool()> on_close_requested;
    // Polled while the window is idle: true draws a frame at once (a quit signal, a result
    // from a background thread). Empty: only input and timers draw frames.
    std::function<bool()> wake_requested;
    // ImGui keyboard navigation (arrows move focus, Space activates). Off: the screens own keys.
    bool keyboard_navigation = false;
    // A blinking text cursor needs ~10 redraws a second while a text field is active (about 10%
    // of a core under software GL); a steady cursor needs none. Steady by default.
    bool text_cursor_blink = false;
};

struct FrameStatus {
    bool animating = false;  // a timer/animation runs: keep redrawing (else idle until input)
    // Something changes on its own later (a clock showing seconds): draw again after this many
    // seconds even without input. Far cheaper than animating for a once-a-second countdown.
    std::optional<float> redraw_after_seconds;
    bool quit = false;
    int exit_code = 0;                      // returned by run() when quit is set
    std::optional<float> set_ui_scale;      // applied between frames (fonts rebuilt)
    std::optional<bool> set_high_contrast;  // applied between frames
};

class AppWindow {
  public:
    // Creates the window, GL context, ImGui context, binding, fonts and theme.
    // Throws std::runtime_error with a readable message when no window can be opened
    // (for example DISPLAY unset).
    explicit AppWindow(const WindowOptions& options);
    ~AppWindow();  // shuts down renderer, binding, ImGui, then the window
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    // Calls draw once per frame between ImGui::NewFrame() and ImGui::Render(); draw fills the
    // whole window (the UI uses one full-screen ImGui window). Returns the exit code: 0 on close
    // or FrameStatus::exit_code on quit; in screenshot mode 0 once saved, 1 if saving failed.
    int run(const std::function<FrameStatus()>& draw);

    float ui_scale() const;
    bool high_contrast() const;
    // Takes effect before the next frame (same as FrameStatus::set_ui_scale/set_high_contrast).
    void set_ui_scale(float scale);
    void set_high_contrast(bool on);
    // Frames rendered so far (benchmarks and tests check that an idle window stops drawing).
    long frames_rendered() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace statecraft
