// Everything the screens show, owned by the app controller. Screens read it and return an
// Intent; they never change it.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/bank_loader.h"
#include "core/session/answer.h"
#include "core/session/exam_session.h"
#include "core/session/quiz_session.h"
#include "core/study/review_queue.h"
#include "ui/classroom/classroom_state.h"
#include "ui/editor/editor_state.h"
#include "ui/exam/exam_state.h"
#include "ui/live/live_state.h"
#include "ui/practice/practice_state.h"
#include "ui/progress/progress_page.h"
#include "ui/review/review_state.h"

namespace statecraft {

// Each value has one line in ui/screen_table.cpp (its --screen name and draw function).
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

// One bank file the app found.
struct BankEntry {
    std::string origin;                        // "Shipped", "Yours", "Command line"
    std::shared_ptr<const LoadedBank> loaded;  // path, bank, diagnostics
    std::shared_ptr<const Bank> bank() const;  // shares ownership with loaded
};

struct HomeState {
    std::vector<BankEntry> banks;         // loaded without errors
    std::vector<BankEntry> broken;        // with their errors
    int selected = -1;                    // index into banks, -1 when there are none
    std::vector<std::string> categories;  // chosen category ids of the selected bank
    int question_count = 10;
    bool count_chosen = false;  // the student set the count: it carries over to another bank
    std::string settings_bank;  // id of the bank the categories and count were chosen for
    bool shuffle = true;
    std::string message;                // why the last Start failed, or empty
    std::filesystem::path user_folder;  // where a student's own banks go
};

struct BriefingState {
    std::string focus_section;      // scrolled into view when the briefing opens
    Screen back_to = Screen::home;  // where Esc returns
    int generation = 0;             // changes with every opening (the screen scrolls once per)
};

struct AppState {
    Screen screen = Screen::home;
    HomeState home;
    std::optional<QuizSession> session;
    int session_serial = 0;  // changes with every new session (screens key their scroll by it)
    PracticeState practice;
    BriefingState briefing;
    float ui_scale = 1.0f;
    bool high_contrast = false;
    ClassroomUiState classroom;
    LiveUiState live;    // the live classroom (students' devices)
    std::string status;  // one line for the student (results saved, an error), or empty
    StudyState study;
    ExamSetup exam_setup;
    std::optional<ExamSession> exam;  // over `session` while its mode is exam
    ExamView exam_view;
    ScoreState scores;   // profiles, unsaved writes, the Progress figures
    EditorState editor;  // the bank editor (Screen::editor)

    const Bank* session_bank() const { return session ? &session->bank() : nullptr; }
    // The current session's mode (practice when there is none).
    SessionMode session_mode() const {
        return session ? session->origin().mode : SessionMode::practice;
    }
    // The bank the briefing shows: the session's, else the one selected on Home.
    const Bank* briefing_bank() const;
};

}  // namespace statecraft
