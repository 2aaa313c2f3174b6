// The players' side of a live game: joining, rejoining by token, answering, and what each
// player is sent. Every refusal is an `error` to that connection and changes nothing.
#include <algorithm>

#include "core/live/live_game.h"
#include "core/live/live_limits.h"
#include "core/live/live_text.h"
#include "core/text/normalize.h"

namespace statecraft {

namespace {

std::string player_phase(LivePhase phase) {
    return to_string(phase);
}

}  // namespace

std::optional<int> LiveGame::player_of(LiveConnId conn) const {
    const auto it = by_conn_.find(conn);
    if (it == by_conn_.end()) return std::nullopt;
    return it->second;
}

void LiveGame::send_error(LiveConnId conn, const std::string& code, const std::string& message,
                          const std::string& for_type) {
    send(conn, live_error_json({code, message, for_type}));
}

void LiveGame::on_connect(LiveConnId conn) {
    send(conn, live_hello_json(settings_.title, settings_.teams));
}

void LiveGame::on_disconnect(LiveConnId conn) {
    const auto it = by_conn_.find(conn);
    if (it == by_conn_.end()) return;
    players_[it->second].conn = 0;
    by_conn_.erase(it);
    --connected_;
    // The ones still here may now all have answered.
    if (phase_ == LivePhase::question) maybe_lock_all_answered();
}

void LiveGame::on_message(LiveConnId conn, const std::string& address, std::string_view text,
                          std::int64_t now_ms) {
    tick(now_ms);  // the server's clock decides what is late
    LiveParsed parsed = parse_live_message(text);
    if (!parsed.message) {
        send_error(conn, parsed.error.code, parsed.error.message, parsed.error.for_type);
        return;
    }
    if (const auto* join = std::get_if<LiveJoinMessage>(&*parsed.message)) {
        handle_join(conn, address, *join, now_ms);
    } else {
        handle_answer(conn, std::get<LiveAnswerMessage>(*parsed.message), now_ms);
    }
}

void LiveGame::bind(int player, LiveConnId conn) {
    LivePlayer& p = players_[player];
    if (p.conn != 0 && p.conn != conn) {
        send(p.conn,
             live_error_json({"taken_over", "This player joined on another tab or device.", ""}),
             true);
        by_conn_.erase(p.conn);
        --connected_;
    }
    p.conn = conn;
    by_conn_[conn] = player;
    ++connected_;
}

void LiveGame::handle_join(LiveConnId conn, const std::string& address, const LiveJoinMessage& join,
                           std::int64_t now_ms) {
    auto refuse = [&](const char* code, const std::string& message) {
        send_error(conn, code, message, "join");
    };
    if (by_conn_.count(conn)) return refuse("already_joined", "You have already joined.");
    if (pins_.blocked(address, now_ms))
        return refuse("pin_tries", "Too many wrong PINs from this device; wait a minute.");
    if (join.pin != settings_.pin) {
        pins_.record_wrong(address, now_ms);
        return refuse("bad_pin", "That is not this game's PIN.");
    }
    if (!is_valid_player_token(join.token))
        return refuse("bad_token", "The page sent a broken player token; reload it.");
    if (const auto it = by_token_.find(join.token); it != by_token_.end()) {
        const int player = it->second;
        if (players_[player].kicked) return refuse("kicked", "The teacher removed you.");
        bind(player, conn);
        send_state(player, conn, now_ms, true);
        return;
    }
    const std::string name = clean_player_name(join.name);
    if (name.empty()) return refuse("bad_name", "Please type a name.");
    std::string folded = fold_text(name, {});
    if (by_name_.count(folded)) return refuse("bad_name", "That name is taken; try another.");
    int team = -1;
    if (!settings_.teams.empty()) {
        if (!join.team || *join.team < 0 || *join.team >= static_cast<int>(settings_.teams.size()))
            return refuse("bad_team", "Please pick your team.");
        team = *join.team;
    }
    if (active_players() >= settings_.max_players) return refuse("game_full", "The game is full.");

    const int player = static_cast<int>(players_.size());
    players_.push_back({name, folded, join.token, team, 0, false, 0, 0});
    by_token_[join.token] = player;
    by_name_[std::move(folded)] = player;
    for (auto& votes : votes_) {
        if (!votes.empty() || phase_ == LivePhase::question) votes.resize(players_.size());
    }
    bind(player, conn);
    send_state(player, conn, now_ms, false);
}

int LiveGame::active_players() const {
    return static_cast<int>(std::count_if(players_.begin(), players_.end(),
                                          [](const LivePlayer& p) { return !p.kicked; }));
}

void LiveGame::send_state(int player, LiveConnId conn, std::int64_t now_ms, bool rejoined) {
    const LivePlayer& p = players_[player];
    LiveWelcome welcome{p.name, std::nullopt, false, p.total, player_phase(phase_)};
    if (p.team >= 0) welcome.team = settings_.teams[p.team];
    welcome.rejoined = rejoined;
    send(conn, live_welcome_json(welcome));
    switch (phase_) {
        case LivePhase::lobby:
            return;
        case LivePhase::question:
            send(conn, question_text(player, now_ms));
            return;
        case LivePhase::locked:
            send(conn, question_text(player, now_ms));
            send(conn, live_locked_json(index_, vote_round_));
            return;
        case LivePhase::reveal:
            send(conn, reveal_text(player, player_ranks()));
            return;
        case LivePhase::leaderboard:
        case LivePhase::podium:
            send(conn, standings_text(phase_ == LivePhase::podium ? "podium" : "leaderboard",
                                      player, player_ranks()));
            return;
    }
}

std::string LiveGame::question_text(int player, std::int64_t now_ms) const {
    const auto& votes = votes_[vote_round_ - 1];
    const bool answered = player < static_cast<int>(votes.size()) && votes[player].given;
    LiveQuestionShown shown{index_,          question_count(),     vote_round_,
                            is_peer(index_), remaining_ms(now_ms), settings_.cbm,
                            answered};
    return live_question_json(questions_[index_], shown);
}

void LiveGame::handle_answer(LiveConnId conn, const LiveAnswerMessage& message,
                             std::int64_t now_ms) {
    auto refuse = [&](const std::string& code, const std::string& text) {
        send_error(conn, code, text, "answer");
    };
    const auto player = player_of(conn);
    if (!player) return refuse("not_joined", "Join the game first.");
    const bool this_round = message.question == index_ && message.round == vote_round_;
    if (phase_ != LivePhase::question) {
        if (this_round && phase_ == LivePhase::locked)
            return refuse("late", "Time is up for this question.");
        return refuse("wrong_phase", "No question is open.");
    }
    if (!this_round) return refuse("wrong_question", "That answer is for another question.");
    LiveVote& vote = votes_[vote_round_ - 1][*player];
    if (vote.given) return refuse("duplicate", "You have already answered.");
    const LiveQuestion& q = questions_[index_];
    LiveAnswerCheck check = to_checked_answer(q, message.fields);
    if (!check.error.empty()) {
        return refuse(check.error, check.error == "out_of_range"
                                       ? "The answer does not fit this question."
                                       : "The answer is missing a field for this question.");
    }
    vote.given = true;
    vote.answer = std::move(check.answer);
    vote.picked = std::move(check.picked);
    vote.confidence = settings_.cbm ? message.fields.confidence.value_or(0) : 0;
    vote.time_ms = now_ms - opened_ms_;
    ++answered_;
    send(conn, live_ack_json(index_, vote_round_));
    maybe_lock_all_answered();
}

}  // namespace statecraft
