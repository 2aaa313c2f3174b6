// What the Progress screen and Home show of the score database: plain figures, already
// computed by core/stats and core/study (app/modes/progress/progress_data.cpp fills them), so the
// screen only draws. The ui target does not see core/stats or core/store: it only draws these
// figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ui/progress/sync_status.h"

namespace statecraft {

struct ProgressPage {
    struct Bar {
        std::string id;
        std::string label;  // the category's title when a bank knows it, else its id
        std::int64_t attempts = 0;
        double accuracy = 0;  // 0..1
    };
    struct Day {
        std::int64_t day = 0;  // local calendar day
        std::string date;      // "2024-05-01"
        std::int64_t attempts = 0;
        double accuracy = 0;
    };
    struct Session {
        std::int64_t id = 0;
        std::string bank_id;
        std::string mode;
        std::string started;  // local "2024-05-01 12:34"
        bool finished = false;
        std::optional<double> score, max_score;
        std::int64_t attempts = 0;
        double accuracy = 0;  // of its attempts
    };
    struct Best {
        std::string bank_id;
        double ratio = 0;
        double score = 0, max_score = 0;
        std::int64_t sessions = 0;
    };
    struct Weak {
        std::string bank_id;
        std::string question_id;
        std::string prompt;  // the question's text when its bank is loaded, else empty
        std::string category;
        std::int64_t attempts = 0;
        double recent_accuracy = 0;
        std::string version;  // "current", "older", "removed" or "unknown"
    };
    struct Level {
        std::string name;  // "low", "medium", "high"
        int answers = 0;
        double accuracy = 0;  // how often right
        double claimed = 0;   // what the level claims
        double ideal_low = 0, ideal_high = 1;
        std::string judgement;  // "about right", "over-confident" ...
    };
    struct BrierDay {
        std::string date;
        int answers = 0;
        double brier = 0;
        double cumulative = 0;
    };

    std::string profile;
    bool loaded = false;
    std::string error;  // why the figures could not be read, or empty
    std::int64_t today = 0;
    std::int64_t attempts = 0;
    double accuracy = 0;
    int streak_days = 0;
    std::vector<Bar> categories;
    std::vector<Day> days;
    std::vector<Session> sessions;  // newest first
    std::int64_t session_count = 0;
    std::int64_t overridden = 0;  // answers marked "I was right"
    std::vector<Best> best;
    std::vector<Weak> weakest;  // weakest first
    // Calibration: answers given with a confidence.
    int confident_answers = 0;
    int without_confidence = 0;
    std::optional<double> brier;
    std::vector<Level> levels;
    std::vector<BrierDay> brier_days;
};

// The score database as the app sees it.
struct ScoreState {
    bool available = false;             // a store is open (possibly only in memory)
    std::string database;               // its path, for messages
    std::vector<std::string> profiles;  // names, in the store's order
    std::string profile;                // the one answers go to
    std::string write_problem;          // the last unsaved write's message; empty when all saved
    std::size_t pending = 0;            // writes waiting in memory
    bool writing = false;               // writes on their way to the database (redraw soon)
    std::vector<std::string> notices;   // shown once on Home (a damaged file moved aside ...)
    std::string profile_message;        // why creating a profile failed, or empty
    bool quit_warned = false;           // Quit was asked once with unsaved writes
    ProgressPage progress;              // of `profile`, refreshed when the screen opens
    SyncStatus sync;                    // the last or running sync with the school server
};

}  // namespace statecraft
