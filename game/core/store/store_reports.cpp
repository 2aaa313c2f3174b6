// Reading for `statecraft report` on this computer: a class's rows per student, and item
// analysis cells (answers added up per student, question and answer: item_totals.h).
#include <sqlite3.h>

#include "core/store/classroom_store.h"
#include "core/store/item_totals.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"

namespace statecraft {

namespace {

constexpr const char* kCategories = R"sql(
SELECT p.name, t.category, sum(t.attempts), sum(t.correct), total(t.score_sum),
       (SELECT max(last_ms) FROM question_totals q WHERE q.profile_id = p.id)
FROM daily_totals AS t JOIN profiles AS p ON p.id = t.profile_id
WHERE p.name <> ?1 GROUP BY p.id, t.category ORDER BY p.name, t.category)sql";
constexpr const char* kQuestions = R"sql(
SELECT p.name, q.bank_id, q.question_id, q.attempts, q.score_sum
FROM question_totals AS q JOIN profiles AS p ON p.id = q.profile_id WHERE p.name <> ?1)sql";
constexpr const char* kSessions = R"sql(
SELECT p.name, count(s.id) FROM profiles AS p LEFT JOIN sessions AS s ON s.profile_id = p.id
WHERE p.name <> ?1 GROUP BY p.id)sql";
constexpr const char* kProfileNames = "SELECT id, name FROM profiles";
constexpr const char* kClassroomCells = R"sql(
SELECT 'game ' || s.id || ': ' || r.team, r.question_id, r.answer_ids, count(*), sum(r.correct),
       total(r.fraction)
FROM classroom_results AS r JOIN sessions AS s ON s.id = r.session_id
WHERE s.bank_id = ?1 AND r.answered GROUP BY s.id, r.team, r.question_id, r.answer_ids)sql";

}  // namespace

bool Store::class_rows(ClassRows& out, std::string& error) {
    out = {};
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::read);
        sql::Statement c(db_, kCategories);
        c.bind(1, kClassroomProfile);
        while (c.step())
            out.categories.push_back({c.column_text(0), c.column_text(1), c.column_int(2),
                                      c.column_int(3), c.column_double(4), c.column_int(5)});
        sql::Statement q(db_, kQuestions);
        q.bind(1, kClassroomProfile);
        while (q.step())
            out.questions.push_back({q.column_text(0), q.column_text(1), q.column_text(2),
                                     q.column_int(3), q.column_double(4)});
        sql::Statement s(db_, kSessions);
        s.bind(1, kClassroomProfile);
        while (s.step()) out.sessions.push_back({s.column_text(0), s.column_int(1)});
        txn.commit();
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the class's results: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

bool Store::item_cells(const std::string& bank_id, std::vector<ItemCell>& out, std::string& error) {
    out.clear();
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::read);
        std::unordered_map<std::int64_t, std::string> names;
        sql::Statement n(db_, kProfileNames);
        while (n.step()) names[n.column_int(0)] = n.column_text(1);
        read_item_totals(db_, statements_, bank_id, names, out);
        sql::Statement c(db_, kClassroomCells);
        c.bind(1, bank_id);
        while (c.step())
            out.push_back({c.column_text(0), c.column_text(1), c.column_text(2), true,
                           c.column_int(3), c.column_int(4), c.column_double(5)});
        txn.commit();
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the answers to the bank: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

}  // namespace statecraft
