// Practice: one question at a time; Submit, then right or wrong at once with the explanation,
// the chosen answer's feedback and links into the briefing.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/question_widgets.h"
#include "ui/screens.h"
#include "ui/study_widgets.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

// One row: [<- Home] Question 3 of 10 [progress] Score 2 / 2 [Briefing]. The key names leave
// the buttons when the row would not fit (large text on a small window).
void header(const AppState& state, const Look& look, Intent& out) {
    const QuizSession& s = *state.quiz.session;
    const QuizProgress p = s.progress();
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string where =
        "Question " + std::to_string(p.index + 1) + " of " + std::to_string(p.total);
    const std::string score = "Score " + score_text(p.score) + " / " + std::to_string(p.answered);
    const float min_bar = ImGui::GetFontSize() * 3;
    const float texts = ImGui::CalcTextSize(where.c_str()).x +
                        ImGui::CalcTextSize(score.c_str()).x + style.ItemSpacing.x * 4 + min_bar;
    const char* home = "\xE2\x86\x90 Home (Esc)";
    const char* briefing = "Briefing (B)";
    if (texts + button_width(home) + button_width(briefing) > ImGui::CalcItemWidth()) {
        home = "\xE2\x86\x90 Home";
        briefing = "Briefing";
    }
    if (ImGui::Button(home)) out = intent::Back{};
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    text(where);
    ImGui::SameLine();
    const float x = ImGui::GetCursorPosX();
    const float briefing_w = button_width(briefing);
    const float score_w = ImGui::CalcTextSize(score.c_str()).x;
    const float bar_w =
        std::max(min_bar, column_end() - x - briefing_w - score_w - style.ItemSpacing.x * 2);
    const float bar_h = std::max(4.f, std::floor(ImGui::GetFontSize() * 0.5f));
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (ImGui::GetFrameHeight() - bar_h) * 0.5f);
    const int done = p.index + (s.submitted() ? 1 : 0);
    ImGui::ProgressBar(p.total > 0 ? float(done) / p.total : 0.f, ImVec2(bar_w, bar_h), "");
    ImGui::SameLine();
    ImGui::SetCursorPosY(y);
    ImGui::AlignTextToFramePadding();
    muted(look, score);
    ImGui::SameLine();
    const Bank& bank = s.bank();
    const bool has_briefing = bank.source && !bank.source->sections.empty();
    if (ui::button(briefing, has_briefing)) {
        const auto& refs = s.current().question->refs;
        out = intent::Home{home_cmd::OpenBriefing{refs.empty() ? std::string() : refs.front()}};
    }
}

// Self-study short answers: a student whose right answer the accept list missed says so. The
// attempt stays marked wrong and is stored as overridden, for the teacher to weigh.
bool override_allowed(const AppState& state) {
    return is_self_study(state.session_mode()) &&
           state.quiz.session->can_override(state.quiz.session->index());
}

void override_row(const AppState& state, const Look& look, Intent& out) {
    if (state.quiz.practice.outcome->overridden) {
        muted(look, "You marked your answer as right; it is kept as \"overridden\".");
    } else if (override_allowed(state)) {
        if (ImGui::Button("I was right (R)"))
            out = intent::Practice{practice_cmd::OverrideAnswer{}};
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        muted(look, "if your answer means the same");
    }
}

struct Verdict {
    std::string text;
    ImVec4 color;
};

Verdict verdict_of(const Outcome& o, const Look& look) {
    if (!o.graded) return {"Noted: a poll has no right answer", look.accent};
    if (o.correct) return {"\xE2\x9C\x93 Right", look.correct};
    if (o.score > 0) return {"Partly right: " + percent(o.score), look.accent};
    return {"\xE2\x9C\x97 Not right", look.wrong};
}

