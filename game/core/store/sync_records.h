// What a sync to a school server reads from the local store, and the cursor it keeps per server.
// Plain data: no SQL, no server types (game/sync turns these rows into COPY data).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace statecraft {

// How far one profile has been sent to one server. Rows past the cursor are sent next time; a
// cursor only moves after the server has committed what it covers.
struct SyncCursor {
    std::int64_t attempt_id = 0;         // attempts with id > this are not sent yet
    std::int64_t session_id = 0;         // sessions with id >= this are (re)sent: still open
    std::int64_t card_ms = 0;            // cards reviewed after this are not sent yet
    std::int64_t classroom_session = 0;  // classroom games with a session id > this
};

struct SyncSessionRow {
    std::int64_t id = 0;
    std::string uuid, bank_id, bank_hash, mode;
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> ended_ms;
    std::optional<double> score, max_score;
};

struct SyncAttemptRow {
    std::int64_t id = 0;
    std::string uuid, session_uuid, bank_id, question_id, question_hash, category, answer_json;
    double score = 0;
    bool correct = false;
    std::int64_t time_ms = 0;
    std::optional<int> confidence;
    std::int64_t answered_ms = 0, day = 0;
};

struct SyncCardRow {
    std::string bank_id, question_id, state;
    int step = 0, reps = 0, lapses = 0;
    double stability = 0, difficulty = 0;
    std::int64_t first_review_ms = 0, last_review_ms = 0, due_ms = 0;
};

struct SyncClassroomRow {
    std::int64_t session_id = 0;
    std::string session_uuid, team, question_id, question_type, answer_ids, answer_text;
    int round = 0, team_rank = 0;
    std::int64_t team_total = 0, time_ms = 0, points = 0, streak_bonus = 0;
    bool answered = false, correct = false;
    double fraction = 0;
    std::optional<int> confidence;  // 1-3: a live game's answer given with a confidence
};

}  // namespace statecraft
