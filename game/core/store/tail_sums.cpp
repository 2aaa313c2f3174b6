#include "core/store/tail_sums.h"

namespace statecraft {

namespace {

#define STATECRAFT_ADD_TOTALS                                                            \
    " ON CONFLICT DO UPDATE SET attempts = attempts + excluded.attempts, "               \
    "correct = correct + excluded.correct, score_sum = score_sum + excluded.score_sum, " \
    "time_ms_sum = time_ms_sum + excluded.time_ms_sum"

constexpr const char* kDaily =
    "INSERT INTO daily_totals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" STATECRAFT_ADD_TOTALS;
constexpr const char* kDays =
    "INSERT INTO progress_days VALUES (?1, ?2, ?3, ?4, ?5, ?6)" STATECRAFT_ADD_TOTALS;
constexpr const char* kCategories =
    "INSERT INTO progress_categories VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" STATECRAFT_ADD_TOTALS;
constexpr const char* kOverridden =
    "INSERT INTO progress_banks (profile_id, bank_id, overridden) VALUES (?1, ?2, ?3) "
    "ON CONFLICT DO UPDATE SET overridden = overridden + excluded.overridden";
constexpr const char* kSessions =
    "UPDATE sessions SET folded_attempts = folded_attempts + ?2, "
    "folded_correct = folded_correct + ?3, folded_score_sum = folded_score_sum + ?4 "
    "WHERE id = ?1";

#undef STATECRAFT_ADD_TOTALS

// Binds a Totals' four figures from parameter `first` on, and runs the statement.
void run_with(sql::Statement& st, int first, const Totals& t) {
    st.bind(first, t.attempts).bind(first + 1, t.correct).bind(first + 2, t.score_sum);
    st.bind(first + 3, t.time_ms).run();
    st.reset();
}

}  // namespace

void TailSums::add(const TailAttempt& a) {
    const Totals t{1, a.correct ? 1 : 0, a.score, a.time_ms};
    daily[{a.profile_id, a.day, a.bank_id, a.category}].add(t);
    days[{a.profile_id, a.day}].add(t);
    categories[{a.profile_id, a.bank_id, a.category}].add(t);
    if (a.overridden) ++overridden[{a.profile_id, a.bank_id}];
    Totals& s = sessions[a.session_id];
    ++s.attempts;
    s.correct += a.correct ? 1 : 0;
    s.score_sum += a.score;
}

void write_tail_sums(sql::Database& db, sql::StatementCache& statements, const TailSums& sums) {
    {
        sql::Statement& st = statements.get(db, kDaily);
        sql::ResetOnExit reset(st);
        for (const auto& [key, t] : sums.daily) {
            st.bind(1, std::get<0>(key)).bind(2, std::get<1>(key));
            st.bind(3, std::get<2>(key)).bind(4, std::get<3>(key));
            run_with(st, 5, t);
        }
    }
    {
        sql::Statement& st = statements.get(db, kDays);
        sql::ResetOnExit reset(st);
        for (const auto& [key, t] : sums.days) {
            st.bind(1, key.first).bind(2, key.second);
            run_with(st, 3, t);
        }
    }
    {
        sql::Statement& st = statements.get(db, kCategories);
        sql::ResetOnExit reset(st);
        for (const auto& [key, t] : sums.categories) {
            st.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key));
            run_with(st, 4, t);
        }
    }
    {
        sql::Statement& st = statements.get(db, kOverridden);
        sql::ResetOnExit reset(st);
        for (const auto& [key, n] : sums.overridden) {
            st.bind(1, key.first).bind(2, key.second).bind(3, n).run();
            st.reset();
        }
    }
    sql::Statement& st = statements.get(db, kSessions);
    sql::ResetOnExit reset(st);
    for (const auto& [id, t] : sums.sessions) {
        st.bind(1, id).bind(2, t.attempts).bind(3, t.correct).bind(4, t.score_sum).run();
        st.reset();
    }
}

}  // namespace statecraft
