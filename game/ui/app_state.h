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
#include "core/session/quiz_session.h"
#include "ui/editor_state.h"

namespace statecraft {

enum class Screen { home, practice, results, briefing, editor };

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
    bool shuffle = true;
    std::string message;                // why the last Start failed, or empty
    std::filesystem::path user_folder;  // where a student's own banks go
};

struct PracticeState {
    Answer draft;                    // what the student has chosen so far
    std::optional<Outcome> outcome;  // set once the current question is submitted
    int cursor = 0;                  // ordering: the selected item; matching: the current left
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
    std::string status;  // one line for the student (results saved, an error), or empty
    EditorState editor;  // the bank editor (Screen::editor)

    const Bank* session_bank() const { return session ? &session->bank() : nullptr; }
    // The bank the briefing shows: the session's, else the one selected on Home.
    const Bank* briefing_bank() const;
};

}  // namespace statecraft
