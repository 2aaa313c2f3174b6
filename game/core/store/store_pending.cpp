// Quitting with writes the disk refuses: they are kept in a file and written back by the next
// open (see pending_file.h).
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>

#include <set>

#include "core/store/pending_file.h"
#include "core/store/store.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

std::optional<SessionKey> key_of(const PendingOp& op) {
    if (auto* b = std::get_if<BeginSessionOp>(&op)) return b->key;
    if (auto* a = std::get_if<AttemptOp>(&op)) return a->key;
    if (auto* e = std::get_if<EndSessionOp>(&op)) return e->key;
    if (auto* o = std::get_if<OverrideOp>(&op)) return o->key;
    return std::nullopt;
}

void set_key(PendingOp& op, SessionKey key) {
    if (auto* b = std::get_if<BeginSessionOp>(&op)) b->key = key;
    if (auto* a = std::get_if<AttemptOp>(&op)) a->key = key;
    if (auto* e = std::get_if<EndSessionOp>(&op)) e->key = key;
    if (auto* o = std::get_if<OverrideOp>(&op)) o->key = key;
}

std::string writes(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " write" : " writes");
}

}  // namespace

std::string Store::close() {
    if (closed_) return {};
    closed_ = true;
    struct Unmark {
        Store& s;
        ~Unmark() { s.unmark_open(); }  // a normal quit: no check needed at the next start
    } unmark{*this};
    if (pending_.empty() || options_.read_only) return {};
    // Quitting may wait for another program's lock: the window is gone already.
    options_.busy_timeout_ms = std::max(options_.busy_timeout_ms, 5000);
    if (db_.is_open()) sqlite3_busy_timeout(db_.handle(), options_.busy_timeout_ms);
    flush();
    if (pending_.empty()) return {};
    std::string error;
    fs::path kept = save_pending_file(path_, snapshot_pending(), error);
    const std::string head = writes(pending_.size()) + " could not be saved to " + path_.string() +
                             " (" + problem_ + ")";
    if (kept.empty()) return head + " and could not be kept in a file either: " + error + ".";
    return head + ". They are kept in " + kept.string() +
           " and will be written the next time Statecraft opens this database.";
}

PendingSnapshot Store::snapshot_pending() const {
    PendingSnapshot snapshot;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const PendingOp& op = pending_.at(i);
        snapshot.ops.push_back(op);
        auto key = key_of(op);
        if (!key || !seen.insert(key->value).second) continue;
        const SessionIds& ids = sessions_.at(key->value);
        snapshot.sessions.push_back({key->value, ids.start, ids.db_id, ids.profile_id});
    }
    return snapshot;
}

void Store::restore_pending_files() {
    for (const fs::path& file : pending_file_candidates(path_)) {
        std::error_code ec;
        if (fs::exists(file, ec)) restore_pending_file(file);
    }
}

// Claims the file (a second window must not write the same answers twice), queues its writes
// under fresh session keys, writes them, and keeps in the file only what still waits.
void Store::restore_pending_file(const fs::path& file) {
    std::error_code ec;
    fs::path claimed = file.string() + ".loading-" + std::to_string(getpid());
    fs::rename(file, claimed, ec);
    if (ec) return;  // another window took it
    PendingSnapshot snapshot;
    std::string error;
    if (!load_pending_file(claimed, snapshot, error)) {
        fs::rename(claimed, file, ec);
        notices_.push_back("Answers kept from an earlier run could not be read back (" + error +
                           "). The file is kept as it is.");
        return;
    }
    std::unordered_map<std::int64_t, SessionKey> new_keys;
    for (const PendingSession& s : snapshot.sessions) {
        SessionKey key{next_key_++};
        new_keys[s.key] = key;
        SessionIds ids;
        ids.start = s.start;
        ids.db_id = s.db_id;
        ids.profile_id = s.profile_id;
        sessions_[key.value] = ids;  // generation -1: found again, or written anew
    }
    std::size_t restored = 0;
    for (PendingOp& op : snapshot.ops) {
        if (auto key = key_of(op)) {
            auto found = new_keys.find(key->value);
            if (found == new_keys.end()) continue;  // a write without its session: unusable
            set_key(op, found->second);
        }
        pending_.push(std::move(op));
        ++restored;
    }
    WriteResult result = write_pending(true);
    if (result.saved) {
        fs::remove(claimed, ec);
        notices_.push_back(writes(restored) + " kept from an earlier run (" + file.string() +
                           ") were saved.");
        return;
    }
    // Keep the file true to what still waits, so a crash now cannot write anything twice.
    std::string rewrite_error;
    if (!save_pending_file(path_, snapshot_pending(), rewrite_error).empty())
        fs::remove(claimed, ec);
    notices_.push_back(writes(restored) + " kept from an earlier run (" + file.string() +
                       ") wait to be saved: " + result.message);
}

}  // namespace statecraft
