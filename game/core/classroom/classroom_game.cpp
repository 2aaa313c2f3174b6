#include "core/classroom/classroom_game.h"

#include <algorithm>

#include "core/classroom/classroom_ranking.h"

namespace statecraft {

const char* to_string(ClassroomPhase phase) {
    switch (phase) {
        case ClassroomPhase::lobby:
            return "lobby";
        case ClassroomPhase::answering:
            return "answering";
        case ClassroomPhase::locked:
            return "locked";
        case ClassroomPhase::revealed:
            return "revealed";
        case ClassroomPhase::explanation:
            return "explanation";
        case ClassroomPhase::leaderboard:
            return "leaderboard";
        case ClassroomPhase::podium:
            return "podium";
    }
    return "?";
}

ClassroomCredit classroom_credit(const ClassroomRound& round, const ClassroomAnswer& answer) {
    if (!answer.given()) return no_credit();
    if (round.question.type != QuestionType::multiple) {
        return round.options.at(answer.picked.front()).correct ? full_credit() : no_credit();
    }
    int right_total = 0, right_picked = 0, wrong_picked = 0;
    for (const ClassroomOption& option : round.options) right_total += option.correct ? 1 : 0;
    for (int index : answer.picked)
        (round.options.at(index).correct ? right_picked : wrong_picked)++;
    return multiple_choice_credit(right_picked, wrong_picked, right_total);
}

ClassroomStart ClassroomGame::create(const Bank& bank, const ClassroomSetup& setup) {
    ClassroomPlan plan = plan_classroom_game(bank, setup);
    ClassroomStart start{plan.errors, plan.warnings, std::nullopt};
    if (!plan.ok()) return start;
    ClassroomGame game;
    game.bank_id_ = bank.id;
    game.bank_title_ = bank.title;
    game.seed_ = setup.seed;
    game.mode_ = setup.mode;
    game.scoring_ = setup.scoring;
    game.lock_when_all_answered_ = setup.lock_when_all_answered;
    game.teams_ = std::move(plan.teams);
    game.rounds_ = std::move(plan.rounds);
    game.answers_.assign(game.teams_.size(), {});
    game.streaks_.assign(game.teams_.size(), 0);
    start.game = std::move(game);
    return start;
}

const ClassroomRound* ClassroomGame::current_round() const {
    return round_ >= 0 ? &rounds_[round_] : nullptr;
}

std::int64_t ClassroomGame::elapsed_ms(std::int64_t now_ms) const {
    return round_ >= 0 ? std::max<std::int64_t>(0, now_ms - opened_at_ms_) : 0;
}

std::int64_t ClassroomGame::remaining_ms(std::int64_t now_ms) const {
    if (phase_ != ClassroomPhase::answering) return 0;
    return std::max<std::int64_t>(0, rounds_[round_].limit_ms - elapsed_ms(now_ms));
}

bool ClassroomGame::answers_now(int team) const {
    if (round_ < 0 || team < 0 || team >= team_count()) return false;
    const int turn = rounds_[round_].answering_team;
    return turn < 0 || turn == team;
}

int ClassroomGame::answered_count() const {
    int count = 0;
    for (int team = 0; team < team_count(); ++team)
        count += answers_now(team) && answers_[team].given();
    return count;
}

int ClassroomGame::expected_count() const {
    int count = 0;
    for (int team = 0; team < team_count(); ++team) count += answers_now(team);
    return count;
}

std::vector<int> ClassroomGame::totals() const {
    std::vector<int> totals(teams_.size(), 0);
    for (const auto& round : results_) {
        for (size_t team = 0; team < round.size(); ++team) totals[team] += round[team].score.points;
    }
    return totals;
}

std::vector<int> ClassroomGame::votes(int round_index) const {
    const ClassroomRound& played = rounds_.at(round_index);
    std::vector<int> counts(played.options.size(), 0);
    for (const ClassroomTeamResult& result : results_.at(round_index))
        for (int option : result.answer.picked) ++counts.at(option);
    return counts;
}

std::vector<ClassroomStanding> ClassroomGame::leaderboard() const {
    const std::vector<int> now = totals();
    std::vector<int> before = now;
    if (!results_.empty()) {
        for (size_t team = 0; team < before.size(); ++team)
            before[team] -= results_.back()[team].score.points;
    }
    const std::vector<int> ranks = competition_ranks(now);
    const std::vector<int> previous = competition_ranks(before);
    std::vector<ClassroomStanding> rows;
    for (int team : ranking_order(now)) {
        const int last = results_.empty() ? 0 : results_.back()[team].score.points;
        rows.push_back({team, ranks[team], previous[team], now[team], last, streaks_[team]});
    }
    return rows;
}

std::string ClassroomGame::team_name(int team) const {
    return team >= 0 && team < team_count() ? teams_[team] : "team " + std::to_string(team + 1);
}

// --- Intents ---

ClassroomOutcome ClassroomGame::start(std::int64_t now_ms) {
    if (phase_ != ClassroomPhase::lobby)
        return ClassroomOutcome::refused("the game has already started");
    open_round(0, now_ms);
    return ClassroomOutcome::done();
}

void ClassroomGame::open_round(int index, std::int64_t now_ms) {
    round_ = index;
    opened_at_ms_ = now_ms;
    answers_.assign(teams_.size(), {});
    const int turn = rounds_[index].answering_team;
    selected_ = turn >= 0 ? turn : 0;
    phase_ = ClassroomPhase::answering;
}

bool ClassroomGame::tick(std::int64_t now_ms) {
    if (phase_ != ClassroomPhase::answering || elapsed_ms(now_ms) < rounds_[round_].limit_ms)
        return false;
    lock_and_score();
    return true;
}

ClassroomOutcome ClassroomGame::select_team(int team) {
    if (phase_ == ClassroomPhase::podium) return ClassroomOutcome::refused("the game is over");
    if (team < 0 || team >= team_count()) {
        return ClassroomOutcome::refused("there is no team " + std::to_string(team + 1) +
                                         "; teams are 1 to " + std::to_string(team_count()));
    }
    if (mode_ == ClassroomMode::hot_seat && team != selected_) {
        return ClassroomOutcome::refused("hot-seat: it is " + team_name(selected_) + "'s turn");
    }
    selected_ = team;
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::select_next_team(int step) {
    const int n = team_count();
    return select_team(((selected_ + step) % n + n) % n);
}

ClassroomOutcome ClassroomGame::check_answering(int team, std::int64_t now_ms) {
    switch (phase_) {
        case ClassroomPhase::lobby:
            return ClassroomOutcome::refused("the game has not started");
        case ClassroomPhase::podium:
            return ClassroomOutcome::refused("the game is over");
        case ClassroomPhase::answering:
            break;
        default:
            return ClassroomOutcome::refused("answers are locked for this question");
    }
    if (tick(now_ms)) return ClassroomOutcome::refused("time is up: answers are locked");
    if (team < 0 || team >= team_count()) {
        return ClassroomOutcome::refused("there is no team " + std::to_string(team + 1));
    }
    if (!answers_now(team)) {
        return ClassroomOutcome::refused("hot-seat: it is " +
                                         team_name(rounds_[round_].answering_team) +
                                         "'s turn, not " + team_name(team) + "'s");
    }
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::press_option(int team, int option, std::int64_t now_ms) {
    if (ClassroomOutcome ok = check_answering(team, now_ms); !ok) return ok;
    const ClassroomRound& round = rounds_[round_];
    const int options = static_cast<int>(round.options.size());
    if (option < 0 || option >= options) {
        return ClassroomOutcome::refused("this question has options 1 to " +
                                         std::to_string(options));
    }
    std::vector<int> picked{option};
    if (round.question.type == QuestionType::multiple) {
        picked = answers_[team].picked;
        auto it = std::find(picked.begin(), picked.end(), option);
        if (it == picked.end())
            picked.push_back(option);
        else
            picked.erase(it);
    }
    return set_answer(team, std::move(picked), now_ms);
}

ClassroomOutcome ClassroomGame::record_answer(int team, const std::vector<std::string>& option_ids,
                                              std::int64_t now_ms) {
    if (ClassroomOutcome ok = check_answering(team, now_ms); !ok) return ok;
    const ClassroomRound& round = rounds_[round_];
    std::vector<int> picked;
    for (const std::string& id : option_ids) {
        auto it = std::find_if(round.options.begin(), round.options.end(),
                               [&](const ClassroomOption& o) { return o.id == id; });
        if (it == round.options.end()) {
            return ClassroomOutcome::refused("this question has no option \"" + id + "\"");
        }
        const int index = static_cast<int>(it - round.options.begin());
        if (std::find(picked.begin(), picked.end(), index) == picked.end()) picked.push_back(index);
    }
    if (picked.size() > 1 && round.question.type != QuestionType::multiple) {
        return ClassroomOutcome::refused("this question takes one answer per team");
    }
    return set_answer(team, std::move(picked), now_ms);
}

ClassroomOutcome ClassroomGame::clear_answer(int team, std::int64_t now_ms) {
    if (ClassroomOutcome ok = check_answering(team, now_ms); !ok) return ok;
    answers_[team] = {};
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::set_answer(int team, std::vector<int> picked, std::int64_t now_ms) {
    std::sort(picked.begin(), picked.end());
    answers_[team].picked = std::move(picked);
    answers_[team].time_ms = answers_[team].given() ? elapsed_ms(now_ms) : 0;
    after_answer(team);
    return ClassroomOutcome::done();
}

// Moves the selection on so that a teacher going round the room types only the choices, and
// locks once everyone has answered (not for "multiple": a team may still add a choice).
void ClassroomGame::after_answer(int team) {
    if (rounds_[round_].question.type == QuestionType::multiple || !answers_[team].given()) return;
    if (mode_ == ClassroomMode::all_teams && team == selected_) {
        for (int step = 1; step < team_count(); ++step) {
            const int candidate = (team + step) % team_count();
            if (!answers_[candidate].given()) {
                selected_ = candidate;
                break;
            }
        }
    }
    if (lock_when_all_answered_ && answered_count() == expected_count()) lock_and_score();
}

ClassroomOutcome ClassroomGame::lock() {
    if (phase_ != ClassroomPhase::answering) {
        return ClassroomOutcome::refused(std::string("there are no open answers to lock (") +
                                         to_string(phase_) + ")");
    }
    lock_and_score();
    return ClassroomOutcome::done();
}

void ClassroomGame::lock_and_score() {
    const ClassroomRound& round = rounds_[round_];
    std::vector<ClassroomTeamResult> scored(teams_.size());
    for (int team = 0; team < team_count(); ++team) {
        ClassroomTeamResult& result = scored[team];
        result.expected = answers_now(team);
        if (!result.expected) continue;
        result.answer = answers_[team];
        if (!round.graded()) {  // a poll: a view, no points, the streak neither kept nor broken
            result.credit = no_credit();
            result.score.streak = streaks_[team];
            continue;
        }
        result.credit = classroom_credit(round, result.answer);
        result.score = classroom_score({result.credit, result.answer.time_ms, round.limit_ms,
                                        round.double_points, streaks_[team]},
                                       scoring_);
        streaks_[team] = result.score.streak;
    }
    results_.push_back(std::move(scored));
    phase_ = ClassroomPhase::locked;
}

ClassroomOutcome ClassroomGame::reveal() {
    if (phase_ != ClassroomPhase::locked) {
        return ClassroomOutcome::refused(phase_ == ClassroomPhase::answering
                                             ? "lock the answers before revealing"
                                             : std::string("nothing to reveal (") +
                                                   to_string(phase_) + ")");
    }
    phase_ = ClassroomPhase::revealed;
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::show_explanation() {
    if (phase_ != ClassroomPhase::revealed) {
        return ClassroomOutcome::refused("the explanation follows the revealed answer");
    }
    phase_ = ClassroomPhase::explanation;
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::show_leaderboard() {
    if (phase_ != ClassroomPhase::revealed && phase_ != ClassroomPhase::explanation) {
        return ClassroomOutcome::refused("the leaderboard follows the revealed answer");
    }
    phase_ = ClassroomPhase::leaderboard;
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::next(std::int64_t now_ms) {
    if (phase_ != ClassroomPhase::leaderboard) {
        return ClassroomOutcome::refused("the next question follows the leaderboard");
    }
    if (round_ + 1 < round_count())
        open_round(round_ + 1, now_ms);
    else
        phase_ = ClassroomPhase::podium;
    return ClassroomOutcome::done();
}

ClassroomOutcome ClassroomGame::finish() {
    switch (phase_) {
        case ClassroomPhase::lobby:
            return ClassroomOutcome::refused("no question has been played yet");
        case ClassroomPhase::answering:
            return ClassroomOutcome::refused("lock the answers before finishing");
        case ClassroomPhase::podium:
            return ClassroomOutcome::refused("the game is over");
        default:
            phase_ = ClassroomPhase::podium;
            return ClassroomOutcome::done();
    }
}

ClassroomOutcome ClassroomGame::advance(std::int64_t now_ms) {
    switch (phase_) {
        case ClassroomPhase::lobby:
            return start(now_ms);
        case ClassroomPhase::answering:
            return tick(now_ms) ? ClassroomOutcome::done() : lock();
        case ClassroomPhase::locked:
            return reveal();
        case ClassroomPhase::revealed: {
            const std::string& text = rounds_[round_].question.explanation;
            const bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
            return blank ? show_leaderboard() : show_explanation();
        }
        case ClassroomPhase::explanation:
            return show_leaderboard();
        case ClassroomPhase::leaderboard:
            return next(now_ms);
        case ClassroomPhase::podium:
            return ClassroomOutcome::refused("the game is over");
    }
    return ClassroomOutcome::refused("unknown phase");
}

}  // namespace statecraft
