// The estimate's own part of a question (bank format 1.1): the value, its unit, the margin of
// full credit and the tolerance where credit reaches 0, with the rule in words beneath.
#include <imgui.h>

#include "core/session/estimate_score.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

Question* at(Bank& b, int i) {
    return i >= 0 && i < static_cast<int>(b.questions.size()) ? &b.questions[i] : nullptr;
}

// One number; the edit merges while typing into one undo step per field.
void number_field(Page& p, int qi, const char* label, const std::string& key, double value,
                  std::function<void(Question&, double)> set) {
    field_label(p, label);
    focus_if_asked(p, key);
    double v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    const std::string id = std::string("##") + key;
    if (ImGui::InputDouble(id.c_str(), &v, 0, 0, "%.6g") && v != value)
        edit(
            p, std::string("Change ") + label,
            [qi, v, set](Bank& b) {
                if (Question* x = at(b, qi)) set(*x, v);
            },
            key);
}

}  // namespace

void estimate_items(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi);
    number_field(p, qi, "Value", base + "/value", q.value.value_or(0),
                 [](Question& x, double v) { x.value = v; });
    text_field(p, "Unit", base + "/unit", q.unit, [qi](Bank& b, const std::string& v) {
        if (Question* x = at(b, qi)) x->unit = v;
    });
    number_field(p, qi, "Full marks within", base + "/margin", q.margin,
                 [](Question& x, double v) { x.margin = v; });
    number_field(p, qi, "No marks beyond", base + "/tolerance", estimate_tolerance(q),
                 [](Question& x, double v) { x.tolerance = v; });
    muted(p.look, "Students see: " + describe_estimate_key(q));
}

}  // namespace statecraft::ui::editor
