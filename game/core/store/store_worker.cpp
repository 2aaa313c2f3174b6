#include "core/store/store_worker.h"

#include <sqlite3.h>

#include "core/store/sqlite_db.h"

namespace statecraft {

StoreWorker::StoreWorker(std::filesystem::path db_file, std::string vfs)
    : db_file_(std::move(db_file)), vfs_(std::move(vfs)), thread_([this] { run(); }) {}

StoreWorker::~StoreWorker() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void StoreWorker::request_checkpoint() {
    {
        std::lock_guard lock(mutex_);
        checkpoint_wanted_ = true;
    }
    wake_.notify_all();
}

void StoreWorker::start_quick_check() {
    {
        std::lock_guard lock(mutex_);
        check_wanted_ = true;
        check_result_.reset();
    }
    wake_.notify_all();
}

std::optional<std::string> StoreWorker::quick_check_result() {
    std::lock_guard lock(mutex_);
    return check_result_;
}

std::string StoreWorker::wait_quick_check() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return check_result_.has_value() || (!check_wanted_ && !busy_); });
    return check_result_.value_or("no check was started");
}

void StoreWorker::wait_idle() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return !checkpoint_wanted_ && !check_wanted_ && !busy_; });
}

int StoreWorker::checkpoints_done() const {
    std::lock_guard lock(mutex_);
    return checkpoints_done_;
}

void StoreWorker::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stop_ || checkpoint_wanted_ || check_wanted_; });
        if (check_wanted_) {
            check_wanted_ = false;
            busy_ = true;
            lock.unlock();
            std::string verdict = quick_check();
            lock.lock();
            busy_ = false;
            check_result_ = std::move(verdict);
        } else if (checkpoint_wanted_) {
            checkpoint_wanted_ = false;
            busy_ = true;
            lock.unlock();
            checkpoint();
            lock.lock();
            busy_ = false;
            ++checkpoints_done_;
        } else if (stop_) {
            break;
        }
        done_.notify_all();
    }
    done_.notify_all();
}

// A read-only connection: it cannot write the file, fold the log in on close, or create it.
std::string StoreWorker::quick_check() {
    try {
        sql::Database db = sql::Database::open_read_only(db_file_.string(), vfs_);
        sqlite3_busy_timeout(db.handle(), 5000);
        sql::Statement check(db, "PRAGMA quick_check");
        std::string first = check.step() ? check.column_text(0) : "no answer";
        for (char& c : first)
            if (c == '\n') c = ' ';
        return first;
    } catch (const sql::SqliteError& e) {
        return e.what();
    }
}

// Passive: it never waits for readers or the writer; what it cannot copy now goes next time.
// The connection is opened for each checkpoint so that no handle outlives the app's own.
void StoreWorker::checkpoint() {
    try {
        sql::Database db = sql::Database::open(db_file_.string(), /*create=*/false, vfs_);
        db.keep_wal_on_close(true);  // closing must not fold the log in on this thread's terms
        sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                  nullptr);
    } catch (const sql::SqliteError&) {
        // The app's connection reports trouble with the file; a missed checkpoint only
        // postpones the sync to the next session's end or to closing.
    }
}

}  // namespace statecraft
