#include "core/stats/classroom_summary.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/time/calendar.h"

namespace statecraft {

std::vector<ClassroomGameSummary> summarize_classroom_games(
    const std::vector<ClassroomExportRow>& rows) {
    std::vector<ClassroomGameSummary> games;
    std::map<std::int64_t, std::size_t> game_of;  // session id -> index in games
    std::map<std::int64_t, std::set<int>> rounds_of, polls_of;
    for (const ClassroomExportRow& row : rows) {
        auto [at, added] = game_of.try_emplace(row.session_id, games.size());
        if (added) {
            ClassroomGameSummary game;
            game.session_id = row.session_id;
            game.started_ms = row.started_ms;
            game.bank_id = row.bank_id;
            game.ended_early = row.finished_early;
            games.push_back(std::move(game));
        }
        ClassroomGameSummary& game = games[at->second];
        rounds_of[row.session_id].insert(row.round);
        if (row.question_type == "poll") polls_of[row.session_id].insert(row.round);
        auto team = std::find_if(game.teams.begin(), game.teams.end(),
                                 [&](const ClassroomTeamSummary& t) { return t.team == row.team; });
        if (team == game.teams.end()) {
            ClassroomTeamSummary added_team;
            added_team.team = row.team;
            added_team.rank = row.team_rank;
            added_team.points = row.team_total;
            team = game.teams.insert(game.teams.end(), std::move(added_team));
        }
        team->correct += row.correct ? 1 : 0;
        team->answered += row.answered ? 1 : 0;
        team->with_confidence += row.confidence > 0 ? 1 : 0;
        team->sure_but_wrong +=
            row.confidence == 3 && !row.correct && row.question_type != "poll" ? 1 : 0;
    }
    for (ClassroomGameSummary& game : games) {
        game.questions = static_cast<int>(rounds_of[game.session_id].size());
        game.polls = static_cast<int>(polls_of[game.session_id].size());
        std::stable_sort(game.teams.begin(), game.teams.end(),
                         [](const auto& a, const auto& b) { return a.rank < b.rank; });
    }
    std::stable_sort(games.begin(), games.end(),
                     [](const auto& a, const auto& b) { return a.started_ms > b.started_ms; });
    return games;
}

namespace {

std::string confidence_text(const ClassroomTeamSummary& t) {
    if (t.with_confidence == 0) return {};
    return ", confidence on " + std::to_string(t.with_confidence) +
           (t.with_confidence == 1 ? " answer (" : " answers (") +
           std::to_string(t.sure_but_wrong) + " sure but wrong)";
}

}  // namespace

std::string classroom_summary_text(const std::vector<ClassroomGameSummary>& games) {
    if (games.empty()) return "No classroom games saved yet.\n";
    std::string out;
    for (const ClassroomGameSummary& g : games) {
        out += time::format_utc_iso8601(g.started_ms) + "  " + g.bank_id + "  " +
               std::to_string(g.questions) + (g.questions == 1 ? " question" : " questions") +
               (g.polls > 0 ? " (" + std::to_string(g.polls) + (g.polls == 1 ? " poll)" : " polls)")
                            : std::string()) +
               (g.ended_early ? " (ended early)" : "") + "\n";
        for (const ClassroomTeamSummary& t : g.teams)
            out += "  " + std::to_string(t.rank) + ". " + t.team + ": " + std::to_string(t.points) +
                   " points, " + std::to_string(t.correct) + " of " +
                   std::to_string(g.questions - g.polls) + " right" + confidence_text(t) + "\n";
    }
    return out;
}

std::string classroom_summary_json(const std::vector<ClassroomGameSummary>& games) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ClassroomGameSummary& g : games) {
        nlohmann::ordered_json teams = nlohmann::ordered_json::array();
        for (const ClassroomTeamSummary& t : g.teams)
            teams.push_back({{"team", t.team},
                             {"rank", t.rank},
                             {"points", t.points},
                             {"correct", t.correct},
                             {"answered", t.answered},
                             {"with_confidence", t.with_confidence},
                             {"sure_but_wrong", t.sure_but_wrong}});
        list.push_back({{"session", g.session_id},
                        {"started_at", time::format_utc_iso8601(g.started_ms)},
                        {"bank", g.bank_id},
                        {"ended_early", g.ended_early},
                        {"questions", g.questions},
                        {"polls", g.polls},
                        {"teams", std::move(teams)}});
    }
    // Team names come from the database: text that is not UTF-8 is replaced, never thrown on.
    return nlohmann::ordered_json{{"classroom_games", std::move(list)}}.dump(
               2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
           "\n";
}

}  // namespace statecraft
