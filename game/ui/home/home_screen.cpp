// Home: the banks found (and the broken ones with their errors), the quiz settings, Start.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <imgui_internal.h>

#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

int questions_in(const Bank& bank, const std::vector<std::string>& categories) {
    return static_cast<int>(
        std::count_if(bank.questions.begin(), bank.questions.end(), [&](const Question& q) {
            return std::find(categories.begin(), categories.end(), q.category) != categories.end();
        }));
}

std::string file_name(const BankEntry& entry) {
    return entry.loaded->path.filename().string();
}

// The keyboard on the bank list, as in a list box: the arrows move through the banks and the
// bank with the keyboard focus is the chosen one. On entering Home the focus starts on the
// chosen bank, so the first arrow moves from there (not from a button of the last screen).
void follow_keyboard(const HomeState& home, int index, bool entering, Intent& out) {
    if (entering && index == home.selected)
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    const bool keyboard = !ImGui::GetCurrentContext()->NavDisableHighlight;
    if (keyboard && !entering && index != home.selected && ImGui::IsItemFocused() &&
        !ImGui::IsMouseDown(ImGuiMouseButton_Left))
        out = intent::Home{home_cmd::SelectBank{index}};
}

// True on the first frame Home is drawn after another screen.
bool entering_home() {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("home-last-frame");
    const bool entering = storage->GetInt(key, -2) != ImGui::GetFrameCount() - 1;
    storage->SetInt(key, ImGui::GetFrameCount());
    return entering;
}

// Up/Down on a bank go to the previous/next bank. ImGui's own move takes the nearest widget
// by distance, which beside the list is often a check box in the other column; past either
// end of the list its move goes on as usual (to the profile, or the buttons below). While no
// keyboard focus is shown (after the mouse, or at start, when ImGui may have reset it), the
// arrows start from the chosen bank.
void step_through_banks(const HomeState& home, const std::vector<ImGuiID>& rows, int focused,
                        const Keys& keys, Intent& out) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const int from = focused >= 0                            ? focused
                     : g.NavDisableHighlight || g.NavId == 0 ? home.selected
                                                             : -1;
    const int to = from + (keys.down ? 1 : keys.up ? -1 : 0);
    if (from < 0 || to == from || to < 0 || to >= static_cast<int>(rows.size())) return;
    ImGui::NavMoveRequestCancel();
    ImGui::SetFocusID(rows[to], ImGui::GetCurrentWindow());
    ImGui::GetCurrentContext()->NavDisableHighlight = false;  // show where the keys are
    out = intent::Home{home_cmd::SelectBank{to}};
}

void bank_list(const HomeState& home, const Look& look, const Keys& keys, Intent& out) {
    text_in_font(look.heading, "Question banks");
    if (home.banks.empty()) muted(look, "No banks found yet.");
    const bool entering = entering_home();
    std::vector<ImGuiID> rows;
    int focused = -1;
    for (int i = 0; i < static_cast<int>(home.banks.size()); ++i) {
        const BankEntry& entry = home.banks[i];
        const Bank& bank = entry.loaded->bank;
        ImGui::PushID(i);
        const std::string label = bank.title + "##bank";
        if (ImGui::Selectable(label.c_str(), i == home.selected))
            out = intent::Home{home_cmd::SelectBank{i}};
        follow_keyboard(home, i, entering, out);
        rows.push_back(ImGui::GetItemID());
        if (ImGui::IsItemFocused()) focused = i;
        ImGui::Indent();
        muted(look, std::to_string(bank.questions.size()) + " questions \xC2\xB7 " + entry.origin +
                        " \xC2\xB7 " + file_name(entry));
        ImGui::Unindent();
        ImGui::PopID();
    }
    step_through_banks(home, rows, focused, keys, out);
    if (!home.broken.empty()) {
        ImGui::Spacing();
        text_colored(look.wrong, "Banks with errors (" + std::to_string(home.broken.size()) +
                                     "), not offered until fixed:");
        for (int b = 0; b < static_cast<int>(home.broken.size()); ++b) {
            const BankEntry& entry = home.broken[b];
            const auto& diags = entry.loaded->diagnostics;
            int errors = count(diags, Severity::error);
            std::string label = file_name(entry) + " \xE2\x80\x94 " + std::to_string(errors) +
                                (errors == 1 ? " error" : " errors") + "##" +
                                entry.loaded->path.string();
            if (ImGui::TreeNode(label.c_str())) {
                muted(look, entry.loaded->path.string());
                if (ImGui::Button("Fix in the editor"))
                    out = intent::Editor{intent::editor::Open{false, b}};
                constexpr int kShown = 8;
                int shown = 0;
                for (const Diagnostic& d : diags) {
                    if (shown++ == kShown) break;
                    text(format_diagnostic(file_name(entry), d));
                }
                if (static_cast<int>(diags.size()) > kShown)
                    muted(look, "and " + std::to_string(diags.size() - kShown) + " more");
                ImGui::TreePop();
            }
        }
    }
    ImGui::Spacing();
    if (ImGui::Button("New bank (N)")) out = intent::Editor{intent::editor::Open{true}};
    ImGui::SameLine();
    if (ui::button("Edit bank (E)", home.selected >= 0))
        out = intent::Editor{intent::editor::Open{false}};
    muted(look, "Your own banks go in " + home.user_folder.string());
}

