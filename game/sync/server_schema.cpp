// The server schema's migrations. Never edit a shipped entry: append {N + 1, ...}.
//
// Row-level security is the boundary between students: every row carries its owner (the login
// role that sent it, filled in by the server, not by the program) and the policies let a role
// write and read only its own rows; a teacher also reads the rows of the students in their
// classes (statecraft.my_students()). Sessions and attempts have no foreign key on purpose: COPY
// of a million rows stays fast and a batch never waits on another.
#include "sync/server_schema.h"

#include <iterator>

namespace statecraft::pg {

namespace {

constexpr const char* kV1 = R"sql(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'statecraft_student') THEN
    CREATE ROLE statecraft_student NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'statecraft_teacher') THEN
    CREATE ROLE statecraft_teacher NOLOGIN;
  END IF;
END $$;

CREATE TABLE statecraft.classes (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school   text NOT NULL DEFAULT 'school',
  term     text NOT NULL DEFAULT '',
  name     text NOT NULL CHECK (length(trim(name)) > 0),
  code     text NOT NULL UNIQUE,      -- what students type in `statecraft sync --join CODE`
  teacher  text NOT NULL,             -- the teacher's login role
  UNIQUE (school, term, name)
);
CREATE TABLE statecraft.enrolments (
  student    text NOT NULL,
  class_id   bigint NOT NULL REFERENCES statecraft.classes(id) ON DELETE CASCADE,
  joined_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (student, class_id)
);
CREATE TABLE statecraft.sessions (
  uuid        uuid PRIMARY KEY,
  student     text NOT NULL DEFAULT current_user,
  profile     text NOT NULL,
  bank_id     text NOT NULL,
  bank_hash   text NOT NULL,
  mode        text NOT NULL,
  started_ms  bigint NOT NULL,
  ended_ms    bigint,
  score       double precision,
  max_score   double precision
);
CREATE INDEX sessions_by_student ON statecraft.sessions (student, started_ms);
CREATE TABLE statecraft.attempts (
  uuid           uuid PRIMARY KEY,
  student        text NOT NULL DEFAULT current_user,
  session_uuid   uuid NOT NULL,
  bank_id        text NOT NULL,
  question_id    text NOT NULL,
  question_hash  text NOT NULL,
  category       text NOT NULL,
  answer         text NOT NULL,
  score          real NOT NULL CHECK (score >= 0 AND score <= 1),
  correct        boolean NOT NULL,
  time_ms        integer NOT NULL CHECK (time_ms >= 0),
  confidence     smallint CHECK (confidence BETWEEN 1 AND 3),
  answered_ms    bigint NOT NULL,
  day            integer NOT NULL
);
CREATE INDEX attempts_by_student ON statecraft.attempts (student, answered_ms);
CREATE TABLE statecraft.cards (
  student          text NOT NULL DEFAULT current_user,
  bank_id          text NOT NULL,
  question_id      text NOT NULL,
  state            text NOT NULL,
  step             integer NOT NULL,
  stability        double precision NOT NULL,
  difficulty       double precision NOT NULL,
  reps             integer NOT NULL,
  lapses           integer NOT NULL,
  first_review_ms  bigint NOT NULL,
  last_review_ms   bigint NOT NULL,
  due_ms           bigint NOT NULL,
  PRIMARY KEY (student, bank_id, question_id)
);

-- The login roles of the students in the calling teacher's classes. SECURITY DEFINER so that
-- teachers need no rights on the enrolments of other teachers' classes.
CREATE FUNCTION statecraft.my_students() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT e.student FROM statecraft.enrolments e JOIN statecraft.classes c ON c.id = e.class_id
  WHERE c.teacher = session_user $$;
-- A student joins a class with its code; returns the class's name.
CREATE FUNCTION statecraft.join_class(class_code text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE chosen statecraft.classes;
BEGIN
  SELECT * INTO chosen FROM statecraft.classes WHERE code = upper(trim(class_code));
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no class has the code "%"; check it with your teacher', class_code
      USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO statecraft.enrolments (student, class_id) VALUES (session_user, chosen.id)
  ON CONFLICT DO NOTHING;
  RETURN chosen.name;
END $$;
REVOKE ALL ON FUNCTION statecraft.my_students(), statecraft.join_class(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION statecraft.my_students() TO statecraft_teacher;
GRANT EXECUTE ON FUNCTION statecraft.join_class(text) TO statecraft_student;

GRANT USAGE ON SCHEMA statecraft TO statecraft_student, statecraft_teacher;
GRANT SELECT ON statecraft.server_info TO statecraft_student, statecraft_teacher;
GRANT SELECT, INSERT, UPDATE ON statecraft.sessions, statecraft.cards
  TO statecraft_student, statecraft_teacher;
GRANT SELECT, INSERT ON statecraft.attempts TO statecraft_student, statecraft_teacher;
GRANT SELECT ON statecraft.classes TO statecraft_teacher;
GRANT SELECT ON statecraft.enrolments TO statecraft_student, statecraft_teacher;

ALTER TABLE statecraft.classes ENABLE ROW LEVEL SECURITY;
ALTER TABLE statecraft.enrolments ENABLE ROW LEVEL SECURITY;
ALTER TABLE statecraft.sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE statecraft.attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE statecraft.cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_classes ON statecraft.classes FOR SELECT TO statecraft_teacher
  USING (teacher = current_user);
CREATE POLICY own_enrolments ON statecraft.enrolments FOR SELECT TO statecraft_student
  USING (student = current_user);
CREATE POLICY class_enrolments ON statecraft.enrolments FOR SELECT TO statecraft_teacher
  USING (class_id IN (SELECT id FROM statecraft.classes));
CREATE POLICY own_rows ON statecraft.sessions TO statecraft_student, statecraft_teacher
  USING (student = current_user) WITH CHECK (student = current_user);
CREATE POLICY own_rows ON statecraft.attempts TO statecraft_student, statecraft_teacher
  USING (student = current_user) WITH CHECK (student = current_user);
CREATE POLICY own_rows ON statecraft.cards TO statecraft_student, statecraft_teacher
  USING (student = current_user) WITH CHECK (student = current_user);
CREATE POLICY class_reads ON statecraft.sessions FOR SELECT TO statecraft_teacher
  USING (student IN (SELECT statecraft.my_students()));
CREATE POLICY class_reads ON statecraft.attempts FOR SELECT TO statecraft_teacher
  USING (student IN (SELECT statecraft.my_students()));
CREATE POLICY class_reads ON statecraft.cards FOR SELECT TO statecraft_teacher
  USING (student IN (SELECT statecraft.my_students()));
)sql";

// Version 2: classroom games (one computer, a class in teams) and the index item analysis reads.
constexpr const char* kV2 = R"sql(
CREATE TABLE statecraft.classroom_results (
  session_uuid   uuid NOT NULL,
  round          integer NOT NULL,
  team           text NOT NULL,
  student        text NOT NULL DEFAULT current_user,   -- who sent the game (a teacher)
  team_rank      integer NOT NULL,
  team_total     bigint NOT NULL,
  question_id    text NOT NULL,
  question_type  text NOT NULL,
  answered       boolean NOT NULL,
  answer_ids     text NOT NULL,
  answer_text    text NOT NULL,
  correct        boolean NOT NULL,
  fraction       real NOT NULL,
  time_ms        bigint NOT NULL,
  points         bigint NOT NULL,
  streak_bonus   bigint NOT NULL,
  PRIMARY KEY (session_uuid, round, team)
);
GRANT SELECT, INSERT ON statecraft.classroom_results TO statecraft_student, statecraft_teacher;
ALTER TABLE statecraft.classroom_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON statecraft.classroom_results TO statecraft_student, statecraft_teacher
  USING (student = current_user) WITH CHECK (student = current_user);
CREATE INDEX attempts_by_bank ON statecraft.attempts (bank_id, question_id);
)sql";

// Version 3: item_totals, the attempts added up per student, question, category and answer, kept
// by a statement trigger on every insert into attempts (only rows actually added: the transition
// table of INSERT ... ON CONFLICT DO NOTHING holds no duplicates). Reports read it instead of
// scanning attempts, which then needs no index but its key: a sync inserts faster.
constexpr const char* kV3 = R"sql(
CREATE TABLE statecraft.item_totals (
  student      text NOT NULL,
  bank_id      text NOT NULL,
  question_id  text NOT NULL,
  category     text NOT NULL,
  answer       text NOT NULL,
  responses    bigint NOT NULL,
  correct      bigint NOT NULL,
  score_sum    double precision NOT NULL,
  last_ms      bigint NOT NULL
);
-- md5: an answer may be longer than a B-tree entry allows.
CREATE UNIQUE INDEX item_totals_key
  ON statecraft.item_totals (bank_id, student, question_id, category, md5(answer));
CREATE FUNCTION statecraft.add_item_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO statecraft.item_totals AS t
  SELECT student, bank_id, question_id, category, answer, count(*), sum(correct::int),
         sum(score::float8), max(answered_ms)
  FROM added GROUP BY student, bank_id, question_id, category, answer
  ON CONFLICT (bank_id, student, question_id, category, md5(answer)) DO UPDATE SET
    responses = t.responses + excluded.responses, correct = t.correct + excluded.correct,
    score_sum = t.score_sum + excluded.score_sum, last_ms = greatest(t.last_ms, excluded.last_ms);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION statecraft.add_item_totals() FROM PUBLIC;
INSERT INTO statecraft.item_totals
SELECT student, bank_id, question_id, category, answer, count(*), sum(correct::int),
       sum(score::float8), max(answered_ms)
FROM statecraft.attempts GROUP BY student, bank_id, question_id, category, answer;
CREATE TRIGGER attempts_add_item_totals AFTER INSERT ON statecraft.attempts
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION statecraft.add_item_totals();
GRANT SELECT ON statecraft.item_totals TO statecraft_student, statecraft_teacher;
ALTER TABLE statecraft.item_totals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON statecraft.item_totals FOR SELECT TO statecraft_student, statecraft_teacher
  USING (student = current_user);
CREATE POLICY class_reads ON statecraft.item_totals FOR SELECT TO statecraft_teacher
  USING (student IN (SELECT statecraft.my_students()));
DROP INDEX statecraft.attempts_by_student, statecraft.attempts_by_bank;
)sql";

