// The live server on a real loopback socket, driven by Beast clients: the page's files and
// headers, and every network refusal (traversal, oversized frame, rate, sockets per address,
// wrong PIN limit), then one question played end to end.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "net/live_server.h"
#include "support/live_client.h"
#include "support/live_fixture.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

struct RunningServer {
    ScratchDir dir;
    std::unique_ptr<net::LiveServer> server;
    unsigned short port = 0;

    explicit RunningServer(net::LiveServerConfig config = {},
                           LiveSettings settings = live_settings()) {
        const auto web = dir.path() / "web";
        std::filesystem::create_directories(web / "sub");
        std::ofstream(web / "index.html") << "<!doctype html><title>Join</title>";
        std::ofstream(web / "app.js") << "\"use strict\";";
        std::ofstream(web / "sub" / "hidden.js") << "secret";
        std::ofstream(dir.path() / "secret.txt") << "do not serve";
        std::ofstream(web / ".env") << "secret";
        config.web_root = web;
        config.bind_address = "127.0.0.1";
        LiveStart start = LiveGame::create(live_rounds({"q-capital", "q-treaty"}), settings);
        REQUIRE(start.ok());
        std::string error;
        server = net::LiveServer::start(std::move(*start.game), config, error);
        INFO(error);
        REQUIRE(server);
        port = server->port();
    }
};

json join_message(int n, const std::string& name, const std::string& pin = "123456") {
    return {{"type", "join"}, {"pin", pin}, {"token", token_for(n)}, {"name", name}};
}

// Waits (bounded) until the server's snapshot satisfies the predicate.
template <typename F>
bool wait_for(const net::LiveServer& server, F&& ok) {
    for (int i = 0; i < 300; ++i) {
        if (ok(server.snapshot())) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE("live server: serves only the page's files, with the content type and a strict CSP") {
        RunningServer s;
        const HttpReply page = http_get(s.port, "/?pin=123456");
        CHECK(page.status == 200);
        CHECK(page.content_type == "text/html; charset=utf-8");
        CHECK(page.csp.find("default-src 'none'") != std::string::npos);
        CHECK(page.csp.find("script-src 'self'") != std::string::npos);
        CHECK(page.body.find("<title>Join</title>") != std::string::npos);
        const HttpReply js = http_get(s.port, "/app.js");
        CHECK(js.status == 200);
        CHECK(js.content_type == "text/javascript; charset=utf-8");
        for (const char* target :
             {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/sub/hidden.js", "/sub/",
              "/.env", "//etc/passwd", "/missing.js", "/index.html/", "*"}) {
            const HttpReply r = http_get(s.port, target);
            INFO(target);
            CHECK(r.status == 404);
            CHECK(r.body.find("secret") == std::string::npos);
            CHECK_FALSE(r.csp.empty());
        }
        CHECK(http_get(s.port, "/", "POST").status == 405);
        CHECK(http_get(s.port, "/", "DELETE").status == 405);
    }

    TEST_CASE("live server: a player joins and answers over a real WebSocket; the host sees it") {
        RunningServer s;
        WsClient ana(s.port);
        REQUIRE(ana.connected());
        CHECK(ana.read()->at("type") == "hello");
        ana.send(join_message(1, "Ana"));
        CHECK(ana.read_until("welcome"));
        CHECK(wait_for(*s.server, [](const LiveSnapshot& snap) { return snap.lobby.size() == 1; }));
        s.server->post(live_game_cmd::Start{});
        const auto q = ana.read_until("question");
        REQUIRE(q);
        CHECK(q->find("explanation") == q->end());
        ana.send(json{{"type", "answer"}, {"question", 0}, {"round", 1}, {"choice", 0}});
        CHECK(ana.read_until("ack"));
        CHECK(ana.read_until("locked"));  // the only player answered
        CHECK(wait_for(*s.server,
                       [](const LiveSnapshot& snap) { return snap.phase == LivePhase::locked; }));
        s.server->post(live_game_cmd::Reveal{});
        const auto reveal = ana.read_until("reveal");
        REQUIRE(reveal);
        CHECK(reveal->at("correct") == true);
        CHECK(s.server->take_news().finished_rounds.size() == 1);
        s.server->post(live_game_cmd::Start{});  // refused: already started
        CHECK(wait_for(*s.server, [&](const LiveSnapshot&) { return true; }));
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        CHECK(s.server->take_news().refusals.size() == 1);
    }

    TEST_CASE(
        "live server: an oversized frame closes the socket; the game goes on for the others") {
        RunningServer s;
        WsClient eve(s.port), ana(s.port);
        REQUIRE(eve.connected());
        REQUIRE(ana.connected());
        eve.read();
        ana.read();
        eve.send(std::string(5000, 'x'));
        CHECK_FALSE(eve.read_until("never"));
        CHECK(eve.closed());
        CHECK(eve.close_reason().find("1009") != std::string::npos);
        ana.send(join_message(1, "Ana"));
        CHECK(ana.read_until("welcome"));
    }

    TEST_CASE("live server: messages per second are capped; a flood closes the socket") {
        RunningServer s;
        WsClient eve(s.port);
        REQUIRE(eve.connected());
        eve.read();
        for (int i = 0; i < 60; ++i) eve.send(std::string("{\"type\":\"noise\"}"));
        int rate_errors = 0;
        while (auto m = eve.read(std::chrono::seconds(3))) {
            if (m->value("code", "") == "rate_limited") ++rate_errors;
        }
        CHECK(rate_errors >= 1);
        CHECK(eve.closed());
    }

    TEST_CASE("live server: sockets per address are capped") {
        net::LiveServerConfig config;
        config.max_sockets_per_address = 2;
        RunningServer s(config);
        WsClient a(s.port), b(s.port), c(s.port);
        CHECK(a.connected());
        CHECK(b.connected());
        CHECK_FALSE(c.connected());  // 503 on the upgrade
    }

    TEST_CASE("live server: wrong PINs from one address are limited") {
        RunningServer s;
        WsClient eve(s.port);
        REQUIRE(eve.connected());
        eve.read();
        for (int i = 0; i < 5; ++i) {
            eve.send(join_message(1, "Eve", "000000"));
            CHECK(eve.read()->at("code") == "bad_pin");
        }
        eve.send(join_message(1, "Eve", "123456"));
        CHECK(eve.read()->at("code") == "pin_tries");
    }

}  // TEST_SUITE