// The verdict, what was chosen and why. Returns whether the verdict line is in view: it is
// not when keeping the prompt's first line in view (scroll at most MAX_SCROLL) leaves it below.
bool outcome_block(const AppState& state, const Look& look, float max_scroll, Intent& out) {
    const Outcome& o = *state.quiz.practice.outcome;
    const Bank& bank = state.quiz.session->bank();
    ImGui::Spacing();
    rule();
    const float block_top = ImGui::GetCursorPosY();
    const Verdict verdict = verdict_of(o, look);
    text_in_font(look.heading, verdict.text, &verdict.color);
    const float verdict_bottom = ImGui::GetCursorPosY();
    for (const ChosenFeedback& c : o.chosen) {
        if (c.feedback.empty()) continue;
        text("\xE2\x80\x9C" + c.text + "\xE2\x80\x9D: " + c.feedback);
    }
    if (!o.correct && o.graded) {
        muted(look, "The answer:");
        ImGui::Indent();
        for (const std::string& line : o.correct_answer) text(line);
        ImGui::Unindent();
        override_row(state, look, out);
    }
    if (!o.explanation.empty()) {
        ImGui::Spacing();
        text(o.explanation);
    }
    if (!o.refs.empty()) {
        ImGui::Spacing();
        muted(look, "Read more in the briefing:");
        for (const std::string& ref : o.refs) {
            const Section* section = bank.find_section(ref);
            if (section && link(look, ref.c_str(), "\xE2\x86\x92 " + section->heading))
                out = intent::Home{home_cmd::OpenBriefing{ref}};
        }
    }
    // Once per question, scroll just enough to show the whole verdict, but never past its top
    // (the marked answer above it matters too) nor past the prompt's first line (the question
    // stays in view). The flag lives in ImGui's per-window storage.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("outcome-scrolled");
    const float view_h = ImGui::GetWindowHeight();
    if (!storage->GetBool(key)) {
        const float block_bottom = ImGui::GetCursorPosY();
        if (block_bottom > ImGui::GetScrollY() + view_h) {
            const float context = ImGui::GetTextLineHeightWithSpacing() * 3;
            ImGui::SetScrollY(
                std::max(0.f, std::min({block_top - context, block_bottom - view_h, max_scroll})));
        }
        storage->SetBool(key, true);
    }
    return verdict_bottom <= ImGui::GetScrollY() + view_h;
}

std::string key_hint(const AppState& state) {
    const PresentedQuestion& pq = state.quiz.session->current();
    const Question& q = *pq.question;
    const std::string dash = "\xE2\x80\x93", dot = " \xC2\xB7 ",
                      arrows = "\xE2\x86\x91/\xE2\x86\x93";
    const std::string tail = dot + "B briefing" + dot + "Esc home";
    if (state.quiz.practice.outcome && override_allowed(state))
        return "Enter next" + dot + "R I was right" + tail;
    if (state.quiz.practice.outcome) return "Enter next" + tail;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            return "1" + dash + std::to_string(pq.choice_order.size()) +
                   (q.type == QuestionType::single ? " choose" : " toggle") + dot + "Enter submit" +
                   tail;
        case QuestionType::true_false:
            return "1 True" + dot + "2 False" + dot + "Enter submit" + tail;
        case QuestionType::matching:
            return "Alt+" + arrows + " row" + dot + "1" + dash +
                   std::to_string(std::min<std::size_t>(9, pq.match_options.size())) + " match" +
                   dot + "Enter submit" + tail;
        case QuestionType::ordering:
            return "1" + dash + std::to_string(std::min<std::size_t>(9, q.sequence.size())) +
                   " select" + dot + "Alt+" + arrows + " move" + dot + "Enter submit" + tail;
        case QuestionType::short_answer:
        case QuestionType::estimate:
            return "Enter submit" + dot + "Esc leaves the field, then B briefing, Esc home";
        case QuestionType::poll:
            return "1" + dash + std::to_string(pq.choice_order.size()) + " choose" + dot +
                   "Enter submit" + tail;
        case QuestionType::matrix:
            return "Arrows cell" + dot + "C/I/N mark" + dot + "Enter submit" + tail;
    }
    return tail;
}

