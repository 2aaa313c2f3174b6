#include "platform/app_window.h"

#include "platform/fonts.h"
#include "platform/imgui_impl_sfml.h"
#include "platform/screenshot.h"
#include "platform/theme.h"
#include "platform/x_display.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace statecraft {
namespace {

// Frames drawn after any input: ImGui needs a few to settle (hover, popups opening,
// layout that depends on the previous frame's sizes).
constexpr int kFramesAfterInput = 4;
// With WindowOptions::text_cursor_blink, how often an active text field is redrawn when
// nothing else happens (ImGui's blink period is 1.2 s).
const sf::Time kTextCursorRefresh = sf::milliseconds(100);
// Polling interval at rest: short right after activity (a reply to a popup comes quickly), then
// longer, so an idle window costs almost nothing while input still feels immediate.
const sf::Time kShortRest = sf::seconds(2);
const sf::Time kShortRestPollSleep = sf::milliseconds(10);
const sf::Time kLongRestPollSleep = sf::milliseconds(25);
constexpr unsigned kActiveFramerate = 60;
constexpr float kScreenshotFrameTime = 1.f / 60.f;

sf::Color to_sf_color(const ImVec4& c) {
    return sf::Color(sf::Uint8(c.x * 255.f), sf::Uint8(c.y * 255.f), sf::Uint8(c.z * 255.f));
}

}  // namespace

struct AppWindow::Impl {
    // First member, so it is closed last: after the window (see x_display.h).
    std::unique_ptr<XDisplayConnection> x_connection;
    WindowOptions options;
    float scale = 1.f;
    bool high_contrast = false;
    std::optional<float> pending_scale;
    std::optional<bool> pending_high_contrast;
    bool device_objects_ready = false;  // the GL3 renderer made its font texture
    long frames = 0;
    int frames_to_render = kFramesAfterInput;
    bool close_now = false;
    sf::Clock since_frame;
    sf::RenderWindow window;

    void load_fonts_and_style(bool report_warnings);
    void apply_pending_appearance();
    void handle_event(const sf::Event& event);
    bool wants_frame(const FrameStatus& last) const;
    void wait_for_something(const FrameStatus& last);
    FrameStatus render_frame(const std::function<FrameStatus()>& draw,
                             std::optional<float> fixed_dt, bool to_gl = true);
    void finish_frame(const FrameStatus& status);
    int run_screenshot(const std::function<FrameStatus()>& draw);
};

