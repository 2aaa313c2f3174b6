#include "ui/question_widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/estimate_widget.h"
#include "ui/page_focus.h"
#include "ui/practice/matrix_widget.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

const char* instruction(QuestionType type) {
    switch (type) {
        case QuestionType::single:
            return "Choose one answer.";
        case QuestionType::multiple:
            return "Choose all that apply.";
        case QuestionType::true_false:
            return "True or false?";
        case QuestionType::matching:
            return "Match each item on the left with one on the right.";
        case QuestionType::ordering:
            return "Put the items in order, first at the top.";
        case QuestionType::short_answer:
            return "Type a short answer.";
        case QuestionType::estimate:
            return "Estimate: type a number.";
        case QuestionType::poll:
            return "Poll: choose the answer you find most convincing. It is not scored.";
        case QuestionType::matrix:
            return "Mark how each piece of evidence bears on each reading.";
    }
    return "";
}

constexpr const char* kDragPayload = "statecraft-order-item";

Mark choice_mark(const PracticeState& p, bool chosen, bool correct) {
    if (!p.outcome) return Mark::none;
    if (chosen) return correct ? Mark::right : Mark::wrong;
    return correct ? Mark::missed : Mark::none;
}

Intent choices(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const PresentedQuestion& pq = state.quiz.session->current();
    const Question& q = *pq.question;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    const RowKind kind = q.type == QuestionType::multiple ? RowKind::checkbox : RowKind::radio;
    for (int n = 0; n < static_cast<int>(pq.choice_order.size()); ++n) {
        const Choice& c = q.choices[pq.choice_order[n]];
        const bool chosen = p.draft.has_choice(c.id);
        std::string id = "choice-" + c.id;
        // A poll has no key: nothing is marked right or wrong.
        const Mark mark =
            q.type == QuestionType::poll ? Mark::none : choice_mark(p, chosen, c.correct);
        if (choice_row(look, id.c_str(), n + 1, c.text, kind, chosen, open, mark))
            out = intent::Practice{practice_cmd::ChooseChoice{c.id}};
        if (open && keys.digit == n + 1) out = intent::Practice{practice_cmd::ChooseChoice{c.id}};
    }
    return out;
}

Intent true_false(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const Question& q = *state.quiz.session->current().question;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    for (bool value : {true, false}) {
        const int number = value ? 1 : 2;
        const bool chosen = p.draft.truth == value;
        if (choice_row(look, value ? "true" : "false", number, value ? "True" : "False",
                       RowKind::radio, chosen, open, choice_mark(p, chosen, q.answer == value)))
            out = intent::Practice{practice_cmd::ChooseTruth{value}};
        if (open && keys.digit == number) out = intent::Practice{practice_cmd::ChooseTruth{value}};
    }
    return out;
}

}  // namespace

std::string numbered_options(const std::vector<std::string>& options) {
    std::string out;
    for (std::size_t k = 0; k < options.size(); ++k)
        out += (k ? "     " : "") + std::to_string(k + 1) + "  " + options[k];
    return out;
}

