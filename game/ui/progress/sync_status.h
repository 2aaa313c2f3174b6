// What the Progress screen shows of a sync with the school server (app/modes/progress/
// sync_job.* runs it on its own thread and copies its state here once a frame).
#pragma once

#include <cstdint>
#include <string>

namespace statecraft {

struct SyncStatus {
    enum class Phase { idle, running, done, failed };
    Phase phase = Phase::idle;
    std::int64_t answers_sent = 0;  // so far, while running; all of them when done
    std::string message;            // the result or the error, for the student
};

}  // namespace statecraft
