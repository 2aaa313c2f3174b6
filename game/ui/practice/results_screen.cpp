// Results: the score, the score by category, the missed questions with their explanations,
// retry the missed ones.
#include <cmath>
#include <string>

#include "core/session/session_cbm.h"
#include "ui/screens.h"
#include "ui/study_widgets.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

std::string duration_text(std::int64_t ms) {
    const std::int64_t s = (ms + 500) / 1000;
    if (s < 60) return std::to_string(s) + " s";
    return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
}

void category_table(const Results& r) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("categories", 3, flags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
    ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_WidthStretch, 3.f);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthStretch, 1.f);
    ImGui::TableSetupColumn("%", ImGuiTableColumnFlags_WidthStretch, 1.f);
    ImGui::TableHeadersRow();
    for (const CategoryScore& c : r.categories) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        text(c.title);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        text(score_text(c.score) + " / " + std::to_string(c.questions));
        ImGui::TableNextColumn();
        text(percent(c.questions > 0 ? c.score / c.questions : 0.0));
    }
    ImGui::EndTable();
}

void missed_question(const QuizSession& s, int i, const Look& look, Intent& out) {
    const Question& q = *s.item(i).question;
    ImGui::PushID(i);
    rule();
    const auto& attempt = s.attempt(i);
    muted(look, "Question " + std::to_string(i + 1) + " \xC2\xB7 " +
                    (attempt ? "scored " + percent(attempt->score) : std::string("not answered")));
    text_in_font(look.heading, q.prompt);
    muted(look, "Your answer:");
    ImGui::Indent();
    for (const std::string& line :
         attempt ? describe_answer(q, attempt->answer) : std::vector<std::string>{"(none)"})
        text_colored(look.wrong, line);
    ImGui::Unindent();
    muted(look, "The answer:");
    ImGui::Indent();
    for (const std::string& line : describe_correct_answer(q)) text_colored(look.correct, line);
    ImGui::Unindent();
    if (!q.explanation.empty()) text(q.explanation);
    for (const std::string& ref : q.refs) {
        const Section* section = s.bank().find_section(ref);
        if (section && link(look, ref.c_str(), "\xE2\x86\x92 " + section->heading))
            out = intent::Home{home_cmd::OpenBriefing{ref}};
    }
    ImGui::PopID();
}

}  // namespace

Intent draw_results(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    if (!state.quiz.session) return intent::Home{home_cmd::GoHome{}};
    const QuizSession& s = *state.quiz.session;
    const Results r = s.results();
    const bool any_missed = !r.missed.empty();

    ImGui::BeginChild("results", ImVec2(0, -footer_height()));
    Column col = begin_column();
    score_header(look, "Results", s.bank().title, r.score, r.total, r.fraction());
    ImGui::ProgressBar(float(r.fraction()),
                       ImVec2(ImGui::CalcItemWidth(), std::floor(ImGui::GetFontSize() * 0.5f)), "");
    muted(look, std::to_string(r.total - static_cast<int>(r.missed.size())) + " fully right, " +
                    std::to_string(r.missed.size()) + " to review \xC2\xB7 answered in " +
                    duration_text(r.elapsed_ms));
    cbm_line(look, session_cbm(s));
    review_summary(state, look);
    ImGui::Spacing();
    text_in_font(look.heading, "By category");
    category_table(r);
    ImGui::Spacing();
    if (any_missed) {
        text_in_font(look.heading, "To review (" + std::to_string(r.missed.size()) + ")");
        for (int i : r.missed) missed_question(s, i, look, out);
    } else {
        text_colored(look.correct, "Every question fully right. Well done.");
    }
    if (!state.view.status.empty()) {
        ImGui::Spacing();
        muted(look, state.view.status);
    }
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column();
    if (primary_button(look, "Home (Enter)")) out = intent::Home{home_cmd::GoHome{}};
    ImGui::SameLine();
    if (ui::button("Retry missed (R)", any_missed))
        out = intent::Practice{practice_cmd::RetryMissed{}};
    const char* quit = "Quit (Q)";
    align_right(button_width(quit));
    if (ImGui::Button(quit)) out = intent::Home{home_cmd::Quit{}};
    end_column(bottom);

    if (keys.enter || keys.escape) out = intent::Home{home_cmd::GoHome{}};
    if (keys.letter == 'r' && any_missed) out = intent::Practice{practice_cmd::RetryMissed{}};
    if (keys.letter == 'q') out = intent::Home{home_cmd::Quit{}};
    if (keys.letter == 'b' && s.bank().source) out = intent::Home{home_cmd::OpenBriefing{}};
    return out;
}

}  // namespace statecraft
