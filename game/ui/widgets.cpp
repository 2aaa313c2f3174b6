#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace statecraft {

Look default_look() {
    Look look;
    const ImGuiStyle& style = ImGui::GetStyle();
    look.muted = style.Colors[ImGuiCol_TextDisabled];
    look.accent = style.Colors[ImGuiCol_CheckMark];
    return look;
}

namespace ui {

void begin_screen(const char* id) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin(id, nullptr, kFlags);
}

void end_screen() {
    ImGui::End();
}

Column begin_column(float max_em) {
    Column c;
    const float avail = ImGui::GetContentRegionAvail().x;
    // Centre in the width the window would have without its scrollbar, so the column does not
    // jump sideways when a scrollbar appears, and lines up with the header and footer.
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float full = avail + (window->ScrollbarY ? ImGui::GetStyle().ScrollbarSize : 0.f);
    c.width = std::min(avail, std::floor(max_em * ImGui::GetFontSize()));
    c.indent = std::clamp(std::floor((full - c.width) * 0.5f), 0.f, avail - c.width);
    if (c.indent > 0) ImGui::Indent(c.indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + c.width);
    ImGui::PushItemWidth(c.width);
    return c;
}

void end_column(const Column& c) {
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    if (c.indent > 0) ImGui::Unindent(c.indent);
}

float footer_height() {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + style.ItemSpacing.y * 2 + 1;
}

void hint_if_fits(const Look& look, std::string_view s) {
    const float end = column_end();
    const float w = ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
    if (ImGui::GetCursorPosX() + w <= end) {
        muted(look, s);
    } else {
        ImGui::Dummy(ImVec2(0, 0));  // keeps the row going for whatever comes next
    }
}

void rule() {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::CalcItemWidth();
    const float y = std::floor(pos.y + ImGui::GetStyle().ItemSpacing.y * 0.5f);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + w, y),
                                        ImGui::GetColorU32(ImGuiCol_Separator),
                                        std::max(1.f, std::floor(ImGui::GetFontSize() / 18.f)));
    ImGui::Dummy(ImVec2(w, ImGui::GetStyle().ItemSpacing.y));
}

void text(std::string_view s) {
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
}

void text_colored(const ImVec4& color, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text(s);
    ImGui::PopStyleColor();
}

void text_in_font(ImFont* font, std::string_view s, const ImVec4* color) {
    if (font) ImGui::PushFont(font);
    if (color) {
        text_colored(*color, s);
    } else {
        text(s);
    }
    if (font) ImGui::PopFont();
}

void muted(const Look& look, std::string_view s) {
    text_colored(look.muted, s);
}

bool button(const char* label, bool enabled, ImVec2 size) {
    ImGui::BeginDisabled(!enabled);
    bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    return pressed && enabled;
}

bool primary_button(const Look& look, const char* label, bool enabled) {
    const float w = std::max(button_width(label), 8.f * ImGui::GetFontSize());
    const ImVec4 a = look.accent;
    const auto shade = [&](float f) { return ImVec4(a.x * f, a.y * f, a.z * f, a.w); };
    ImGui::PushStyleColor(ImGuiCol_Button, a);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, shade(0.85f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, shade(0.7f));
    ImGui::PushStyleColor(ImGuiCol_Text, look.on_accent);
    const bool pressed = button(label, enabled, ImVec2(w, 0));
    ImGui::PopStyleColor(4);
    return pressed;
}

bool link(const Look& look, const char* id, std::string_view label) {
    ImGui::PushID(id);
    const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton("##link", size);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 col = ImGui::GetColorU32(look.accent);
    draw->AddText(pos, col, label.data(), label.data() + label.size());
    if (hovered || ImGui::IsItemFocused())
        draw->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), col,
                      std::max(1.f, ImGui::GetFontSize() / 16.f));
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return clicked;
}

float column_end() {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    return window->DC.TextWrapPos > 0 ? window->DC.TextWrapPos
                                      : ImGui::GetWindowContentRegionMax().x;
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void align_right(float w) {
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), column_end() - w));
}

const char* mark_text(Mark mark) {
    switch (mark) {
        case Mark::right:
            return "\xE2\x9C\x93";  // ✓
        case Mark::wrong:
            return "\xE2\x9C\x97";  // ✗
        case Mark::missed:
            return "\xE2\x86\x90 the answer";  // ← the answer
        case Mark::none:
            break;
    }
    return "";
}

