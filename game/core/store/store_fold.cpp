// When the totals are folded (totals_fold.h): never inside an answer's or a batch's
// transaction, so a write costs its rows only. The app's store writer folds in its idle time
// (fold_if_due); tools and tests, or a writer that is never idle, fold right after the write
// that brings the tail to its bound. Each fold is a transaction of its own that moves the mark
// with the sums: a crash before it leaves the tail to the next fold (reads add it meanwhile),
// and a fold is never counted twice.
#include "core/store/store.h"
#include "core/store/totals_fold.h"

namespace statecraft {

bool Store::fold_due() const {
    return db_.is_open() && !read_only_ && !options_.read_only && pending_.empty() &&
           check_ == DeferredCheck::none && unfolded_ >= kFoldTailAt;
}

bool Store::fold_if_due() {
    return fold_due() && fold_tail();
}

void Store::fold_after_write() {
    const std::int64_t bound = options_.fold_when_idle ? kFoldTailMax : kFoldTailAt;
    if (more_waiting_ || unfolded_ < bound || !fold_due()) return;
    fold_tail();
}

bool Store::fold_tail() {
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        fold_totals(db_, statements_);
        txn.commit();
    } catch (const sql::SqliteError&) {
        // A lock held elsewhere, a full disk: the answers are saved and the tail waits for the
        // next fold; the next write reports what is wrong with the file.
        return false;
    }
    unfolded_ = 0;
    return true;
}

}  // namespace statecraft
