#include "core/store/item_totals.h"

namespace statecraft {

namespace {

// One folded attempt leaves the cell it was added to (a cell emptied goes) ...
#define STATECRAFT_ITEM_CELL_OF(a)                                                   \
    "bank_id = " a ".bank_id AND profile_id = " a ".profile_id AND question_id = " a \
    ".question_id AND answer = " a ".answer"
// ... and joins the one it belongs to now.
#define STATECRAFT_ITEM_ADD                                                  \
    "ON CONFLICT DO UPDATE SET responses = responses + excluded.responses, " \
    "right_count = right_count + excluded.right_count, score_sum = score_sum + excluded.score_sum"

constexpr const char* kFold =
    "INSERT INTO item_answer_totals SELECT bank_id, profile_id, question_id, answer, count(*), "
    "sum(correct), total(score) FROM attempts WHERE id > ?1 "
    "GROUP BY bank_id, profile_id, question_id, answer " STATECRAFT_ITEM_ADD;
constexpr const char* kMark = "SELECT attempt_id FROM totals_mark";
constexpr const char* kReadTotals =
    "SELECT profile_id, question_id, answer, responses, right_count, score_sum "
    "FROM item_answer_totals WHERE bank_id = ?1";
// The tail is at most kFoldTailAt rows: added up in the caller's map.
constexpr const char* kReadTail =
    "SELECT profile_id, question_id, answer, correct, score FROM attempts "
    "WHERE id > ?1 AND bank_id = ?2";

ItemCell& cell_for(std::unordered_map<std::string, std::size_t>& cell_of, std::string& key,
                   std::int64_t profile, std::string_view question, std::string_view answer,
                   const std::unordered_map<std::int64_t, std::string>& names,
                   std::vector<ItemCell>& out) {
    key.assign(std::to_string(profile)).append(1, '\x1f').append(question);
    key.append(1, '\x1f').append(answer);
    auto [it, added] = cell_of.try_emplace(key, out.size());
    if (added) {
        auto name = names.find(profile);
        out.push_back({name == names.end() ? std::string() : name->second, std::string(question),
                       std::string(answer), false, 0, 0, 0});
    }
    return out[it->second];
}

}  // namespace

const char* const kSchemaItemTotals =
    R"sql(
CREATE TABLE item_answer_totals (
  bank_id      TEXT NOT NULL,
  profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  answer       TEXT NOT NULL,
  responses    INTEGER NOT NULL,
  right_count  INTEGER NOT NULL,
  score_sum    REAL NOT NULL,
  PRIMARY KEY (bank_id, profile_id, question_id, answer)
) WITHOUT ROWID;
INSERT INTO item_answer_totals
SELECT bank_id, profile_id, question_id, answer, count(*), sum(correct), total(score)
FROM attempts WHERE id <= (SELECT attempt_id FROM totals_mark)
GROUP BY bank_id, profile_id, question_id, answer;
CREATE TRIGGER item_totals_attempt_changed AFTER UPDATE OF answer, correct, score ON attempts
WHEN OLD.id <= (SELECT attempt_id FROM totals_mark) BEGIN
UPDATE item_answer_totals SET responses = responses - 1, right_count = right_count - OLD.correct,
  score_sum = score_sum - OLD.score WHERE )sql" STATECRAFT_ITEM_CELL_OF("OLD") R"sql(;
DELETE FROM item_answer_totals WHERE responses = 0 AND )sql" STATECRAFT_ITEM_CELL_OF("OLD") R"sql(;
INSERT INTO item_answer_totals VALUES (NEW.bank_id, NEW.profile_id, NEW.question_id, NEW.answer,
  1, NEW.correct, NEW.score) )sql" STATECRAFT_ITEM_ADD R"sql(;
END;
)sql";

void fold_item_totals(sql::Database& db, sql::StatementCache& statements, std::int64_t mark) {
    sql::Statement& st = statements.get(db, kFold);
    sql::ResetOnExit reset(st);
    st.bind(1, mark).run();
}

void read_item_totals(sql::Database& db, sql::StatementCache& statements,
                      const std::string& bank_id,
                      const std::unordered_map<std::int64_t, std::string>& names,
                      std::vector<ItemCell>& out) {
    std::int64_t mark = 0;
    {
        sql::Statement& st = statements.get(db, kMark);
        sql::ResetOnExit reset(st);
        if (st.step()) mark = st.column_int(0);
    }
    std::unordered_map<std::string, std::size_t> cell_of;  // "profile\x1fquestion\x1fanswer"
    std::string key;
    {
        sql::Statement& st = statements.get(db, kReadTotals);
        sql::ResetOnExit reset(st);
        st.bind(1, bank_id);
        while (st.step()) {
            ItemCell& cell = cell_for(cell_of, key, st.column_int(0), st.column_view(1),
                                      st.column_view(2), names, out);
            cell.responses += st.column_int(3);
            cell.right += st.column_int(4);
            cell.score_sum += st.column_double(5);
        }
    }
    sql::Statement& st = statements.get(db, kReadTail);
    sql::ResetOnExit reset(st);
    st.bind(1, mark).bind(2, bank_id);
    while (st.step()) {
        ItemCell& cell = cell_for(cell_of, key, st.column_int(0), st.column_view(1),
                                  st.column_view(2), names, out);
        ++cell.responses;
        cell.right += st.column_int(3);
        cell.score_sum += st.column_double(4);
    }
}

void reset_item_totals(sql::Database& db) {
    db.exec("DELETE FROM item_answer_totals;");
}

}  // namespace statecraft
