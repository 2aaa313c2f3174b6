#include "ui/screen_table.h"

#include <cassert>

#include "ui/screens.h"

namespace statecraft {

const std::vector<ScreenEntry>& screen_table() {
    // The projector view reads its own keys (see classroom_key_intent).
    static const DrawScreen classroom = [](const AppState& s, const Look& l, const Keys&) {
        return draw_classroom(s.classroom, l);
    };
    static const DrawScreen live = [](const AppState& s, const Look& l, const Keys&) {
        return draw_live(s.live, l);
    };
    static const DrawScreen progress = [](const AppState& s, const Look& l, const Keys& k) {
        return draw_progress(s.scores, l, k);
    };
    static const BackIntent home = [](const AppState&) -> Intent {
        return intent::Home{home_cmd::GoHome{}};
    };
    static const BackIntent briefing_origin = [](const AppState&) -> Intent {
        return intent::Home{home_cmd::CloseBriefing{}};
    };
    static const std::vector<ScreenEntry> table = {
        {Screen::home, "home", draw_home},
        {Screen::practice, "practice", draw_practice, home},
        {Screen::results, "results", draw_results, home},
        {Screen::briefing, "briefing", draw_briefing, briefing_origin},
        {Screen::review, "review", draw_review, home},
        {Screen::exam, "exam", draw_exam, exam_back},  // running: asks before handing in
        {Screen::exam_results, "exam-results", draw_exam_results, home},
        {Screen::progress, "progress", progress, home},
        {Screen::classroom_setup, "classroom-setup", draw_classroom_setup},
        {Screen::classroom, "classroom", classroom},
        {Screen::podium, "podium", classroom},
        {Screen::live_join, "live-join", live},
        {Screen::live_question, "live-question", live},
        {Screen::live_distribution, "live-distribution", live},
        {Screen::live_reveal, "live-reveal", live},
        {Screen::live_peer, "live-peer", live},
        {Screen::live_leaderboard, "live-leaderboard", live},
        {Screen::live_podium, "live-podium", live},
        {Screen::editor, "editor", draw_editor},  // leaves by editor::Leave (it may ask)
    };
    return table;
}

const ScreenEntry& screen_entry(Screen screen) {
    for (const ScreenEntry& e : screen_table())
        if (e.screen == screen) return e;
    assert(false && "every Screen has a line in screen_table()");
    return screen_table().front();
}

std::optional<Screen> screen_from_name(std::string_view name) {
    for (const ScreenEntry& e : screen_table())
        if (name == e.name) return e.screen;
    return std::nullopt;
}

std::vector<std::string> screen_names() {
    std::vector<std::string> names;
    for (const ScreenEntry& e : screen_table()) names.emplace_back(e.name);
    return names;
}

}  // namespace statecraft
