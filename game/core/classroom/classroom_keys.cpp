#include "core/classroom/classroom_keys.h"

#include <algorithm>

namespace statecraft {

const char* to_string(ClassroomAction action) {
    constexpr const char* kNames[] = {"none",
                                      "start",
                                      "select_team",
                                      "next_team",
                                      "previous_team",
                                      "press_option",
                                      "clear_answer",
                                      "lock",
                                      "reveal",
                                      "show_explanation",
                                      "show_leaderboard",
                                      "next",
                                      "finish",
                                      "advance"};
    return kNames[static_cast<int>(action)];
}

namespace {

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) {
                   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return lower(x) == lower(y);
           });
}

bool is_one_of(std::string_view key, std::initializer_list<std::string_view> names) {
    return std::any_of(names.begin(), names.end(),
                       [&](std::string_view n) { return same_name(key, n); });
}

ClassroomIntent of(ClassroomAction action, int team = -1, int option = -1) {
    return {action, team, option};
}

}  // namespace

ClassroomIntent classroom_key_intent(std::string_view key, bool shift) {
    if (key.size() == 1) {
        const char c = key[0];
        if (c >= 'a' && c <= 'z')
            return of(ClassroomAction::select_team, (shift ? 26 : 0) + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return of(ClassroomAction::select_team, 26 + (c - 'A'));
        if (c >= '1' && c <= '8') return of(ClassroomAction::press_option, -1, c - '1');
        if (c == ' ') return of(ClassroomAction::advance);
        return {};
    }
    if (key.size() == 7 && same_name(key.substr(0, 6), "numpad") && key[6] >= '1' &&
        key[6] <= '8') {
        return of(ClassroomAction::press_option, -1, key[6] - '1');
    }
    if (is_one_of(key, {"Space", "Enter", "Return", "PageDown", "Right"}))
        return of(ClassroomAction::advance);
    if (is_one_of(key, {"Backspace", "Delete"})) return of(ClassroomAction::clear_answer);
    if (same_name(key, "Tab"))
        return of(shift ? ClassroomAction::previous_team : ClassroomAction::next_team);
    if (same_name(key, "Down")) return of(ClassroomAction::next_team);
    if (same_name(key, "Up")) return of(ClassroomAction::previous_team);
    if (same_name(key, "End") && shift) return of(ClassroomAction::finish);
    return {};
}

ClassroomOutcome apply_classroom_intent(ClassroomGame& game, const ClassroomIntent& intent,
                                        std::int64_t now_ms) {
    const int team = intent.team >= 0 ? intent.team : game.selected_team();
    switch (intent.action) {
        case ClassroomAction::none:
            return ClassroomOutcome::refused("that key does nothing here");
        case ClassroomAction::start:
            return game.start(now_ms);
        case ClassroomAction::select_team:
            return game.select_team(intent.team);
        case ClassroomAction::next_team:
            return game.select_next_team(+1);
        case ClassroomAction::previous_team:
            return game.select_next_team(-1);
        case ClassroomAction::press_option:
            return game.press_option(team, intent.option, now_ms);
        case ClassroomAction::clear_answer:
            return game.clear_answer(team, now_ms);
        case ClassroomAction::lock:
            return game.lock();
        case ClassroomAction::reveal:
            return game.reveal();
        case ClassroomAction::show_explanation:
            return game.show_explanation();
        case ClassroomAction::show_leaderboard:
            return game.show_leaderboard();
        case ClassroomAction::next:
            return game.next(now_ms);
        case ClassroomAction::finish:
            return game.finish();
        case ClassroomAction::advance:
            return game.advance(now_ms);
    }
    return ClassroomOutcome::refused("unknown action");
}

std::vector<std::pair<std::string, std::string>> classroom_key_help() {
    return {
        {"a-z", "select team 1-26"},
        {"Shift+A-D", "select team 27-30"},
        {"Tab / Down, Shift+Tab / Up", "next / previous team"},
        {"1-8", "answer for the selected team (multiple: toggle a choice)"},
        {"1 / 2", "true / false; right / wrong on teacher-marked questions"},
        {"Backspace", "clear the selected team's answer"},
        {"Space, Enter, PageDown, Right", "lock, reveal, explanation, leaderboard, next question"},
        {"Shift+End", "end the game and show the podium"},
    };
}

}  // namespace statecraft
