#include "app/modes/home/home_controller.h"

#include <algorithm>

#include "app/modes/practice/quiz_flow.h"
#include "app/persist_settings.h"
#include "core/settings/settings.h"

namespace statecraft {

namespace {

using namespace home_cmd;

void clamp_count(HomeState& h) {
    h.question_count = std::clamp(h.question_count, 1, std::max(1, available_questions(h)));
}

void apply(AppState& state, const SelectBank& c, Services&) {
    select_bank(state.home, c.index);
}

void apply(AppState& state, const ToggleCategory& c, Services&) {
    auto& cats = state.home.categories;
    auto it = std::find(cats.begin(), cats.end(), c.id);
    if (it != cats.end()) {
        cats.erase(it);
    } else {
        cats.push_back(c.id);
    }
    state.home.message.clear();
    clamp_count(state.home);
}

void apply(AppState& state, const SetAllCategories& c, Services&) {
    HomeState& h = state.home;
    h.categories.clear();
    if (c.on && h.selected >= 0)
        for (const Category& category : h.banks[h.selected].loaded->bank.categories)
            h.categories.push_back(category.id);
    clamp_count(h);
}

void apply(AppState& state, const SetQuestionCount& c, Services&) {
    state.home.question_count = c.count;
    state.home.count_chosen = true;
    clamp_count(state.home);
}

void apply(AppState& state, const SetShuffle& c, Services&) {
    state.home.shuffle = c.on;
}

void apply(AppState& state, const StartQuiz&, Services& services) {
    start_quiz(state, services, SessionMode::practice);
}

void apply(AppState& state, const OpenBriefing& c, Services&) {
    if (!state.briefing_bank()) return;
    BriefingState& briefing = state.quiz.briefing;
    if (state.screen != Screen::briefing) briefing.back_to = state.screen;
    briefing.focus_section = c.section_id;
    ++briefing.generation;
    state.screen = Screen::briefing;
}

void apply(AppState& state, const CloseBriefing&, Services&) {
    state.screen = state.quiz.briefing.back_to;
    // The session may have ended meanwhile (it cannot, but never show a dead screen).
    if (state.screen != Screen::home && !state.quiz.session) state.screen = Screen::home;
}

void apply(AppState& state, const GoHome&, Services&) {
    state.screen = Screen::home;
}

void apply(AppState& state, const SetUiScale& c, Services& services) {
    state.view.ui_scale = std::clamp(c.scale, settings::kMinUiScale, settings::kMaxUiScale);
    services.requests.ui_scale = state.view.ui_scale;
    persist_settings(state, services.options);
}

void apply(AppState& state, const SetHighContrast& c, Services& services) {
    state.view.high_contrast = c.on;
    services.requests.high_contrast = c.on;
    persist_settings(state, services.options);
}

void apply(AppState& state, const Quit&, Services& services) {
    services.scores.settle(state.scores);  // what is on its way counts as saved once it is in
    // Unsaved answers: warn once; a second Quit leaves (the store tries once more on closing).
    if (state.scores.pending > 0 && !state.scores.quit_warned) {
        state.scores.quit_warned = true;
        return;
    }
    services.requests.quit = true;
}

}  // namespace

void apply_home_command(AppState& state, const HomeCommand& command, Services& services) {
    std::visit([&](const auto& c) { apply(state, c, services); }, command);
}

int available_questions(const HomeState& h) {
    if (h.selected < 0) return 0;
    const Bank& bank = h.banks[h.selected].loaded->bank;
    return static_cast<int>(
        std::count_if(bank.questions.begin(), bank.questions.end(), [&](const Question& q) {
            return std::find(h.categories.begin(), h.categories.end(), q.category) !=
                   h.categories.end();
        }));
}

void select_bank(HomeState& h, int index) {
    if (index < 0 || index >= static_cast<int>(h.banks.size())) return;
    const Bank& bank = h.banks[index].loaded->bank;
    const bool same = !h.settings_bank.empty() && h.settings_bank == bank.id;
    std::vector<std::string> kept;
    for (const Category& c : bank.categories)
        if (!same ||
            std::find(h.categories.begin(), h.categories.end(), c.id) != h.categories.end())
            kept.push_back(c.id);
    h.selected = index;
    h.settings_bank = bank.id;
    h.categories = std::move(kept);  // the same bank again (or reloaded) keeps its choices
    h.message.clear();
    // A count the student set carries over to another bank, within its size; otherwise the
    // default for the bank.
    if (same || h.count_chosen)
        clamp_count(h);
    else
        h.question_count = std::min(kDefaultQuestionCount, std::max(1, available_questions(h)));
}

}  // namespace statecraft
