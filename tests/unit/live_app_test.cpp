// The app hosts a live game: Classroom set-up -> "Live (students' devices)" starts the server,
// a real WebSocket player joins with the PIN the app shows, the teacher advances by intents,
// and every scored question is in the score store before the game ends.
#include <doctest/doctest.h>

#include <cstdlib>
#include <thread>

#include "app/modes/classroom/classroom_controller.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "support/app_fixture.h"
#include "support/live_client.h"
#include "support/live_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

// Some answer of the right shape for the question the player was sent.
json any_answer(const json& q) {
    json a = {{"type", "answer"}, {"question", q["question"]}, {"round", q["round"]}};
    const std::string kind = q["kind"];
    if (kind == "single") a["choice"] = 0;
    if (kind == "multiple") a["choices"] = {0};
    if (kind == "true_false") a["value"] = true;
    if (kind == "matching") a["matches"] = std::vector<int>(q["lefts"].size(), -1);
    if (kind == "ordering") {
        std::vector<int> order(q["items"].size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
        a["order"] = order;
    }
    if (kind == "short_answer") a["text"] = "an answer";
    if (kind == "estimate") a["value"] = 1;
    if (kind == "poll") a["choice"] = 0;
    if (kind == "matrix") a["cells"] = std::vector<int>(q["rows"].size() * q["columns"].size(), 2);
    return a;
}

std::size_t stored_rows(const std::filesystem::path& db) {
    OpenResult opened = Store::open(db, test_options());
    REQUIRE(opened.store);
    std::size_t rows = 0;
    std::string error;
    REQUIRE(
        opened.store->for_each_classroom_row([&](const ClassroomExportRow&) { ++rows; }, error));
    return rows;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE(
        "live app: the teacher hosts a game from the classroom set-up - answers reach the store") {
        setenv("STATECRAFT_LIVE_BIND", "127.0.0.1", 1);
        setenv("STATECRAFT_LIVE_PORT", "0", 1);
        ScratchDir dir;
        OpenResult app_store = Store::open(dir.db(), test_options());
        REQUIRE(app_store.ok());
        ControllerOptions options;
        options.store = app_store.store.get();
        options.profile = "Ana";
        options.wall_ms = [] { return test_now(); };
        AppFixture app(options);
        auto tick_until = [&](auto&& ok) {
            for (int i = 0; i < 300; ++i) {
                app.controller->tick();
                if (ok()) return true;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            return false;
        };
        auto advance = [&] { app.apply(intent::Live{live_cmd::Advance{}}); };

        app.apply(intent::Classroom{classroom_cmd::OpenSetup{}});
        app.apply(intent::Classroom{classroom_cmd::SetQuestionCount{3}});
        app.apply(intent::Classroom{classroom_cmd::StartLive{}});
        INFO(app.state().classroom.setup.message);
        REQUIRE(app.state().screen == Screen::live_join);
        const LiveUiState& live = app.state().live;
        REQUIRE(live.pin.size() == 6);
        CHECK(live.join_url == live.address + "/?pin=" + live.pin);
        const auto port = static_cast<unsigned short>(
            std::stoi(live.address.substr(live.address.rfind(':') + 1)));

        WsClient ana(port);
        REQUIRE(ana.connected());
        CHECK(ana.read_until("hello"));
        ana.send(
            json{{"type", "join"}, {"pin", live.pin}, {"token", token_for(9)}, {"name", "Ana"}});
        CHECK(ana.read_until("welcome"));
        REQUIRE(tick_until([&] { return live.snapshot && live.snapshot->lobby.size() == 1; }));

        for (int q = 0; q < 3; ++q) {
            advance();  // start / next question
            const auto shown = ana.read_until("question");
            REQUIRE(shown);
            ana.send(any_answer(*shown));
            CHECK(ana.read_until("ack"));
            REQUIRE(tick_until([&] { return app.state().screen == Screen::live_distribution; }));
            // Scored and stored as soon as the answers locked, before the reveal.
            CHECK(tick_until(
                [&] { return stored_rows(dir.db()) == static_cast<std::size_t>(q + 1); }));
            advance();  // reveal
            CHECK(ana.read_until("reveal"));
            REQUIRE(tick_until([&] { return app.state().screen == Screen::live_reveal; }));
            advance();  // leaderboard
            REQUIRE(tick_until([&] { return app.state().screen == Screen::live_leaderboard; }));
        }
        advance();
        CHECK(ana.read_until("podium"));
        REQUIRE(tick_until([&] { return app.state().screen == Screen::live_podium; }));
        app.apply(intent::Live{live_cmd::Leave{}});
        CHECK(app.state().screen == Screen::home);
        CHECK(ana.read_until("ended"));
        CHECK(stored_rows(dir.db()) == 3);
        unsetenv("STATECRAFT_LIVE_BIND");
        unsetenv("STATECRAFT_LIVE_PORT");
    }

}  // TEST_SUITE