// Version 4: student_totals, the attempts added up per student, bank, question and category:
// the class report's rows, a third of item_totals' (no answer texts). Kept by the same statement
// trigger (one statement per inserted batch, never per row, grouping the batch once); `server
// init` on a version 3 server adds up item_totals.
constexpr const char* kV4 = R"sql(
CREATE TABLE statecraft.student_totals (
  student      text NOT NULL,
  bank_id      text NOT NULL,
  question_id  text NOT NULL,
  category     text NOT NULL,
  responses    bigint NOT NULL,
  correct      bigint NOT NULL,
  score_sum    double precision NOT NULL,
  last_ms      bigint NOT NULL,
  PRIMARY KEY (student, bank_id, question_id, category)
);
INSERT INTO statecraft.student_totals
SELECT student, bank_id, question_id, category, sum(responses), sum(correct), sum(score_sum),
       max(last_ms)
FROM statecraft.item_totals GROUP BY student, bank_id, question_id, category;
CREATE OR REPLACE FUNCTION statecraft.add_item_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  -- The batch is grouped once, by answer; the student totals add up those groups.
  WITH cells AS (
    SELECT student, bank_id, question_id, category, answer, count(*) AS responses,
           sum(correct::int) AS correct, sum(score::float8) AS score_sum,
           max(answered_ms) AS last_ms
    FROM added GROUP BY student, bank_id, question_id, category, answer
  ), item AS (
    INSERT INTO statecraft.item_totals AS t SELECT * FROM cells
    ON CONFLICT (bank_id, student, question_id, category, md5(answer)) DO UPDATE SET
      responses = t.responses + excluded.responses, correct = t.correct + excluded.correct,
      score_sum = t.score_sum + excluded.score_sum, last_ms = greatest(t.last_ms, excluded.last_ms)
  )
  INSERT INTO statecraft.student_totals AS t
  SELECT student, bank_id, question_id, category, sum(responses), sum(correct), sum(score_sum),
         max(last_ms)
  FROM cells GROUP BY student, bank_id, question_id, category
  ON CONFLICT (student, bank_id, question_id, category) DO UPDATE SET
    responses = t.responses + excluded.responses, correct = t.correct + excluded.correct,
    score_sum = t.score_sum + excluded.score_sum, last_ms = greatest(t.last_ms, excluded.last_ms);
  RETURN NULL;
