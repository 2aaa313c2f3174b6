// Review: the cards due today per bank, the new cards per day and the desired retention,
// "Review now" over a bank's queue (due cards, then new ones), and when the next card is due.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/screens.h"
#include "ui/study_widgets.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

int review_count(const ReviewBankRow& row) {
    return row.counts.due_now + row.counts.new_to_introduce;
}

void bank_table(const AppState& state, const Look& look, Intent& out) {
    const StudyState& st = state.study;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("review-banks", 5, flags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
    ImGui::TableSetupColumn("Bank", ImGuiTableColumnFlags_WidthStretch, 4.f);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("New", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Next", ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn("##go", ImGuiTableColumnFlags_WidthFixed,
                            button_width("Review now (9)"));
    ImGui::TableHeadersRow();
    for (int i = 0; i < static_cast<int>(st.banks.size()); ++i) {
        const ReviewBankRow& row = st.banks[i];
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0.f);
        // The bank selected on Home is the one Enter reviews.
        if (i == state.home.selected) {
            text_colored(look.accent, "\xE2\x86\x92 " + row.title);
        } else {
            text(row.title);
        }
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text(std::to_string(row.counts.due_today()));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text(std::to_string(row.counts.new_to_introduce));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (review_count(row) > 0) {
            text("now");
        } else if (row.next_due_ms) {
            muted(look, due_in_text(*row.next_due_ms - st.now_ms));
        } else {
            muted(look, "\xE2\x80\x94");
        }
        ImGui::TableNextColumn();
        std::string label = i < 9 ? "Review now (" + std::to_string(i + 1) + ")" : "Review now";
        if (ui::button(label.c_str(), review_count(row) > 0))
            out = intent::Review{review_cmd::Start{i}};
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void settings_block(const AppState& state, Intent& out) {
    const StudyState& st = state.study;
    const float field = ImGui::GetFontSize() * 8;
    ImGui::AlignTextToFramePadding();
    text("New cards per day (each bank)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    int count = st.new_cards_per_day;
    if (ImGui::InputInt("##new-per-day", &count, 1, 10) && count != st.new_cards_per_day)
        out = intent::Review{review_cmd::SetNewCardsPerDay{count}};
    ImGui::AlignTextToFramePadding();
    text("Desired retention");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    float retention = static_cast<float>(st.desired_retention * 100.0);
    if (ImGui::SliderFloat("##retention", &retention, 70.f, 99.f, "%.0f%%",
                           ImGuiSliderFlags_AlwaysClamp)) {
        const double r = std::round(retention) / 100.0;
        if (std::fabs(r - st.desired_retention) > 1e-9)
            out = intent::Review{review_cmd::SetDesiredRetention{r}};
    }
}

}  // namespace

Intent draw_review(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const StudyState& st = state.study;
    ImGui::BeginChild("review", ImVec2(0, -footer_height()));
    Column col = begin_column(56.f);
    text_in_font(look.title, "Review");
    muted(look, "Each question comes back just before you would forget it" +
                    (st.profile.empty() ? std::string(".") : " (cards of " + st.profile + ")."));
    ImGui::Spacing();
    int due = 0, fresh = 0;
    for (const ReviewBankRow& row : st.banks) {
        due += row.counts.due_today();
        fresh += row.counts.new_to_introduce;
    }
    text_in_font(look.heading, std::to_string(due) + " due today \xC2\xB7 " +
                                   std::to_string(fresh) + " new to learn");
    if (due + fresh == 0)
        muted(look, st.next_due_ms ? "All done for now: the next card is due " +
                                         due_in_text(*st.next_due_ms - st.now_ms) + "."
                                   : "All done for now.");
    ImGui::Spacing();
    bank_table(state, look, out);
    ImGui::Spacing();
    rule();
    text_in_font(look.heading, "Settings");
    settings_block(state, out);
    muted(look,
          "Higher retention means shorter intervals: more reviews, fewer lapses. Your "
          "answer rates the card (FSRS): wrong Again; partly right or slow Hard; right "
          "Good; right and fast Easy.");
    if (!st.message.empty()) text_colored(look.wrong, st.message);
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column(56.f);
    const int selected = state.home.selected;
    const bool can = selected >= 0 && selected < static_cast<int>(st.banks.size()) &&
                     review_count(st.banks[selected]) > 0;
    if (primary_button(look, "Review now (Enter)", can))
        out = intent::Review{review_cmd::Start{selected}};
    const char* home = "\xE2\x86\x90 Home (Esc)";
    align_right(button_width(home));
    if (ImGui::Button(home)) out = intent::Back{};
    end_column(bottom);

    if (!keys.typing) {
        if (keys.enter && can) out = intent::Review{review_cmd::Start{selected}};
        if (keys.digit >= 1 && keys.digit <= static_cast<int>(st.banks.size()))
            out = intent::Review{review_cmd::Start{keys.digit - 1}};
    }
    if (keys.escape) out = intent::Back{};
    return out;
}

}  // namespace statecraft
