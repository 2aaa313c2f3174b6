#include "core/stats/results_csv.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/io/csv.h"
#include "core/session/answer.h"
#include "core/session/quiz_session.h"
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

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

// Without the question: what the answer itself holds.
std::vector<std::string> bare_answer(const Answer& a) {
    std::vector<std::string> parts;
    switch (a.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            parts = a.choices;
            break;
        case QuestionType::true_false:
            if (a.truth) parts.push_back(*a.truth ? "True" : "False");
            break;
        case QuestionType::matching:
            for (const auto& [left, right] : a.matches) parts.push_back(left + ": " + right);
            break;
        case QuestionType::ordering:
            for (std::size_t i = 0; i < a.order.size(); ++i)
                parts.push_back(std::to_string(i + 1) + ". " + a.order[i]);
            break;
        case QuestionType::short_answer:
        case QuestionType::estimate:
            if (!a.text.empty()) parts.push_back(a.text);
            break;
        case QuestionType::poll:
            parts = a.choices;
            break;
        case QuestionType::matrix:
            for (const std::vector<std::string>& row : a.cells) {
                std::string marks;
                for (const std::string& c : row) marks += (marks.empty() ? "" : " ") + c;
                parts.push_back(marks);
            }
            break;
    }
    return parts;
}

}  // namespace

std::string answer_in_words(const std::string& answer_json, const Question* question) {
    std::string error;
    const std::optional<Answer> answer = answer_from_json_text(answer_json, error);
    if (!answer) return {};
    if (question && question->type == answer->type) {
        std::vector<std::string> lines = describe_answer(*question, *answer);
        if (lines.size() == 1 && lines[0] == "(no answer)") return {};
        return joined(lines);
    }
    return joined(bare_answer(*answer));
}

void append_results_header(std::string& out) {
    io::append_csv_record(out, {"profile", "session", "mode", "bank", "question", "category",
                                "answer", "correct", "score", "time_ms", "confidence",
                                "answered_at", "question_hash", "overridden", "answer_text"});
}

void append_result_record(std::string& out, const AttemptExportRow& row, const Question* question) {
    char score[32];
    std::snprintf(score, sizeof score, "%.4g", row.score);
    io::append_csv_record(
        out,
        {row.profile, std::to_string(row.session_id), row.mode, row.bank_id, row.question_id,
         row.category, row.answer_json, row.correct ? "1" : "0", score, std::to_string(row.time_ms),
         row.confidence ? std::to_string(*row.confidence) : std::string(),
         time::format_utc_iso8601(row.answered_ms), row.question_hash,
         was_overridden(row.answer_json) ? "1" : "0", answer_in_words(row.answer_json, question)});
}

}  // namespace statecraft
