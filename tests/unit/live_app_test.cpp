// The app hosts a live game: Classroom set-up -> "Live (students' devices)" starts the server,
// a real WebSocket player joins with the PIN the app shows, the teacher advances by intents,
// and every scored question is in the score store (by the store writer's thread) before the
// game ends, with the player's confidence when the set-up asked for it.
#include <doctest/doctest.h>

#include "app/modes/classroom/classroom_controller.h"
#include "support/live_app_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

TEST_SUITE("live") {
    TEST_CASE(
        "live app: the teacher hosts a game from the classroom set-up - answers reach the store") {
        LiveAppFixture app;
        app.apply(intent::Classroom{classroom_cmd::OpenSetup{}});
        app.apply(intent::Live{live_cmd::SetCbm{true}});
        app.apply(intent::Classroom{classroom_cmd::SetQuestionCount{3}});
        app.apply(intent::Classroom{classroom_cmd::StartLive{}});
        INFO(app.state().classroom.setup.message);
        REQUIRE(app.state().screen == Screen::live_join);
        const LiveUiState& live = app.state().live;
        REQUIRE(live.pin.size() == 6);
        CHECK(live.join_url == live.address + "/?pin=" + live.pin);

        WsClient ana(app.port());
        app.join(ana, 9, "Ana");
        REQUIRE(app.tick_until([&] { return live.snapshot && live.snapshot->lobby.size() == 1; }));

        for (int q = 0; q < 3; ++q) {
            app.advance();  // start / next question
            const auto shown = ana.read_until("question");
            REQUIRE(shown);
            CHECK((*shown)["cbm"] == true);
            json answer = any_live_answer(*shown);
            if (q > 0) answer["confidence"] = q;  // none on the first: confidence is optional
            ana.send(answer);
            CHECK(ana.read_until("ack"));
            REQUIRE(
                app.tick_until([&] { return app.state().screen == Screen::live_distribution; }));
            // Scored and stored as soon as the answers locked, before the reveal.
            CHECK(app.tick_until(
                [&] { return app.stored().size() == static_cast<std::size_t>(q + 1); }));
            app.advance();  // reveal
            CHECK(ana.read_until("reveal"));
            REQUIRE(app.tick_until([&] { return app.state().screen == Screen::live_reveal; }));
            app.advance();  // leaderboard
            REQUIRE(app.tick_until([&] { return app.state().screen == Screen::live_leaderboard; }));
        }
        app.advance();
        CHECK(ana.read_until("podium"));
        REQUIRE(app.tick_until([&] { return app.state().screen == Screen::live_podium; }));
        app.apply(intent::Live{live_cmd::Leave{}});
        CHECK(app.state().screen == Screen::home);
        CHECK(ana.read_until("ended"));
        const std::vector<ClassroomExportRow> rows = app.stored();
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].confidence == 0);  // not given
        CHECK(rows[1].confidence == 1);
        CHECK(rows[2].confidence == 2);
    }

}  // TEST_SUITE
