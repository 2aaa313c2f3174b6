// The teacher's side of a live game: creating it, the phases, locking, scoring and what the
// players are sent at each step. The players' side is in live_game_players.cpp.
#include "core/live/live_game.h"

#include <algorithm>

#include "core/live/live_limits.h"
#include "core/live/live_text.h"

namespace statecraft {

const char* to_string(LivePhase phase) {
    switch (phase) {
        case LivePhase::lobby:
            return "lobby";
        case LivePhase::question:
            return "question";
        case LivePhase::locked:
            return "locked";
        case LivePhase::reveal:
            return "reveal";
        case LivePhase::leaderboard:
            return "leaderboard";
        case LivePhase::podium:
            return "podium";
    }
    return "lobby";
}

LiveStart LiveGame::create(std::vector<ClassroomRound> rounds, LiveSettings settings) {
    LiveStart start;
    if (rounds.empty()) start.errors.push_back("the game has no questions");
    if (!is_valid_pin(settings.pin)) start.errors.push_back("the PIN must be 6 digits");
    if (settings.max_players < 1 || settings.max_players > kLiveMaxPlayersCap)
        start.errors.push_back("players per game must be 1 to " +
                               std::to_string(kLiveMaxPlayersCap));
    if (settings.teams.size() == 1) start.errors.push_back("teams need at least two names");
    for (int q : settings.peer_questions) {
        if (q < 1 || q > static_cast<int>(rounds.size()))
            start.errors.push_back("peer instruction on question " + std::to_string(q) +
                                   ", but the game has questions 1 to " +
                                   std::to_string(rounds.size()));
    }
    if (!start.errors.empty()) return start;
    LiveGame game;
    for (std::size_t i = 0; i < rounds.size(); ++i)
        game.questions_.push_back(make_live_question(rounds[i], settings.seed + i));
    game.settings_ = std::move(settings);
    start.game = std::move(game);
    return start;
}

bool LiveGame::is_peer(int index) const {
    const auto& peers = settings_.peer_questions;
    return std::find(peers.begin(), peers.end(), index + 1) != peers.end();
}

std::int64_t LiveGame::remaining_ms(std::int64_t now_ms) const {
    if (phase_ != LivePhase::question) return 0;
    return std::max<std::int64_t>(0, deadline_ms_ - now_ms);
}

std::vector<LiveOut> LiveGame::take_outbox() {
    return std::exchange(outbox_, {});
}

std::vector<LiveRoundRecord> LiveGame::take_finished_rounds() {
    return std::exchange(finished_, {});
}

void LiveGame::send(LiveConnId conn, std::string text, bool close) {
    outbox_.push_back({{conn}, std::make_shared<const std::string>(std::move(text)), close});
}

void LiveGame::broadcast(std::string text, bool close) {
    LiveOut out{{}, std::make_shared<const std::string>(std::move(text)), close};
    out.to.reserve(by_conn_.size());
    for (const auto& [conn, player] : by_conn_) out.to.push_back(conn);
    if (!out.to.empty()) outbox_.push_back(std::move(out));
}

void LiveGame::open_round(int index, int round, std::int64_t now_ms) {
    index_ = index;
    vote_round_ = round;
    phase_ = LivePhase::question;
    opened_ms_ = now_ms;
    deadline_ms_ = now_ms + questions_[index].round.limit_ms;
    if (round == 1) votes_ = {std::vector<LiveVote>(players_.size()), {}};
    votes_[round - 1].assign(players_.size(), LiveVote{});
    answered_ = 0;
    // One serialisation for every player: nobody has answered a round that just opened.
    LiveQuestionShown shown{
        index, question_count(), round, is_peer(index), remaining_ms(now_ms), settings_.cbm, false};
    broadcast(live_question_json(questions_[index], shown));
}

LiveOutcome LiveGame::start(std::int64_t now_ms) {
    if (phase_ != LivePhase::lobby) return LiveOutcome::refused("the game has already started");
    open_round(0, 1, now_ms);
    return LiveOutcome::done();
}

LiveOutcome LiveGame::advance(std::int64_t now_ms) {
    switch (phase_) {
        case LivePhase::lobby:
            return start(now_ms);
        case LivePhase::question:
            return lock(now_ms);
        case LivePhase::locked:
            return is_peer(index_) && vote_round_ == 1 ? revote(now_ms) : reveal();
        case LivePhase::reveal:
            return show_leaderboard();
        case LivePhase::leaderboard:
            return next(now_ms);
        case LivePhase::podium:
            return LiveOutcome::refused("the game is over");
    }
    return LiveOutcome::refused("the game is over");
}

bool LiveGame::tick(std::int64_t now_ms) {
    if (phase_ != LivePhase::question || now_ms < deadline_ms_) return false;
    lock_now();
    return true;
}

LiveOutcome LiveGame::lock(std::int64_t now_ms) {
    if (tick(now_ms)) return LiveOutcome::done();
    if (phase_ != LivePhase::question) return LiveOutcome::refused("no question is open");
    lock_now();
    return LiveOutcome::done();
}

void LiveGame::lock_now() {
    phase_ = LivePhase::locked;
    broadcast(live_locked_json(index_, vote_round_));
    const bool scoring_round = !is_peer(index_) || vote_round_ == 2;
    if (scoring_round) score_question();
}

void LiveGame::maybe_lock_all_answered() {
    if (!settings_.lock_when_all_answered || answered_ < connected_ || connected_ == 0) return;
    // Only now count exactly (rarely): every connected player who may answer has answered.
    const std::vector<LiveVote>& votes = votes_[vote_round_ - 1];
    for (const auto& [conn, player] : by_conn_) {
        if (!votes[player].given) return;
    }
    lock_now();
}

LiveOutcome LiveGame::revote(std::int64_t now_ms) {
    if (phase_ != LivePhase::locked || !is_peer(index_) || vote_round_ != 1)
        return LiveOutcome::refused("a revote follows round 1 of a peer-instruction question");
    open_round(index_, 2, now_ms);
    return LiveOutcome::done();
}

LiveOutcome LiveGame::reveal() {
    if (phase_ != LivePhase::locked) return LiveOutcome::refused("lock the answers first");
    if (is_peer(index_) && vote_round_ == 1)
        return LiveOutcome::refused("this question is voted twice: start round 2 first");
    phase_ = LivePhase::reveal;
    const std::vector<int> ranks = player_ranks();
    for (const auto& [conn, player] : by_conn_) send(conn, reveal_text(player, ranks));
    return LiveOutcome::done();
}

LiveOutcome LiveGame::show_leaderboard() {
    if (phase_ != LivePhase::reveal) return LiveOutcome::refused("reveal the answer first");
    phase_ = LivePhase::leaderboard;
    send_standings("leaderboard");
    return LiveOutcome::done();
}

LiveOutcome LiveGame::next(std::int64_t now_ms) {
    if (phase_ != LivePhase::reveal && phase_ != LivePhase::leaderboard)
        return LiveOutcome::refused("reveal the answer first");
    if (index_ + 1 >= question_count()) {
        phase_ = LivePhase::podium;
        send_standings("podium");
        return LiveOutcome::done();
    }
    open_round(index_ + 1, 1, now_ms);
    return LiveOutcome::done();
}

LiveOutcome LiveGame::finish(std::int64_t now_ms) {
    if (phase_ == LivePhase::lobby) return LiveOutcome::refused("the game has not started");
    if (phase_ == LivePhase::podium) return LiveOutcome::refused("the game is over");
    if (phase_ == LivePhase::question) lock(now_ms);
    if (phase_ == LivePhase::locked && is_peer(index_) && vote_round_ == 1) score_question();
    phase_ = LivePhase::podium;
    send_standings("podium");
    return LiveOutcome::done();
}

LiveOutcome LiveGame::kick(int player) {
    if (player < 0 || player >= static_cast<int>(players_.size()) || players_[player].kicked)
        return LiveOutcome::refused("no such player");
    LivePlayer& p = players_[player];
    p.kicked = true;
    if (p.conn != 0) {
        send(p.conn, live_kicked_json(), true);
        by_conn_.erase(p.conn);
        p.conn = 0;
        --connected_;
    }
    return LiveOutcome::done();
}

void LiveGame::close() {
    broadcast(live_ended_json(), true);
    for (LivePlayer& p : players_) p.conn = 0;
    by_conn_.clear();
    connected_ = 0;
}

void LiveGame::score_question() {
    // Peer instruction scores the second vote; a player who skipped it keeps the first.
    std::vector<LivePlayerResult> results(players_.size());
    const LiveQuestion& q = questions_[index_];
    const bool two_rounds = is_peer(index_) && vote_round_ == 2;
    for (std::size_t i = 0; i < players_.size(); ++i) {
        LivePlayer& p = players_[i];
        LivePlayerResult& r = results[i];
        const LiveVote* vote =
            i < votes_[vote_round_ - 1].size() ? &votes_[vote_round_ - 1][i] : nullptr;
        if (two_rounds && (!vote || !vote->given) && i < votes_[0].size()) vote = &votes_[0][i];
        if (vote) r.vote = *vote;
        r.credit = r.vote.given ? live_credit(q, r.vote.answer) : no_credit();
        if (p.kicked) r.credit = no_credit();
        if (!q.graded()) {  // a poll: a view, no points, and a streak neither kept nor broken
            r.score.streak = p.streak;
            continue;
        }
        r.score = classroom_score(
            {r.credit, r.vote.time_ms, q.round.limit_ms, q.round.double_points, p.streak},
            settings_.scoring);
        p.streak = r.score.streak;
        p.total += r.score.points;
    }
    if (static_cast<int>(results_.size()) <= index_) results_.resize(index_ + 1);
    results_[index_] = results;

    LiveRoundRecord record;
    record.index = index_;
    record.question = q.round.question;
    record.results = std::move(results);
    record.ranks = player_ranks();
    for (const LivePlayer& p : players_) {
        record.names.push_back(p.name);
        record.teams.push_back(p.team >= 0 ? settings_.teams[p.team] : std::string());
        record.totals.push_back(p.total);
    }
    finished_.push_back(std::move(record));
}

}  // namespace statecraft
