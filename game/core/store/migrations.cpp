#include "core/store/migrations.h"

#include "core/store/attempts_unchecked.h"
#include "core/store/item_totals.h"
#include "core/store/progress_summary.h"
#include "core/store/session_figures.h"
#include "core/store/uuid_sql.h"

#include <algorithm>
#include <string>

namespace statecraft {

namespace {

// Version 1: profiles, sessions, the attempts log, and two totals tables kept by a trigger so
// that the Progress figures read a few thousand rows however long the history grows.
// Attempts are append-only; the totals are recomputed from them by Store::rebuild_totals().
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE profiles (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  created_ms    INTEGER NOT NULL,
  last_used_ms  INTEGER NOT NULL
);

CREATE TABLE sessions (
  id          INTEGER PRIMARY KEY,
  profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id     TEXT NOT NULL,
  bank_hash   TEXT NOT NULL,   -- content hash of the bank file when the session started
  mode        TEXT NOT NULL,   -- practice, exam, review, classroom ...
  started_ms  INTEGER NOT NULL,
  ended_ms    INTEGER,         -- NULL: never ended (closed or killed mid-quiz)
  score       REAL CHECK (score IS NULL OR score >= 0),
  max_score   REAL CHECK (max_score IS NULL OR max_score >= 0)
);
CREATE INDEX sessions_by_profile_time ON sessions (profile_id, started_ms);
-- Covers the best score per bank without reading the table.
CREATE INDEX sessions_by_profile_bank ON sessions (profile_id, bank_id, ended_ms, score, max_score);

CREATE TABLE attempts (
  id             INTEGER PRIMARY KEY,
  session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  profile_id     INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id        TEXT NOT NULL,
  question_id    TEXT NOT NULL,
  question_hash  TEXT NOT NULL,  -- question_hash() of the question as it was answered
  category       TEXT NOT NULL,
  answer         TEXT NOT NULL CHECK (json_valid(answer)),
  score          REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  correct        INTEGER NOT NULL CHECK (correct IN (0, 1)),
  time_ms        INTEGER NOT NULL CHECK (time_ms >= 0),
  confidence     INTEGER CHECK (confidence BETWEEN 1 AND 3),
  answered_ms    INTEGER NOT NULL,  -- Unix time in milliseconds
  day            INTEGER NOT NULL   -- the student's local calendar day, days since 1970-01-01
);
CREATE INDEX attempts_by_session ON attempts (session_id);
-- Ordered as "latest first" is (time, then insertion) and carrying the score, so that a
-- question's latest attempts are read from the index alone.
CREATE INDEX attempts_by_question ON attempts (profile_id, bank_id, question_id, answered_ms, id, score);

CREATE TABLE daily_totals (
  profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  day          INTEGER NOT NULL,
  bank_id      TEXT NOT NULL,
  category     TEXT NOT NULL,
  attempts     INTEGER NOT NULL,
  correct      INTEGER NOT NULL,
  score_sum    REAL NOT NULL,
  time_ms_sum  INTEGER NOT NULL,
  PRIMARY KEY (profile_id, day, bank_id, category)
) WITHOUT ROWID;

CREATE TABLE question_totals (
  profile_id        INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id           TEXT NOT NULL,
  question_id       TEXT NOT NULL,
  category          TEXT NOT NULL,  -- of the latest attempt
  last_hash         TEXT NOT NULL,  -- question_hash of the latest attempt
  attempts          INTEGER NOT NULL,
  correct           INTEGER NOT NULL,
  score_sum         REAL NOT NULL,
  last_ms           INTEGER NOT NULL,
  recent_n          INTEGER NOT NULL,  -- the latest attempts, at most 5
  recent_score_sum  REAL NOT NULL,
  PRIMARY KEY (profile_id, bank_id, question_id)
) WITHOUT ROWID;

CREATE TRIGGER attempts_keep_totals AFTER INSERT ON attempts BEGIN
  INSERT INTO daily_totals VALUES (NEW.profile_id, NEW.day, NEW.bank_id, NEW.category, 1,
                                   NEW.correct, NEW.score, NEW.time_ms)
  ON CONFLICT DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum, time_ms_sum = time_ms_sum + excluded.time_ms_sum;
  -- One upsert carries the latest 5 (this attempt included); "WHERE true" lets SQLite tell
  -- the upsert's ON from a join's.
  INSERT INTO question_totals
    SELECT NEW.profile_id, NEW.bank_id, NEW.question_id, NEW.category, NEW.question_hash, 1,
           NEW.correct, NEW.score, NEW.answered_ms, count(*), total(score)
    FROM (SELECT score FROM attempts
          WHERE profile_id = NEW.profile_id AND bank_id = NEW.bank_id
            AND question_id = NEW.question_id
          ORDER BY answered_ms DESC, id DESC LIMIT 5)
    WHERE true
  ON CONFLICT DO UPDATE SET attempts = attempts + 1, correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum,
    category = iif(excluded.last_ms >= last_ms, excluded.category, category),
    last_hash = iif(excluded.last_ms >= last_ms, excluded.last_hash, last_hash),
    last_ms = max(last_ms, excluded.last_ms),
    recent_n = excluded.recent_n, recent_score_sum = excluded.recent_score_sum;
END;

PRAGMA application_id = 1398031174;
)sql";

// Version 2: one FSRS card per (profile, bank, question), as core/study's CardState. A question
// without a row is a new card. state is "new", "learning", "review" or "relearning".
constexpr const char* kSchemaV2Cards = R"sql(
CREATE TABLE cards (
  profile_id       INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id          TEXT NOT NULL,
  question_id      TEXT NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
  step             INTEGER NOT NULL CHECK (step >= 0),
  stability        REAL NOT NULL,
  difficulty       REAL NOT NULL,
  reps             INTEGER NOT NULL CHECK (reps >= 0),
  lapses           INTEGER NOT NULL CHECK (lapses >= 0),
  first_review_ms  INTEGER NOT NULL,
  last_review_ms   INTEGER NOT NULL,
  due_ms           INTEGER NOT NULL,
  PRIMARY KEY (profile_id, bank_id, question_id)
) WITHOUT ROWID;
)sql";

