// A Dear ImGui context with no window and no GL, for platform tests: fonts built into the
// atlas, fixed display size and frame time, no imgui.ini.
#pragma once

#include <imgui.h>

namespace statecraft::testing {

class HeadlessImGui {
  public:
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800.f, 600.f);
        io.DeltaTime = 1.f / 60.f;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

}  // namespace statecraft::testing
