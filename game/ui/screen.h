// The screens, one value each. Each value has one line in ui/screen_table.cpp (its --screen
// name, its draw function, what Esc does there).
#pragma once

namespace statecraft {

enum class Screen {
    home,
    practice,
    results,
    briefing,
    review,
    exam,
    exam_results,
    progress,
    classroom_setup,
    classroom,
    podium,
    // The live classroom's projector view; one --screen name per stage for screenshots.
    live_join,
    live_question,
    live_distribution,
    live_reveal,
    live_peer,
    live_leaderboard,
    live_podium,
    editor  // the last one: ui_screens_test walks home..editor
};

}  // namespace statecraft
