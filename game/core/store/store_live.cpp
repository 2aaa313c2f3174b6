// Live classroom games in the store, one question per transaction (core/store/live_store.h).
#include <cmath>

#include "core/store/classroom_store.h"
#include "core/store/live_store.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"
#include "core/store/uuid_sql.h"

namespace statecraft {

namespace {

constexpr const char* kLiveProfileRow =
    "INSERT INTO profiles (name, created_ms, last_used_ms) VALUES (?1, ?2, 0) "
    "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id";
constexpr const char* kLiveSession =
    "INSERT INTO sessions (profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, score, "
    "max_score, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " STATECRAFT_NEW_UUID_SQL ")";
constexpr const char* kLiveSessionUpdate =
    "UPDATE sessions SET ended_ms = ?2, score = ?3 WHERE id = ?1";
constexpr const char* kLiveRow =
    "INSERT INTO classroom_results (session_id, round, team, team_rank, team_total, question_id, "
    "question_type, answered, answer_ids, answer_text, correct, fraction, time_ms, points, "
    "streak_bonus, confidence) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
// Ranks and totals go through a temporary table so that one UPDATE ... FROM touches each row of
// the game once (a per-player UPDATE would scan the game's rows once per player).
constexpr const char* kLiveStandingsTable =
    "CREATE TEMP TABLE IF NOT EXISTS live_standings "
    "(name TEXT PRIMARY KEY, rank INTEGER NOT NULL, total INTEGER NOT NULL); "
    "DELETE FROM live_standings;";
constexpr const char* kLiveStandingRow = "INSERT INTO live_standings VALUES (?1, ?2, ?3)";
constexpr const char* kLiveStandings =
    "UPDATE classroom_results SET team_rank = s.rank, team_total = s.total "
    "FROM live_standings AS s WHERE classroom_results.session_id = ?1 "
    "AND classroom_results.team = s.name";

std::string check_save(const LiveRoundSave& save) {
    if (save.bank_id.empty()) return "a live game needs a bank id";
    if (save.ranks.size() != save.players.size() || save.totals.size() != save.players.size())
        return "a live game needs a rank and a total per player";
    for (std::size_t i = 0; i < save.players.size(); ++i)
        if (save.ranks[i] < 1 || save.players[i].empty()) return "a player needs a name and a rank";
    for (const ClassroomResultRow& row : save.rows) {
        if (row.team.empty() || row.question_id.empty() || row.round < 1)
            return "each row needs a player, a question and a round";
        if (!std::isfinite(row.fraction) || row.fraction < 0 || row.fraction > 1)
            return "an answer's credit must be between 0 and 1";
        if (row.time_ms < 0 || row.points < 0 || row.streak_bonus < 0)
            return "times and points cannot be negative";
        if (row.confidence < 0 || row.confidence > 3)
            return "a confidence must be 1, 2 or 3 (0: none given)";
    }
    return {};
}

}  // namespace

WriteResult Store::save_live_round(const LiveRoundSave& save, std::int64_t& session_id) {
    if (std::string error = check_save(save); !error.empty()) {
        WriteResult r;
        r.rejected = true;
        r.pending = pending_.size();
        r.message = "The live question was not saved: " + error + ".";
        return r;
    }
    WriteResult before = flush();
    if (!before.saved) return before;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        std::int64_t id = session_id;
        if (id == 0) {
            std::int64_t profile_id = 0;
            {
                sql::Statement st(db_, kLiveProfileRow);
                st.bind(1, kClassroomProfile).bind(2, save.started_ms);
                st.step();
                profile_id = st.column_int(0);
            }
            sql::Statement st(db_, kLiveSession);
            st.bind(1, profile_id).bind(2, save.bank_id).bind(3, save.bank_hash);
            st.bind(4, kClassroomMode).bind(5, save.started_ms).bind(6, save.now_ms);
            st.bind(7, static_cast<double>(save.questions_played));
            st.bind(8, static_cast<double>(save.questions_planned));
            st.run();
            id = db_.last_insert_rowid();
        } else {
            sql::Statement st(db_, kLiveSessionUpdate);
            st.bind(1, id).bind(2, save.now_ms).bind(3, static_cast<double>(save.questions_played));
            st.run();
        }
        {
            sql::Statement st(db_, kLiveRow);
            for (const ClassroomResultRow& row : save.rows) {
                st.reset();
                st.bind(1, id).bind(2, row.round).bind(3, row.team).bind(4, 1).bind(5, 0);
                st.bind(6, row.question_id).bind(7, row.question_type);
                st.bind(8, row.answered ? 1 : 0).bind(9, row.answer_ids).bind(10, row.answer_text);
                st.bind(11, row.correct ? 1 : 0).bind(12, row.fraction).bind(13, row.time_ms);
                st.bind(14, row.points).bind(15, row.streak_bonus);
                if (row.confidence > 0)
                    st.bind(16, row.confidence);
                else
                    st.bind_null(16);
                st.run();
            }
        }
        db_.exec(kLiveStandingsTable);
        {
            sql::Statement st(db_, kLiveStandingRow);
            for (std::size_t i = 0; i < save.players.size(); ++i) {
                st.reset();
                st.bind(1, save.players[i]).bind(2, save.ranks[i]).bind(3, save.totals[i]);
                st.run();
            }
        }
        sql::Statement st(db_, kLiveStandings);
        st.bind(1, id);
        st.run();
        txn.commit();
        session_id = id;
    } catch (const sql::SqliteError& e) {
        WriteResult r;
        r.pending = pending_.size();
        r.message = "The live question was not saved to " + path_.string() + ": " +
                    describe_sqlite_failure(e) + ".";
        return r;
    }
    return result_now();
}

}  // namespace statecraft
