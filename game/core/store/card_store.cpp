// FSRS card state: the cards table (migration 2). Each write is one transaction; one that cannot
// be made (full disk, read-only folder) waits in memory with the answers, and reads see it.
#include <sqlite3.h>

#include <cmath>

#include "core/store/store.h"
#include "core/store/store_messages.h"

namespace statecraft {

namespace {

constexpr const char* kUpsertCard = R"sql(
INSERT INTO cards (profile_id, bank_id, question_id, state, step, stability, difficulty, reps,
                   lapses, first_review_ms, last_review_ms, due_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT DO UPDATE SET state = excluded.state, step = excluded.step,
  stability = excluded.stability, difficulty = excluded.difficulty, reps = excluded.reps,
  lapses = excluded.lapses, first_review_ms = excluded.first_review_ms,
  last_review_ms = excluded.last_review_ms, due_ms = excluded.due_ms)sql";

constexpr const char* kLoadCards = R"sql(
SELECT c.question_id, c.state, c.step, c.stability, c.difficulty, c.reps, c.lapses,
       c.first_review_ms, c.last_review_ms, c.due_ms
FROM cards AS c JOIN profiles AS p ON p.id = c.profile_id
WHERE p.name = ?1 AND c.bank_id = ?2)sql";

// NaN would be stored as NULL and break the NOT NULL columns; the scheduler restarts such a
// card anyway (scheduler.h), so 0 is as good.
double finite_or_zero(double x) {
    return std::isfinite(x) ? x : 0.0;
}

}  // namespace

WriteResult Store::save_card(const std::string& profile, const std::string& bank_id,
                             const std::string& question_id, const CardState& card) {
    WriteResult result;
    std::string name, error;
    if (!normalize_profile_name(profile, name, error) || bank_id.empty() || question_id.empty()) {
        result.rejected = true;
        result.message =
            error.empty() ? "Cannot save a card without a bank and question id." : error;
        return result;
    }
    return enqueue(CardOp{name, bank_id, question_id, card, options_.now_ms()});
}

void Store::apply_card(const CardOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    const std::int64_t profile_id = upsert_profile(op.profile, op.at_ms);
    sql::Statement& st = cached(kUpsertCard);
    sql::ResetOnExit reset(st);
    const CardState& card = op.card;
    st.bind(1, profile_id).bind(2, op.bank_id).bind(3, op.question_id);
    st.bind(4, to_string(card.state)).bind(5, std::max(0, card.step));
    st.bind(6, finite_or_zero(card.stability)).bind(7, finite_or_zero(card.difficulty));
    st.bind(8, std::max(0, card.reps)).bind(9, std::max(0, card.lapses));
    st.bind(10, card.first_review_ms).bind(11, card.last_review_ms).bind(12, card.due_ms);
    st.run();
    txn.commit();
}

bool Store::load_cards(const std::string& profile, const std::string& bank_id, CardStates& out,
                       std::string& error) {
    out.clear();
    std::string name;
    if (!normalize_profile_name(profile, name, error)) return false;
    if (!ready_for_read(error)) return false;
    try {
        sql::Statement st(db_, kLoadCards);
        st.bind(1, name).bind(2, bank_id);
        while (st.step()) {
            CardState c;
            // An unknown state word (a newer version's) restarts the card rather than failing.
            c.state = card_phase_from_string(st.column_view(1)).value_or(CardPhase::new_card);
            c.step = static_cast<int>(st.column_int(2));
            c.stability = st.column_double(3);
            c.difficulty = st.column_double(4);
            c.reps = static_cast<int>(st.column_int(5));
            c.lapses = static_cast<int>(st.column_int(6));
            c.first_review_ms = st.column_int(7);
            c.last_review_ms = st.column_int(8);
            c.due_ms = st.column_int(9);
            out[st.column_text(0)] = c;
        }
        // Cards still waiting in memory are newer than the file's.
        pending_.for_each_card([&](const CardOp& op) {
            if (op.profile == name && op.bank_id == bank_id) out[op.question_id] = op.card;
        });
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the review cards: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

}  // namespace statecraft
