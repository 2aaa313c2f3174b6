#include "ui/editor/editor_widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "ui/widgets.h"

namespace statecraft::ui::editor {

void edit(Page& p, BankEdit change, int select_question) {
    p.out = intent::Editor{intent::editor::Edit{std::move(change), select_question}};
}

void focus_if_asked(Page& p, const std::string& key) {
    const EditorState& s = p.state;
    if (s.focus_field.empty() || !p.storage) return;
    const bool match =
        key == s.focus_field || (key.size() > s.focus_field.size() &&
                                 key.compare(0, s.focus_field.size(), s.focus_field) == 0 &&
                                 key[s.focus_field.size()] == '/');
    const ImGuiID done = ImHashStr("editor-focus-done");
    if (!match || p.storage->GetInt(done, 0) == s.focus_generation) return;
    p.storage->SetInt(done, s.focus_generation);
    ImGui::SetScrollHereY(0.3f);
    ImGui::SetKeyboardFocusHere();
}

namespace {

bool input(const char* id, std::string& value, bool multiline, float width) {
    if (multiline) {
        const float h = ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2;
        return ImGui::InputTextMultiline(id, &value, ImVec2(width, h));
    }
    ImGui::SetNextItemWidth(width);
    return ImGui::InputText(id, &value);
}

}  // namespace

void field_label(Page& p, const char* label) {
    ImGui::AlignTextToFramePadding();
    text(label);
    const float end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
    if (end + ImGui::GetStyle().ItemSpacing.x <= p.label_w) {
        ImGui::SameLine(p.label_w);
    } else {
        ImGui::SameLine();
    }
}

void text_field(Page& p, bank_edit::SetText at, const std::string& value, bool multiline) {
    const std::string key = text_field_key(at.field, at.question, at.item);
    ImGui::PushID(key.c_str());
    field_label(p, text_field_name(at.field));
    focus_if_asked(p, key);
    at.text = value;
    if (input("##v", at.text, multiline, -FLT_MIN)) edit(p, std::move(at));
    ImGui::PopID();
}

void bare_text_field(Page& p, bank_edit::SetText at, const std::string& value, float width) {
    const std::string key = text_field_key(at.field, at.question, at.item);
    ImGui::PushID(key.c_str());
    focus_if_asked(p, key);
    at.text = value;
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint("##v", text_field_name(at.field), &at.text))
        edit(p, std::move(at));
    ImGui::PopID();
}

// Continues the row if an item of width w fits, else starts a new one (large text).
void next_in_row(float w) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
}

float row_controls_width() {
    const ImGuiStyle& st = ImGui::GetStyle();
    return ImGui::GetFrameHeight() * 3 + st.ItemSpacing.x * 3;
}

void row_controls(Page& p, int i, int n, EditList list, int question) {
    ImGui::PushID(i);
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("up", ImGuiDir_Up))
        edit(p, bank_edit::MoveItem{list, question, i, i - 1});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= n);
    if (ImGui::ArrowButton("down", ImGuiDir_Down))
        edit(p, bank_edit::MoveItem{list, question, i, i + 1});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("\xC3\x97##remove", ImVec2(ImGui::GetFrameHeight(), 0)))  // ×
        edit(p, bank_edit::RemoveItem{list, question, i});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this %s", list_item_name(list));
    ImGui::PopID();
}

}  // namespace statecraft::ui::editor
