#include "app/store_writer.h"

#include <utility>

namespace statecraft {

StoreWriter::StoreWriter(Store* store, bool background, std::size_t capacity)
    : store_(store), capacity_(capacity == 0 ? 1 : capacity) {
    if (!store_) return;
    {
        std::lock_guard lock(store_mutex_);
        publish(nullptr);  // a file opened read-only is said before the first write
    }
    if (background) thread_ = std::thread([this] { run(); });
}

StoreWriter::~StoreWriter() {
    stop();
}

void StoreWriter::publish(const WriteResult* result) {
    const std::size_t pending = store_->pending_count();
    std::vector<std::string> notices = store_->take_notices();
    const bool checking = store_->checking();
    std::string problem = store_->problem();
    std::lock_guard lock(queue_mutex_);
    status_.store_pending = pending;
    status_.checking = checking;
    for (std::string& n : notices) status_.notices.push_back(std::move(n));
    // The write's own message (how many wait, a refused write), else the store's: empty when
    // all is well, else why writes would wait (a file opened read-only).
    status_.problem =
        result && !result->saved && !result->message.empty() ? result->message : problem;
}

void StoreWriter::run_job(const Job& job) {
    std::lock_guard lock(store_mutex_);
    const WriteResult result = job(*store_);
    publish(&result);
}

bool StoreWriter::try_post(Job& job) {
    if (!store_) return true;
    {
        std::unique_lock lock(queue_mutex_);
        if (thread_.joinable() && !stop_) {
            if (jobs_.size() >= capacity_) return false;
            jobs_.push_back(std::move(job));
            wake_.notify_one();
            return true;
        }
    }
    run_job(job);  // inline mode, or after stop()
    return true;
}

void StoreWriter::settle() {
    std::unique_lock lock(queue_mutex_);
    settled_.wait(lock, [this] { return jobs_.empty() && !busy_; });
}

StoreLease StoreWriter::read() {
    if (!store_) return {};
    ++readers_waiting_;
    settle();  // only this (the UI) thread posts, so nothing new arrives before the lock
    StoreLease lease(store_, std::unique_lock(store_mutex_));
    --readers_waiting_;
    return lease;
}

WriterStatus StoreWriter::take_status() {
    std::lock_guard lock(queue_mutex_);
    WriterStatus out = status_;
    status_.notices.clear();
    out.queued = jobs_.size() + (busy_ ? 1 : 0);
    return out;
}

void StoreWriter::retry_waiting() {
    if (readers_waiting_ > 0) return;  // the next poll will do
    std::lock_guard lock(store_mutex_);
    if (store_->pending_count() == 0 && !store_->checking()) return;
    const WriteResult result = store_->retry_due();
    publish(&result);
}

void StoreWriter::fold_when_idle() {
    if (readers_waiting_ > 0) return;  // the UI first: the next poll will do
    std::lock_guard lock(store_mutex_);
    if (store_->fold_due()) store_->fold_if_due();
}

void StoreWriter::pump() {
    if (!store_ || thread_.joinable()) return;
    {
        std::lock_guard lock(store_mutex_);
        store_->start_deferred_check();  // returns at once; nothing to do when none is due
    }
    retry_waiting();
}

void StoreWriter::run() {
    {
        // After an unclean shutdown the whole file is checked on the store's own thread.
        std::lock_guard lock(store_mutex_);
        store_->start_deferred_check();
    }
    std::unique_lock lock(queue_mutex_);
    for (;;) {
        wake_.wait_for(lock, kIdlePoll, [this] { return stop_ || !jobs_.empty(); });
        if (!jobs_.empty()) {
            Job job = std::move(jobs_.front());
            jobs_.pop_front();
            busy_ = true;
            lock.unlock();
            run_job(job);
            lock.lock();
            busy_ = false;
            if (jobs_.empty()) settled_.notify_all();
            continue;
        }
        if (stop_) break;  // only once the queue is empty: nothing posted is left behind
        lock.unlock();
        retry_waiting();
        fold_when_idle();
        lock.lock();
    }
}

void StoreWriter::stop() {
    {
        std::lock_guard lock(queue_mutex_);
        stop_ = true;
        wake_.notify_one();
    }
    if (thread_.joinable()) thread_.join();
    settled_.notify_all();
}

}  // namespace statecraft