namespace {

Intent matching(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const PresentedQuestion& pq = state.quiz.session->current();
    const Question& q = *pq.question;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    const int rows = static_cast<int>(q.pairs.size());
    const ImGuiTableFlags flags =
        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("matching", 2, flags, ImVec2(ImGui::CalcItemWidth(), 0))) {
        ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        for (int row = 0; row < rows; ++row) {
            const MatchPair& pair = q.pairs[row];
            const std::string chosen = p.draft.match_for(pair.left);
            const bool current = open && row == p.cursor;
            ImGui::TableNextRow();
            if (current)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                       ImGui::GetColorU32(ImGuiCol_Header));
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.f);
            ImGui::AlignTextToFramePadding();
            if (current) {
                text_colored(look.accent, "\xE2\x86\x92 " + pair.left);  // →
            } else {
                text(pair.left);
            }
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::PushID(row);
            ImGui::PushTextWrapPos(0.f);
            if (open) {
                ImGui::SetNextItemWidth(-FLT_MIN);
                const std::string preview = chosen.empty() ? "Choose\xE2\x80\xA6" : chosen;
                if (ImGui::BeginCombo("##match", preview.c_str())) {
                    for (int k = 0; k < static_cast<int>(pq.match_options.size()); ++k) {
                        const std::string& option = pq.match_options[k];
                        std::string label = std::to_string(k + 1) + "  " + option;
                        if (ImGui::Selectable(label.c_str(), option == chosen))
                            out = intent::Practice{practice_cmd::SetMatch{row, option}};
                    }
                    ImGui::EndCombo();
                }
                if (ImGui::IsItemActivated()) out = intent::Practice{practice_cmd::SetCursor{row}};
            } else {
                const bool right = row < static_cast<int>(p.outcome->part_right.size()) &&
                                   p.outcome->part_right[row];
                const Mark mark = right ? Mark::right : Mark::wrong;
                text_colored(mark_color(look, mark), std::string(mark_text(mark)) + " " +
                                                         (chosen.empty() ? "(none)" : chosen));
                if (!right) muted(look, "answer: " + pair.right);
            }
            ImGui::PopTextWrapPos();
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (open) {
        // The right-hand options with their keys, on screen (not only inside each list), and
        // what a key does to the marked row.
        ImGui::Spacing();
        text(numbered_options(pq.match_options));
        muted(look, kMatchingKeys);
        if (keys.alt_up && p.cursor > 0)
            out = intent::Practice{practice_cmd::SetCursor{p.cursor - 1}};
        if (keys.alt_down && p.cursor + 1 < rows)
            out = intent::Practice{practice_cmd::SetCursor{p.cursor + 1}};
        if (keys.digit > 0 && keys.digit <= static_cast<int>(pq.match_options.size()) &&
            p.cursor >= 0 && p.cursor < rows)
            out = intent::Practice{
                practice_cmd::SetMatch{p.cursor, pq.match_options[keys.digit - 1]}};
    }
    return out;
}

Intent ordering(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const PracticeState& p = state.quiz.practice;
    const Question& q = *state.quiz.session->current().question;
    const bool open = !p.outcome;
    const auto& order = p.draft.order;
    const int n = static_cast<int>(order.size());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float arrows_w = open ? ImGui::GetFrameHeight() * 2 + style.ItemSpacing.x * 2 : 0.f;
    std::vector<ImGuiID> row_ids;  // rows by place: after a move, the moved item's new row
    for (int i = 0; i < n; ++i) {
        ImGui::PushID(i);
        Mark mark = Mark::none;
        if (!open) {
            const bool right =
                i < static_cast<int>(p.outcome->part_right.size()) && p.outcome->part_right[i];
            mark = right ? Mark::right : Mark::wrong;
        }
        const float wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos;
        const float row_end =
            wrap > 0 ? wrap : ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
        // Leave room for the arrow buttons at the end of the row.
        if (open) ImGui::PushTextWrapPos(row_end - arrows_w);
        const float y = ImGui::GetCursorPosY();
        if (choice_row(look, "item", i + 1, order[i], RowKind::plain, open && i == p.cursor, open,
                       mark))
            out = intent::Practice{practice_cmd::SetCursor{i}};
        row_ids.push_back(ImGui::GetItemID());
        if (open && ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(kDragPayload, &i, sizeof i);
            text(order[i]);
            ImGui::EndDragDropSource();
        }
        if (open && ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kDragPayload))
                out = intent::Practice{
                    practice_cmd::MoveItem{*static_cast<const int*>(payload->Data), i}};
            ImGui::EndDragDropTarget();
        }
        if (open) {
            ImGui::PopTextWrapPos();
            const float after_y = ImGui::GetCursorPosY();
            ImGui::SetCursorPosY(y);
            ImGui::SetCursorPosX(row_end - arrows_w + style.ItemSpacing.x);
            ImGui::BeginDisabled(i == 0);
            if (ImGui::ArrowButton("up", ImGuiDir_Up))
                out = intent::Practice{practice_cmd::MoveItem{i, i - 1}};
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(i + 1 == n);
            if (ImGui::ArrowButton("down", ImGuiDir_Down))
                out = intent::Practice{practice_cmd::MoveItem{i, i + 1}};
            ImGui::EndDisabled();
            ImGui::SetCursorPosY(after_y);
        } else if (mark == Mark::wrong) {
            auto it = std::find(q.sequence.begin(), q.sequence.end(), order[i]);
            if (it != q.sequence.end()) {
                ImGui::Indent(ImGui::GetFontSize() * 2);
                muted(look, "belongs at " + std::to_string(it - q.sequence.begin() + 1));
                ImGui::Unindent(ImGui::GetFontSize() * 2);
            }
        }
        ImGui::PopID();
    }
    if (open) {
        if (keys.digit > 0 && keys.digit <= n)
            out = intent::Practice{practice_cmd::SetCursor{keys.digit - 1}};
        const int to = keys.alt_up ? p.cursor - 1 : keys.alt_down ? p.cursor + 1 : -1;
        if (to >= 0 && to < n && p.cursor >= 0 && p.cursor < n) {
            out = intent::Practice{practice_cmd::MoveItem{p.cursor, to}};
            // Keyboard focus follows the item it moved, never a button elsewhere.
            ImGui::SetFocusID(row_ids[to], ImGui::GetCurrentWindow());
        }
    }
    return out;
}

