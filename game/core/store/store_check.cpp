// The deferred quick_check after an unclean shutdown (StoreOptions::defer_check): the app
// opens at once, draws, and the whole file is read on the worker's thread. Until the verdict,
// reads work and writes wait in memory; damage found then is salvaged as at open.
#include "core/store/store.h"

namespace statecraft {

void Store::defer_check() {
    check_ = DeferredCheck::due;
    problem_ = "Checking " + path_.string() +
               " after Statecraft was not closed normally; answers are saved as soon as the "
               "check is done.";
}

void Store::start_deferred_check() {
    if (check_ != DeferredCheck::due) return;
    if (!worker_) worker_ = std::make_unique<StoreWorker>(path_, options_.vfs);
    worker_->start_quick_check();
    check_ = DeferredCheck::running;
}

bool Store::poll_deferred_check() {
    if (check_ != DeferredCheck::running) return check_ != DeferredCheck::none;
    std::optional<std::string> verdict = worker_->quick_check_result();
    if (!verdict) return true;
    on_check_verdict(*verdict);
    return false;
}

void Store::finish_deferred_check() {
    start_deferred_check();
    if (check_ != DeferredCheck::running) return;
    on_check_verdict(worker_->wait_quick_check());
}

void Store::on_check_verdict(const std::string& verdict) {
    check_ = DeferredCheck::none;
    problem_.clear();
    if (verdict != "ok") {
        // As a write that met damage: the next connection checks the whole file at once, copies
        // it aside byte for byte and carries what can be read into a fresh database.
        notices_.push_back("The check of " + path_.string() +
                           " after Statecraft was not closed normally found damage (" + verdict +
                           ").");
        worker_->wait_idle();
        disconnect();
        suspect_damage_ = true;
        std::string error;
        if (!connect(error)) problem_ = error;
    }
    backing_off_ = false;
    if (!pending_.empty()) write_pending(true);
}

}  // namespace statecraft
