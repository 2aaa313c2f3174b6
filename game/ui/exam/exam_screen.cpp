// Exam: the set-up (questions, time for the whole exam or per question), the exam itself with
// the timer always in view and no feedback, and the results with every answer explained.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/exam/exam_palette.h"
#include "ui/question_widgets.h"
#include "ui/screens.h"
#include "ui/study_widgets.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

void setup(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    const HomeState& h = state.home;
    const ExamSetup& e = state.exam.setup;
    ImGui::BeginChild("exam-setup", ImVec2(0, -footer_height()));
    Column col = begin_column(46.f);
    text_in_font(look.title, "Exam");
    if (h.selected >= 0) muted(look, h.banks[h.selected].loaded->bank.title);
    muted(look,
          "A fixed set of questions against the clock. No feedback until you hand in; "
          "then every answer with its explanation. When the time runs out, what you have "
          "answered is handed in.");
    ImGui::Spacing();
    const float field = ImGui::GetFontSize() * 8;
    ImGui::AlignTextToFramePadding();
    text("Questions");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    int count = h.question_count;
    if (ImGui::InputInt("##exam-count", &count) && count != h.question_count)
        out = intent::Home{home_cmd::SetQuestionCount{count}};
    muted(look, "From the categories chosen on Home. + and \xE2\x88\x92 change the number.");
    ImGui::Spacing();
    if (ImGui::RadioButton("Time for the whole exam", !e.per_question))
        out = intent::Exam{exam_cmd::SetPerQuestion{false}};
    if (!e.per_question) {
        ImGui::Indent();
        ImGui::AlignTextToFramePadding();
        text("Minutes");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field);
        int minutes = e.minutes;
        if (ImGui::InputInt("##exam-minutes", &minutes) && minutes != e.minutes)
            out = intent::Exam{exam_cmd::SetMinutes{minutes}};
        ImGui::Unindent();
    }
    if (ImGui::RadioButton("Time per question", e.per_question))
        out = intent::Exam{exam_cmd::SetPerQuestion{true}};
    if (e.per_question) {
        ImGui::Indent();
        muted(look, "Each question's own time limit from the bank, else 60 seconds.");
        ImGui::Unindent();
    }
    ImGui::Spacing();
    muted(look,
          "Confidence: L low, M medium, H high with each answer (optional). Certainty-based "
          "marks: low +1 / 0, medium +2 / \xE2\x88\x92"
          "2, high +3 / \xE2\x88\x92"
          "6.");
    if (!h.message.empty()) text_colored(look.wrong, h.message);
    end_column(col);
    ImGui::EndChild();
    ImGui::Separator();
    Column bottom = begin_column(46.f);
    const bool can = h.selected >= 0;
    if (primary_button(look, "Start exam (Enter)", can)) out = intent::Exam{exam_cmd::Start{}};
    const char* home = "\xE2\x86\x90 Home (Esc)";
    align_right(button_width(home));
    if (ImGui::Button(home)) out = intent::Back{};
    end_column(bottom);
    if (keys.enter && can) out = intent::Exam{exam_cmd::Start{}};
    if (keys.escape) out = intent::Back{};
    // As on Home: + and - change the number of questions.
    if (keys.plus) out = intent::Home{home_cmd::SetQuestionCount{h.question_count + 1}};
    if (keys.minus) out = intent::Home{home_cmd::SetQuestionCount{h.question_count - 1}};
}

// Question n of N, the progress, and the timer: large, and in the "wrong" colour in the last
// tenth of the time (at least the last 10 s).
void running_header(const AppState& state, const Look& look) {
    const QuizSession& s = *state.quiz.session;
    const ExamSession& exam = *state.exam.run;
    const std::int64_t left = exam.remaining_ms(s);
    const std::int64_t limit = exam.limit_ms(s);
    const bool per_question = exam.limits().timing == ExamTiming::per_question;
    const std::string where = "Exam \xC2\xB7 question " + std::to_string(s.index() + 1) + " of " +
                              std::to_string(s.size());
    const std::string timer = (per_question ? "This question " : "Time left ") + clock_text(left);
    const bool urgent = left <= std::max<std::int64_t>(10'000, limit / 10);
    ImFont* font = look.heading ? look.heading : ImGui::GetFont();
    text_in_font(font, where);  // the same font as the timer, so they share a baseline
    ImGui::PushFont(font);
    const float w = ImGui::CalcTextSize(timer.c_str()).x;
    ImGui::PopFont();
    ImGui::SameLine();
    align_right(w);
    const ImVec4 color = urgent ? look.wrong : look.accent;
    text_in_font(font, timer, &color);
    const float bar_h = std::max(4.f, std::floor(ImGui::GetFontSize() * 0.35f));
    ImGui::ProgressBar(limit > 0 ? float(left) / float(limit) : 0.f,
                       ImVec2(ImGui::CalcItemWidth(), bar_h), "");
}

bool escape_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), /*repeat=*/false);
}

