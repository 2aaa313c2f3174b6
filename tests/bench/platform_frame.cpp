// A small screen drawn through statecraft::AppWindow (fonts, theme, binding, idle loop), for the
// platform benchmarks and for looking at the themes:
//   bench_platform_frame [--scale S] [--high-contrast] [--screenshot OUT.png] [--frames-out FILE]
// Without --screenshot it runs until the window is closed; --frames-out then records how many
// frames were drawn (the idle benchmark checks that a window at rest stops drawing).
#include "platform/app_window.h"
#include "platform/fonts.h"
#include "platform/theme.h"

#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

namespace {

statecraft::FrameStatus draw_sample(bool high_contrast, int& chosen, char* answer,
                                    std::size_t answer_size) {
    using namespace statecraft;
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
    ImGui::InputText("##note", answer, answer_size);
    ImGui::Spacing();
    ImGui::Button("Submit  (Enter)");
    ImGui::SameLine();
    ImGui::Button("Briefing");
    ImGui::TextColored(palette.correct,
                       "✓ Right: the Warsaw Treaty recognised the Oder–Neisse line.");
    ImGui::TextColored(palette.wrong, "✗ Wrong answers are marked in text as well as colour.");
    ImGui::End();
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    statecraft::WindowOptions options;
    options.title = "Statecraft platform frame";
    std::string frames_out;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--scale" && i + 1 < argc) {
            options.ui_scale = std::stof(argv[++i]);
        } else if (arg == "--high-contrast") {
            options.high_contrast = true;
        } else if (arg == "--screenshot" && i + 1 < argc) {
            options.screenshot_path = argv[++i];
        } else if (arg == "--frames-out" && i + 1 < argc) {
            frames_out = argv[++i];
        } else {
            std::cerr << "usage: " << argv[0]
                      << " [--scale S] [--high-contrast] [--screenshot OUT.png] [--frames-out F]\n";
            return 2;
        }
    }
    try {
        statecraft::AppWindow window(options);
        int chosen = 0;
        char answer[256] = "";
        const bool high_contrast = options.high_contrast;
        const int code =
            window.run([&] { return draw_sample(high_contrast, chosen, answer, sizeof answer); });
        if (!frames_out.empty()) std::ofstream(frames_out) << window.frames_rendered() << '\n';
        return code;
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << '\n';
        return 1;
    }
}
