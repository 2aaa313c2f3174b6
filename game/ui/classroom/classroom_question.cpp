// The projector view's question, below the header: the prompt and every option on the left,
// the answered count and one row per team on the right, both sized to the screen so that
// nothing scrolls (ui/projector_fit.h). At the explanation step the explanation replaces the
// wrong options. A poll has no right option: at the reveal its spread is drawn under it with
// the live game's bars (ui/live/live_view.h), every option kept, and nobody scores.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/classroom/classroom_matrix.h"
#include "ui/classroom/classroom_view.h"
#include "ui/live/live_view.h"
#include "ui/projector_fit.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoScrollbar |
                                    ImGuiWindowFlags_NoScrollWithMouse |
                                    ImGuiWindowFlags_NoBackground;

bool revealed(const ClassroomGame& g) {
    return g.phase() == ClassroomPhase::revealed || g.phase() == ClassroomPhase::explanation;
}

// At the reveal; the explanation step that follows gives the room to the arguments, as it
// does for any question (a poll has no right option to keep beside them).
bool poll_spread_shown(const ClassroomGame& g) {
    return g.phase() == ClassroomPhase::revealed && !g.current_round()->graded();
}

// While the teams vote (after it the teams' box says so, and the room is the spread's).
bool poll_note(const ClassroomGame& g) {
    return !g.current_round()->graded() && g.phase() == ClassroomPhase::answering;
}

// The share of the question box the prompt and options get when a poll's spread is under them,
// at most: the spread keeps room for its counts and keys (1.3 headings each, draw_live_bars) and
// bars three headings tall, so that on a 1280x720 projector they read as bars, not lines. The
// text never gets less than kTextFloorShare.
constexpr float kTextShareOverSpread = 0.6f;
constexpr float kSpreadMinHeadings = 2.6f + 3.f;
constexpr float kTextFloorShare = 0.4f;

struct ShownOptions {
    std::vector<int> index;  // into the round's options
    ProjectorContent content;
};

ShownOptions shown_options(const ClassroomGame& g) {
    const ClassroomRound& round = *g.current_round();
    const bool show = revealed(g);
    const bool explaining =
        g.phase() == ClassroomPhase::explanation && !round.question.explanation.empty();
    ShownOptions s;
    s.content.prompt = round.question.prompt;
    const std::vector<int> votes = show ? g.votes(g.round_index()) : std::vector<int>();
    for (int k = 0; k < static_cast<int>(round.options.size()); ++k) {
        const ClassroomOption& o = round.options[k];
        if (explaining && !o.correct) continue;  // the explanation takes their place
        std::string label = std::to_string(k + 1) + "   " + o.text;
        // A poll's counts are its bars' (poll_spread): the options stay one line each.
        if (show && !poll_spread_shown(g)) {
            const int n = votes[k];
            label += "   (" + std::to_string(n) + (n == 1 ? " team)" : " teams)");
            if (o.correct) label = "\xE2\x9C\x93 " + label;  // ✓
        }
        s.index.push_back(k);
        s.content.options.push_back(std::move(label));
    }
    if (explaining) s.content.after = round.question.explanation;
    return s;
}

void notes(const ClassroomGame& g, const Look& look) {
    const ClassroomRound& round = *g.current_round();
    if (round.teacher_marked) muted(look, "Mark each team: 1 right, 2 wrong.");
    if (round.question.type == QuestionType::multiple && g.phase() == ClassroomPhase::answering)
        muted(look, "Several answers: the keys toggle choices.");
    if (poll_note(g)) muted(look, "Poll: no right answer and no points.");
}

