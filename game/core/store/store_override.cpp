// "I was right" after a short answer marked wrong (issue 13): kept in the attempt's answer JSON
// rather than a new column, so no migration is needed (an attempt already sent to a school
// server keeps the server copy as it was).
#include "core/store/store.h"

namespace statecraft {

namespace {

constexpr const char* kOverrideLatest =
    "UPDATE attempts SET answer = json_set(answer, '$.overridden', json('true')) "
    "WHERE id = (SELECT id FROM attempts WHERE id > ?3 AND session_id = ?1 AND question_id = ?2 "
    "ORDER BY id DESC LIMIT 1) "
    "AND json_type(answer) = 'object'";

}  // namespace

WriteResult Store::override_attempt(SessionKey key, const std::string& question_id) {
    if (!sessions_.count(key.value)) {
        WriteResult r;
        r.rejected = true;
        r.pending = pending_.size();
        r.message = "No such session.";
        return r;
    }
    return enqueue(OverrideOp{key, question_id});
}

void Store::apply_override(const OverrideOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    SessionIds ids = ensure_session(op.key);
    sql::Statement& st = cached(kOverrideLatest);
    sql::ResetOnExit reset(st);
    st.bind(1, ids.db_id).bind(2, op.question_id).bind(3, ids.attempt_floor).run();
    txn.commit();
    sessions_[op.key.value] = ids;
}

}  // namespace statecraft