ImVec4 mark_color(const Look& look, Mark mark) {
    switch (mark) {
        case Mark::right:
        case Mark::missed:
            return look.correct;
        case Mark::wrong:
            return look.wrong;
        case Mark::none:
            break;
    }
    return look.muted;
}

bool choice_row(const Look& look, const char* id, int number, std::string_view label, RowKind kind,
                bool checked, bool enabled, Mark mark) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    const float box = kind == RowKind::plain ? 0.f : font;  // the radio circle / check box
    const float width = ImGui::GetCurrentWindow()->DC.TextWrapPos > 0
                            ? ImGui::GetCurrentWindow()->DC.TextWrapPos - ImGui::GetCursorPosX()
                            : ImGui::GetContentRegionAvail().x;
    char num[16] = "";
    if (number > 0) std::snprintf(num, sizeof num, "%d", number);
    const float num_w = ImGui::CalcTextSize("8").x;
    const char* mark_label = mark_text(mark);
    const float mark_w =
        mark == Mark::none ? 0.f : ImGui::CalcTextSize(mark_label).x + style.ItemSpacing.x;
    const float box_gap = box > 0 ? style.ItemInnerSpacing.x : 0.f;
    const float text_x = style.FramePadding.x + num_w + style.ItemInnerSpacing.x + box_gap + box;
    const float wrap_w = std::max(font * 4, width - text_x - mark_w - style.FramePadding.x);
    const ImVec2 text_size =
        ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, wrap_w);
    const float height = std::max(ImGui::GetFrameHeight(), text_size.y + style.FramePadding.y * 2);

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    ImGui::BeginDisabled(!enabled);
    bool clicked = ImGui::Selectable("##row", checked, 0, ImVec2(width, height));
    ImGui::EndDisabled();
    ImGui::PopID();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted_col = ImGui::GetColorU32(look.muted);
    const float line_mid = pos.y + style.FramePadding.y + font * 0.5f;
    float x = pos.x + style.FramePadding.x;
    draw->AddText(ImVec2(x, line_mid - font * 0.5f), muted_col, num);
    x += num_w + style.ItemInnerSpacing.x;
    const ImU32 frame_col = ImGui::GetColorU32(ImGuiCol_Text, 0.8f);
    const ImU32 accent_col = ImGui::GetColorU32(look.accent);
    const float thick = std::max(1.f, font / 12.f);
    if (kind == RowKind::plain) {
        // no indicator: the row's highlight shows the selection
    } else if (kind == RowKind::radio) {
        const ImVec2 c(x + box * 0.5f, line_mid);
        draw->AddCircle(c, box * 0.45f, frame_col, 20, thick);
        if (checked) draw->AddCircleFilled(c, box * 0.25f, accent_col, 20);
    } else {
        const ImVec2 a(x + box * 0.05f, line_mid - box * 0.45f),
            b(x + box * 0.95f, line_mid + box * 0.45f);
        draw->AddRect(a, b, frame_col, box * 0.15f, 0, thick);
        if (checked)
            ImGui::RenderCheckMark(draw, ImVec2(a.x + box * 0.15f, a.y + box * 0.15f), accent_col,
                                   box * 0.6f);
    }
    x += box + box_gap;
    draw->AddText(nullptr, 0.f, ImVec2(x, pos.y + style.FramePadding.y), text_col, label.data(),
                  label.data() + label.size(), wrap_w);
    if (mark != Mark::none) {
        draw->AddText(ImVec2(pos.x + width - mark_w + style.ItemSpacing.x - style.FramePadding.x,
                             line_mid - font * 0.5f),
                      ImGui::GetColorU32(mark_color(look, mark)), mark_label);
    }
    return clicked && enabled;
}

std::string percent(double fraction) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", std::round(fraction * 100.0));
    return buf;
}

std::string score_text(double score) {
    char buf[32];
    double rounded = std::round(score * 10.0) / 10.0;
    if (rounded == std::floor(rounded)) {
        std::snprintf(buf, sizeof buf, "%.0f", rounded);
    } else {
        std::snprintf(buf, sizeof buf, "%.1f", rounded);
    }
    return buf;
}

}  // namespace ui
}  // namespace statecraft
