#include "core/stats/results_csv.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/io/csv.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

// "I was right" lives in the answer JSON (Store::override_attempt); a column makes it sortable.
bool was_overridden(const std::string& answer_json) {
    const auto j = nlohmann::json::parse(answer_json, nullptr, false);
    if (!j.is_object()) return false;
    const auto it = j.find("overridden");
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace

void append_results_header(std::string& out) {
    append_csv_record(
        out, {"profile", "session", "mode", "bank", "question", "category", "answer", "correct",
              "score", "time_ms", "confidence", "answered_at", "question_hash", "overridden"});
}

void append_result_record(std::string& out, const AttemptExportRow& row) {
    char score[32];
    std::snprintf(score, sizeof score, "%.4g", row.score);
    append_csv_record(out, {row.profile, std::to_string(row.session_id), row.mode, row.bank_id,
                            row.question_id, row.category, row.answer_json, row.correct ? "1" : "0",
                            score, std::to_string(row.time_ms),
                            row.confidence ? std::to_string(*row.confidence) : std::string(),
                            format_utc_iso8601(row.answered_ms), row.question_hash,
                            was_overridden(row.answer_json) ? "1" : "0"});
}

}  // namespace statecraft
