// `statecraft stats --classroom`: saved classroom rows summed up per game and team.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/stats/classroom_summary.h"

using namespace statecraft;

namespace {

ClassroomExportRow row(std::int64_t session, std::int64_t started, int round, std::string team,
                       int rank, int total, bool correct, bool answered = true) {
    ClassroomExportRow r;
    r.session_id = session;
    r.started_ms = started;
    r.bank_id = session == 1 ? "iran-russia-missiles" : "sanctions";
    r.round = round;
    r.team = std::move(team);
    r.team_rank = rank;
    r.team_total = total;
    r.correct = correct;
    r.answered = answered;
    return r;
}

}  // namespace

TEST_CASE("classroom summary: games newest first, teams in final order with their right answers") {
    const std::vector<ClassroomExportRow> rows = {
        // Game 1 (older): Red wins 1800 to 950 over two questions.
        row(1, 1'000, 0, "Blue", 2, 950, true),
        row(1, 1'000, 0, "Red", 1, 1800, true),
        row(1, 1'000, 1, "Blue", 2, 950, false, false),
        row(1, 1'000, 1, "Red", 1, 1800, true),
        // Game 2 (newer), ended after one question, a tie.
        row(2, 5'000, 0, "Owls", 1, 900, true),
        row(2, 5'000, 0, "Foxes", 1, 900, true),
    };
    const auto games = summarize_classroom_games(rows);
    REQUIRE(games.size() == 2);
    CHECK(games[0].session_id == 2);
    CHECK(games[0].questions == 1);
    REQUIRE(games[0].teams.size() == 2);
    CHECK(games[0].teams[0].team == "Owls");  // tied: set-up order kept
    CHECK(games[0].teams[1].rank == 1);
    const ClassroomGameSummary& first = games[1];
    CHECK(first.bank_id == "iran-russia-missiles");
    CHECK(first.questions == 2);
    REQUIRE(first.teams.size() == 2);
    CHECK(first.teams[0].team == "Red");
    CHECK(first.teams[0].points == 1800);
    CHECK(first.teams[0].correct == 2);
    CHECK(first.teams[1].team == "Blue");
    CHECK(first.teams[1].correct == 1);
    CHECK(first.teams[1].answered == 1);

    const std::string text = classroom_summary_text(games);
    CHECK(text.find("  1. Red: 1800 points, 2 of 2 right\n") != std::string::npos);
    CHECK(text.find("  2. Blue: 950 points, 1 of 2 right\n") != std::string::npos);
    const auto json = nlohmann::json::parse(classroom_summary_json(games));
    CHECK(json["classroom_games"].size() == 2);
    CHECK(json["classroom_games"][1]["teams"][0]["points"] == 1800);
    CHECK(classroom_summary_text({}) == "No classroom games saved yet.\n");
}

TEST_CASE("classroom summary: a live game with CBM counts confidences and sure-but-wrong answers") {
    auto with = [](ClassroomExportRow r, int confidence, const char* type = "single") {
        r.confidence = confidence;
        r.question_type = type;
        return r;
    };
    const std::vector<ClassroomExportRow> rows = {
        with(row(1, 1'000, 1, "Ana", 1, 900, true), 3),
        with(row(1, 1'000, 2, "Ana", 1, 900, false), 3),          // sure, and wrong
        with(row(1, 1'000, 3, "Ana", 1, 900, false), 3, "poll"),  // a poll is never wrong
        with(row(1, 1'000, 1, "Ben", 2, 0, false), 1),
        row(1, 1'000, 2, "Ben", 2, 0, false),  // no confidence given
    };
    const auto games = summarize_classroom_games(rows);
    REQUIRE(games.size() == 1);
    REQUIRE(games[0].teams.size() == 2);
    CHECK(games[0].teams[0].with_confidence == 3);
    CHECK(games[0].teams[0].sure_but_wrong == 1);
    CHECK(games[0].teams[1].with_confidence == 1);
    CHECK(games[0].teams[1].sure_but_wrong == 0);
    const std::string text = classroom_summary_text(games);
    INFO(text);
    CHECK(text.find("  1. Ana: 900 points, 1 of 2 right, confidence on 3 answers (1 sure but "
                    "wrong)\n") != std::string::npos);
    CHECK(text.find("  2. Ben: 0 points, 0 of 2 right, confidence on 1 answer (0 sure but "
                    "wrong)\n") != std::string::npos);
    const nlohmann::json json = nlohmann::json::parse(classroom_summary_json(games));
    const nlohmann::json& ana = json["classroom_games"][0]["teams"][0];
    CHECK(ana["with_confidence"] == 3);
    CHECK(ana["sure_but_wrong"] == 1);

    // A one-screen game has none: its lines stay as they were.
    const std::string plain = classroom_summary_text(summarize_classroom_games({rows.back()}));
    CHECK(plain.find("confidence") == std::string::npos);
}
