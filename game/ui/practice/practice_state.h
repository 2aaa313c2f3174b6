// The quiz's state, shared by practice, review and the exam: the session, the answer being built
// for the question shown, and the briefing opened over it.
#pragma once

#include <optional>
#include <string>

#include "core/session/answer.h"
#include "core/session/quiz_session.h"
#include "core/study/cbm.h"
#include "ui/screen.h"

namespace statecraft {

struct PracticeState {
    Answer draft;                    // what the student has chosen so far
    std::optional<Outcome> outcome;  // set once the current question is submitted
    int cursor = 0;                  // ordering: the selected item; matching: the current left
    std::optional<Confidence> confidence;  // given with this answer (L/M/H), or none
};

struct BriefingState {
    std::string focus_section;      // scrolled into view when the briefing opens
    Screen back_to = Screen::home;  // where Esc returns
    int generation = 0;             // changes with every opening (the screen scrolls once per)
};

struct QuizState {
    std::optional<QuizSession> session;
    int session_serial = 0;  // changes with every new session (screens key their scroll by it)
    PracticeState practice;
    BriefingState briefing;
};

}  // namespace statecraft
