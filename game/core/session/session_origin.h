// Where a quiz session comes from and what it is for: the bank (by id and by the content hash of
// the file it was loaded from) and the mode. The session carries it from start to the store, so
// no layer above keeps the bank's identity or compares the mode as text.
#pragma once

#include <string>

namespace statecraft {

enum class SessionMode {
    practice,  // self-study with feedback after each answer
    review,    // spaced review of the due and new cards of one bank
    exam,      // timed, no feedback until hand-in, polls left out
};

// The name the score store keeps in sessions.mode: "practice", "review", "exam".
const char* to_string(SessionMode mode);

// Self-study (practice and review): answers update the student's cards and a short answer
// marked wrong may take "I was right". An exam is marked by the bank's key alone.
bool is_self_study(SessionMode mode);

struct SessionOrigin {
    std::string bank_id;       // Bank::id (QuizSession::start sets it from the bank)
    std::string content_hash;  // LoadedBank::content_hash; empty for a bank never read from a file
    SessionMode mode = SessionMode::practice;
};

}  // namespace statecraft
