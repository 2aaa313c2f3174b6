// The server's reports read totals kept on insert, so a report costs the size of a class's
// totals, not of its history: the class report statecraft.student_totals (schema version 4: per
// student, bank, question and category), item analysis statecraft.item_totals (version 3: also
// per answer). Item cells are the totals' rows as they are: a question's answers under two
// categories (the bank changed) come as two cells, which analyse_items adds up.
#include "sync/server_reports.h"

#include "sync/server_schema.h"

namespace statecraft::pg {

namespace {

// $1: the class (name or code) or ''.
constexpr const char* kInClass =
    "($1 = '' OR student IN (SELECT e.student FROM statecraft.enrolments e "
    "JOIN statecraft.classes c ON c.id = e.class_id WHERE c.code = upper($1) OR c.name = $1))";

std::int64_t number(const Result& r, int row, int column) {
    return std::stoll(field(r, row, column));
}

void check_class(Connection& conn, const std::string& class_filter) {
    if (class_filter.empty()) return;
    Result r = conn.exec("SELECT 1 FROM statecraft.classes WHERE code = upper($1) OR name = $1",
                         {class_filter});
    if (libpq().PQntuples(r.get()) == 0)
        throw PgError("No class named or coded \"" + class_filter + "\" that you may read.");
}

}  // namespace

ClassRows read_class_rows(Connection& conn, const std::string& class_filter) {
    require_current_schema(conn);
    check_class(conn, class_filter);
    ClassRows out;
    conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");  // figures that agree
    conn.exec("SET LOCAL work_mem = '64MB'");  // a department's totals grouped in memory
    Result c = conn.exec(std::string("SELECT student, category, sum(responses), sum(correct), "
                                     "sum(score_sum), max(last_ms) FROM statecraft.student_totals "
                                     "WHERE ") +
                             kInClass + " GROUP BY 1, 2",
                         {class_filter});
    for (int i = 0; i < libpq().PQntuples(c.get()); ++i)
        out.categories.push_back({field(c, i, 0), field(c, i, 1), number(c, i, 2), number(c, i, 3),
                                  std::stod(field(c, i, 4)), number(c, i, 5)});
    Result q = conn.exec(
        std::string("SELECT student, bank_id, question_id, sum(responses), sum(score_sum) "
                    "FROM statecraft.student_totals WHERE ") +
            kInClass + " GROUP BY 1, 2, 3",
        {class_filter});
    for (int i = 0; i < libpq().PQntuples(q.get()); ++i)
        out.questions.push_back({field(q, i, 0), field(q, i, 1), field(q, i, 2), number(q, i, 3),
                                 std::stod(field(q, i, 4))});
    Result s = conn.exec(std::string("SELECT student, count(*) FROM statecraft.sessions WHERE ") +
                             kInClass + " AND mode <> 'classroom' GROUP BY 1",
                         {class_filter});
    for (int i = 0; i < libpq().PQntuples(s.get()); ++i)
        out.sessions.push_back({field(s, i, 0), number(s, i, 1)});
    conn.exec("COMMIT");
    return out;
}

std::vector<ItemCell> read_item_cells(Connection& conn, const std::string& bank_id,
                                      const std::string& class_filter) {
    require_current_schema(conn);
    check_class(conn, class_filter);
    std::vector<ItemCell> out;
    conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    Result a = conn.exec(std::string("SELECT student, question_id, answer, responses, correct, "
                                     "score_sum FROM statecraft.item_totals WHERE bank_id = $2 "
                                     "AND ") +
                             kInClass,
                         {class_filter, bank_id});
    out.reserve(static_cast<std::size_t>(libpq().PQntuples(a.get())));
    for (int i = 0; i < libpq().PQntuples(a.get()); ++i)
        out.push_back({field(a, i, 0), field(a, i, 1), field(a, i, 2), false, number(a, i, 3),
                       number(a, i, 4), std::stod(field(a, i, 5))});
    // Classroom games sent by this role (a class in teams on one computer).
    Result c = conn.exec(
        "SELECT 'game ' || r.session_uuid || ': ' || r.team, r.question_id, r.answer_ids, "
        "count(*), sum(r.correct::int), sum(r.fraction::float8) FROM statecraft.classroom_results "
        "r "
        "JOIN statecraft.sessions s ON s.uuid = r.session_uuid "
        "WHERE s.bank_id = $1 AND r.answered AND $2 = '' GROUP BY 1, 2, 3",
        {bank_id, class_filter});
    for (int i = 0; i < libpq().PQntuples(c.get()); ++i)
        out.push_back({field(c, i, 0), field(c, i, 1), field(c, i, 2), true, number(c, i, 3),
                       number(c, i, 4), std::stod(field(c, i, 5))});
    conn.exec("COMMIT");
    return out;
}

}  // namespace statecraft::pg
