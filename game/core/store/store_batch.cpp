// Store::record_batch: many answers in one transaction, inserted by multi-row INSERTs (one
// statement per kRowsPerInsert answers) so that a live classroom's answers to a question cost
// about what a bare multi-row INSERT of the same rows costs.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/store.h"
#include "core/store/uuid.h"
#include "core/store/write_checks.h"

namespace statecraft {

namespace {

constexpr std::size_t kRowsPerInsert = 100;  // 1,400 parameters: well under SQLite's 32,766
constexpr int kColumnsBound = 14;

std::string multi_row_insert(std::size_t rows) {
    std::string sql =
        "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, "
        "category, answer, score, correct, time_ms, confidence, answered_ms, day, uuid) VALUES ";
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ", (";
        for (int c = 1; c <= kColumnsBound; ++c)
            sql += (c == 1 ? "?" : ", ?") + std::to_string(r * kColumnsBound + c);
        sql += ")";
    }
    return sql;
}

}  // namespace

WriteResult Store::record_batch(std::span<const BatchAttempt> attempts) {
    if (attempts.empty()) return result_now();
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        const BatchAttempt& b = attempts[i];
        std::string error = sessions_.count(b.session.value) ? check_attempt(b.attempt)
                                                             : std::string("no such session");
        if (!error.empty())
            return rejected("Nothing was recorded: answer " + std::to_string(i + 1) + " of " +
                                std::to_string(attempts.size()) + ": " + error + ".",
                            pending_.size());
    }
    if (options_.read_only)
        return rejected("This command only reads " + path_.string() + "; nothing was written.",
                        pending_.size());
    auto follow = static_cast<std::uint32_t>(attempts.size() - 1);
    // A class answers within seconds: the local day (a time zone lookup) once per second.
    std::int64_t second = 0, day = 0;
    bool known = false;
    for (const BatchAttempt& b : attempts) {
        const std::int64_t ms = b.attempt.answered_ms;
        const std::int64_t s = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
        if (!known || s != second) day = options_.day_of(ms);
        second = s;
        known = true;
        pending_.push(AttemptOp{b.session, b.attempt, day, follow});
        follow = 0;  // only the first op says how many follow it
    }
    return write_pending(false);
}

void Store::apply_batch(std::size_t count) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    std::vector<const AttemptOp*> ops;
    std::vector<SessionIds> ids;
    // Sessions made or found by this transaction: known to the store only once it commits.
    std::unordered_map<std::int64_t, SessionIds> found;
    ops.reserve(count);
    ids.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto& op = std::get<AttemptOp>(pending_.at(i));
        ops.push_back(&op);
        auto it = found.find(op.key.value);
        if (it == found.end()) it = found.emplace(op.key.value, ensure_session(op.key)).first;
        ids.push_back(it->second);
    }
    for (std::size_t at = 0; at < count; at += kRowsPerInsert) {
        std::size_t n = std::min(kRowsPerInsert, count - at);
        insert_attempts(std::span(ops).subspan(at, n), std::span(ids).subspan(at, n));
    }
    txn.commit();
    // The fold is not part of the batch: after it (fold_after_write) or in the writer's idle time.
    unfolded_ += static_cast<std::int64_t>(count);
    for (const auto& [key, session] : found) sessions_[key] = session;
}

void Store::insert_attempts(std::span<const AttemptOp* const> ops,
                            std::span<const SessionIds> ids) {
    static const std::string full_chunk = multi_row_insert(kRowsPerInsert);
    sql::Statement one_off;
    if (ops.size() != kRowsPerInsert) one_off = sql::Statement(db_, multi_row_insert(ops.size()));
    sql::Statement& st = ops.size() == kRowsPerInsert ? cached(full_chunk.c_str()) : one_off;
    // Text is bound in place (no copy per column): the ops, the uuids and the typed answers'
    // JSON all outlive the statement's run and reset (declared before `reset`).
    const std::string uuids = new_uuids(ops.size());
    std::vector<std::string> typed_answers;
    typed_answers.reserve(ops.size());  // never moved: the bound views stay valid
    sql::ResetOnExit reset(st);
    for (std::size_t r = 0; r < ops.size(); ++r) {
        const AttemptRecord& a = ops[r]->attempt;
        const int p = static_cast<int>(r) * kColumnsBound;
        st.bind(p + 1, ids[r].db_id)
            .bind(p + 2, ids[r].profile_id)
            .bind_unowned(p + 3, ids[r].start.bank_id);
        st.bind_unowned(p + 4, a.question_id)
            .bind_unowned(p + 5, a.question_hash)
            .bind_unowned(p + 6, a.category);
        if (a.answer) typed_answers.push_back(answer_to_json_text(*a.answer));
        st.bind_unowned(p + 7, a.answer ? std::string_view(typed_answers.back()) : a.answer_json);
        st.bind(p + 8, a.score).bind(p + 9, a.correct ? 1 : 0);
        st.bind(p + 10, a.time_ms).bind(p + 11, confidence_number(a.confidence));
        st.bind(p + 12, a.answered_ms).bind(p + 13, ops[r]->day);
        st.bind_unowned(p + 14, std::string_view(uuids).substr(r * kUuidLength, kUuidLength));
    }
    st.run();
}

}  // namespace statecraft