// The category (flagged or not), the flag button and the prompt.
void question_head(const AppState& state, const Look& look, Intent& out) {
    const QuizSession& s = *state.quiz.session;
    const Question& q = *s.current().question;
    const Category* cat = s.bank().find_category(q.category);
    std::string where = cat ? cat->title : q.category;
    if (state.exam.run->flagged(s.index())) where += " \xC2\xB7 flagged";
    ImGui::AlignTextToFramePadding();
    muted(look, where);
    const char* flag = state.exam.run->flagged(s.index()) ? "Unflag (F)" : "Flag for later (F)";
    ImGui::SameLine();
    align_right(button_width(flag));
    if (ImGui::Button(flag)) out = intent::Exam{exam_cmd::ToggleFlag{}};
    text_in_font(look.heading, q.prompt);
    ImGui::Spacing();
}

void question_body(const AppState& state, const Look& look, const Keys& keys, bool with_head,
                   Intent& out) {
    if (with_head) question_head(state, look, out);
    Intent answer = draw_answer_area(state, look, keys);
    if (has_intent(answer)) out = answer;
    ImGui::Spacing();
    confidence_row(state, look, keys, out);
}

// Answer, skip, the palette and the hand-in; Esc only ever asks.
void running_footer(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    const bool ready = is_complete(state.quiz.practice.draft);
    const bool others_open = state.exam.run->unanswered_count() > 1;
    if (primary_button(look, "Answer (Enter)", ready))
        out = intent::Practice{practice_cmd::Submit{}};
    ImGui::SameLine();
    if (button("Skip (S)", others_open)) out = intent::Exam{exam_cmd::Skip{}};
    ImGui::SameLine();
    if (button("Questions (G)")) out = intent::Exam{exam_cmd::ShowPalette{true}};
    const char* hand_in = "Hand in\xE2\x80\xA6 (Esc)";
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(column_end() - button_width(hand_in) - ImGui::GetStyle().ItemSpacing.x);
    hint_if_fits(look, ready ? "L/M/H confidence"
                             : answer_first_hint(state.quiz.session->current().question->type));
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    align_right(button_width(hand_in));
    if (ImGui::Button(hand_in)) out = intent::Exam{exam_cmd::AskHandIn{}};
    if (keys.enter && ready) out = intent::Practice{practice_cmd::Submit{}};
    // Esc asks even from a short answer's field (which keeps its text): one key, one meaning.
    if (keys.escape || (keys.typing && escape_pressed())) out = intent::Exam{exam_cmd::AskHandIn{}};
    if (keys.letter == 's' && others_open) out = intent::Exam{exam_cmd::Skip{}};
    if (keys.letter == 'g') out = intent::Exam{exam_cmd::ShowPalette{true}};
    if (keys.letter == 'f') out = intent::Exam{exam_cmd::ToggleFlag{}};
}

void running(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    const QuizSession& s = *state.quiz.session;
    const ExamView& view = state.exam.view;
    Column top = begin_column();
    running_header(state, look);
    muted(look, exam_counts_text(*state.exam.run));
    end_column(top);
    ImGui::Separator();
    const bool question_shown = !view.confirm_hand_in && !view.palette;
    // The prompt stays in view above the scrolling part when it is not too tall.
    bool pinned = false;
    if (question_shown) {
        Column pin = begin_column();
        const float page_h = ImGui::GetContentRegionAvail().y - footer_height();
        pinned = prompt_stays_in_view(state, look, pin.width, page_h);
        if (pinned) question_head(state, look, out);
        end_column(pin);
    }
    const char* part = view.confirm_hand_in ? "-confirm" : view.palette ? "-palette" : "";
    const std::string body_id = "exam-" + std::to_string(state.quiz.session_serial) + "-" +
                                std::to_string(s.index()) + part;
    ImGui::BeginChild(body_id.c_str(), ImVec2(0, -footer_height()));
    Column col = begin_column();
    // Keys go to the panel on top; the question's own keys only while it is shown.
    const Keys none;
    if (view.confirm_hand_in) {
        exam_hand_in_confirmation(state, look, keys, out);
    } else if (view.palette) {
        exam_palette(state, look, keys, out);
    } else {
        question_body(state, look, keys, !pinned, out);
    }
    end_column(col);
    ImGui::EndChild();
    ImGui::Separator();
    Column bottom = begin_column();
    if (question_shown) {
        running_footer(state, look, keys, out);
    } else {
        running_footer(state, look, none, out);  // the buttons stay where they were
    }
    end_column(bottom);
}

