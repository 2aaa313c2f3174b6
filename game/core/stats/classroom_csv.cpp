#include "core/stats/classroom_csv.h"

#include <cstdio>

#include "core/io/csv.h"
#include "core/time/calendar.h"

namespace statecraft {

void append_classroom_header(std::string& out) {
    io::append_csv_record(
        out, {"session", "started_at", "bank", "ended_early", "round", "team", "question", "type",
              "answered", "answer_ids", "answer", "correct", "fraction", "time_ms", "points",
              "streak_bonus", "final_rank", "final_total", "confidence"});
}

void append_classroom_record(std::string& out, const ClassroomExportRow& row) {
    char fraction[32];
    std::snprintf(fraction, sizeof fraction, "%.4g", row.fraction);
    io::append_csv_record(
        out, {std::to_string(row.session_id), time::format_utc_iso8601(row.started_ms), row.bank_id,
              row.finished_early ? "1" : "0", std::to_string(row.round), row.team, row.question_id,
              row.question_type, row.answered ? "1" : "0", row.answer_ids, row.answer_text,
              row.correct ? "1" : "0", fraction, std::to_string(row.time_ms),
              std::to_string(row.points), std::to_string(row.streak_bonus),
              std::to_string(row.team_rank), std::to_string(row.team_total),
              row.confidence > 0 ? std::to_string(row.confidence) : std::string()});
}

}  // namespace statecraft
