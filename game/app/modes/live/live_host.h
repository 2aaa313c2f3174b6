// The teacher's side of a live classroom game in the app: starts the server (game/net) for the
// game, forwards the projector's commands to it, copies its snapshot into the UI state each
// frame, and stores every scored question as it arrives (one transaction per question, posted
// to the app's store writer: live_round_saver.h). The UI thread never waits on the network or
// the store: commands are queued, the snapshot is a copy, writes are jobs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/modes/live/live_round_saver.h"
#include "core/classroom/classroom_setup.h"
#include "core/live/live_results.h"
#include "ui/app_state.h"

namespace statecraft {

class LiveJournalWriter;
namespace net {
class LiveServer;
struct LiveAcceptedAnswer;
}  // namespace net

struct LiveLaunch {
    std::vector<ClassroomRound> rounds;
    std::vector<std::string> teams;  // empty: no teams
    std::string title;
    LiveGameInfo info;
    std::filesystem::path journal_dir;  // answers before the lock go here; "" = no journal
    std::string bind_address;           // the set-up's pick; "" = the first classroom network
    bool cbm = false;                   // players give their confidence with each answer
    LiveRoundSaver::Post post_write;    // the store writer's post; empty: nothing is stored
};

class LiveHost {
  public:
    LiveHost();
    ~LiveHost();
    // Starts the game's server; an empty string, or why it could not start. Where it listens:
    // $STATECRAFT_LIVE_BIND (an address of this machine), else launch.bind_address, else the
    // first non-loopback IPv4 address, else 127.0.0.1; port $STATECRAFT_LIVE_PORT, else 8080,
    // else any free port. The join address goes to standard output too (a teacher can paste
    // it; the e2e test reads it).
    std::string start(LiveLaunch launch, AppState& state);
    bool open() const { return server_ != nullptr; }
    // Once per frame: commands out, snapshot in, locked questions posted to the store writer.
    // True when the view changed.
    bool frame(AppState& state, std::int64_t wall_now_ms);
    void stop(AppState& state);

  private:
    void store_news(AppState& state, std::int64_t wall_now_ms);
    void journal_answers(const std::vector<net::LiveAcceptedAnswer>& answers,
                         std::int64_t wall_now_ms);
    void close_journal();

    std::unique_ptr<net::LiveServer> server_;
    LiveGameInfo info_;
    std::uint64_t seen_version_ = 0;
    std::vector<Question> questions_;             // the game's, in order (journal rows)
    std::shared_ptr<LiveJournalWriter> journal_;  // null: no store, or it could not be made
    std::unique_ptr<LiveRoundSaver> saver_;       // while a game is open
};

// The projector screen for a phase of the game.
Screen live_screen_for(const LiveSnapshot& snapshot);

// The planned questions for a live game from the classroom set-up (all six types).
ClassroomPlan plan_live_rounds(const Bank& bank, ClassroomSetup setup);

}  // namespace statecraft
