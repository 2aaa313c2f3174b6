// Classroom games in the store: one sessions row (mode "classroom") and per team per question
// rows in classroom_results, written in one transaction; read back for export-results.
#include <cmath>

#include "core/classroom/classroom_results.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"
#include "core/store/uuid_sql.h"

namespace statecraft {

namespace {

// The sessions row keeps the questions played in score and those planned in max_score, so
// "ended early" survives without a column of its own.
constexpr const char* kClassroomProfileRow =
    "INSERT INTO profiles (name, created_ms, last_used_ms) VALUES (?1, ?2, 0) "
    "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id";
constexpr const char* kClassroomSession =
    "INSERT INTO sessions (profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, score, "
    "max_score, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " STATECRAFT_NEW_UUID_SQL ")";
constexpr const char* kClassroomRow =
    "INSERT INTO classroom_results (session_id, round, team, team_rank, team_total, question_id, "
    "question_type, answered, answer_ids, answer_text, correct, fraction, time_ms, points, "
    "streak_bonus) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
constexpr const char* kClassroomRows = R"sql(
SELECT s.id, s.started_ms, s.bank_id, coalesce(s.score < s.max_score, 0), r.round, r.team,
       r.team_rank, r.team_total, r.question_id, r.question_type, r.answered, r.answer_ids,
       r.answer_text, r.correct, r.fraction, r.time_ms, r.points, r.streak_bonus,
       coalesce(r.confidence, 0)
FROM classroom_results AS r JOIN sessions AS s ON s.id = r.session_id
ORDER BY s.started_ms, s.id, r.round, r.id)sql";

std::string check_record(const ClassroomRecord& record) {
    if (record.bank_id.empty()) return "a classroom game needs a bank id";
    if (record.teams.empty()) return "a classroom game needs teams";
    if (record.totals.size() != record.teams.size() || record.ranks.size() != record.teams.size())
        return "a classroom game needs a total and a rank per team";
    for (const ClassroomResultRow& row : record.rows) {
        if (row.team.empty() || row.question_id.empty())
            return "each classroom row needs a team and a question";
        if (!std::isfinite(row.fraction) || row.fraction < 0 || row.fraction > 1)
            return "a classroom answer's credit must be between 0 and 1";
        if (row.time_ms < 0 || row.points < 0 || row.streak_bonus < 0)
            return "classroom times and points cannot be negative";
    }
    return {};
}

int team_index(const ClassroomRecord& record, const std::string& team) {
    for (std::size_t i = 0; i < record.teams.size(); ++i)
        if (record.teams[i] == team) return static_cast<int>(i);
    return -1;
}

}  // namespace

WriteResult Store::save_classroom(const ClassroomRecord& record, const ClassroomSaveInfo& info) {
    std::string error = check_record(record);
    if (error.empty())
        for (const ClassroomResultRow& row : record.rows)
            if (team_index(record, row.team) < 0) error = "a row names a team not in the game";
    if (!error.empty()) {
        WriteResult r;
        r.rejected = true;
        r.pending = pending_.size();
        r.message = "The classroom game was not saved: " + error + ".";
        return r;
    }
    WriteResult before = flush();  // earlier writes first, and the file open now if it can be
    if (!before.saved) return before;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        std::int64_t profile_id = 0;
        {
            sql::Statement st(db_, kClassroomProfileRow);
            st.bind(1, kClassroomProfile).bind(2, info.started_ms);
            st.step();
            profile_id = st.column_int(0);
        }
        std::int64_t session_id = 0;
        {
            sql::Statement st(db_, kClassroomSession);
            st.bind(1, profile_id).bind(2, record.bank_id).bind(3, info.bank_hash);
            st.bind(4, kClassroomMode).bind(5, info.started_ms).bind(6, info.ended_ms);
            st.bind(7, static_cast<double>(record.question_ids.size()));
            st.bind(8, static_cast<double>(record.questions_planned));
            st.run();
            session_id = db_.last_insert_rowid();
        }
        sql::Statement st(db_, kClassroomRow);
        for (const ClassroomResultRow& row : record.rows) {
            const int team = team_index(record, row.team);
            st.reset();
            st.bind(1, session_id).bind(2, row.round).bind(3, row.team);
            st.bind(4, record.ranks[team]).bind(5, record.totals[team]);
            st.bind(6, row.question_id).bind(7, row.question_type);
            st.bind(8, row.answered ? 1 : 0).bind(9, row.answer_ids).bind(10, row.answer_text);
            st.bind(11, row.correct ? 1 : 0).bind(12, row.fraction).bind(13, row.time_ms);
            st.bind(14, row.points).bind(15, row.streak_bonus);
            st.run();
        }
        txn.commit();
    } catch (const sql::SqliteError& e) {
        WriteResult r;
        r.pending = pending_.size();
        r.message = "The classroom game was not saved to " + path_.string() + ": " +
                    describe_sqlite_failure(e) + ".";
        return r;
    }
    return result_now();
}

bool Store::for_each_classroom_row(const std::function<void(const ClassroomExportRow&)>& fn,
                                   std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::read);
        sql::Statement st(db_, kClassroomRows);
        while (st.step()) {
            ClassroomExportRow row;
            row.session_id = st.column_int(0);
            row.started_ms = st.column_int(1);
            row.bank_id = st.column_text(2);
            row.finished_early = st.column_int(3) != 0;
            row.round = static_cast<int>(st.column_int(4));
            row.team = st.column_text(5);
            row.team_rank = static_cast<int>(st.column_int(6));
            row.team_total = static_cast<int>(st.column_int(7));
            row.question_id = st.column_text(8);
            row.question_type = st.column_text(9);
            row.answered = st.column_int(10) != 0;
            row.answer_ids = st.column_text(11);
            row.answer_text = st.column_text(12);
            row.correct = st.column_int(13) != 0;
            row.fraction = st.column_double(14);
            row.time_ms = st.column_int(15);
            row.points = static_cast<int>(st.column_int(16));
            row.streak_bonus = static_cast<int>(st.column_int(17));
            row.confidence = static_cast<int>(st.column_int(18));
            fn(row);
        }
        txn.commit();
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the classroom results: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

}  // namespace statecraft