// Version 3: classroom games. The game is a sessions row with mode "classroom" (under the
// "Classroom" profile); each team's answer to each question is a row here, as
// classroom_result_rows() makes it. Teams are names, not profiles: a class has no accounts.
constexpr const char* kSchemaClassroom = R"sql(
CREATE TABLE classroom_results (
  id            INTEGER PRIMARY KEY,
  session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  round         INTEGER NOT NULL CHECK (round >= 1),   -- position in the game, 1-based
  team          TEXT NOT NULL CHECK (length(trim(team)) > 0),
  team_rank     INTEGER NOT NULL CHECK (team_rank >= 1),  -- at the end of the game
  team_total    INTEGER NOT NULL,                      -- points at the end of the game
  question_id   TEXT NOT NULL,
  question_type TEXT NOT NULL,
  answered      INTEGER NOT NULL CHECK (answered IN (0, 1)),
  answer_ids    TEXT NOT NULL,   -- option ids joined by ","; empty when not answered
  answer_text   TEXT NOT NULL,   -- option texts joined by "; "
  correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
  fraction      REAL NOT NULL CHECK (fraction >= 0 AND fraction <= 1),
  time_ms       INTEGER NOT NULL CHECK (time_ms >= 0),
  points        INTEGER NOT NULL CHECK (points >= 0),
  streak_bonus  INTEGER NOT NULL CHECK (streak_bonus >= 0)
);
CREATE INDEX classroom_results_by_session ON classroom_results (session_id, round, id);
)sql";