// Options are drawn, not Selectables: a pointer resting on one must not look like a reveal.
void draw_fitted(const ClassroomGame& g, const Look& look, const ShownOptions& s,
                 const ProjectorLayout& l, ImFont* option_font, Intent& out) {
    const ClassroomRound& round = *g.current_round();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    ImFont* prompt_font = look.heading ? look.heading : ImGui::GetFont();
    dl->AddText(prompt_font, l.prompt_px, o, text_color, s.content.prompt.c_str(), nullptr,
                l.prompt_size.x);
    const bool show = revealed(g);
    const bool clickable = g.phase() == ClassroomPhase::answering;
    for (int i = 0; i < static_cast<int>(s.index.size()); ++i) {
        const ClassroomOption& opt = round.options[s.index[i]];
        const ImVec2 pos(o.x + l.option_pos[i].x, o.y + l.option_pos[i].y);
        const ImVec2 end(pos.x + l.option_size.x, pos.y + l.option_h[i]);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##option", ImVec2(l.option_size.x, l.option_h[i])) && clickable)
            out = classroom_intent(ClassroomAction::press_option, -1, s.index[i]);
        ImGui::PopID();
        ImU32 color = text_color;
        if (show && opt.correct) {
            dl->AddRectFilled(pos, end, ImGui::GetColorU32(look.correct), l.option_px * 0.15f);
            color = ImGui::GetColorU32(look.on_accent);
        } else if (show && round.graded()) {
            color = ImGui::GetColorU32(look.muted);
        } else if (clickable && ImGui::IsItemHovered()) {
            dl->AddRect(pos, end, ImGui::GetColorU32(look.muted), l.option_px * 0.15f);
        }
        dl->AddText(option_font, l.option_px, ImVec2(pos.x + l.pad, pos.y + l.option_px * 0.1f),
                    color, s.content.options[i].c_str(), nullptr, l.option_size.x - 2 * l.pad);
    }
    if (!s.content.after.empty()) {
        const ImVec2 pos(o.x + l.after_pos.x, o.y + l.after_pos.y);
        dl->AddLine(ImVec2(pos.x, pos.y - l.option_px * 0.25f),
                    ImVec2(pos.x + l.after_size.x, pos.y - l.option_px * 0.25f),
                    ImGui::GetColorU32(ImGuiCol_Separator));
        dl->AddText(option_font, l.option_px, pos, text_color, s.content.after.c_str(), nullptr,
                    l.after_size.x);
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(l.prompt_size.x, l.height));  // taller than the box only if !l.fits
}

struct QuestionPlan {
    ShownOptions shown;
    ProjectorLayout layout;
    ImFont* option_font = nullptr;
};

int note_count(const ClassroomGame& g) {
    const ClassroomRound& round = *g.current_round();
    return (round.teacher_marked ? 1 : 0) + (poll_note(g) ? 1 : 0) +
           (round.question.type == QuestionType::multiple && g.phase() == ClassroomPhase::answering
                ? 1
                : 0);
}

// The largest layout of the question in a box of this size (below its notes).
QuestionPlan plan_question(const ClassroomGame& g, const Look& look, ImVec2 size) {
    QuestionPlan p;
    p.shown = shown_options(g);
    ImFont* prompt_font = look.heading ? look.heading : ImGui::GetFont();
    ImFont* title_font = look.title ? look.title : prompt_font;
    p.option_font = prompt_font;
    ProjectorFonts fonts;
    fonts.prompt = prompt_font;
    fonts.option = p.option_font;
    // Short prompts as large as screen titles, long ones at heading size to start with.
    fonts.prompt_px =
        p.shown.content.prompt.size() <= 70 ? title_font->FontSize : prompt_font->FontSize;
    fonts.option_px = p.option_font->FontSize;
    fonts.floor_px = std::floor(ImGui::GetFontSize() * 0.8f);
    const float notes_h = note_count(g) * ImGui::GetTextLineHeightWithSpacing();
    // A matrix's grid follows its prompt (matrix_fitted): the prompt and explanation get a third.
    const bool matrix = g.current_round()->question.type == QuestionType::matrix;
    const float share = matrix ? 0.34f : poll_spread_shown(g) ? kTextShareOverSpread : 1.0f;
    const float box_h = size.y - notes_h;
    float text_h = box_h * share;
    if (poll_spread_shown(g))
        text_h = std::max(box_h * kTextFloorShare,
                          std::min(text_h, box_h - kSpreadMinHeadings * prompt_font->FontSize));
    p.layout = fit_projector(p.shown.content, fonts, ImVec2(size.x, text_h));
    return p;
}

