// Briefing: the bank's source sections as readable, wrapped text; opened at the section a
// question refers to, and Esc returns to where the student came from.
#include <string>

#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

const char* back_label(Screen to) {
    switch (to) {
        case Screen::practice:
            return "\xE2\x86\x90 Back to the question (Esc)";
        case Screen::results:
            return "\xE2\x86\x90 Back to the results (Esc)";
        default:
            return "\xE2\x86\x90 Back (Esc)";
    }
}

// Keyboard scrolling of the text (there is nothing to navigate to in plain text).
void scroll_keys() {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float page = ImGui::GetWindowHeight() * 0.85f;
    auto pressed = [](ImGuiKey key) {
        int index = ImGui::GetKeyIndex(key);
        return index >= 0 && ImGui::IsKeyPressed(index, true);
    };
    float dy = 0;
    if (pressed(ImGuiKey_DownArrow)) dy += line * 2;
    if (pressed(ImGuiKey_UpArrow)) dy -= line * 2;
    if (pressed(ImGuiKey_PageDown)) dy += page;
    if (pressed(ImGuiKey_PageUp)) dy -= page;
    if (dy != 0) ImGui::SetScrollY(ImGui::GetScrollY() + dy);
    if (pressed(ImGuiKey_Home)) ImGui::SetScrollY(0);
    if (pressed(ImGuiKey_End)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
}

}  // namespace

Intent draw_briefing(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const Bank* bank = state.briefing_bank();
    Column top = begin_column();
    if (ImGui::Button(back_label(state.quiz.briefing.back_to))) out = intent::Back{};
    end_column(top);
    ImGui::Separator();

    ImGui::BeginChild("briefing", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
    Column col = begin_column();
    text_in_font(look.title, "Briefing");
    if (!bank || !bank->source || bank->source->sections.empty()) {
        muted(look, "This bank has no briefing.");
    } else {
        const Source& src = *bank->source;
        text_in_font(look.heading, src.title.empty() ? bank->title : src.title);
        std::string meta = src.publisher;
        if (!src.date.empty()) meta += (meta.empty() ? "" : ", ") + src.date;
        if (const std::string as_of = facts_as_of(*bank); !as_of.empty())
            meta += (meta.empty() ? "as of " : " \xC2\xB7 as of ") + as_of;
        if (!meta.empty()) muted(look, meta);
        if (!src.url.empty()) muted(look, src.url);
        // Scroll to the asked-for section once each time the briefing is opened.
        ImGuiStorage* storage = ImGui::GetStateStorage();
        const ImGuiID key = ImGui::GetID("scrolled-for");
        const bool scroll_now = storage->GetInt(key, -1) != state.quiz.briefing.generation;
        if (scroll_now && state.quiz.briefing.focus_section.empty()) ImGui::SetScrollY(0);
        for (const Section& section : src.sections) {
            ImGui::Spacing();
            rule();
            const bool focus = section.id == state.quiz.briefing.focus_section;
            if (focus && scroll_now) ImGui::SetScrollHereY(0.0f);
            text_in_font(look.heading, section.heading, focus ? &look.accent : nullptr);
            text(section.text);
        }
        storage->SetInt(key, state.quiz.briefing.generation);
    }
    end_column(col);
    scroll_keys();
    ImGui::EndChild();

    if (keys.escape || keys.letter == 'b') out = intent::Back{};
    return out;
}

}  // namespace statecraft
