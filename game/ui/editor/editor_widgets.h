// Helpers the editor's pages share: fields that turn typing into edits (BankEdit values the
// document applies as undoable steps), list-row controls, and the one-shot focus a clicked
// diagnostic asks for.
#pragma once

#include <imgui.h>

#include <string>

#include "core/editor/bank_edit.h"
#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/look.h"

namespace statecraft::ui::editor {

// What every page needs while drawing one frame.
struct Page {
    const EditorState& state;
    const Bank& bank;
    const Look& look;
    Intent& out;
    float label_w = 0;                // width of the label column
    ImGuiStorage* storage = nullptr;  // the screen window's: remembers the focus done
    std::string file_name;            // what diagnostics are prefixed with, as validate does
};

// Sends the edit; select_question: the question to show after it (one added or moved).
void edit(Page& p, BankEdit change, int select_question = -1);

// Continues the row if an item of width w fits, else starts a new one (large text).
void next_in_row(float w);

// "Label" in the label column, then the cursor where its field goes.
void field_label(Page& p, const char* label);

// The field `at` names (its text is what was typed), labelled text_field_name(at.field). Its
// key, text_field_key(): the field's JSON pointer without the leading "/"
// ("questions/2/prompt"), is the widget's id, the undo merge key and what a clicked
// diagnostic focuses.
void text_field(Page& p, bank_edit::SetText at, const std::string& value, bool multiline = false);
// The same without a label column (inside list rows); the field's name is shown while empty.
void bare_text_field(Page& p, bank_edit::SetText at, const std::string& value, float width);

// Focus (keyboard and scroll) the next item if a diagnostic asked for key or a field inside it.
void focus_if_asked(Page& p, const std::string& key);

// [↑][↓][✕] for row i of n in the list (of the question, for a question's lists): MoveItem
// and RemoveItem edits.
float row_controls_width();
void row_controls(Page& p, int i, int n, EditList list, int question = -1);

// Pages of the editor (one file each).
void metadata_page(Page& p);
void briefing_page(Page& p);
void categories_page(Page& p);
void question_list(Page& p);
void question_form(Page& p, int index);
void question_items(Page& p, int index);  // the type's choices, pairs, items or answers
// This computer's answers to the question: their count, item analysis figures and flags.
void item_figures_panel(Page& p, const Question& q);
void estimate_items(Page& p, int index);  // editor_estimate_items.cpp
void matrix_items(Page& p, int index);    // a matrix's hypotheses, evidence rows and key
void diagnostics_panel(Page& p);
void preview_panel(Page& p);
void source_panel(Page& p);  // editor_source_panel.cpp: source.text_file beside the question

}  // namespace statecraft::ui::editor
