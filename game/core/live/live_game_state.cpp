// What a live game tells about itself: ranks, standings, the per-player reveal, and the
// snapshot the teacher's screens draw.
#include <algorithm>

#include "core/classroom/classroom_ranking.h"
#include "core/live/live_game.h"
#include "core/live/live_limits.h"

namespace statecraft {

std::vector<int> LiveGame::player_ranks() const {
    std::vector<int> totals;
    totals.reserve(players_.size());
    // Removed players rank below everyone (they keep their row for the record).
    for (const LivePlayer& p : players_) totals.push_back(p.kicked ? -1 : p.total);
    return competition_ranks(totals);
}

std::vector<LiveRankRow> LiveGame::standings() const {
    std::vector<int> totals;
    for (const LivePlayer& p : players_) totals.push_back(p.kicked ? -1 : p.total);
    const std::vector<int> ranks = competition_ranks(totals);
    std::vector<LiveRankRow> rows;
    for (int i : ranking_order(totals)) {
        if (players_[i].kicked) continue;
        rows.push_back({players_[i].name, players_[i].total, ranks[i]});
    }
    return rows;
}

std::vector<LiveRankRow> LiveGame::team_standings() const {
    const std::size_t teams = settings_.teams.size();
    if (teams == 0) return {};
    std::vector<long long> sums(teams, 0);
    std::vector<int> members(teams, 0);
    for (const LivePlayer& p : players_) {
        if (p.kicked || p.team < 0) continue;
        sums[p.team] += p.total;
        ++members[p.team];
    }
    std::vector<int> averages(teams, 0);
    for (std::size_t t = 0; t < teams; ++t) {
        // Average per member, rounded half up, as Kahoot's team mode does.
        averages[t] =
            members[t] ? static_cast<int>((2 * sums[t] + members[t]) / (2 * members[t])) : 0;
    }
    const std::vector<int> ranks = competition_ranks(averages);
    std::vector<LiveRankRow> rows;
    for (int t : ranking_order(averages))
        rows.push_back({settings_.teams[t], averages[t], ranks[t]});
    return rows;
}

std::string LiveGame::reveal_text(int player, const std::vector<int>& ranks) const {
    LiveRevealFor r;
    r.question = index_;
    r.total = players_[player].total;
    r.rank = ranks[player];
    r.players = active_players();
    r.streak = players_[player].streak;
    if (index_ < static_cast<int>(results_.size()) &&
        player < static_cast<int>(results_[index_].size())) {
        const LivePlayerResult& result = results_[index_][player];
        r.answered = result.vote.given;
        r.correct = result.credit.full();
        r.credit = result.credit.fraction();
        r.points = result.score.points;
    }
    return live_reveal_json(r, questions_[index_]);
}

std::string LiveGame::standings_text(const char* type, int player,
                                     const std::vector<int>& ranks) const {
    const std::size_t shown = std::string_view(type) == "podium" ? 3 : kLiveTopOnLeaderboard;
    std::vector<LiveRankRow> top = standings();
    if (top.size() > shown) top.resize(shown);
    return live_standings_json(type, top, team_standings(), ranks[player], players_[player].total);
}

void LiveGame::send_standings(const char* type) {
    const std::vector<int> ranks = player_ranks();
    for (const auto& [conn, player] : by_conn_) send(conn, standings_text(type, player, ranks));
}

std::vector<int> LiveGame::distribution(int round) const {
    if (index_ < 0) return {};
    std::vector<int> counts(questions_[index_].option_count(), 0);
    if (counts.empty()) return counts;  // a matrix's `picked` holds cells, not options
    for (const LiveVote& v : votes_.at(round - 1)) {
        for (int i : v.picked) ++counts[i];
    }
    return counts;
}

namespace {

int fully_right(const LiveQuestion& q, const std::vector<LiveVote>& votes) {
    int right = 0;
    for (const LiveVote& v : votes) right += v.given && live_credit(q, v.answer).full();
    return right;
}

// The estimate's histogram and the matrix's tally: texts always, counts once the round is
// locked (never while players can still change their minds), the key after the reveal.
void fill_spreads(const LiveQuestion& q, const std::vector<LiveVote>& votes, bool locked,
                  bool revealed, LiveSnapshot& s) {
    const Question& question = q.round.question;
    if (q.type() == QuestionType::estimate) {
        std::vector<double> values;
        if (locked)
            for (const LiveVote& v : votes)
                if (v.given && v.answer.number) values.push_back(*v.answer.number);
        std::optional<double> key;
        if (revealed) key = question.value;
        s.estimate = estimate_spread(std::move(values), kLiveEstimateBins, key,
                                     revealed ? question.margin : 0.0);
        s.estimate.unit = question.unit;
    }
    if (q.type() == QuestionType::matrix) {
        s.matrix.columns = q.columns;
        s.matrix.rows = q.rows;
        s.matrix.cells.assign(q.rows.size() * q.columns.size(), {0, 0, 0});
        if (locked)
            for (const LiveVote& v : votes)
                if (v.given) add_to_tally(s.matrix, v.picked);
        if (revealed) s.matrix.key = live_matrix_key(q);
    }
}

}  // namespace

LiveSnapshot LiveGame::snapshot(std::int64_t now_ms) const {
    LiveSnapshot s;
    s.phase = phase_;
    s.title = settings_.title;
    s.question_index = index_;
    s.question_count = question_count();
    s.vote_round = vote_round_;
    s.answered = answered_;
    s.connected = connected_;
    s.players = active_players();
    for (std::size_t i = 0; i < players_.size(); ++i) {
        const LivePlayer& p = players_[i];
        if (p.kicked) continue;
        s.lobby.push_back({static_cast<int>(i), p.name,
                           p.team >= 0 ? settings_.teams[p.team] : std::string(), p.conn != 0,
                           p.total});
    }
    s.leaderboard = standings();
    if (s.leaderboard.size() > 10) s.leaderboard.resize(10);
    s.teams = team_standings();
    if (index_ < 0) return s;

    const LiveQuestion& q = questions_[index_];
    s.peer = is_peer(index_);
    s.remaining_ms = remaining_ms(now_ms);
    s.limit_ms = q.round.limit_ms;
    s.type = q.type();
    s.prompt = q.round.question.prompt;
    s.options = q.options;
    s.distribution[0] = distribution(1);
    if (vote_round_ == 2) s.distribution[1] = distribution(2);
    const bool revealed = phase_ == LivePhase::reveal || phase_ == LivePhase::leaderboard ||
                          phase_ == LivePhase::podium;
    if (s.peer && phase_ != LivePhase::question) {
        s.right_in_round[0] = fully_right(q, votes_[0]);
        if (vote_round_ == 2) s.right_in_round[1] = fully_right(q, votes_[1]);
    }
    s.graded = q.graded();
    fill_spreads(q, votes_[vote_round_ - 1], phase_ != LivePhase::question, revealed, s);
    if (!revealed || index_ >= static_cast<int>(results_.size())) return s;
    if (!q.options.empty() && q.graded())  // a poll has no right option to tick
        for (const ClassroomOption& o : q.round.options) s.option_correct.push_back(o.correct);
    s.explanation = q.round.question.explanation;
    for (std::size_t i = 0; i < results_[index_].size(); ++i) {
        if (players_[i].kicked) continue;
        const LivePlayerResult& r = results_[index_][i];
        if (!r.vote.given)
            ++s.unanswered;
        else if (!s.graded)
            continue;  // a poll's votes are views: neither right nor wrong
        else if (r.credit.full())
            ++s.right;
        else if (r.credit.none())
            ++s.wrong;
        else
            ++s.partly;
    }
    return s;
}

}  // namespace statecraft
