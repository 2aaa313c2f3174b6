// A small screen drawn through statecraft::AppWindow (fonts, theme, binding, idle loop), for the
// platform benchmarks, the platform end-to-end test and for looking at the themes:
//   bench_platform_frame [--scale S] [--high-contrast] [--screenshot OUT.png] [--report FILE]
//                        [--redraw-after SECONDS]
// Keys: 1-4 choose, Ctrl+= / Ctrl+- change the UI scale, F2 toggles high contrast, Escape quits
// (when no text field is active). --report writes what happened when the window closes: the
// frames drawn (an idle window must stop drawing), the choice, the note typed, scale, contrast.
#include "platform/app_window.h"
#include "platform/fonts.h"
#include "platform/theme.h"

#include <imgui.h>
#include <SFML/Window/Keyboard.hpp>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

namespace {

struct Demo {
    int chosen = 0;
    char note[256] = "";
    float scale = 1.f;
    bool high_contrast = false;
};

// Shortcuts, read only when no text field has the keyboard.
statecraft::FrameStatus handle_keys(Demo& demo) {
    statecraft::FrameStatus status;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return status;
    for (int i = 0; i < 4; ++i) {
        if (ImGui::IsKeyPressed(sf::Keyboard::Num1 + i, false)) demo.chosen = i;
    }
    if (io.KeyCtrl && (ImGui::IsKeyPressed(sf::Keyboard::Equal, false) ||
                       ImGui::IsKeyPressed(sf::Keyboard::Add, false))) {
        status.set_ui_scale = demo.scale + 0.25f;
    }
    if (io.KeyCtrl && (ImGui::IsKeyPressed(sf::Keyboard::Hyphen, false) ||
                       ImGui::IsKeyPressed(sf::Keyboard::Subtract, false))) {
        status.set_ui_scale = demo.scale - 0.25f;
    }
    if (ImGui::IsKeyPressed(sf::Keyboard::F2, false)) {
        demo.high_contrast = !demo.high_contrast;
        status.set_high_contrast = demo.high_contrast;
    }
    if (ImGui::IsKeyPressed(sf::Keyboard::Escape, false)) status.quit = true;
    return status;
}

statecraft::FrameStatus draw_sample(Demo& demo) {
    using namespace statecraft;
    const bool high_contrast = demo.high_contrast;
    int& chosen = demo.chosen;
    const Palette palette = theme_palette(high_contrast);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin(
        "##screen", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(title_font());
    ImGui::TextUnformatted("Statecraft — Ostpolitik & détente");
    ImGui::PopFont();
    ImGui::TextColored(palette.muted_text, "Question 3 of 10 · Cold War diplomacy");
    ImGui::ProgressBar(0.3f, ImVec2(-1.f, 0.f), "");
    ImGui::Separator();
    ImGui::PushFont(heading_font());
    ImGui::TextWrapped("Which treaty did Willy Brandt’s government sign in Warsaw in 1970?");
    ImGui::PopFont();
    const char* choices[] = {"Treaty of Warsaw (Układ PRL–RFN)", "Moscow Treaty",
                             "Basic Treaty with the GDR", "Helsinki Final Act — 1975"};
    for (int i = 0; i < 4; ++i) {
        char label[128];
        std::snprintf(label, sizeof label, "%d  %s", i + 1, choices[i]);
        if (ImGui::RadioButton(label, chosen == i)) chosen = i;
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Your note (Zażółć gęślą jaźń, 5 €, “quotes”…):");
    ImGui::SetNextItemWidth(-1.f);
    ImGui::InputText("##note", demo.note, sizeof demo.note);
    ImGui::Spacing();
    ImGui::Button("Submit  (Enter)");
    ImGui::SameLine();
    ImGui::Button("Briefing");
    ImGui::TextColored(palette.correct,
                       "✓ Right: the Warsaw Treaty recognised the Oder–Neisse line.");
    ImGui::TextColored(palette.wrong, "✗ Wrong answers are marked in text as well as colour.");
    ImGui::End();
    return handle_keys(demo);
}

}  // namespace

int main(int argc, char** argv) {
    statecraft::WindowOptions options;
    options.title = "Statecraft platform frame";
    std::string report;
    std::optional<float> redraw_after;  // as a clock showing seconds would ask
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--scale" && i + 1 < argc) {
            options.ui_scale = std::stof(argv[++i]);
        } else if (arg == "--high-contrast") {
            options.high_contrast = true;
        } else if (arg == "--screenshot" && i + 1 < argc) {
            options.screenshot_path = argv[++i];
        } else if (arg == "--redraw-after" && i + 1 < argc) {
            redraw_after = std::stof(argv[++i]);
        } else if (arg == "--report" && i + 1 < argc) {
            report = argv[++i];
        } else {
            std::cerr << "usage: " << argv[0]
                      << " [--scale S] [--high-contrast] [--screenshot OUT.png] [--report F] "
                         "[--redraw-after S]\n";
            return 2;
        }
    }
    try {
        statecraft::AppWindow window(options);
        Demo demo;
        demo.high_contrast = options.high_contrast;
        const int code = window.run([&] {
            demo.scale = window.ui_scale();
            statecraft::FrameStatus status = draw_sample(demo);
            status.redraw_after_seconds = redraw_after;
            return status;
        });
        if (!report.empty()) {
            std::ofstream out(report);
            out << "frames " << window.frames_rendered() << "\nchoice " << demo.chosen + 1
                << "\nnote " << demo.note << "\nscale " << window.ui_scale() << "\nhigh_contrast "
                << window.high_contrast() << '\n';
        }
        return code;
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        return 1;
    }
}