END $$;
GRANT SELECT ON statecraft.student_totals TO statecraft_student, statecraft_teacher;
ALTER TABLE statecraft.student_totals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON statecraft.student_totals FOR SELECT
  TO statecraft_student, statecraft_teacher USING (student = current_user);
CREATE POLICY class_reads ON statecraft.student_totals FOR SELECT TO statecraft_teacher
  USING (student IN (SELECT statecraft.my_students()));
)sql";

// Version 5: a live game's confidence per answer (1-3, NULL when not asked or not given), as
// the local store keeps it (local migration 10). Classroom games sent before the upgrade are
// sent once more by the next sync (sync.cpp, kClassroomCursorSuffix) and fill in the column
// where it is empty: the column-level UPDATE right allows nothing else.
constexpr const char* kV5 = R"sql(
ALTER TABLE statecraft.classroom_results
  ADD COLUMN confidence smallint CHECK (confidence BETWEEN 1 AND 3);
GRANT UPDATE (confidence) ON statecraft.classroom_results TO statecraft_student, statecraft_teacher;
)sql";

struct ServerMigration {
    int version;
    const char* sql;
};
constexpr ServerMigration kMigrations[] = {{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5}};
static_assert(std::size(kMigrations) == kServerSchemaVersion);

constexpr const char* kCreateInfo = R"sql(
CREATE SCHEMA IF NOT EXISTS statecraft;
CREATE TABLE IF NOT EXISTS statecraft.server_info (
  one             boolean PRIMARY KEY DEFAULT true CHECK (one),
  schema_version  integer NOT NULL,
  server_id       uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at      timestamptz NOT NULL DEFAULT now()
);
INSERT INTO statecraft.server_info (schema_version) VALUES (0) ON CONFLICT DO NOTHING;
)sql";

