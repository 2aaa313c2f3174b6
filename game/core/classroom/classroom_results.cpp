#include "core/classroom/classroom_results.h"

#include "core/classroom/classroom_ranking.h"

namespace statecraft {

namespace {

std::string joined_answer(const ClassroomRound& round, const ClassroomAnswer& answer, bool ids) {
    std::string out;
    for (int index : answer.picked) {
        const ClassroomOption& option = round.options.at(index);
        if (!out.empty()) out += ids ? "," : "; ";
        out += ids ? option.id : option.text;
    }
    if (!ids && round.teacher_marked && answer.given())
        out = "marked " + round.options.at(answer.picked.front()).id;
    return out;
}

}  // namespace

std::vector<ClassroomResultRow> classroom_result_rows(const ClassroomGame& game) {
    std::vector<ClassroomResultRow> rows;
    for (int r = 0; r < game.rounds_played(); ++r) {
        const ClassroomRound& round = game.round(r);
        const std::vector<ClassroomTeamResult>& results = game.results(r);
        for (int team = 0; team < game.team_count(); ++team) {
            const ClassroomTeamResult& result = results[team];
            if (!result.expected) continue;
            ClassroomResultRow row;
            row.round = r + 1;
            row.team = game.teams()[team];
            row.question_id = round.question.id;
            row.question_type = to_string(round.question.type);
            row.answered = result.answer.given();
            row.answer_ids = joined_answer(round, result.answer, true);
            row.answer_text = joined_answer(round, result.answer, false);
            row.correct = result.credit.full();
            row.fraction = result.credit.fraction();
            row.time_ms = row.answered ? result.answer.time_ms : 0;
            row.points = result.score.points;
            row.streak_bonus = result.score.streak_bonus;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

ClassroomRecord classroom_record(const ClassroomGame& game) {
    ClassroomRecord record;
    record.bank_id = game.bank_id();
    record.bank_title = game.bank_title();
    record.mode = to_string(game.mode());
    record.seed = game.seed();
    record.teams = game.teams();
    record.totals = game.totals();
    record.ranks = competition_ranks(record.totals);
    for (int r = 0; r < game.rounds_played(); ++r)
        record.question_ids.push_back(game.round(r).question.id);
    record.questions_planned = game.round_count();
    record.finished_early = game.finished_early();
    record.rows = classroom_result_rows(game);
    return record;
}

}  // namespace statecraft
