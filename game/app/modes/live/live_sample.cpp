// Sample live-classroom views for --screen live-join|live-question|live-distribution|
// live-reveal|live-peer|live-leaderboard|live-podium: a snapshot of a game on the Home bank's
// first single-choice question, with 24 players. The live host fills the same struct from the
// running game (core/live); the sample fills it by hand so each stage can be photographed.
#include <algorithm>
#include <string>

#include "app/modes/live/live_sample_game.h"
#include "app/sample_state.h"

namespace statecraft {

namespace {

constexpr const char* kNames[] = {
    "Amira",   "Ben",   "Chloe", "Dara",  "Elif",  "Farid",  "Greta", "Hugo",
    "Ines",    "Jonas", "Kaveh", "Lena",  "Mateo", "Nadia",  "Oskar", "Parisa",
    "Quentin", "Rosa",  "Sina",  "Tomas", "Uma",   "Viktor", "Wen",   "Yasmin",
};
constexpr int kPlayers = 24;

const Question* sample_question(const Bank& bank) {
    for (const Question& q : bank.questions)
        if (q.type == QuestionType::single && q.choices.size() >= 3 && q.prompt.size() < 120)
            return &q;
    return bank.questions.empty() ? nullptr : &bank.questions.front();
}

std::vector<LiveRankRow> standings(int count) {
    std::vector<LiveRankRow> rows;
    for (int i = 0; i < count; ++i) {
        const int total = 4200 - i * 157 - (i % 3) * 40;
        rows.push_back({kNames[(i * 7) % kPlayers], total, i + 1});
    }
    return rows;
}

LiveSnapshot base_snapshot(const Bank& bank, const Question& q) {
    LiveSnapshot s;
    s.title = bank.title;
    s.question_index = 3;
    s.question_count = 10;
    s.type = q.type;
    s.prompt = q.prompt;
    for (const Choice& c : q.choices) {
        s.options.push_back(c.text);
        s.option_correct.push_back(c.correct);
    }
    s.limit_ms = 20'000;
    s.players = kPlayers;
    s.connected = kPlayers - 1;
    for (int i = 0; i < kPlayers; ++i) s.lobby.push_back({i, kNames[i], "", i != 5, 0});
    // A spread with most on the right answer (the sample's key), some on each other option.
    const int n = static_cast<int>(s.options.size());
    for (int round = 0; round < 2; ++round) {
        s.distribution[round].assign(n, 0);
        int left = kPlayers - 2;
        for (int k = 0; k < n; ++k)
            if (!s.option_correct[k]) {
                const int wrong = std::min(left, round == 0 ? 4 + k : 1 + k % 2);
                s.distribution[round][k] = wrong;
                left -= wrong;
            }
        for (int k = 0; k < n; ++k)
            if (s.option_correct[k]) {
                s.distribution[round][k] = left;
                s.right_in_round[round] = left;
                left = 0;
            }
    }
    s.answered = kPlayers - 2;
    return s;
}

}  // namespace

const char* sample_name(int i) {
    return kNames[i % kPlayers];
}

std::string drive_to_live_sample(AppController& c, Screen screen, const std::string& question_id) {
    if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
    const Bank& bank = *c.state().home.banks[c.state().home.selected].bank();
    const Question* q = sample_question(bank);
    if (!q) return "the sample bank has no questions";
    LiveUiState view;
    view.address = "http://192.168.1.20:8080";
    view.pin = "482913";
    view.join_url = view.address + "/?pin=" + view.pin;
    if (!question_id.empty()) {
        const Question* asked = nullptr;
        for (const Question& each : bank.questions)
            if (each.id == question_id) asked = &each;
        if (!asked) return "the bank has no question \"" + question_id + "\"";
        std::optional<LiveSnapshot> played = live_sample_game(*asked, bank.title, screen);
        if (!played) return "the question \"" + question_id + "\" cannot be played live";
        view.snapshot = std::move(*played);
        c.set_live_view(std::move(view), screen);
        return {};
    }
    LiveSnapshot s = base_snapshot(bank, *q);
    switch (screen) {
        case Screen::live_join:
            s.phase = LivePhase::lobby;
            s.question_index = -1;
            view.selected = 7;
            break;
        case Screen::live_question:
            s.phase = LivePhase::question;
            s.remaining_ms = 12'400;
            s.answered = 17;
            break;
        case Screen::live_distribution:
            s.phase = LivePhase::locked;
            break;
        case Screen::live_reveal:
        case Screen::live_peer:
            s.phase = LivePhase::reveal;
            s.peer = screen == Screen::live_peer;
            s.vote_round = s.peer ? 2 : 1;
            s.right = s.right_in_round[s.peer ? 1 : 0];
            s.wrong = kPlayers - 2 - s.right;
            s.unanswered = 2;
            s.explanation = q->explanation;
            break;
        case Screen::live_leaderboard:
            s.phase = LivePhase::leaderboard;
            s.leaderboard = standings(10);
            break;
        default:
            s.phase = LivePhase::podium;
            s.question_index = 9;
            s.leaderboard = standings(10);
            s.leaderboard[2].rank = 2;  // a tie for second: both on the second step
            s.leaderboard[2].total = s.leaderboard[1].total;
            break;
    }
    view.snapshot = std::move(s);
    c.set_live_view(std::move(view), screen);
    return {};
}

}  // namespace statecraft