void quiz_settings(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    const HomeState& home = state.home;
    if (home.selected < 0) {
        muted(look, "Choose a bank to practise.");
        return;
    }
    const Bank& bank = home.banks[home.selected].loaded->bank;
    text_in_font(look.heading, bank.title);
    if (!bank.description.empty()) muted(look, bank.description);
    // A text describes a moment: "the upcoming election" is the election of that date.
    if (const std::string as_of = facts_as_of(bank); !as_of.empty()) muted(look, "As of " + as_of);
    if (bank.source && !bank.source->sections.empty() &&
        link(look, "briefing", "Read the briefing (B)"))
        out = intent::Home{home_cmd::OpenBriefing{}};
    ImGui::Spacing();

    text("Categories");
    ImGui::SameLine();
    if (ImGui::SmallButton("All")) out = intent::Home{home_cmd::SetAllCategories{true}};
    ImGui::SameLine();
    if (ImGui::SmallButton("None")) out = intent::Home{home_cmd::SetAllCategories{false}};
    for (const Category& cat : bank.categories) {
        bool on = std::find(home.categories.begin(), home.categories.end(), cat.id) !=
                  home.categories.end();
        int n = questions_in(bank, {cat.id});
        std::string label = cat.title + " (" + std::to_string(n) + ")##" + cat.id;
        if (ImGui::Checkbox(label.c_str(), &on))
            out = intent::Home{home_cmd::ToggleCategory{cat.id}};
    }

    const int available = questions_in(bank, home.categories);
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    text("Questions");
    ImGui::SameLine();
    int count = home.question_count;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("##count", &count, 1, 5))
        out = intent::Home{home_cmd::SetQuestionCount{count}};
    ImGui::SameLine();
    muted(look, "of " + std::to_string(available));
    bool shuffle = home.shuffle;
    if (ImGui::Checkbox("Shuffle questions and choices", &shuffle))
        out = intent::Home{home_cmd::SetShuffle{shuffle}};

    if (!home.message.empty()) text_colored(look.wrong, home.message);
    if (available == 0) muted(look, "Choose at least one category.");
    if (keys.plus) out = intent::Home{home_cmd::SetQuestionCount{home.question_count + 1}};
    if (keys.minus) out = intent::Home{home_cmd::SetQuestionCount{home.question_count - 1}};
}

