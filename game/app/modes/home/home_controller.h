// Home's choices (the bank, its categories, the count, shuffle, Start), the window's settings
// and Quit, and the navigation every screen shares (the briefing, Home).
#pragma once

#include "app/services.h"
#include "ui/app_state.h"
#include "ui/home/home_command.h"

namespace statecraft {

inline constexpr int kDefaultQuestionCount = 10;

void apply_home_command(AppState& state, const HomeCommand& command, Services& services);

// Chooses bank `index` of Home's list: the same bank again keeps its categories and count;
// another takes all its categories and the count the student set (within its size), else the
// default. An index out of range changes nothing.
void select_bank(HomeState& home, int index);
// The number of questions Home's settings offer: the selected bank's in the chosen categories.
int available_questions(const HomeState& home);

}  // namespace statecraft