void footer(const AppState& state, const Look& look, const std::string& hint, bool verdict_in_view,
            Intent& out) {
    const QuizSession& s = *state.quiz.session;
    const PracticeState& p = state.quiz.practice;
    if (!p.outcome) {
        const bool ready = is_complete(p.draft);
        if (primary_button(look, "Submit (Enter)", ready))
            out = intent::Practice{practice_cmd::Submit{}};
    } else {
        const char* label = s.is_last() ? "See results (Enter)" : "Next question (Enter)";
        if (primary_button(look, label)) out = intent::Practice{practice_cmd::Next{}};
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (p.outcome && !verdict_in_view) {  // below the fold: say it here, the rest is a scroll away
        const Verdict v = verdict_of(*p.outcome, look);
        const std::string full = v.text + " \xC2\xB7 the answer and why are below";
        const float room = column_end() - ImGui::GetCursorPosX();
        if (ImGui::CalcTextSize(full.c_str()).x <= room) {
            text_colored(v.color, full);
        } else if (ImGui::CalcTextSize(v.text.c_str()).x <= room) {
            text_colored(v.color, v.text);
        } else {
            ImGui::Dummy(ImVec2(0, 0));  // keeps the row going
        }
        return;
    }
    hint_if_fits(look,
                 !p.outcome && !is_complete(p.draft) ? answer_first_hint(p.draft.type) : hint);
}

}  // namespace

Intent draw_practice(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    if (!state.quiz.session) return intent::Home{home_cmd::GoHome{}};
    const QuizSession& s = *state.quiz.session;
    const Question& q = *s.current().question;

    Column top = begin_column();
    header(state, look, out);
    end_column(top);
    ImGui::Separator();

    // The prompt stays in view above the scrolling part when it is not too tall.
    Column pin = begin_column();
    const float page_h = ImGui::GetContentRegionAvail().y - footer_height();
    const bool pinned = prompt_stays_in_view(state, look, pin.width, page_h);
    if (pinned) draw_prompt(state, look);
    end_column(pin);

    // One child per question: scroll starts at the top, and "appearing" focuses the text field.
    const std::string body_id =
        "question-" + std::to_string(state.quiz.session_serial) + "-" + std::to_string(s.index());
    ImGui::BeginChild(body_id.c_str(), ImVec2(0, -footer_height()));
    Column col = begin_column();
    // Unpinned, the feedback may scroll the page at most to the prompt's first line.
    const float max_scroll = pinned ? FLT_MAX : ImGui::GetTextLineHeightWithSpacing();
    Intent answer = pinned ? draw_answer_area(state, look, keys) : draw_question(state, look, keys);
    if (has_intent(answer)) out = answer;
    ImGui::Spacing();
    confidence_row(state, look, keys, out);
    // The keys go in the footer when they fit beside its button, else here, wrapped.
    const std::string hint = key_hint(state);
    const bool hint_in_footer = ImGui::CalcTextSize(hint.c_str()).x +
                                    button_width("Next question (Enter)") +
                                    ImGui::GetStyle().ItemSpacing.x * 2 <=
                                col.width;
    if (!hint_in_footer && !state.quiz.practice.outcome) muted(look, hint);
    bool verdict_in_view = true;
    if (state.quiz.practice.outcome) verdict_in_view = outcome_block(state, look, max_scroll, out);
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column();
    footer(state, look, hint_in_footer ? hint : std::string(), verdict_in_view, out);
    end_column(bottom);

    if (keys.enter) {
        if (!state.quiz.practice.outcome && is_complete(state.quiz.practice.draft))
            out = intent::Practice{practice_cmd::Submit{}};
        if (state.quiz.practice.outcome) out = intent::Practice{practice_cmd::Next{}};
    }
    if (keys.escape) out = intent::Back{};
    if (keys.letter == 'r' && state.quiz.practice.outcome && override_allowed(state))
        out = intent::Practice{practice_cmd::OverrideAnswer{}};
    if (keys.letter == 'b' && s.bank().source && !s.bank().source->sections.empty())
        out = intent::Home{home_cmd::OpenBriefing{q.refs.empty() ? std::string() : q.refs.front()}};
    return out;
}

}  // namespace statecraft