Intent short_answer(const AppState& state, const Look& look) {
    Intent out;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    std::string text_value = p.draft.text;
    focus_when_page_appears(open);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    if (!open) flags |= ImGuiInputTextFlags_ReadOnly;
    const bool entered =
        ImGui::InputTextWithHint("##answer", "Type your answer", &text_value, flags);
    keep_page_top_after_focus();
    // Escape makes ImGui put back the text from before editing; keep what was typed instead.
    const bool escaped = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (open && text_value != p.draft.text && !escaped)
        out = intent::Practice{practice_cmd::SetText{text_value}};
    if (open && entered && !escaped) out = intent::Practice{practice_cmd::Submit{text_value}};
    if (open) muted(look, "Case, extra spaces and punctuation at the ends do not matter.");
    return out;
}

}  // namespace

Intent draw_answer_area(const AppState& state, const Look& look, const Keys& keys) {
    switch (state.quiz.session->current().question->type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            return choices(state, look, keys);
        case QuestionType::estimate:
            return draw_estimate_answer(state, look);
        case QuestionType::true_false:
            return true_false(state, look, keys);
        case QuestionType::matching:
            return matching(state, look, keys);
        case QuestionType::ordering:
            return ordering(state, look, keys);
        case QuestionType::short_answer:
            return short_answer(state, look);
        case QuestionType::matrix:
            return matrix_answer(state, look, keys);
    }
    return {};
}

namespace {
std::string category_line(const QuizSession& s) {
    const Question& q = *s.current().question;
    const Category* cat = s.bank().find_category(q.category);
    return (cat ? cat->title : q.category) + " \xC2\xB7 " + instruction(q.type);
}
}  // namespace

void draw_prompt(const AppState& state, const Look& look) {
    muted(look, category_line(*state.quiz.session));
    text_in_font(look.heading, state.quiz.session->current().question->prompt);
    ImGui::Spacing();
}

bool prompt_stays_in_view(const AppState& state, const Look& look, float width, float height) {
    const std::string& prompt = state.quiz.session->current().question->prompt;
    if (look.heading) ImGui::PushFont(look.heading);
    const float prompt_h = ImGui::CalcTextSize(prompt.c_str(), nullptr, false, width).y;
    if (look.heading) ImGui::PopFont();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float total = ImGui::GetTextLineHeightWithSpacing() + prompt_h + style.ItemSpacing.y * 2;
    return total <= height * kPinnedPromptShare;
}

Intent draw_question(const AppState& state, const Look& look, const Keys& keys) {
    draw_prompt(state, look);
    return draw_answer_area(state, look, keys);
}

}  // namespace statecraft::ui
