// UI-building CPU time per frame on the practice screen: ImGui::NewFrame() to ImGui::Render()
// with the app's real fonts, style and screens, headless (no window, no GL), so it measures our
// layout code and ImGui's, not the driver. Goal (issue 4): median under 0.5 ms.
//
//   bench_ui_frame [--frames N] [--scale S] [--bank FILE]
// Prints, per question type (not yet answered / answered with feedback), the median, 95th
// percentile and mean, then the median over all practice frames; exits 1 if that misses the goal.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "app/app_controller.h"
#include "app/app_look.h"
#include "app/bank_catalog.h"
#include "app/sample_state.h"
#include "platform/fonts.h"
#include "platform/theme.h"
#include "ui/screens.h"

using namespace statecraft;

namespace {

constexpr double kGoalMs = 0.5;

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

// Times `frames` frames of the app drawing this state; returns one duration (ms) per frame.
std::vector<double> time_frames(const AppState& state, int frames) {
    using clock = std::chrono::steady_clock;
    std::vector<double> ms;
    ms.reserve(frames);
    for (int i = 0; i < frames + 10; ++i) {  // 10 warm-up frames: layout settles, caches fill
        const auto start = clock::now();
        ImGui::NewFrame();
        const Intent intent = draw_app(state, current_look(false));
        ImGui::Render();
        const auto end = clock::now();
        (void)intent;
        if (i >= 10) ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    int frames = 2000;
    float scale = 1.0f;
    std::string bank = std::string(STATECRAFT_SOURCE_DIR) + "/questions/examples/all-types.json";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--frames")) frames = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--scale")) scale = std::strtof(argv[i + 1], nullptr);
        if (!std::strcmp(argv[i], "--bank")) bank = argv[i + 1];
    }

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.f / 60.f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
    load_fonts(*io.Fonts, scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::GetStyle() = make_style(false, scale);

    std::printf(
        "UI frame time, NewFrame to Render, headless, 1280x720, scale %.2f, %d frames each\n",
        scale, frames);
    std::printf("%-34s %10s %10s %10s %8s\n", "practice screen", "median", "p95", "mean",
                "vertices");
    std::vector<double> all;
    const char* ids[] = {"single-example",   "multiple-example", "true-false-example",
                         "matching-example", "ordering-example", "short-answer-example"};
    for (const char* id : ids) {
        for (bool submitted : {false, true}) {
            AppState state;
            scan_banks(state.home, {"", "", std::filesystem::path(bank)});
            if (state.home.selected < 0) {
                std::fprintf(stderr, "%s: cannot load the bank\n", bank.c_str());
                return 2;
            }
            ManualClock clock;
            ControllerOptions options;
            options.seed = 1;
            AppController controller(std::move(state), clock, options);
            const std::string error =
                drive_to_sample(controller, clock, {Screen::practice, id, submitted, true});
            if (!error.empty()) {
                std::fprintf(stderr, "%s\n", error.c_str());
                return 2;
            }
            std::vector<double> ms = time_frames(controller.state(), frames);
            // Proof the frame drew the screen: what ImGui would hand to the GPU.
            const int vertices = ImGui::GetDrawData()->TotalVtxCount;
            double mean = 0;
            for (double x : ms) mean += x / ms.size();
            std::printf("%-34s %7.3f ms %7.3f ms %7.3f ms %8d\n",
                        (std::string(id) + (submitted ? " (feedback)" : "")).c_str(),
                        percentile(ms, 0.5), percentile(ms, 0.95), mean, vertices);
            all.insert(all.end(), ms.begin(), ms.end());
        }
    }
    const double median = percentile(all, 0.5);
    std::printf("all practice frames: median %.3f ms, p95 %.3f ms (goal: median < %.1f ms) %s\n",
                median, percentile(all, 0.95), kGoalMs, median < kGoalMs ? "PASS" : "FAIL");
    ImGui::DestroyContext();
    return median < kGoalMs ? 0 : 1;
}
