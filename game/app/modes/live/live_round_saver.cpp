#include "app/modes/live/live_round_saver.h"

#include <filesystem>
#include <utility>

#include "app/modes/live/live_journal.h"
#include "app/modes/live/live_journal_writer.h"

namespace statecraft {

LiveRoundSaver::LiveRoundSaver(Post post, std::shared_ptr<LiveJournalWriter> journal)
    : post_(std::move(post)) {
    shared_->journal = std::move(journal);
}

LiveRoundSaver::~LiveRoundSaver() {
    close();
}

void LiveRoundSaver::add(LiveRoundSave save, std::int64_t now_ms) {
    if (!post_) return;
    {
        std::lock_guard lock(shared_->mutex);
        shared_->waiting.push_back(std::move(save));
        if (shared_->posted) return;  // the job on its way takes this one too
        shared_->posted = true;
    }
    last_post_ms_ = now_ms;
    post_job();
}

void LiveRoundSaver::frame(std::int64_t now_ms) {
    if (!post_ || now_ms - last_post_ms_ < kRetryMs) return;
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->posted || shared_->waiting.empty()) return;
        shared_->posted = true;
    }
    last_post_ms_ = now_ms;
    post_job();
}

std::string LiveRoundSaver::take_message() {
    std::lock_guard lock(shared_->mutex);
    return std::exchange(shared_->message, {});
}

void LiveRoundSaver::close() {
    std::unique_lock lock(shared_->mutex);
    if (shared_->closed) return;
    shared_->closed = true;
    if (!shared_->posted) end_journal(lock, *shared_);  // else the job ends it
}

void LiveRoundSaver::post_job() {
    post_([shared = shared_](Store& store) { return save_waiting(*shared, store); });
}

// On the writer's thread: every waiting question in order, until the store refuses one for
// now (kept, first in line). The lock is not held while the store writes.
WriteResult LiveRoundSaver::save_waiting(Shared& shared, Store& store) {
    WriteResult result;
    result.saved = true;
    std::unique_lock lock(shared.mutex);
    while (!shared.waiting.empty()) {
        LiveRoundSave save = std::move(shared.waiting.front());
        shared.waiting.pop_front();
        lock.unlock();
        result = store.save_live_round(save, shared.session_id);
        lock.lock();
        if (result.saved) {
            if (shared.journal)
                shared.journal->append(live_journal_saved_line(
                    {save.questions_played - 1, shared.session_id, save.players, save.totals}));
            continue;
        }
        shared.message = result.message;
        if (result.rejected) continue;  // bad rows are never kept
        shared.waiting.push_front(std::move(save));
        break;
    }
    shared.posted = false;
    if (shared.closed) end_journal(lock, shared);
    return result;
}

// Writes what the journal has queued and closes it; the file goes only when every question is
// stored (else the next start recovers from it).
void LiveRoundSaver::end_journal(std::unique_lock<std::mutex>& lock, Shared& shared) {
    std::shared_ptr<LiveJournalWriter> journal = std::move(shared.journal);
    const bool all_stored = shared.waiting.empty();
    lock.unlock();
    if (!journal) return;
    const std::filesystem::path file = journal->file();
    journal.reset();  // the host let go of it first: this writes and closes the file
    std::error_code ec;
    if (all_stored) std::filesystem::remove(file, ec);
}

}  // namespace statecraft
