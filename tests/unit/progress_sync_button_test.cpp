// The Progress screen's Sync button runs `statecraft sync` on its own thread: the frame goes on
// at once, and a server that is down gives a clear message and loses nothing. (The sync itself,
// against a real server, is tests/pg/sync_button_test.sh.)
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "app/modes/progress/sync_job.h"
#include "support/app_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// Sets a variable for the test's length and puts the old value back.
struct ScopedEnv {
    std::string name, old;
    bool had;
    ScopedEnv(const char* n, const char* value) : name(n), had(std::getenv(n) != nullptr) {
        if (had) old = std::getenv(n);
        setenv(n, value, 1);
    }
    ~ScopedEnv() { had ? setenv(name.c_str(), old.c_str(), 1) : unsetenv(name.c_str()); }
};

// A server that never answers: it listens, so the connection is made, but it never reads or
// replies. A sync to it cannot end until the socket closes.
struct SilentServer {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    std::string port;
    SilentServer() {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
        REQUIRE(listen(fd, 4) == 0);
        socklen_t n = sizeof a;
        REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n) == 0);
        port = std::to_string(ntohs(a.sin_port));
    }
    void close_now() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    ~SilentServer() { close_now(); }
};

void record_answers(Store& store, int n) {
    BeginResult begun = store.begin_session(test_start("Ana"));
    for (int i = 0; i < n; ++i)
        REQUIRE(store.record_attempt(begun.key, test_attempt("q" + std::to_string(i), 1)).saved);
    REQUIRE(store.flush().saved);
}

}  // namespace

TEST_CASE("progress: Sync runs in the background; a server that is down loses nothing") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    record_answers(*opened.store, 5);
    const StoreCounts before = counts_of(*opened.store);

    SilentServer server;
    ScopedEnv host("PGHOST", "127.0.0.1"), port("PGPORT", server.port.c_str());
    ControllerOptions options;
    options.store = opened.store.get();
    options.profile = "Ana";
    AppFixture app(options);
    app.apply(intent::Progress{progress_cmd::Open{}});
    app.apply(intent::Progress{progress_cmd::SyncNow{}});
    // The server has not answered, yet the intent has returned: the frame is never held.
    CHECK(app.state().scores.sync.phase == SyncStatus::Phase::running);
    app.apply(
        intent::Progress{progress_cmd::SyncNow{}});  // a second press while one runs starts nothing
    app.controller->tick();
    CHECK(app.state().scores.sync.phase == SyncStatus::Phase::running);
    CHECK(app.controller->redraw_after_seconds());  // the window keeps drawing the progress
    server.close_now();                             // the server goes away
    for (int i = 0; i < 2000 && app.state().scores.sync.phase == SyncStatus::Phase::running; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        app.controller->tick();
    }
    const SyncStatus& sync = app.state().scores.sync;
    REQUIRE(sync.phase == SyncStatus::Phase::failed);
    CHECK(sync.message.find("Cannot connect to the school server") != std::string::npos);
    CHECK(sync.message.find("Nothing was lost") != std::string::npos);
    CHECK_FALSE(app.controller->redraw_after_seconds());  // done: the window may rest again
    const StoreCounts after = counts_of(*opened.store);
    CHECK(after.attempts == before.attempts);
    CHECK(after.sessions == before.sessions);
}

TEST_CASE("progress: Sync without a profile says what to do") {
    AppFixture app;  // no store
    app.apply(intent::Progress{progress_cmd::SyncNow{}});
    CHECK(app.state().scores.sync.phase == SyncStatus::Phase::failed);
    CHECK(app.state().scores.sync.message.find("Cannot sync") != std::string::npos);
}

TEST_CASE("progress: the background sync gives up on an unreachable server within seconds") {
    CHECK(sync_conninfo_with_timeout("") == "connect_timeout=10");
    CHECK(sync_conninfo_with_timeout("host=h") == "host=h connect_timeout=10");
    CHECK(sync_conninfo_with_timeout("host=h connect_timeout=3") == "host=h connect_timeout=3");
    CHECK(sync_conninfo_with_timeout("postgresql://h/db") ==
          "postgresql://h/db?connect_timeout=10");
    CHECK(sync_conninfo_with_timeout("postgresql://h/db?sslmode=require") ==
          "postgresql://h/db?sslmode=require&connect_timeout=10");
}
