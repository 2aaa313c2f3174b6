#include "ui/study_widgets.h"

#include <cmath>
#include <cstdio>

#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

const char* confidence_label(Confidence c) {
    switch (c) {
        case Confidence::low:
            return "Low (L)";
        case Confidence::medium:
            return "Medium (M)";
        case Confidence::high:
            return "High (H)";
    }
    return "";
}

std::string signed_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::fabs(x));
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    if (s == "0") return s;
    return (x < 0 ? "\xE2\x88\x92" : "+") + s;  // a real minus sign, as in "−6 to +3"
}

}  // namespace

void confidence_row(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    // A poll asks for a view, not a fact: "how sure" means nothing there.
    if (state.quiz.session && state.quiz.session->current().question->type == QuestionType::poll)
        return;
    const std::optional<Confidence> chosen = state.quiz.practice.confidence;
    const bool open = !state.quiz.practice.outcome;
    ImGui::AlignTextToFramePadding();
    if (!open && !chosen) {
        muted(look, "No confidence given.");
        return;
    }
    muted(look, open ? "How sure are you?" : "You were:");
    for (Confidence c : kConfidenceLevels) {
        ImGui::SameLine();
        const bool on = chosen == c;
        if (!open && !on) continue;
        if (on)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::PushID(static_cast<int>(c));
        const std::string label = std::string(on ? "\xE2\x97\x8F " : "") + confidence_label(c);
        if (ui::button(label.c_str(), open))
            out = intent::Practice{practice_cmd::SetConfidence{static_cast<int>(c)}};
        ImGui::PopID();
        if (on) ImGui::PopStyleColor();
    }
    if (open && !keys.typing) {
        if (keys.letter == 'l') out = intent::Practice{practice_cmd::SetConfidence{1}};
        if (keys.letter == 'm') out = intent::Practice{practice_cmd::SetConfidence{2}};
        if (keys.letter == 'h') out = intent::Practice{practice_cmd::SetConfidence{3}};
    }
}

void score_header(const Look& look, const std::string& title, const std::string& bank_title,
                  double score, int total, double fraction) {
    text_in_font(look.title, title);
    muted(look, bank_title);
    ImGui::Spacing();
    const std::string big =
        score_text(score) + " / " + std::to_string(total) + "  (" + percent(fraction) + ")";
    const ImVec4 color = fraction >= 0.5 ? look.correct : look.wrong;
    text_in_font(look.title, big, &color);
}

void cbm_line(const Look& look, const CbmSummary& cbm) {
    const int questions = cbm.answers + cbm.unanswered;
    std::string s = "CBM score " + signed_number(cbm.cbm_total) + " of " +
                    std::to_string(3 * questions) + " (average " + signed_number(cbm.average_cbm) +
                    " per question, \xE2\x88\x92"
                    "6 to +3)";
    if (cbm.without_confidence > 0)
        s += " \xC2\xB7 " + std::to_string(cbm.without_confidence) + " without confidence";
    muted(look, s);
}

std::string due_in_text(std::int64_t ms) {
    if (ms <= 0) return "now";
    const std::int64_t minutes = (ms + 59'999) / 60'000;
    if (minutes < 60) return "in " + std::to_string(minutes) + " min";
    const std::int64_t hours = (ms + 1'800'000) / 3'600'000;
    if (hours < 36) return "in " + std::to_string(hours) + " h";
    const std::int64_t days = (ms + 43'200'000) / 86'400'000;
    return "in " + std::to_string(days) + " days";
}

void review_summary(const AppState& state, const Look& look) {
    const StudyState& st = state.study;
    if (state.session_mode() == SessionMode::exam) return;
    std::string s;
    if (st.reviewed > 0)
        s = std::to_string(st.reviewed) + (st.reviewed == 1 ? " card" : " cards") + " scheduled";
    if (st.next_due_ms) {
        if (!s.empty()) s += " \xC2\xB7 ";
        s += "next card due " + due_in_text(*st.next_due_ms - st.now_ms);
    }
    if (!s.empty()) muted(look, s);
    if (!st.message.empty()) text_colored(look.wrong, st.message);
}

const char* answer_first_hint(QuestionType type) {
    return type == QuestionType::short_answer ? "Type an answer first." : "Choose an answer first.";
}

std::string clock_text(std::int64_t ms) {
    const std::int64_t s = (std::max<std::int64_t>(0, ms) + 999) / 1000;  // 0.2 s left shows 0:01
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    } else {
        std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60),
                      static_cast<long long>(s % 60));
    }
    return buf;
}

}  // namespace statecraft::ui
