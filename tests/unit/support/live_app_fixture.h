// The app hosting a live game over a real score store (a scratch folder), for the tests that
// start the game from the classroom set-up and join it with real WebSocket players. The server
// listens on 127.0.0.1, any free port; writes go through the store writer's thread as in the
// app (background_writes), so what a test reads back went the app's own way.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "support/app_fixture.h"
#include "support/live_client.h"
#include "support/scratch_dir.h"

namespace statecraft::testing {

class LiveAppFixture {
  public:
    LiveAppFixture();   // sets STATECRAFT_LIVE_BIND and STATECRAFT_LIVE_PORT
    ~LiveAppFixture();  // unsets them
    LiveAppFixture(const LiveAppFixture&) = delete;
    LiveAppFixture& operator=(const LiveAppFixture&) = delete;

    const AppState& state() const { return app_.state(); }
    void apply(const Intent& i) { app_.apply(i); }
    void advance() { apply(intent::Live{live_cmd::Advance{}}); }
    // Ticks the app (10 ms apart, 3 s at most) until ok() holds; false if it never did.
    bool tick_until(const std::function<bool()>& ok);
    // The open game's port (from the join address the app shows).
    unsigned short port() const;
    // Connects a player with token_for(n) under this name and waits for the welcome.
    void join(WsClient& player, int n, const std::string& name);
    const std::filesystem::path& db() const { return db_; }
    // What the store keeps, read through a second connection (as export-results does).
    std::vector<ClassroomExportRow> stored() const;

  private:
    ScratchDir dir_;
    std::filesystem::path db_ = dir_.db();
    OpenResult store_;
    AppFixture app_;
};

// Some answer of the right shape for the question the player was sent (every device type).
nlohmann::json any_live_answer(const nlohmann::json& question);

}  // namespace statecraft::testing
