#include "platform/theme.h"

namespace statecraft {
namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.f) {
    return ImVec4(float(r) / 255.f, float(g) / 255.f, float(b) / 255.f, a);
}

void apply_shape(ImGuiStyle& style, bool high_contrast) {
    style.WindowPadding = ImVec2(24.f, 20.f);
    style.FramePadding = ImVec2(12.f, 7.f);
    style.ItemSpacing = ImVec2(12.f, 10.f);
    style.ItemInnerSpacing = ImVec2(8.f, 6.f);
    style.CellPadding = ImVec2(8.f, 6.f);
    style.IndentSpacing = 22.f;
    style.ScrollbarSize = 16.f;
    style.GrabMinSize = 14.f;
    style.WindowRounding = 0.f;
    style.ChildRounding = 6.f;
    style.FrameRounding = 6.f;
    style.PopupRounding = 6.f;
    style.ScrollbarRounding = 8.f;
    style.GrabRounding = 6.f;
    style.TabRounding = 6.f;
    style.WindowBorderSize = 0.f;
    style.ChildBorderSize = 1.f;
    style.PopupBorderSize = 1.f;
    style.FrameBorderSize = high_contrast ? 2.f : 1.f;
    style.TabBorderSize = high_contrast ? 2.f : 0.f;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
}

void apply_calm_colors(ImVec4* c) {
    const Palette p = theme_palette(false);
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted_text;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = rgb(255, 255, 255, 0.f);
    c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
    c[ImGuiCol_Border] = rgb(208, 204, 196);
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_FrameBg] = rgb(255, 255, 255);
    c[ImGuiCol_FrameBgHovered] = rgb(236, 241, 247);
    c[ImGuiCol_FrameBgActive] = rgb(222, 231, 241);
    c[ImGuiCol_TitleBg] = rgb(233, 230, 223);
    c[ImGuiCol_TitleBgActive] = rgb(222, 218, 209);
    c[ImGuiCol_TitleBgCollapsed] = rgb(233, 230, 223);
    c[ImGuiCol_MenuBarBg] = rgb(238, 235, 228);
    c[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_ScrollbarGrab] = rgb(196, 202, 210);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(168, 176, 187);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(140, 150, 163);
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = rgb(31, 66, 102);
    c[ImGuiCol_Button] = rgb(226, 232, 240);
    c[ImGuiCol_ButtonHovered] = rgb(205, 216, 229);
    c[ImGuiCol_ButtonActive] = rgb(182, 198, 217);
    c[ImGuiCol_Header] = rgb(220, 229, 240);
    c[ImGuiCol_HeaderHovered] = rgb(203, 216, 232);
    c[ImGuiCol_HeaderActive] = rgb(181, 199, 221);
    c[ImGuiCol_Separator] = rgb(208, 204, 196);
    c[ImGuiCol_SeparatorHovered] = p.accent;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_ResizeGripHovered] = rgb(47, 93, 138, 0.4f);
    c[ImGuiCol_ResizeGripActive] = rgb(47, 93, 138, 0.7f);
    c[ImGuiCol_Tab] = rgb(226, 232, 240);
    c[ImGuiCol_TabHovered] = rgb(205, 216, 229);
    c[ImGuiCol_TabActive] = rgb(255, 255, 255);
    c[ImGuiCol_TabUnfocused] = rgb(233, 236, 240);
    c[ImGuiCol_TabUnfocusedActive] = rgb(255, 255, 255);
    c[ImGuiCol_PlotLines] = p.accent;
    c[ImGuiCol_PlotLinesHovered] = rgb(31, 66, 102);
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_PlotHistogramHovered] = rgb(31, 66, 102);
    c[ImGuiCol_TableHeaderBg] = rgb(233, 230, 223);
    c[ImGuiCol_TableBorderStrong] = rgb(196, 191, 182);
    c[ImGuiCol_TableBorderLight] = rgb(222, 218, 209);
    c[ImGuiCol_TableRowBg] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_TableRowBgAlt] = rgb(0, 0, 0, 0.03f);
    c[ImGuiCol_TextSelectedBg] = rgb(47, 93, 138, 0.25f);
    c[ImGuiCol_DragDropTarget] = p.accent;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_NavWindowingHighlight] = rgb(255, 255, 255, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = rgb(32, 32, 32, 0.2f);
    c[ImGuiCol_ModalWindowDimBg] = rgb(32, 36, 41, 0.35f);
}

