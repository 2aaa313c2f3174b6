// Progress: the figures `statecraft stats` prints (accuracy by category and by day, sessions,
// weakest questions, best score per bank, days in a row) and calibration, for the current
// profile. Everything is computed before the screen opens (app/modes/progress/progress_data.cpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string fixed(double v, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// A bar filling the cell, the percentage beside it (written on the bar, "100%" was dark text
// on the dark fill).
void accuracy_bar(double fraction) {
    const std::string label = percent(fraction);
    const float label_w = ImGui::CalcTextSize("100%").x;
    const float bar_w = std::max(ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x - label_w -
                                                           ImGui::GetStyle().ItemSpacing.x);
    ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(bar_w, 0.f), "");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label.c_str());
}

// Too few answers at a level for a verdict: one answer proves nothing either way.
constexpr int kMinVerdictAnswers = 10;

void heading(const Look& look, const std::string& s) {
    ImGui::Spacing();
    text_in_font(look.heading, s);
}

void categories(const ProgressPage& p, const Look& look) {
    heading(look, "Accuracy by category");
    if (p.categories.empty()) return muted(look, "Nothing answered yet.");
    if (!ImGui::BeginTable("categories", 3, kTableFlags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
    ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn("Accuracy", ImGuiTableColumnFlags_WidthStretch, 3.f);
    ImGui::TableSetupColumn("Answers", ImGuiTableColumnFlags_WidthStretch, 1.f);
    ImGui::TableHeadersRow();
    for (const ProgressPage::Bar& c : p.categories) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        text(c.label);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        accuracy_bar(c.accuracy);
        ImGui::TableNextColumn();
        text(std::to_string(c.attempts));
    }
    ImGui::EndTable();
}

// One bar per day (at most a twentieth of the width each), the day and its figures under the
// pointer.
void day_bars(const ProgressPage& p, std::size_t first) {
    const float em = ImGui::GetFontSize();
    const ImVec2 size(ImGui::CalcItemWidth(), std::floor(em * 5.f));
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg));
    const int n = static_cast<int>(p.days.size() - first);
    const float slot = std::min(size.x / n, size.x / 40.f * 2.f);
    ImGui::InvisibleButton("##days", size);
    const bool hovered = ImGui::IsItemHovered();
    for (int i = 0; i < n; ++i) {
        const ProgressPage::Day& d = p.days[first + i];
        const float x = o.x + i * slot;
        const float top = o.y + size.y * (1.f - static_cast<float>(d.accuracy));
        dl->AddRectFilled(ImVec2(x + 1, top), ImVec2(x + slot - 1, o.y + size.y),
                          ImGui::GetColorU32(ImGuiCol_PlotHistogram));
        const float mx = ImGui::GetIO().MousePos.x;
        if (hovered && mx >= x && mx < x + slot)
            ImGui::SetTooltip("%s: %s of %s", d.date.c_str(), percent(d.accuracy).c_str(),
                              plural(d.attempts, "answer", "answers").c_str());
    }
}

// One bar per day studied (the latest kDaysShown), 0..100%.
void over_time(const ProgressPage& p, const Look& look) {
    constexpr std::size_t kDaysShown = 60;
    heading(look, "Accuracy by day");
    if (p.days.empty()) return muted(look, "No days studied yet.");
    const std::size_t first = p.days.size() > kDaysShown ? p.days.size() - kDaysShown : 0;
    const ProgressPage::Day& last = p.days.back();
    if (p.days.size() == 1) {  // one bar across the whole width says nothing
        text(last.date + ": " + percent(last.accuracy) + " of " +
             plural(last.attempts, "answer", "answers"));
        return;
    }
    day_bars(p, first);
    muted(look, p.days[first].date + " to " + last.date + " \xC2\xB7 " +
                    plural(static_cast<std::int64_t>(p.days.size()), "day", "days") +
                    " studied in all");
}