std::string newer_message(int found) {
    return "The school server's schema is version " + std::to_string(found) +
           ", newer than this Statecraft understands (version " +
           std::to_string(kServerSchemaVersion) + "). Update Statecraft; nothing was written.";
}

}  // namespace

ServerInfo read_server_info(Connection& conn) {
    Result exists = conn.exec("SELECT to_regclass('statecraft.server_info') IS NOT NULL");
    if (field(exists, 0, 0) != "t") return {};
    Result r = conn.exec("SELECT schema_version, server_id FROM statecraft.server_info");
    if (libpq().PQntuples(r.get()) != 1) return {};
    return {std::stoi(field(r, 0, 0)), field(r, 0, 1)};
}

InitResult init_server(Connection& conn, int target_version) {
    InitResult result;
    conn.exec("BEGIN");
    try {
        // One initialiser at a time: the lock waits for any other `server init`.
        conn.exec("SELECT pg_advisory_xact_lock(53544346)");
        conn.exec(kCreateInfo);
        result.from = read_server_info(conn).schema_version;
        result.to = result.from;
        if (result.from > kServerSchemaVersion) throw PgError(newer_message(result.from));
        for (const ServerMigration& m : kMigrations) {
            if (m.version <= result.from || m.version > target_version) continue;
            conn.exec(m.sql);
            conn.exec("UPDATE statecraft.server_info SET schema_version = " +
                      std::to_string(m.version));
            result.to = m.version;
        }
        conn.exec("COMMIT");
    } catch (...) {
        libpq().PQclear(libpq().PQexec(conn.get(), "ROLLBACK"));
        throw;
    }
    return result;
}

ServerInfo require_current_schema(Connection& conn) {
    ServerInfo info = read_server_info(conn);
    if (info.schema_version == 0)
        throw PgError(
            "This database has no Statecraft schema. Ask the school's IT to run "
            "`statecraft server init` on it; nothing was written.");
    if (info.schema_version > kServerSchemaVersion)
        throw PgError(newer_message(info.schema_version));
    if (info.schema_version < kServerSchemaVersion)
        throw PgError(
            "The school server's schema is version " + std::to_string(info.schema_version) +
            ", older than this Statecraft (version " + std::to_string(kServerSchemaVersion) +
            "). Ask the school's IT to run `statecraft server init` to upgrade it; "
            "nothing was written.");
    return info;
}

}  // namespace statecraft::pg