// A matrix has no options to fit: the whole grid follows its prompt (ui/classroom_matrix.h),
// its text scaled down to the space left. The grid's height is known only once drawn, so the
// scale it needs is kept per question and applied from the next frame (a frame or two to settle).
void matrix_fitted(const ClassroomGame& g, const Look& look) {
    const Question& q = g.current_round()->question;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(("matrix-scale/" + q.id).c_str());
    const float scale = storage->GetFloat(key, 1.0f);
    const float available = ImGui::GetContentRegionAvail().y;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetWindowFontScale(scale);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(4.f * scale, 1.f));
    classroom_matrix_grid(q, revealed(g), look);
    ImGui::PopStyleVar();
    ImGui::SetWindowFontScale(1.0f);
    const float used = ImGui::GetCursorPosY() - top;
    constexpr float kFloor = 0.3f;  // small print: a 6x4 grid on a 720p projector at 200 %
    if (used > available && scale > kFloor)
        storage->SetFloat(key, std::max(kFloor, scale * std::sqrt(available / used) * 0.92f));
}

// A poll's spread in the room left under its options: a bar per option, under its key.
void poll_spread(const ClassroomGame& g, const Look& look, float width) {
    std::vector<LiveBar> bars = option_bars(g.votes(g.round_index()), {});
    for (int k = 0; k < static_cast<int>(bars.size()); ++k) bars[k].label = std::to_string(k + 1);
    const float em = ImGui::GetFontSize();
    ImGui::Dummy(ImVec2(width, em * 0.3f));
    const float height = ImGui::GetContentRegionAvail().y - em * 0.3f;
    if (height > em * 2.f) draw_live_bars(bars, look, width, height);
}

void question_box(const ClassroomGame& g, const Look& look, const QuestionPlan& plan, ImVec2 size,
                  Intent& out) {
    ImGui::BeginChild("question", size, false, kFixed);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x);
    notes(g, look);
    ImGui::PopTextWrapPos();
    draw_fitted(g, look, plan.shown, plan.layout, plan.option_font, out);
    if (g.current_round()->question.type == QuestionType::matrix) matrix_fitted(g, look);
    if (poll_spread_shown(g)) poll_spread(g, look, size.x);
    ImGui::EndChild();
}

// One row per team: its key and name, then "answered" / "waiting" (never which answer) while
// answering, its answer, a mark and its points after the reveal.
void team_row(const ClassroomGame& g, const Look& look, int t, float w, Intent& out) {
    const float em = ImGui::GetFontSize();
    const float h = ImGui::GetTextLineHeightWithSpacing();
    const bool after_lock = g.phase() != ClassroomPhase::answering;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushID(t);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool selected = g.phase() == ClassroomPhase::answering && g.selected_team() == t;
    if (selected)
        dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h - ImGui::GetStyle().ItemSpacing.y),
                          ImGui::GetColorU32(ImGuiCol_Header));
    if (ImGui::InvisibleButton("##team", ImVec2(w, h - ImGui::GetStyle().ItemSpacing.y)))
        out = classroom_intent(ClassroomAction::select_team, t);
    std::string status;
    ImVec4 color = look.muted;
    if (!g.answers_now(t)) {
        status = "\xE2\x80\x93";  // –: not their turn
    } else if (revealed(g)) {
        const ClassroomTeamResult& r = g.results(g.round_index())[t];
        std::string picked;
        for (int k : r.answer.picked) picked += (picked.empty() ? "" : ",") + std::to_string(k + 1);
        const std::string shown = r.answer.given() ? picked : std::string("\xE2\x80\x93");
        if (!g.current_round()->graded()) {  // a poll: the vote alone, neither right nor wrong
            status = shown;
            color = look.accent;
        } else {
            status = shown + " " +
                     (r.credit.full()   ? "\xE2\x9C\x93"
                      : r.credit.none() ? "\xE2\x9C\x97"
                                        : "~") +
                     " +" + std::to_string(r.score.points);
            color = r.credit.full() ? look.correct : r.credit.none() ? look.wrong : look.accent;
        }
    } else if (g.answer(t).given()) {
        status = "\xE2\x97\x8F";  // ●: answered (which answer stays hidden)
        color = look.accent;
    } else {
        status = after_lock ? "\xE2\x80\x93" : "\xE2\x80\xA6";  // – or …
    }
    const float status_w = ImGui::CalcTextSize(status.c_str()).x;
    const std::string name = team_key(t) + "  " + g.teams()[t];
    const float name_end = pos.x + w - status_w - em * 0.6f;
    ImGui::PushClipRect(pos, ImVec2(name_end, pos.y + h), true);
    dl->AddText(
        ImVec2(pos.x + em * 0.2f, pos.y),
        ImGui::GetColorU32(selected ? look.accent : ImGui::GetStyle().Colors[ImGuiCol_Text]),
        name.c_str());
    ImGui::PopClipRect();
    dl->AddText(ImVec2(pos.x + w - status_w - em * 0.2f, pos.y), ImGui::GetColorU32(color),
                status.c_str());
    ImGui::PopID();
}