// Version 4: sync to a school server (game/sync). Sessions and attempts carry a UUID made when
// they are recorded (kNewUuidSql), so the server can key on it and a sync sent twice adds nothing;
// rows of older versions get theirs here. A cursor per (server, profile) says what was sent.
constexpr const char* kSchemaSync = R"sql(
ALTER TABLE sessions ADD COLUMN uuid TEXT;
ALTER TABLE attempts ADD COLUMN uuid TEXT;
UPDATE sessions SET uuid = )sql" STATECRAFT_NEW_UUID_SQL R"sql( WHERE uuid IS NULL;
UPDATE attempts SET uuid = )sql" STATECRAFT_NEW_UUID_SQL R"sql( WHERE uuid IS NULL;
CREATE TABLE sync_cursors (
  server_id          TEXT NOT NULL,     -- "SERVER-UUID/LOGIN" (statecraft.server_info)
  profile_id         INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  attempt_id         INTEGER NOT NULL,  -- attempts with a larger id are not sent yet
  session_id         INTEGER NOT NULL,  -- sessions from this id on are (re)sent: still open
  card_ms            INTEGER NOT NULL,  -- cards reviewed after this time are not sent yet
  classroom_session  INTEGER NOT NULL,  -- classroom games with a larger session id
  synced_ms          INTEGER NOT NULL,
  PRIMARY KEY (server_id, profile_id)
) WITHOUT ROWID;
)sql";

// Version 5: an exam keeps its hand-in result on the session with the number of questions left
// unanswered, and only answered questions are attempts. Before, an exam stored every question at
// hand-in: the unanswered ones as empty answers (no choice, no value, no text, an empty list;
// a student cannot submit those, except a matching question with nothing matched, which is as
// unanswered) scoring 0, and every row with the hand-in time. Those rows are told apart here:
// their answers hold nothing. Answers were given in question order, each attempt timed from the
// one before, so the time each was answered is the exam's start plus the times up to it.
// The totals of the profiles concerned are then recomputed as Store::rebuild_totals() does.
// (The study `day` stays the hand-in day; attempts already sent to a school server stay there.)
constexpr const char* kSchemaExamHandIn = R"sql(
ALTER TABLE sessions ADD COLUMN unanswered INTEGER CHECK (unanswered IS NULL OR unanswered >= 0);

CREATE TEMP TABLE old_exam_attempts AS
SELECT a.id, a.session_id, s.started_ms, s.ended_ms, a.time_ms,
       a.score = 0 AND NOT EXISTS (
         SELECT 1 FROM json_each(a.answer) AS e
         WHERE e.key <> 'type' AND e.type <> 'null'
           AND NOT (e.type = 'array' AND json_array_length(e.value) = 0)
           AND NOT (e.type = 'text' AND trim(e.value) = '')) AS empty
FROM attempts AS a JOIN sessions AS s ON s.id = a.session_id
WHERE s.mode = 'exam' AND s.ended_ms IS NOT NULL
  AND (SELECT count(DISTINCT answered_ms) FROM attempts WHERE session_id = s.id) = 1;

UPDATE attempts SET answered_ms = t.at_ms
FROM (SELECT id, min(ended_ms,
                     started_ms + sum(time_ms) OVER (PARTITION BY session_id ORDER BY id)) AS at_ms
      FROM old_exam_attempts) AS t
WHERE attempts.id = t.id;

UPDATE sessions SET unanswered = (SELECT count(*) FROM old_exam_attempts AS o
                                  WHERE o.session_id = sessions.id AND o.empty)
WHERE id IN (SELECT session_id FROM old_exam_attempts);
DELETE FROM attempts WHERE id IN (SELECT id FROM old_exam_attempts WHERE empty);

CREATE TEMP TABLE exam_profiles AS
SELECT DISTINCT profile_id FROM sessions WHERE id IN (SELECT session_id FROM old_exam_attempts);
DELETE FROM daily_totals WHERE profile_id IN exam_profiles;
INSERT INTO daily_totals
SELECT profile_id, day, bank_id, category, count(*), sum(correct), total(score), sum(time_ms)
FROM attempts WHERE profile_id IN exam_profiles GROUP BY profile_id, day, bank_id, category;
DELETE FROM question_totals WHERE profile_id IN exam_profiles;
INSERT INTO question_totals
WITH ranked AS (
  SELECT profile_id, bank_id, question_id, category, question_hash, score, correct, answered_ms,
         row_number() OVER (PARTITION BY profile_id, bank_id, question_id
                            ORDER BY answered_ms DESC, id DESC) AS rn
  FROM attempts WHERE profile_id IN exam_profiles)
SELECT profile_id, bank_id, question_id, max(iif(rn = 1, category, NULL)),
       max(iif(rn = 1, question_hash, NULL)), count(*), sum(correct), total(score),
       max(answered_ms), sum(rn <= 5), total(iif(rn <= 5, score, 0))