void answer_review(const QuizSession& s, const ExamResults& r, int i, const Look& look) {
    const Question& q = *s.item(i).question;
    const ExamAnswer& a = r.answers[i];
    ImGui::PushID(i);
    rule();
    std::string head = "Question " + std::to_string(i + 1) + " \xC2\xB7 ";
    head += a.answered ? "scored " + percent(a.score) : std::string("not answered");
    if (a.confidence) head += std::string(" \xC2\xB7 confidence ") + to_string(*a.confidence);
    if (a.answered) head += " \xC2\xB7 CBM " + score_text(cbm_mark(a.score, a.confidence));
    const ImVec4 color = !a.answered || a.score <= 0 ? look.wrong
                         : a.score >= 1              ? look.correct
                                                     : look.accent;
    text_colored(color, head);
    text_in_font(look.heading, q.prompt);
    muted(look, "Your answer:");
    ImGui::Indent();
    const auto& attempt = s.attempt(i);
    if (a.answered && attempt) {
        for (const std::string& line : describe_answer(q, attempt->answer)) text(line);
    } else {
        muted(look, "(none)");
    }
    ImGui::Unindent();
    if (!(a.answered && a.score >= 1)) {
        muted(look, "The answer:");
        ImGui::Indent();
        for (const std::string& line : describe_correct_answer(q)) text_colored(look.correct, line);
        ImGui::Unindent();
    }
    if (!q.explanation.empty()) text(q.explanation);
    ImGui::PopID();
}

}  // namespace

Intent draw_exam(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    if (state.exam.run && state.quiz.session && !state.exam.run->finished()) {
        running(state, look, keys, out);
    } else {
        setup(state, look, keys, out);
    }
    return out;
}

Intent draw_exam_results(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    if (!state.exam.run || !state.quiz.session) return intent::Home{home_cmd::GoHome{}};
    const QuizSession& s = *state.quiz.session;
    const ExamResults r = state.exam.run->results(s);
    ImGui::BeginChild("exam-results", ImVec2(0, -footer_height()));
    Column col = begin_column();
    score_header(look, "Exam results", s.bank().title, r.score, r.total, r.fraction());
    cbm_line(look, r.cbm);
    const std::int64_t secs = (r.elapsed_ms + 500) / 1000;
    std::string line = std::to_string(r.answered) + " of " + std::to_string(r.total) +
                       " answered in " + std::to_string(secs / 60) + " min " +
                       std::to_string(secs % 60) + " s";
    if (r.timed_out) line += " \xC2\xB7 the time ran out";
    muted(look, line);
    if (!state.view.status.empty()) muted(look, state.view.status);
    ImGui::Spacing();
    text_in_font(look.heading, "Every answer");
    for (int i = 0; i < r.total; ++i) answer_review(s, r, i, look);
    end_column(col);
    ImGui::EndChild();
    ImGui::Separator();
    Column bottom = begin_column();
    if (primary_button(look, "Home (Enter)")) out = intent::Home{home_cmd::GoHome{}};
    end_column(bottom);
    if (keys.enter || keys.escape) out = intent::Home{home_cmd::GoHome{}};
    return out;
}

}  // namespace statecraft

namespace statecraft {

Intent exam_back(const AppState& state) {
    if (!state.exam.run || state.exam.run->finished()) return intent::Home{home_cmd::GoHome{}};
    const ExamView& view = state.exam.view;
    if (view.confirm_hand_in) return intent::Exam{exam_cmd::CancelHandIn{}};
    if (view.palette) return intent::Exam{exam_cmd::ShowPalette{false}};
    return intent::Exam{exam_cmd::AskHandIn{}};
}

}  // namespace statecraft