void weakest(const ProgressPage& p, const Look& look, Intent& out) {
    heading(look, "Weakest questions");
    if (p.weakest.empty()) return muted(look, "None: every question answered recently is right.");
    muted(look, "Accuracy over each question's latest 5 attempts.");
    if (ImGui::BeginTable("weakest", 3, kTableFlags, ImVec2(ImGui::CalcItemWidth(), 0))) {
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 4.f);
        ImGui::TableSetupColumn("Recent", ImGuiTableColumnFlags_WidthStretch, 1.f);
        ImGui::TableSetupColumn("Attempts", ImGuiTableColumnFlags_WidthStretch, 1.f);
        ImGui::TableHeadersRow();
        for (const ProgressPage::Weak& w : p.weakest) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.f);
            std::string name = w.prompt.empty() ? w.bank_id + " / " + w.question_id : w.prompt;
            if (w.version == "older") name += " (answered on an older version)";
            if (w.version == "removed") name += " (no longer in the bank)";
            text(name);
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            text(percent(w.recent_accuracy));
            ImGui::TableNextColumn();
            text(std::to_string(w.attempts));
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Practise these (W)"))
        out = intent::Progress{progress_cmd::PractiseWeakest{}};
}

void best_scores(const ProgressPage& p, const Look& look) {
    heading(look, "Best score per bank");
    if (p.best.empty()) return muted(look, "No finished quiz yet.");
    for (const ProgressPage::Best& b : p.best)
        text(b.bank_id + ": " + percent(b.ratio) + " (" + score_text(b.score) + " / " +
             score_text(b.max_score) + ", best of " + plural(b.sessions, "quiz", "quizzes") + ")");
}

