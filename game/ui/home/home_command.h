// What Home asks for: the bank and its categories, the question count and shuffle, Start; the
// window's settings (text size, contrast) and Quit; and the navigation every screen shares
// (the briefing, Home). Sent as intent::Home; the app applies them in app/modes/home/.
#pragma once

#include <string>
#include <variant>

namespace statecraft::home_cmd {

struct SelectBank {
    int index = 0;
};
struct ToggleCategory {
    std::string id;
};
struct SetAllCategories {
    bool on = true;
};
struct SetQuestionCount {
    int count = 10;
};
struct SetShuffle {
    bool on = true;
};
struct StartQuiz {};
struct OpenBriefing {
    std::string section_id;  // empty: the top
};
struct CloseBriefing {};  // back to the screen the briefing was opened from
struct GoHome {};
struct SetUiScale {
    float scale = 1.0f;
};
struct SetHighContrast {
    bool on = false;
};
struct Quit {};

}  // namespace statecraft::home_cmd

namespace statecraft {

using HomeCommand =
    std::variant<home_cmd::SelectBank, home_cmd::ToggleCategory, home_cmd::SetAllCategories,
                 home_cmd::SetQuestionCount, home_cmd::SetShuffle, home_cmd::StartQuiz,
                 home_cmd::OpenBriefing, home_cmd::CloseBriefing, home_cmd::GoHome,
                 home_cmd::SetUiScale, home_cmd::SetHighContrast, home_cmd::Quit>;

}  // namespace statecraft
