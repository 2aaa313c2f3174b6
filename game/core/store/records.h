// Plain data going into and coming out of the store. No SQL, no SQLite types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session/answer.h"
#include "core/study/cbm.h"

namespace statecraft {

struct Question;

// Names this process's handle on a quiz session. It stays valid while the session's rows wait
// in memory (read-only folder, full disk), before the database has given the session an id.
struct SessionKey {
    std::int64_t value = 0;
    bool operator==(const SessionKey&) const = default;
};

struct SessionStart {
    std::string profile;  // created if it does not exist yet
    std::string bank_id;
    std::string bank_hash;  // LoadedBank::content_hash
    std::string mode;       // practice, exam, review, classroom ...
    std::int64_t started_ms = 0;
};

struct SessionEnd {
    std::int64_t ended_ms = 0;
    std::optional<double> score;      // as the mode scores it (points, partial credit ...)
    std::optional<double> max_score;  // the most that score could have been
    std::optional<int> unanswered = std::nullopt;  // an exam: questions left unanswered at hand-in
};

struct AttemptRecord {
    std::string question_id;
    std::string question_hash;  // question_hash(question): tells later banks' versions apart
    std::string category;
    // The answer given: typed when it comes from a quiz session (the store checks its shape
    // and keeps answer_to_json_text of it), else JSON text from elsewhere (an import, a test's
    // seed), kept as it is.
    std::optional<Answer> answer;
    std::string answer_json = "null";  // used when `answer` is empty
    double score = 0;                  // 0..1, partial credit allowed
    bool correct = false;
    std::int64_t time_ms = 0;              // time taken to answer
    std::optional<Confidence> confidence;  // when asked
    std::int64_t answered_ms = 0;          // when, Unix time in ms

    // question_id, question_hash and category filled in from the question.
    static AttemptRecord for_question(const Question& question);
    // The JSON text the attempts table keeps for the answer.
    std::string answer_text() const { return answer ? answer_to_json_text(*answer) : answer_json; }
};

// One answer of a batch (Store::record_batch): the session it belongs to, and the answer.
struct BatchAttempt {
    SessionKey session;
    AttemptRecord attempt;
};

// A whole session at once, for imports, seeding tests and benchmarks.
struct SessionImport {
    SessionStart start;
    std::vector<AttemptRecord> attempts;
    std::optional<SessionEnd> end;
};

struct ProfileInfo {
    std::string name;
    std::int64_t created_ms = 0;
    std::int64_t last_used_ms = 0;
};

// --- Rows for the Progress figures (core/stats turns them into figures) ---

// Attempts added up: how many, how many right, the sum of their scores, the time taken.
struct Totals {
    std::int64_t attempts = 0;
    std::int64_t correct = 0;
    double score_sum = 0;
    std::int64_t time_ms = 0;
    // Partial credit counts: the mean score, 0..1.
    double accuracy() const {
        return attempts > 0 ? score_sum / static_cast<double>(attempts) : 0.0;
    }
    void add(const Totals& other) {
        attempts += other.attempts;
        correct += other.correct;
        score_sum += other.score_sum;
        time_ms += other.time_ms;
    }
};

struct DayTotals {
    std::int64_t day = 0;  // local calendar day, days since 1970-01-01
    Totals totals;
};

struct CategoryTotals {
    std::string category;
    Totals totals;
};

// Totals of one profile's attempts at one question, with the latest few apart.
struct QuestionTotals {
    std::string bank_id;
    std::string question_id;
    std::string category;   // of the latest attempt
    std::string last_hash;  // question_hash of the latest attempt
    std::int64_t attempts = 0;
    std::int64_t correct = 0;
    double score_sum = 0;
    std::int64_t last_ms = 0;
    std::int64_t recent_n = 0;  // at most kRecentAttempts
    double recent_score_sum = 0;
};

inline constexpr int kRecentAttempts = 5;

struct SessionRow {
    std::int64_t id = 0;
    std::string bank_id;
    std::string bank_hash;
    std::string mode;
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> ended_ms;
    std::optional<double> score;
    std::optional<double> max_score;
    std::optional<std::int64_t> unanswered;  // an exam's questions left without an answer
    std::int64_t attempts = 0;
    std::int64_t correct = 0;
    double score_sum = 0;
};

// Best finished session per bank (highest score / max_score).
struct BankBest {
    std::string bank_id;
    double best_ratio = 0;
    double score = 0;
    double max_score = 0;
    std::int64_t session_id = 0;
    std::int64_t ended_ms = 0;
    std::int64_t sessions = 0;  // finished sessions with a score on this bank
};

struct ProgressRows {
    std::string profile;
    std::vector<DayTotals> days;              // every day studied, oldest first
    std::vector<CategoryTotals> categories;   // by category id
    std::vector<QuestionTotals> questions;    // sorted by bank, question
    std::vector<SessionRow> recent_sessions;  // newest first
    std::int64_t session_count = 0;
    std::vector<BankBest> best_by_bank;  // sorted by bank
    std::int64_t overridden = 0;  // attempts the student marked "I was right" (still wrong here)
};

// One attempt as exported for a gradebook.
struct AttemptExportRow {
    std::string profile;
    std::int64_t session_id = 0;
    std::string mode;
    std::string bank_id;
    std::string question_id;
    std::string category;
    std::string question_hash;
    std::string answer_json;
    bool correct = false;
    double score = 0;
    std::int64_t time_ms = 0;
    std::optional<int> confidence;
    std::int64_t answered_ms = 0;
};

}  // namespace statecraft