void sessions(const ProgressPage& p, const Look& look) {
    heading(look, "Sessions (" + std::to_string(p.sessions.size()) + " newest of " +
                      std::to_string(p.session_count) + ")");
    if (p.overridden > 0)
        muted(look, plural(p.overridden, "answer", "answers") +
                        " you marked \"I was right\" count as wrong in these figures; your "
                        "teacher sees them marked as overridden.");
    if (p.sessions.empty()) return muted(look, "No quiz yet.");
    if (!ImGui::BeginTable("sessions", 4, kTableFlags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
    ImGui::TableSetupColumn("Started", ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn("Bank", ImGuiTableColumnFlags_WidthStretch, 3.f);
    ImGui::TableSetupColumn("Mode", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Result", ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableHeadersRow();
    for (const ProgressPage::Session& s : p.sessions) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);  // date and time break onto two lines at large text sizes
        text(s.started);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        text(s.bank_id);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        text(s.mode);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        std::string result;
        if (s.score && s.max_score && *s.max_score > 0)
            result = score_text(*s.score) + " / " + score_text(*s.max_score);
        else
            result = plural(s.attempts, "answer", "answers");
        if (!s.finished) result += ", not finished";
        text(result);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

void calibration(const ProgressPage& p, const Look& look) {
    heading(look, "Calibration");
    if (p.confident_answers == 0) return muted(look, "No answers with confidence yet.");
    muted(look,
          "For each confidence level: how often you were right, against what the level "
          "claims.");
    if (ImGui::BeginTable("calibration", 4, kTableFlags, ImVec2(ImGui::CalcItemWidth(), 0))) {
        ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn("Claims", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Verdict", ImGuiTableColumnFlags_WidthStretch, 2.f);
        ImGui::TableHeadersRow();
        for (const ProgressPage::Level& l : p.levels) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(l.name + " (" + std::to_string(l.answers) + ")");
            ImGui::TableNextColumn();
            if (l.answers > 0) accuracy_bar(l.accuracy);
            ImGui::TableNextColumn();
            text(percent(l.ideal_low) + "\xE2\x80\x93" + percent(l.ideal_high));
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.f);
            const bool off = l.judgement.find("confident") != std::string::npos;
            if (l.answers < kMinVerdictAnswers)
                muted(look, l.answers == 0 ? std::string("\xE2\x80\x93")
                                           : "too few to judge (" + std::to_string(l.answers) +
                                                 " of " + std::to_string(kMinVerdictAnswers) + ")");
            else if (off)
                text_colored(look.wrong, l.judgement);
            else
                text(l.judgement);
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    if (p.brier)
        text("Brier score: " + fixed(*p.brier, 3) + " over " +
             plural(p.confident_answers, "answer", "answers") +
             " (0 is perfect; always 50:50 scores 0.25)");
    if (p.brier_days.size() >= 2) {
        std::vector<float> values;
        for (const ProgressPage::BrierDay& d : p.brier_days)
            values.push_back(static_cast<float>(d.cumulative));
        const std::string overlay = "Brier score so far, by day";
        ImGui::PlotLines("##brier", values.data(), static_cast<int>(values.size()), 0,
                         overlay.c_str(), 0.f, 0.5f,
                         ImVec2(ImGui::CalcItemWidth(), std::floor(ImGui::GetFontSize() * 4.f)));
    }
    if (p.without_confidence > 0)
        muted(look, plural(p.without_confidence, "answer", "answers") +
                        " without a confidence are left out.");
}

// One line under the profile: what the last sync did, or that one is running.
void sync_line(const SyncStatus& sync, const Look& look) {
    switch (sync.phase) {
        case SyncStatus::Phase::idle:
            return;
        case SyncStatus::Phase::running:
            text_colored(look.accent, "Syncing with the school server\xE2\x80\xA6 " +
                                          plural(sync.answers_sent, "answer", "answers") +
                                          " sent so far. You can keep working.");
            return;
        case SyncStatus::Phase::done:
            text_colored(look.correct, sync.message);
            return;
        case SyncStatus::Phase::failed:
            text_colored(look.wrong, sync.message);
            return;
    }
}

void scroll_keys() {
    auto pressed = [](ImGuiKey key) {
        int index = ImGui::GetKeyIndex(key);
        return index >= 0 && ImGui::IsKeyPressed(index, true);
    };
    const float page = ImGui::GetWindowHeight() * 0.85f;
    if (pressed(ImGuiKey_PageDown)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (pressed(ImGuiKey_PageUp)) ImGui::SetScrollY(ImGui::GetScrollY() - page);
}

}  // namespace

Intent draw_progress(const ScoreState& scores, const Look& look, const Keys& keys) {
    Intent out;
    const ProgressPage& p = scores.progress;
    ImGui::BeginChild("progress", ImVec2(0, -footer_height()));
    Column col = begin_column(52.f);
    text_in_font(look.title, "Progress");
    muted(look, "Profile: " + (p.profile.empty() ? std::string("none") : p.profile) + " \xC2\xB7 " +
                    plural(p.streak_days, "day", "days") + " studied in a row");
    sync_line(scores.sync, look);
    if (!p.error.empty()) text_colored(look.wrong, p.error);
    if (p.attempts > 0) {
        const ImVec4 color = p.accuracy >= 0.5 ? look.correct : look.wrong;
        text_in_font(
            look.heading,
            "Overall " + percent(p.accuracy) + " over " + plural(p.attempts, "answer", "answers"),
            &color);
    } else if (p.error.empty()) {
        text("Nothing answered yet: start a quiz on Home and your progress appears here.");
    }
    categories(p, look);
    over_time(p, look);
    weakest(p, look, out);
    best_scores(p, look);
    sessions(p, look);
    calibration(p, look);
    end_column(col);
    scroll_keys();
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column(52.f);
    if (primary_button(look, "Home (Esc)")) out = intent::Home{home_cmd::GoHome{}};
    ImGui::SameLine();
    if (ui::button("Practise weakest (W)", !p.weakest.empty()))
        out = intent::Progress{progress_cmd::PractiseWeakest{}};
    ImGui::SameLine();
    const bool syncing = scores.sync.phase == SyncStatus::Phase::running;
    if (ui::button(syncing ? "Syncing\xE2\x80\xA6" : "Sync (S)", !syncing))
        out = intent::Progress{progress_cmd::SyncNow{}};
    const char* quit = "Quit (Q)";
    align_right(button_width(quit));
    if (ImGui::Button(quit)) out = intent::Home{home_cmd::Quit{}};
    end_column(bottom);

    if (keys.escape || keys.enter) out = intent::Home{home_cmd::GoHome{}};
    if (keys.letter == 'w' && !p.weakest.empty())
        out = intent::Progress{progress_cmd::PractiseWeakest{}};
    if (keys.letter == 's' && !syncing) out = intent::Progress{progress_cmd::SyncNow{}};
    if (keys.letter == 'q') out = intent::Home{home_cmd::Quit{}};
    return out;
}

}  // namespace statecraft
