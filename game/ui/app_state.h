// Everything the screens show, owned by the app controller. Screens read it and return an
// Intent; they never change it. One member per mode, each defined and owned by its slice
// (ui/<mode>/<mode>_state.h); all live at once, because the briefing opens over a quiz and
// returns to it, an exam runs over the quiz's session, the live view is filled by the host
// while the classroom game runs, and the editor keeps its recovery copy whatever is shown.
#pragma once

#include <string>

#include "ui/classroom/classroom_state.h"
#include "ui/editor/editor_state.h"
#include "ui/exam/exam_state.h"
#include "ui/home/home_state.h"
#include "ui/live/live_state.h"
#include "ui/practice/practice_state.h"
#include "ui/progress/progress_page.h"
#include "ui/review/review_state.h"
#include "ui/screen.h"

namespace statecraft {

// What every screen shows whatever the mode: the window's settings and the status line.
struct SharedView {
    float ui_scale = 1.0f;
    bool high_contrast = false;
    std::string status;  // one line for the student (results saved, an error), or empty
};

struct AppState {
    Screen screen = Screen::home;  // the route: which screen of which mode is shown
    HomeState home;
    SharedView view;
    ScoreState scores;  // profiles, unsaved writes, the Progress figures (Home, Progress, banner)
    // The modes
    QuizState quiz;  // practice, review and the exam answer through it; the briefing
    ExamState exam;
    StudyState study;            // review (Screen::review)
    ClassroomUiState classroom;  // the classroom game on this computer
    LiveUiState live;            // the live classroom (students' devices)
    EditorState editor;          // the bank editor (Screen::editor)

    const Bank* session_bank() const { return quiz.session ? &quiz.session->bank() : nullptr; }
    // The current session's mode (practice when there is none).
    SessionMode session_mode() const {
        return quiz.session ? quiz.session->origin().mode : SessionMode::practice;
    }
    // The bank the briefing shows: the session's, else the one selected on Home.
    const Bank* briefing_bank() const;
};

}  // namespace statecraft
