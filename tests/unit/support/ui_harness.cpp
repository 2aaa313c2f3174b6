#include "support/ui_harness.h"

#include <imgui_internal.h>

#include "platform/fonts.h"
#include "platform/theme.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft::testing {

UiHarness::UiHarness(float scale, ImVec2 display) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.f / 60.f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // key index = ImGuiKey value
    load_fonts(*io.Fonts, scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::GetStyle() = make_style(false, scale);
}

UiHarness::~UiHarness() {
    ImGui::DestroyContext();
}

Intent UiHarness::frame(const AppState& state) {
    last_state_ = &state;
    ImGui::NewFrame();
    Look look = default_look();
    const Palette palette = theme_palette(false);
    look.heading = heading_font();
    look.title = title_font();
    look.muted = palette.muted_text;
    look.accent = palette.accent;
    look.correct = palette.correct;
    look.wrong = palette.wrong;
    Intent out = draw_app(state, look);
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    for (int k : pressed_) io.KeysDown[k] = false;
    pressed_.clear();
    io.KeyAlt = io.KeyCtrl = false;
    return out;
}

void UiHarness::settle(const AppState& state, int frames) {
    for (int i = 0; i < frames; ++i) frame(state);
}

void UiHarness::type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
}

void UiHarness::key(ImGuiKey key, bool alt, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeysDownDuration[io.KeyMap[key]] >= 0.f && last_state_) frame(*last_state_);
    io.KeysDown[io.KeyMap[key]] = true;
    io.KeyAlt = alt;
    io.KeyCtrl = ctrl;
    pressed_.push_back(io.KeyMap[key]);
}

Intent UiHarness::click(const AppState& state, ImVec2 pos) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    Intent first = frame(state);  // hover
    io.MouseDown[0] = true;
    Intent i = frame(state);
    if (!has_intent(first)) first = i;
    io.MouseDown[0] = false;
    i = frame(state);
    if (!has_intent(first)) first = i;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    frame(state);
    return first;
}

std::vector<std::string> UiHarness::overflows() const {
    std::vector<std::string> out;
    ImGuiContext& g = *GImGui;
    for (const ImGuiWindow* w : g.Windows) {
        if (!w->WasActive || w->Hidden) continue;
        if (w->DC.CursorMaxPos.x > w->WorkRect.Max.x + 1.f)
            out.push_back(std::string(w->Name) + ": content runs " +
                          std::to_string(int(w->DC.CursorMaxPos.x - w->WorkRect.Max.x)) +
                          " px past the right edge");
        if ((w->Flags & ImGuiWindowFlags_NoScrollbar) &&
            !(w->Flags & ImGuiWindowFlags_ChildWindow) &&
            w->DC.CursorMaxPos.y > w->WorkRect.Max.y + 1.f)
            out.push_back(std::string(w->Name) + ": content runs " +
                          std::to_string(int(w->DC.CursorMaxPos.y - w->WorkRect.Max.y)) +
                          " px past the bottom");
    }
    for (int i = 0; i < g.Tables.GetMapSize(); ++i) {
        const ImGuiTable* t = g.Tables.TryGetMapData(i);
        if (!t || t->LastFrameActive < g.FrameCount - 1) continue;
        for (int c = 0; c < t->ColumnsCount; ++c) {
            const ImGuiTableColumn& col = t->Columns[c];
            if (col.ContentMaxXUnfrozen > col.WorkMaxX + 1.f)
                out.push_back("table " + std::to_string(t->ID) + " column " + std::to_string(c) +
                              ": content runs past the column");
        }
    }
    return out;
}

std::vector<std::string> UiHarness::scrolling(const std::string& under) const {
    std::vector<std::string> out;
    for (const ImGuiWindow* w : GImGui->Windows) {
        if (!w->WasActive || w->Hidden) continue;
        if (std::string(w->Name).find(under) == std::string::npos) continue;
        if (w->ScrollMax.y > 0.5f || w->DC.CursorMaxPos.y > w->WorkRect.Max.y + 1.f)
            out.push_back(std::string(w->Name) + ": content runs " +
                          std::to_string(int(w->DC.CursorMaxPos.y - w->WorkRect.Max.y)) +
                          " px past the bottom (it would scroll)");
    }
    return out;
}

}  // namespace statecraft::testing
