// The bank editor: a toolbar (Home, Undo, Redo, Save, Lint, Play), the pages and questions on
// the left with the diagnostics, the selected page's form, and the preview. Prompts for unsaved
// changes and for a recovery copy are modal.
#include <imgui_internal.h>

#include <algorithm>

#include "platform/letter_keys.h"
#include "ui/editor/editor_widgets.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;
using namespace ui::editor;
namespace ed = intent::editor;

namespace {

Intent act(ed::Action a) {
    return intent::Editor{std::move(a)};
}

bool ctrl_pressed(ImGuiKey key) {
    const ImGuiIO& io = ImGui::GetIO();
    const int index = ImGui::GetKeyIndex(key);
    return io.KeyCtrl && index >= 0 && ImGui::IsKeyPressed(index, false);
}

bool ctrl_letter(char letter) {  // letters ImGui has no ImGuiKey for
    const int index = letter_key_index(letter);
    return ImGui::GetIO().KeyCtrl && index >= 0 && ImGui::IsKeyPressed(index, false);
}

void toolbar(const EditorState& s, const Look& look, Intent& out) {
    const EditableBank& doc = *s.doc;
    // Key names leave the labels when the row would not fit.
    const bool roomy = ImGui::GetContentRegionAvail().x >= 60 * ImGui::GetFontSize();
    if (ImGui::Button(roomy ? "\xE2\x86\x90 Home (Esc)" : "\xE2\x86\x90 Home"))
        out = act(ed::Leave{LeaveTo::home});
    const char* undo = roomy ? "Undo (Ctrl+Z)" : "Undo";
    next_in_row(button_width(undo));
    ImGui::BeginDisabled(!doc.can_undo());
    if (ImGui::Button(undo)) out = act(ed::Undo{});
    ImGui::EndDisabled();
    if (doc.can_undo() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Undo %s", doc.undo_label().c_str());
    const char* redo = roomy ? "Redo (Ctrl+Y)" : "Redo";
    next_in_row(button_width(redo));
    ImGui::BeginDisabled(!doc.can_redo());
    if (ImGui::Button(redo)) out = act(ed::Redo{});
    ImGui::EndDisabled();
    const char* save = s.read_only ? (roomy ? "Save a copy (Ctrl+S)" : "Save a copy")
                                   : (roomy ? "Save (Ctrl+S)" : "Save");
    next_in_row(button_width(save) + ImGui::GetFontSize() * 2);
    if (s.read_only) {
        if (primary_button(look, save)) out = act(ed::SaveCopy{});
    } else {
        if (primary_button(look, save, doc.dirty() || doc.path().empty())) out = act(ed::Save{});
    }
    const char* lint = s.show_lint ? "Lint: on" : "Lint: off";
    next_in_row(button_width(lint));
    if (ImGui::Button(lint)) out = act(ed::ToggleLint{});
    next_in_row(button_width("Play"));
    if (ui::button("Play", doc.valid())) out = act(ed::Play{});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    std::string where = doc.path().empty() ? "not saved yet" : doc.path().filename().string();
    if (s.read_only) where += " (shipped, read-only)";
    if (doc.dirty()) where = "\xE2\x97\x8F " + where;  // ● unsaved
    hint_if_fits(look, where);
}

void prompt_modal(const EditorState& s, Intent& out) {
    const char* kTitle = "Unsaved changes";
    if (s.prompt && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (!s.prompt) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    text("\"" + s.doc->bank().title + "\" has changes that are not saved.");
    if (ImGui::Button(s.read_only ? "Save a copy (S)" : "Save (S)") ||
        ImGui::GetIO().InputQueueCharacters.contains('s'))
        out = act(ed::Answer{PromptAnswer::save});
    ImGui::SameLine();
    if (ImGui::Button("Discard (D)") || ImGui::GetIO().InputQueueCharacters.contains('d'))
        out = act(ed::Answer{PromptAnswer::discard});
    ImGui::SameLine();
    if (ImGui::Button("Cancel (Esc)") ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        out = act(ed::Answer{PromptAnswer::cancel});
    ImGui::EndPopup();
}

void recovery_modal(const EditorState& s, Intent& out) {
    const char* kTitle = "Recovery copy";
    if (s.recovery_offer && !s.prompt && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (!s.recovery_offer) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    text("Changes to this bank were not saved last time (the app closed).");
    text("Restore them from the recovery copy?");
    if (ImGui::Button("Restore (R)") || ImGui::GetIO().InputQueueCharacters.contains('r'))
        out = act(ed::Restore{true});
    ImGui::SameLine();
    if (ImGui::Button("Delete the copy (D)") || ImGui::GetIO().InputQueueCharacters.contains('d'))
        out = act(ed::Restore{false});
    ImGui::EndPopup();
}

void form(Page& p) {
    switch (p.state.page) {
        case EditorPage::bank:
            metadata_page(p);
            break;
        case EditorPage::briefing:
            briefing_page(p);
            break;
        case EditorPage::categories:
            categories_page(p);
            break;
        case EditorPage::question:
            if (p.state.question >= 0 &&
                p.state.question < static_cast<int>(p.bank.questions.size())) {
                question_form(p, p.state.question);
            } else {
                muted(p.look, "Select or add a question.");
            }
            break;
    }
}

// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y / Ctrl+S. Undo/redo/save act on the bank, not on a field
// being typed in: the field lets go first so it shows the bank's text again.
void shortcuts(const EditorState& s, Intent& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ctrl_pressed(ImGuiKey_Z)) out = act(io.KeyShift ? ed::Action(ed::Redo{}) : ed::Undo{});
    if (ctrl_pressed(ImGuiKey_Y)) out = act(ed::Redo{});
    if (ctrl_letter('s')) out = act(s.read_only ? ed::Action(ed::SaveCopy{}) : ed::Save{});
    if (has_intent(out)) ImGui::ClearActiveID();
}

// The space left in a table cell down to `bottom` (in a cell, "the rest" would be the window's).
ImVec2 rest_of_cell(float bottom) {
    return ImVec2(0, bottom - ImGui::GetCursorScreenPos().y);
}

// The left column: the question list above, the diagnostics below.
void nav_column(Page& page, float body_bottom) {
    const EditorState& s = page.state;
    const float em = ImGui::GetFontSize();
    // A clean bank needs two lines of diagnostics: the question list gets the rest.
    const bool clean = s.doc->diagnostics().empty() && (!s.show_lint || s.lint.empty());
    const float rest_h = rest_of_cell(body_bottom).y;
    const float diagnostics_h = clean ? std::min(em * 5, rest_h * 0.4f) : rest_h * 0.4f;
    ImGui::BeginChild("nav", ImVec2(0, rest_h - diagnostics_h));
    ImGui::PushTextWrapPos(0.f);
    question_list(page);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::Separator();
    ImGui::BeginChild("diagnostics", rest_of_cell(body_bottom));
    ImGui::PushTextWrapPos(0.f);
    diagnostics_panel(page);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

// The editor's message at the end of the toolbar's row, never a row of its own: a message
// appearing must not move the fields below it (a click aimed at one would land elsewhere). A
// long one is cut at the edge and shown whole under the pointer.
void message_line(const Look& look, const std::string& message) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(1.f, ImGui::GetContentRegionAvail().x), ImGui::GetTextLineHeight());
    ImGui::PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
    ImGui::GetWindowDrawList()->AddText(pos, ImGui::GetColorU32(look.muted), message.c_str());
    ImGui::PopClipRect();
    ImGui::Dummy(size);
    if (!message.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", message.c_str());
}

}  // namespace

Intent draw_editor(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const EditorState& s = state.editor;
    if (!s.doc) return intent::Home{home_cmd::GoHome{}};
    const bool modal = s.prompt || s.recovery_offer;
    if (!modal) shortcuts(s, out);
    Page page{s, s.doc->bank(), look, out, 0.f, nullptr, {}};
    page.storage = ImGui::GetStateStorage();
    page.file_name =
        s.doc->path().empty() ? s.doc->bank().id + ".json" : s.doc->path().filename().string();
    const float em = ImGui::GetFontSize();

    toolbar(s, look, out);
    message_line(look, s.message);
    ImGui::Separator();

    const float width = ImGui::GetContentRegionAvail().x;
    const bool three = width >= 56 * em;
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp;
    // The cells' bottom padding stays inside the screen.
    const ImVec2 table_size(0, ImGui::GetContentRegionAvail().y);
    // Children fill their cell down to here (in a cell, "the rest" would be the window's).
    const float body_bottom =
        ImGui::GetCursorScreenPos().y + table_size.y - ImGui::GetStyle().CellPadding.y * 2 - 1;
    auto rest = [body_bottom] { return rest_of_cell(body_bottom); };
    if (ImGui::BeginTable("editor", three ? 3 : 2, flags, table_size)) {
        ImGui::TableSetupColumn("nav", ImGuiTableColumnFlags_WidthStretch, three ? 0.24f : 0.34f);
        ImGui::TableSetupColumn("form", ImGuiTableColumnFlags_WidthStretch, three ? 0.44f : 0.66f);
        if (three) ImGui::TableSetupColumn("preview", ImGuiTableColumnFlags_WidthStretch, 0.32f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        nav_column(page, body_bottom);

        ImGui::TableNextColumn();
        page.label_w = std::min(em * 7, ImGui::GetContentRegionAvail().x * 0.25f);
        ImGui::BeginChild("form", rest());
        ImGui::PushTextWrapPos(0.f);
        form(page);
        if (!three) {
            ImGui::Spacing();
            rule();
            preview_panel(page);
        }
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        if (three) {
            ImGui::TableNextColumn();
            ImGui::BeginChild("preview", rest());
            ImGui::PushTextWrapPos(0.f);
            preview_panel(page);
            ImGui::PopTextWrapPos();
            ImGui::EndChild();
        }
        ImGui::EndTable();
    }
    prompt_modal(s, out);
    recovery_modal(s, out);
    if (!modal && keys.escape) out = act(ed::Leave{LeaveTo::home});
    return out;
}

}  // namespace statecraft
