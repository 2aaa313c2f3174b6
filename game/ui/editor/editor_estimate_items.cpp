// The estimate's own part of a question (bank format 1.1): the value, its unit, the margin of
// full credit and the tolerance where credit reaches 0, with the rule in words beneath.
#include <imgui.h>

#include "core/session/estimate_score.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

// One number; the edit merges while typing into one undo step per field.
void number_field(Page& p, int qi, const char* label, NumberField field, double value) {
    const std::string key = merge_key(bank_edit::SetNumber{field, qi});
    field_label(p, label);
    focus_if_asked(p, key);
    double v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    const std::string id = std::string("##") + key;
    if (ImGui::InputDouble(id.c_str(), &v, 0, 0, "%.6g") && v != value)
        edit(p, bank_edit::SetNumber{field, qi, v});
}

}  // namespace

void estimate_items(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    number_field(p, qi, "Value", NumberField::value, q.value.value_or(0));
    text_field(p, bank_edit::SetText{TextField::unit, qi}, q.unit);
    number_field(p, qi, "Full marks within", NumberField::margin, q.margin);
    number_field(p, qi, "No marks beyond", NumberField::tolerance, estimate_tolerance(q));
    muted(p.look, "Students see: " + describe_estimate_key(q));
}

}  // namespace statecraft::ui::editor
