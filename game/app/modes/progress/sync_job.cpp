#include "app/modes/progress/sync_job.h"

#include <cstdlib>

#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "sync/pg_connection.h"
#include "sync/sync.h"

namespace statecraft {

namespace {

constexpr const char* kNothingLost =
    " Nothing was lost: your answers stay on this computer, and the next sync sends everything "
    "not yet on the server.";

std::string result_message(const SyncReport& r, const std::string& profile) {
    std::string m = "Synced with " + r.server + ": ";
    if (profile == kClassroomProfile)
        return m + std::to_string(r.classroom_games) + " classroom games (" +
               std::to_string(r.classroom_rows) + " answers) sent.";
    return m + std::to_string(r.sessions) + " sessions, " + std::to_string(r.attempts_sent) +
           " answers (" + std::to_string(r.attempts_new) + " new on the server) and " +
           std::to_string(r.cards) + " review cards sent.";
}

}  // namespace

std::string sync_conninfo_with_timeout(const std::string& conninfo) {
    if (conninfo.find("connect_timeout") != std::string::npos || std::getenv("PGCONNECT_TIMEOUT"))
        return conninfo;
    if (conninfo.find("://") != std::string::npos)  // a URI takes its options after ?
        return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") +
               "connect_timeout=10";
    return conninfo + (conninfo.empty() ? "" : " ") + "connect_timeout=10";
}

SyncJob::~SyncJob() {
    stop_ = true;
    wait();
}

bool SyncJob::start(SyncJobRequest request) {
    if (running_) return false;
    wait();  // the previous, finished thread
    stop_ = false;
    running_ = true;
    set(SyncStatus{SyncStatus::Phase::running, 0, ""});
    thread_ = std::thread([this, request = std::move(request)]() mutable { run(request); });
    return true;
}

void SyncJob::wait() {
    if (thread_.joinable()) thread_.join();
}

bool SyncJob::pending() const {
    std::lock_guard lock(mutex_);
    return running_ || seen_ != version_;
}

bool SyncJob::poll(SyncStatus& out) {
    std::lock_guard lock(mutex_);
    if (seen_ == version_) return false;
    seen_ = version_;
    out = status_;
    return true;
}

void SyncJob::set(const SyncStatus& status) {
    std::lock_guard lock(mutex_);
    status_ = status;
    ++version_;
}

void SyncJob::run(SyncJobRequest request) {
    SyncStatus done{SyncStatus::Phase::failed, 0, ""};
    StoreOptions options;
    options.create = false;  // the app's own file: never a new one
    OpenResult opened = Store::open(request.database, options);
    if (!opened.ok()) {
        done.message = "Cannot sync: " + opened.error;
    } else {
        SyncRequest sync{sync_conninfo_with_timeout(request.conninfo), request.profile, "",
                         request.batch_rows, [this](std::int64_t sent) {
                             set(SyncStatus{SyncStatus::Phase::running, sent, ""});
                             if (stop_) throw pg::PgError("The sync was stopped.");
                         }};
        SyncReport r = sync_to_server(*opened.store, sync);
        done.answers_sent = r.attempts_sent;
        if (r.ok) {
            done.phase = SyncStatus::Phase::done;
            done.message = result_message(r, request.profile);
        } else {
            done.message = "Sync failed: " + r.message + "." + kNothingLost;
        }
    }
    set(done);
    running_ = false;
}

}  // namespace statecraft