void AppWindow::Impl::load_fonts_and_style(bool report_warnings) {
    ImGuiIO& io = ImGui::GetIO();
    const FontLoadResult fonts = load_fonts(*io.Fonts, scale);
    if (report_warnings) {
        for (const std::string& warning : fonts.warnings) std::cerr << warning << '\n';
    }
    ImGui::GetStyle() = make_style(high_contrast, scale);
    if (device_objects_ready) {
        // The atlas changed: the renderer's texture must follow (atlas is unlocked between frames).
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void AppWindow::Impl::apply_pending_appearance() {
    bool changed_fonts = false, changed_style = false;
    if (pending_scale) {
        const float wanted = clamp_ui_scale(*pending_scale);
        if (wanted != scale) {
            scale = wanted;
            changed_fonts = true;
        }
        pending_scale.reset();
    }
    if (pending_high_contrast) {
        if (*pending_high_contrast != high_contrast) {
            high_contrast = *pending_high_contrast;
            changed_style = true;
        }
        pending_high_contrast.reset();
    }
    if (changed_fonts) {
        load_fonts_and_style(false);
    } else if (changed_style) {
        ImGui::GetStyle() = make_style(high_contrast, scale);
    }
    if (changed_fonts || changed_style) frames_to_render = kFramesAfterInput;
}

void AppWindow::Impl::handle_event(const sf::Event& event) {
    const ImGui_ImplSFML_EventResult result = ImGui_ImplSFML_ProcessEvent(event);
    if (result.CloseRequested) {
        if (!options.on_close_requested || options.on_close_requested()) {
            close_now = true;
            return;
        }
        frames_to_render = kFramesAfterInput;  // the app may now show a confirmation
    }
    if (result.ForImGui) frames_to_render = kFramesAfterInput;
}

bool AppWindow::Impl::wants_frame(const FrameStatus& last) const {
    if (frames_to_render > 0 || last.animating || ImGui_ImplSFML_InputHeld()) return true;
    if (options.wake_requested && options.wake_requested()) return true;
    if (last.redraw_after_seconds &&
        since_frame.getElapsedTime().asSeconds() >= *last.redraw_after_seconds) {
        return true;
    }
    const ImGuiIO& io = ImGui::GetIO();
    return io.WantTextInput && io.ConfigInputTextCursorBlink &&
           since_frame.getElapsedTime() >= kTextCursorRefresh;
}

// Blocks until an event arrives, or until a blinking text cursor needs its next frame.
void AppWindow::Impl::wait_for_something(const FrameStatus& last) {
    if (wants_frame(last)) return;
    // SFML 2.5's waitEvent() has no timeout and wakes every 10 ms anyway; polling ourselves
    // lets the text cursor blink and sleeps longer once the window has been still for a while.
    sf::Event event;
    while (!close_now && !wants_frame(last)) {
        if (window.pollEvent(event)) {
            handle_event(event);
            continue;
        }
        const bool long_rest = since_frame.getElapsedTime() > kShortRest;
        sf::sleep(long_rest ? kLongRestPollSleep : kShortRestPollSleep);
    }
}

FrameStatus AppWindow::Impl::render_frame(const std::function<FrameStatus()>& draw,
                                          std::optional<float> fixed_dt, bool to_gl) {
    ImGui_ImplOpenGL3_NewFrame();
    device_objects_ready = true;
    ImGui_ImplSFML_NewFrame();
    if (fixed_dt) ImGui::GetIO().DeltaTime = *fixed_dt;
    ImGui::NewFrame();
    FrameStatus status = draw();
    ImGui::Render();
    if (to_gl) {
        window.setActive(true);
        window.clear(to_sf_color(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]));
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    ++frames;
    since_frame.restart();
    if (frames_to_render > 0) --frames_to_render;
    return status;
}

void AppWindow::Impl::finish_frame(const FrameStatus& status) {
    if (status.set_ui_scale) pending_scale = status.set_ui_scale;
    if (status.set_high_contrast) pending_high_contrast = status.set_high_contrast;
    if (pending_scale || pending_high_contrast) frames_to_render = std::max(frames_to_render, 1);
}

int AppWindow::Impl::run_screenshot(const std::function<FrameStatus()>& draw) {
    // Fixed frame time and no cursor blink: the same state gives the same picture. Warm-up
    // frames only lay out (ImGui sizes some things from the previous frame); the last one is
    // drawn and saved, with no frame-rate wait in between.
    ImGui::GetIO().ConfigInputTextCursorBlink = false;
    window.setFramerateLimit(0);
    const int frames_total = std::max(1, options.screenshot_warmup_frames + 1);
    bool quit_seen = false;  // the UI asked to quit: draw its state once more and save that
    for (int i = 0;; ++i) {
        sf::Event event;
        while (window.pollEvent(event)) ImGui_ImplSFML_ProcessEvent(event);
        apply_pending_appearance();  // a scale asked for by the UI is in the saved frame
        const bool last_frame = i + 1 >= frames_total || quit_seen;
        const FrameStatus status = render_frame(draw, kScreenshotFrameTime, last_frame);
        finish_frame(status);
        quit_seen = quit_seen || status.quit;
        if (last_frame) break;
    }
    std::string error;
    if (!save_window_screenshot(window, options.screenshot_path, error)) {
        std::cerr << error << '\n';
        return 1;
    }
    return 0;
}

// The X display is opened before the Impl (and its sf::RenderWindow) exists, since SFML aborts
// the process when it cannot open the display; the Impl keeps that connection open.
AppWindow::AppWindow(const WindowOptions& options)
    : impl_([] {
          std::string problem;
          std::unique_ptr<XDisplayConnection> connection = XDisplayConnection::open(problem);
          if (!connection) throw std::runtime_error(problem);
          auto impl = std::make_unique<Impl>();
          impl->x_connection = std::move(connection);
          return impl;
      }()) {
    Impl& s = *impl_;
    s.options = options;
    s.scale = clamp_ui_scale(options.ui_scale);
    s.high_contrast = options.high_contrast;

    // Default ContextSettings: a compatibility context, which both SFML's fixed-function
    // drawing and ImGui's GL3 renderer ("#version 130") accept.
    const std::string& title = options.title;
    s.window.create(sf::VideoMode(options.width, options.height),
                    sf::String::fromUtf8(title.begin(), title.end()), sf::Style::Default);
    if (!s.window.isOpen()) throw std::runtime_error("cannot open a window");
    s.window.setFramerateLimit(kActiveFramerate);
    s.window.setActive(true);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in whatever folder the app was started from
    io.LogFilename = nullptr;
    if (options.keyboard_navigation) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = options.text_cursor_blink;
    ImGui_ImplSFML_Init(s.window);
    if (!ImGui_ImplOpenGL3_Init(nullptr)) {
        ImGui_ImplSFML_Shutdown();
        ImGui::DestroyContext();
        throw std::runtime_error("cannot start the OpenGL 3 renderer");
    }
    s.load_fonts_and_style(true);
}

AppWindow::~AppWindow() {
    // Renderer first (needs the GL context), then the window (it still uses the binding's
    // cursor while closing), then the binding and ImGui.
    impl_->window.setActive(true);
    ImGui_ImplOpenGL3_Shutdown();
    impl_->window.close();
    ImGui_ImplSFML_Shutdown();
    ImGui::DestroyContext();
}

int AppWindow::run(const std::function<FrameStatus()>& draw) {
    Impl& s = *impl_;
    if (!s.options.screenshot_path.empty()) return s.run_screenshot(draw);
    FrameStatus last;
    s.frames_to_render = kFramesAfterInput;
    while (s.window.isOpen()) {
        s.wait_for_something(last);
        sf::Event event;
        while (!s.close_now && s.window.pollEvent(event)) s.handle_event(event);
        if (s.close_now) return 0;
        if (!s.wants_frame(last)) continue;  // an event that changes nothing on screen
        s.apply_pending_appearance();
        last = s.render_frame(draw, std::nullopt);
        s.window.display();  // also waits for the 60 fps limit
        s.finish_frame(last);
        if (last.quit) return last.exit_code;
    }
    return 0;
}

float AppWindow::ui_scale() const {
    return impl_->scale;
}
bool AppWindow::high_contrast() const {
    return impl_->high_contrast;
}
void AppWindow::set_ui_scale(float scale) {
    impl_->pending_scale = scale;
}
void AppWindow::set_high_contrast(bool on) {
    impl_->pending_high_contrast = on;
}
long AppWindow::frames_rendered() const {
    return impl_->frames;
}

}  // namespace statecraft