void display_settings(const AppState& state, const Look& look, Intent& out) {
    text_in_font(look.heading, "Display");
    char preview[16];
    std::snprintf(preview, sizeof preview, "%.0f%%", state.view.ui_scale * 100.f);
    ImGui::AlignTextToFramePadding();
    text("Text size");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    if (ImGui::BeginCombo("##scale", preview)) {
        for (float s : kUiScales) {
            char label[16];
            std::snprintf(label, sizeof label, "%.0f%%", s * 100.f);
            if (ImGui::Selectable(label, std::fabs(s - state.view.ui_scale) < 0.01f))
                out = intent::Home{home_cmd::SetUiScale{s}};
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    bool contrast = state.view.high_contrast;
    if (ImGui::Checkbox("High contrast", &contrast))
        out = intent::Home{home_cmd::SetHighContrast{contrast}};
}

// The footer row's width with the modes' key names or without them (large text).
float footer_width(const AppState& state, bool keys_shown, bool with_classroom) {
    const bool resumable = state.quiz.session && !state.quiz.session->finished();
    const char* const labels[] = {
        keys_shown ? "Review (V)" : "Review", keys_shown ? "Exam (X)" : "Exam",
        keys_shown ? "Progress (P)" : "Progress", keys_shown ? "Classroom (C)" : "Classroom"};
    return button_width("Start quiz (Enter)") + button_width(labels[0]) + button_width(labels[1]) +
           (state.scores.available ? button_width(labels[2]) : 0.f) +
           (with_classroom ? button_width(labels[3]) : 0.f) +
           (resumable ? button_width("Resume (R)") : 0.f) + button_width("Quit (Q)") +
           ImGui::GetStyle().ItemSpacing.x * 7;
}

// Whether the footer has room for Classroom (else it goes at the top of the page).
bool classroom_in_footer(const AppState& state) {
    const float width =
        std::min(ImGui::GetContentRegionAvail().x, std::floor(64.f * ImGui::GetFontSize()));
    return footer_width(state, false, true) <= width;
}

// Start, Resume and Quit: always in view, whatever the text size.
void footer(const AppState& state, const Look& look, int available, bool with_classroom,
            Intent& out) {
    const bool resumable = state.quiz.session && !state.quiz.session->finished();
    const bool progress = state.scores.available;
    // The modes' key names leave their buttons when the row would not fit (large text).
    const char* review = "Review (V)";
    const char* exam = "Exam (X)";
    const char* progress_label = "Progress (P)";
    // Classroom mode (a game for teams on a projector, on the selected bank) sits here, in
    // the bar that is always in view, not below the fold of the settings.
    const char* classroom = "Classroom (C)";
    if (footer_width(state, true, with_classroom) > column_end() - ImGui::GetCursorPosX())
        review = "Review", exam = "Exam", progress_label = "Progress", classroom = "Classroom";
    if (primary_button(look, "Start quiz (Enter)", available > 0))
        out = intent::Home{home_cmd::StartQuiz{}};
    if (progress) {
        ImGui::SameLine();
        if (ImGui::Button(progress_label)) out = intent::Progress{progress_cmd::Open{}};
    }
    ImGui::SameLine();
    if (ImGui::Button(review)) out = intent::Review{review_cmd::Open{}};
    ImGui::SameLine();
    if (ui::button(exam, available > 0)) out = intent::Exam{exam_cmd::Open{}};
    if (with_classroom) {
        ImGui::SameLine();
        if (ui::button(classroom, state.home.selected >= 0))
            out = intent::Classroom{classroom_cmd::OpenSetup{}};
    }
    if (resumable) {
        ImGui::SameLine();
        if (ImGui::Button("Resume (R)")) out = intent::Practice{practice_cmd::Resume{}};
    }
    const char* quit = "Quit (Q)";
    const float quit_w = button_width(quit);
    if (resumable) {
        const QuizProgress p = state.quiz.session->progress();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(column_end() - quit_w - ImGui::GetStyle().ItemSpacing.x);
        hint_if_fits(look, "question " + std::to_string(p.index + 1) + " of " +
                               std::to_string(p.total) + " in " + state.quiz.session->bank().title);
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
    }
    align_right(quit_w);
    if (ImGui::Button(quit)) out = intent::Home{home_cmd::Quit{}};
}

}  // namespace

Intent draw_home(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    int available = 0;
    if (state.home.selected >= 0)
        available =
            questions_in(state.home.banks[state.home.selected].loaded->bank, state.home.categories);
    const bool classroom_below = classroom_in_footer(state);
    // Flattened: the arrow keys move between the page and the footer's buttons in one pass.
    ImGui::BeginChild("home", ImVec2(0, -footer_height()), false, ImGuiWindowFlags_NavFlattened);
    Column col = begin_column(64.f);
    text_in_font(look.title, "Statecraft");
    if (!classroom_below) {  // large text: the footer is full, so near the top instead
        ImGui::SameLine();
        align_right(button_width("Classroom (C)"));
        if (ui::button("Classroom (C)", state.home.selected >= 0))
            out = intent::Classroom{classroom_cmd::OpenSetup{}};
    }
    muted(look, "Practise for foreign-policy exams: pick a bank, choose what to practise, start.");
    draw_profile_panel(state, look, out);
    ImGui::Spacing();
    const bool wide = col.width >= 40.f * ImGui::GetFontSize();
    if (wide && ImGui::BeginTable("home-columns", 2, ImGuiTableFlags_SizingStretchSame,
                                  ImVec2(col.width, 0))) {
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);  // wrap at the cell's edge
        bank_list(state.home, look, keys, out);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        quiz_settings(state, look, keys, out);
        ImGui::PopTextWrapPos();
        ImGui::EndTable();
    } else {
        quiz_settings(state, look, keys, out);
        rule();
        bank_list(state.home, look, keys, out);
    }
    ImGui::Spacing();
    rule();
    display_settings(state, look, out);
    if (!state.view.status.empty()) muted(look, state.view.status);
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column(64.f);
    footer(state, look, available, classroom_below, out);
    end_column(bottom);

    if (keys.enter && available > 0) out = intent::Home{home_cmd::StartQuiz{}};
    if (keys.letter == 'r' && state.quiz.session && !state.quiz.session->finished())
        out = intent::Practice{practice_cmd::Resume{}};
    if (keys.letter == 'q') out = intent::Home{home_cmd::Quit{}};
    if (keys.letter == 'b' && state.briefing_bank()) out = intent::Home{home_cmd::OpenBriefing{}};
    if (keys.letter == 'v') out = intent::Review{review_cmd::Open{}};
    if (keys.letter == 'x' && available > 0) out = intent::Exam{exam_cmd::Open{}};
    if (keys.letter == 'p' && state.scores.available) out = intent::Progress{progress_cmd::Open{}};
    if (keys.letter == 'c' && state.home.selected >= 0)
        out = intent::Classroom{classroom_cmd::OpenSetup{}};
    if (keys.letter == 'n') out = intent::Editor{intent::editor::Open{true}};
    if (keys.letter == 'e' && state.home.selected >= 0)
        out = intent::Editor{intent::editor::Open{false}};
    return out;
}

}  // namespace statecraft