FROM ranked GROUP BY profile_id, bank_id, question_id;
DROP TABLE old_exam_attempts;
DROP TABLE exam_profiles;
)sql";

// Version 6 (issue 22): an answer's write touches only the attempts table and its session
// index. The totals are no longer kept by a trigger on every insert but folded in at the end
// of a session (totals_fold.h); reads add the attempts after the mark. question_totals keeps
// each question's latest 5 attempts itself ("ms,id,score;" newest first), so the wide
// per-question index on attempts is dropped. Independent of migration 5.
constexpr const char* kSchemaFoldedTotals = R"sql(
ALTER TABLE question_totals ADD COLUMN recent TEXT NOT NULL DEFAULT '';
UPDATE question_totals SET recent = coalesce((
  SELECT group_concat(printf('%lld,%lld,%.17g', answered_ms, id, score), ';') FROM (
    SELECT answered_ms, id, score FROM attempts AS a
    WHERE a.profile_id = question_totals.profile_id AND a.bank_id = question_totals.bank_id
      AND a.question_id = question_totals.question_id
    ORDER BY answered_ms DESC, id DESC LIMIT 5)), '');
DROP TRIGGER attempts_keep_totals;
DROP INDEX attempts_by_question;
CREATE TABLE totals_mark (
  only_row    INTEGER PRIMARY KEY CHECK (only_row = 1),
  attempt_id  INTEGER NOT NULL  -- attempts with a larger id are not in the totals yet
);
INSERT INTO totals_mark VALUES (1, (SELECT coalesce(max(id), 0) FROM attempts));
)sql";

// Version 10 (issue 16): a live player's confidence (CBM, 1-3) beside the answer; NULL where none
// was asked (one-screen games, live games without CBM, rows from before).
constexpr const char* kSchemaLiveConfidence = R"sql(
ALTER TABLE classroom_results ADD COLUMN confidence INTEGER
  CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 3);
)sql";

// To change the schema, append {N + 1, "what and why", "SQL"} here and never edit a shipped
// entry: files in the wild are at every earlier version. For a table rewrite follow the 12-step
// procedure of SQLite's lang_altertable.html section 7.
const Migration kMigrations[] = {
    {1, "profiles, sessions, attempts, daily and per-question totals", kSchemaV1},
    {2, "cards: FSRS card state per profile and question", kSchemaV2Cards},
    {3, "classroom", kSchemaClassroom},
    {4, "uuids on sessions and attempts; sync cursors per server", kSchemaSync},
    {5, "exams: unanswered count on the session, only answers as attempts", kSchemaExamHandIn},
    {6, "totals folded in per session, not by a trigger per answer", kSchemaFoldedTotals},
    {7, "progress summary per profile, day and bank (progress_summary.h)", kSchemaProgressSummary},
    {8, "answer figures on the sessions row, no index by session (session_figures.h)",
     kSchemaSessionFigures},
    {9, "item totals per bank, profile, question and answer (item_totals.h)", kSchemaItemTotals},
    {10, "classroom results: a live player's confidence (CBM)", kSchemaLiveConfidence},
    {11,
     "attempts without foreign keys and CHECKs, which the store enforces (attempts_unchecked.h)",
     "", drop_attempt_constraints},
};

}  // namespace

std::span<const Migration> schema_migrations() {
    return kMigrations;
}

int latest_schema_version() {
    return kMigrations[std::size(kMigrations) - 1].version;
}

MigrateResult migrate(sql::Database& db, std::span<const Migration> migrations) {
    MigrateResult result;
    result.from = static_cast<int>(db.query_int("PRAGMA user_version"));
    result.to = result.from;
    int latest = migrations.empty() ? 0 : migrations.back().version;
    if (result.from > latest) {
        result.too_new = true;
        return result;
    }
    for (const Migration& m : migrations) {
        if (m.version <= result.to) continue;
        sql::Transaction txn(db, sql::Transaction::Kind::write);
        int now = static_cast<int>(db.query_int("PRAGMA user_version"));
        if (now < m.version) {  // else another process got here first
            db.exec(m.sql);
            if (m.step) m.step(db);
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
        }
        txn.commit();
        result.to = std::max(now, m.version);
    }
    return result;
}

}  // namespace statecraft