// The count on top, then the rows; the font shrinks (to 60 %) and then the rows go into two
// columns so that thirty teams fit as well as two.
void teams_box(const ClassroomGame& g, const Look& look, ImVec2 size, Intent& out) {
    ImGui::BeginChild("teams", size, false, kFixed);
    const int n = g.team_count();
    const float needed = ImGui::GetTextLineHeightWithSpacing() * (n + 1);
    const float font_scale = std::clamp(size.y / needed, 0.6f, 1.f);
    ImGui::SetWindowFontScale(font_scale);
    const int columns = needed * font_scale > size.y ? 2 : 1;
    if (g.phase() == ClassroomPhase::answering)
        muted(look, std::to_string(g.answered_count()) + " of " +
                        std::to_string(g.expected_count()) + " answered");
    else
        muted(look, !revealed(g)                  ? "Answers locked"
                    : g.current_round()->graded() ? "Answers and points"
                                                  : "Votes, no points");
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - gap * (columns - 1)) / columns;
    const int per_column = (n + columns - 1) / columns;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (int t = 0; t < n; ++t) {
        if (t % per_column == 0 && t > 0)
            ImGui::SetCursorScreenPos(ImVec2(top.x + (t / per_column) * (w + gap), top.y));
        team_row(g, look, t, w, out);
    }
    ImGui::EndChild();
}

// The answered count and each team's key with its mark, on one line (for long questions).
void team_strip(const ClassroomGame& g, const Look& look, float width) {
    std::string line = g.phase() == ClassroomPhase::answering
                           ? std::to_string(g.answered_count()) + " of " +
                                 std::to_string(g.expected_count()) + " answered"
                           : std::string(revealed(g) ? "Revealed" : "Answers locked");
    line += "   ";
    for (int t = 0; t < g.team_count(); ++t) {
        const bool given = g.answers_now(t) && g.answer(t).given();
        line += "  " + team_key(t) + (given ? " \xE2\x97\x8F" : " \xE2\x80\xA6");  // ● or …
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(pos, ImVec2(pos.x + width, pos.y + ImGui::GetTextLineHeightWithSpacing()),
                        true);
    ImGui::GetWindowDrawList()->AddText(pos, ImGui::GetColorU32(look.muted), line.c_str());
    ImGui::PopClipRect();
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

}  // namespace

void draw_question_body(const ClassroomGame& g, const Look& look, Intent& out) {
    const float width = column_end() - ImGui::GetCursorPosX();
    const float height = ImGui::GetContentRegionAvail().y;
    const float gap = ImGui::GetFontSize();
    const float teams_w = std::floor(width * 0.3f);
    const ImVec2 beside(width - teams_w - gap, height);
    QuestionPlan plan = plan_question(g, look, beside);
    if (plan.layout.fits) {
        question_box(g, look, plan, beside, out);
        ImGui::SameLine(0, gap);
        teams_box(g, look, ImVec2(teams_w, height), out);
        return;
    }
    // Too long to sit beside the teams: the whole width, the teams on one line above.
    const float strip_h = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 full(width, height - strip_h);
    plan = plan_question(g, look, full);
    team_strip(g, look, width);
    question_box(g, look, plan, full, out);
}

}  // namespace statecraft::ui
