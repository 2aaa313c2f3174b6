// The totals' fold outside the writes' transactions (issue 22, store_fold.cpp): a batch commits
// its rows alone; the app's writer folds later, in a transaction of its own. A process killed
// between the two, or a fold that fails half-way, loses no answer and counts none twice: the
// figures read from the totals plus the tail (Progress, session figures, item totals) equal
// those recomputed from every attempt before and after the fold that follows.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "core/store/totals_fold.h"
#include "support/classroom_fixture.h"
#include "support/item_compare.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const char* const kStudents[] = {"Ana", "Ben", "Cy", "Dee"};
const char* const kQuestions[] = {"q-capital", "q-members", "q-treaty", "q-year"};

Bank fold_bank() {
    return classroom_bank_with({"q-capital", "q-members", "q-treaty", "q-year"});
}

std::int64_t tail_of(const std::filesystem::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return tail_length(raw);
}

// A class's answers, kFoldTailAt of them: enough to make a fold due.
std::vector<BatchAttempt> class_batch(Store& store, const std::string& bank_id) {
    std::vector<SessionKey> keys;
    for (const char* name : kStudents)
        keys.push_back(store.begin_session(test_start(name, bank_id)).key);
    std::vector<BatchAttempt> batch;
    for (std::int64_t i = 0; i < kFoldTailAt; ++i) {
        AttemptRecord a = test_attempt(kQuestions[(i / 4) % 4], (i % 3) / 2.0, test_now() + i);
        if (i % 5 == 0) a.answer_json = R"({"choice":"b"})";
        batch.push_back({keys[i % 4], a});
    }
    return batch;
}

void expect_all_agree(Store& store, const std::filesystem::path& db, const Bank& bank) {
    for (const char* name : kStudents) expect_progress_agree(store, name);
    expect_item_cells_agree(store, db, bank);
}

StoreOptions idle_folding() {
    StoreOptions options = test_options();
    options.fold_when_idle = true;
    return options;
}

}  // namespace

TEST_CASE("fold: a batch commits without its fold; the fold follows in its own transaction") {
    ScratchDir dir;
    const Bank bank = fold_bank();
    SUBCASE("tools and tests: right after the batch") {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.store->record_batch(class_batch(*opened.store, bank.id)).saved);
        CHECK(tail_of(dir.db()) == 0);
        CHECK_FALSE(opened.store->fold_due());
        expect_all_agree(*opened.store, dir.db(), bank);
    }
    SUBCASE("the app's writer: when it is idle") {
        OpenResult opened = Store::open(dir.db(), idle_folding());
        Store& store = *opened.store;
        REQUIRE(store.record_batch(class_batch(store, bank.id)).saved);
        CHECK(tail_of(dir.db()) == kFoldTailAt);  // the batch's caller did not wait for a fold
        CHECK(store.fold_due());
        expect_all_agree(store, dir.db(), bank);
        CHECK(store.fold_if_due());
        CHECK(tail_of(dir.db()) == 0);
        CHECK_FALSE(store.fold_if_due());  // nothing left: nothing folded twice
        expect_all_agree(store, dir.db(), bank);
    }
    SUBCASE("a writer never idle still folds once the tail reaches kFoldTailMax") {
        OpenResult opened = Store::open(dir.db(), idle_folding());
        Store& store = *opened.store;
        for (std::int64_t n = kFoldTailAt; n < kFoldTailMax; n += kFoldTailAt) {
            REQUIRE(store.record_batch(class_batch(store, bank.id)).saved);
            CHECK(tail_of(dir.db()) == n);
        }
        REQUIRE(store.record_batch(class_batch(store, bank.id)).saved);
        CHECK(tail_of(dir.db()) == 0);
        expect_all_agree(store, dir.db(), bank);
    }
}

TEST_CASE("fold: killed between a batch and its fold, the next fold loses and doubles nothing") {
    ScratchDir dir;
    const Bank bank = fold_bank();
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        OpenResult opened = Store::open(dir.db(), idle_folding());
        const bool saved = opened.store->record_batch(class_batch(*opened.store, bank.id)).saved;
        const char said = saved ? 'y' : 'n';
        if (::write(fds[1], &said, 1) != 1) _exit(2);
        for (;;) pause();  // the fold is due: killed before the writer is idle
    }
    ::close(fds[1]);
    char said = 0;
    REQUIRE(::read(fds[0], &said, 1) == 1);
    ::close(fds[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    REQUIRE(said == 'y');

    CHECK(tail_of(dir.db()) == kFoldTailAt);  // every answer, none folded
    OpenResult opened = Store::open(dir.db(), idle_folding());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    CHECK(counts_of(store).attempts == kFoldTailAt);
    expect_all_agree(store, dir.db(), bank);
    REQUIRE(store.fold_due());  // the tail left by the killed run counts towards the next fold
    CHECK(store.fold_if_due());
    CHECK(tail_of(dir.db()) == 0);
    expect_all_agree(store, dir.db(), bank);
}

TEST_CASE("fold: a fold that fails half-way leaves the tail whole, and the retry counts it once") {
    ScratchDir dir;
    const Bank bank = fold_bank();
    OpenResult opened = Store::open(dir.db(), idle_folding());
    Store& store = *opened.store;
    REQUIRE(store.record_batch(class_batch(store, bank.id)).saved);
    for (long nth : {3L, 12L, 40L}) {  // a statement of the fold fails: each part of it in turn
        CAPTURE(nth);
        store.set_write_fault(nth);
        CHECK_FALSE(store.fold_if_due());
        store.set_write_fault(0);
        CHECK(tail_of(dir.db()) == kFoldTailAt);
        expect_all_agree(store, dir.db(), bank);
    }
    CHECK(store.fold_if_due());
    CHECK(tail_of(dir.db()) == 0);
    expect_all_agree(store, dir.db(), bank);
}
