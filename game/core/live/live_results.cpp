#include "core/live/live_results.h"

namespace statecraft {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

void describe_answer(const Question& q, const Answer& a, ClassroomResultRow& row) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple: {
            std::vector<std::string> texts;
            for (const Choice& c : q.choices)
                if (a.has_choice(c.id)) texts.push_back(c.text);
            row.answer_ids = joined(a.choices, ",");
            row.answer_text = joined(texts, "; ");
            return;
        }
        case QuestionType::true_false:
            row.answer_ids = a.truth.value_or(false) ? "true" : "false";
            row.answer_text = a.truth.value_or(false) ? "True" : "False";
            return;
        case QuestionType::matching: {
            std::vector<std::string> pairs;
            for (const auto& [left, right] : a.matches) pairs.push_back(left + " = " + right);
            row.answer_text = joined(pairs, "; ");
            return;
        }
        case QuestionType::ordering:
            row.answer_text = joined(a.order, "; ");
            return;
        case QuestionType::short_answer:
        case QuestionType::estimate:
            row.answer_text = a.text;
            return;
        case QuestionType::poll:
            row.answer_ids = joined(a.choices, ",");
            for (const Choice& c : q.choices)
                if (a.has_choice(c.id)) row.answer_text = c.text;
            return;
        case QuestionType::matrix: {  // row by row: "C I N | I C N"
            std::vector<std::string> rows;
            for (const auto& cells : a.cells) rows.push_back(joined(cells, " "));
            row.answer_text = joined(rows, " | ");
            return;
        }
    }
}

}  // namespace

LiveRoundSave live_round_save(const LiveRoundRecord& record, const LiveGameInfo& info,
                              std::int64_t now_unix_ms) {
    LiveRoundSave save;
    save.bank_id = info.bank_id;
    save.bank_hash = info.bank_hash;
    save.started_ms = info.started_ms;
    save.now_ms = now_unix_ms;
    save.questions_played = record.index + 1;
    save.questions_planned = info.questions_planned;
    for (std::size_t i = 0; i < record.names.size(); ++i) {
        const std::string player = record.teams[i].empty()
                                       ? record.names[i]
                                       : record.names[i] + " (" + record.teams[i] + ")";
        save.players.push_back(player);
        save.ranks.push_back(record.ranks[i]);
        save.totals.push_back(record.totals[i]);
        const LivePlayerResult& r = record.results[i];
        ClassroomResultRow row;
        row.round = record.index + 1;
        row.team = player;
        row.question_id = record.question.id;
        row.question_type = to_string(record.question.type);
        row.answered = r.vote.given;
        if (r.vote.given) describe_answer(record.question, r.vote.answer, row);
        row.correct = r.credit.full();
        row.fraction = r.credit.fraction();
        row.time_ms = r.vote.given ? std::max<std::int64_t>(0, r.vote.time_ms) : 0;
        row.points = r.score.points;
        row.streak_bonus = r.score.streak_bonus;
        row.confidence = r.vote.given ? r.vote.confidence : 0;
        save.rows.push_back(std::move(row));
    }
    return save;
}

}  // namespace statecraft
