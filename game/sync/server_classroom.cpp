#include "sync/server_classroom.h"

#include "sync/server_schema.h"

namespace statecraft::pg {

namespace {

// As the local store's query (core/store/store_classroom.cpp): "ended early" is kept as fewer
// questions played (score) than planned (max_score). ctid is the order rows were inserted in,
// which is the order sent; only the confidence of a game sent before schema 5 is ever updated,
// in the order sent as well.
constexpr const char* kClassroomRows = R"sql(
SELECT dense_rank() OVER (ORDER BY s.started_ms, s.uuid), s.started_ms, s.bank_id,
       coalesce(s.score < s.max_score, false), r.round, r.team, r.team_rank, r.team_total,
       r.question_id, r.question_type, r.answered, r.answer_ids, r.answer_text, r.correct,
       r.fraction, r.time_ms, r.points, r.streak_bonus, coalesce(r.confidence, 0)
FROM statecraft.classroom_results r JOIN statecraft.sessions s ON s.uuid = r.session_uuid
ORDER BY s.started_ms, s.uuid, r.round, r.ctid)sql";

int whole(const Result& r, int row, int column) {
    return std::stoi(field(r, row, column));
}
bool yes(const Result& r, int row, int column) {
    return field(r, row, column) == "t";
}

}  // namespace

std::vector<ClassroomExportRow> read_classroom_rows(Connection& conn) {
    require_current_schema(conn);
    Result r = conn.exec(kClassroomRows);
    std::vector<ClassroomExportRow> out;
    out.reserve(static_cast<std::size_t>(libpq().PQntuples(r.get())));
    for (int i = 0; i < libpq().PQntuples(r.get()); ++i) {
        ClassroomExportRow row;
        row.session_id = std::stoll(field(r, i, 0));
        row.started_ms = std::stoll(field(r, i, 1));
        row.bank_id = field(r, i, 2);
        row.finished_early = yes(r, i, 3);
        row.round = whole(r, i, 4);
        row.team = field(r, i, 5);
        row.team_rank = whole(r, i, 6);
        row.team_total = whole(r, i, 7);
        row.question_id = field(r, i, 8);
        row.question_type = field(r, i, 9);
        row.answered = yes(r, i, 10);
        row.answer_ids = field(r, i, 11);
        row.answer_text = field(r, i, 12);
        row.correct = yes(r, i, 13);
        row.fraction = std::stod(field(r, i, 14));
        row.time_ms = std::stoll(field(r, i, 15));
        row.points = whole(r, i, 16);
        row.streak_bonus = whole(r, i, 17);
        row.confidence = whole(r, i, 18);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace statecraft::pg