void apply_high_contrast_colors(ImVec4* c) {
    const Palette p = theme_palette(true);
    const ImVec4 black = rgb(0, 0, 0);
    const ImVec4 white = rgb(255, 255, 255);
    const ImVec4 yellow = rgb(255, 236, 140);  // buttons: visible on washed-out beamers
    const ImVec4 yellow_hover = rgb(255, 214, 10);
    const ImVec4 selected = rgb(255, 200, 0);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = white;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted_text;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = rgb(255, 255, 255, 0.f);
    c[ImGuiCol_Border] = black;
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_FrameBgHovered] = rgb(255, 246, 200);
    c[ImGuiCol_FrameBgActive] = yellow;
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = yellow;
    c[ImGuiCol_ScrollbarBg] = rgb(230, 230, 230);
    c[ImGuiCol_ScrollbarGrab] = rgb(60, 60, 60);
    c[ImGuiCol_ScrollbarGrabHovered] = c[ImGuiCol_ScrollbarGrabActive] = black;
    c[ImGuiCol_CheckMark] = black;
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = black;
    c[ImGuiCol_Button] = yellow;
    c[ImGuiCol_ButtonHovered] = yellow_hover;
    c[ImGuiCol_ButtonActive] = selected;
    c[ImGuiCol_Header] = yellow;
    c[ImGuiCol_HeaderHovered] = yellow_hover;
    c[ImGuiCol_HeaderActive] = selected;
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = black;
    c[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = black;
    c[ImGuiCol_Tab] = c[ImGuiCol_TabUnfocused] = white;
    c[ImGuiCol_TabHovered] = yellow_hover;
    c[ImGuiCol_TabActive] = c[ImGuiCol_TabUnfocusedActive] = yellow;
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_PlotLinesHovered] = c[ImGuiCol_PlotHistogramHovered] = black;
    c[ImGuiCol_TableHeaderBg] = yellow;
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = black;
    c[ImGuiCol_TableRowBg] = rgb(0, 0, 0, 0.f);
    c[ImGuiCol_TableRowBgAlt] = rgb(0, 0, 0, 0.06f);
    c[ImGuiCol_TextSelectedBg] = rgb(0, 51, 204, 0.35f);
    c[ImGuiCol_DragDropTarget] = c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_NavWindowingDimBg] = rgb(0, 0, 0, 0.3f);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.5f);
}

}  // namespace

Palette theme_palette(bool high_contrast) {
    if (high_contrast) {
        return {rgb(0, 0, 0),   rgb(51, 51, 51), rgb(0, 51, 204),
                rgb(0, 100, 0), rgb(176, 0, 32), rgb(255, 255, 255)};
    }
    return {rgb(31, 41, 51),  rgb(100, 108, 120), rgb(47, 93, 138),
            rgb(46, 125, 50), rgb(198, 40, 40),   rgb(247, 245, 240)};
}

void apply_theme(ImGuiStyle& style, bool high_contrast) {
    apply_shape(style, high_contrast);
    if (high_contrast) {
        apply_high_contrast_colors(style.Colors);
    } else {
        apply_calm_colors(style.Colors);
    }
}

ImGuiStyle make_style(bool high_contrast, float scale) {
    ImGuiStyle style;
    apply_theme(style, high_contrast);
    style.ScaleAllSizes(scale);
    return style;
}

}  // namespace statecraft
