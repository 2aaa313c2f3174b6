// FSRS card state in the store: what goes in comes back out, per profile and bank.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "core/store/migrations.h"
#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

CardState sample_card() {
    CardState c;
    c.stability = 3.173;
    c.difficulty = 5.28;
    c.first_review_ms = test_now() - 3 * kDayMs;
    c.last_review_ms = test_now() - kDayMs;
    c.due_ms = test_now() + 2 * kDayMs;
    c.reps = 4;
    c.lapses = 1;
    c.step = 0;
    c.state = CardPhase::review;
    return c;
}

}  // namespace

TEST_CASE("fsrs store: a saved card reads back with every field, and a second save replaces it") {
    ScratchDir dir;
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.ok());
        WriteResult w = opened.store->save_card("Ana", "bank-a", "q1", sample_card());
        CHECK_MESSAGE(w.saved, w.message);
        CardState learning;
        learning.state = CardPhase::learning;
        learning.step = 1;
        learning.stability = 2.3;
        learning.difficulty = 2.1;
        learning.reps = 1;
        learning.first_review_ms = learning.last_review_ms = test_now();
        learning.due_ms = test_now() + 600'000;
        CHECK(opened.store->save_card("Ana", "bank-a", "q2", learning).saved);
        CardState replaced = learning;
        replaced.step = 0;
        replaced.state = CardPhase::relearning;
        CHECK(opened.store->save_card("Ana", "bank-a", "q2", replaced).saved);
    }
    OpenResult reopened = Store::open(dir.db(), test_options());  // from the file, not memory
    REQUIRE(reopened.ok());
    CardStates cards;
    std::string error;
    REQUIRE(reopened.store->load_cards("Ana", "bank-a", cards, error));
    REQUIRE(cards.size() == 2);
    const CardState& a = cards.at("q1");
    const CardState want = sample_card();
    CHECK(a.stability == doctest::Approx(want.stability).epsilon(1e-12));
    CHECK(a.difficulty == doctest::Approx(want.difficulty).epsilon(1e-12));
    CHECK(a.first_review_ms == want.first_review_ms);
    CHECK(a.last_review_ms == want.last_review_ms);
    CHECK(a.due_ms == want.due_ms);
    CHECK(a.reps == 4);
    CHECK(a.lapses == 1);
    CHECK(a.state == CardPhase::review);
    CHECK(cards.at("q2").state == CardPhase::relearning);
    CHECK(cards.at("q2").step == 0);
}

TEST_CASE("fsrs store: cards are kept per profile and per bank") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    CHECK(store.save_card("Ana", "bank-a", "q1", sample_card()).saved);
    CardState other = sample_card();
    other.reps = 9;
    CHECK(store.save_card("Ben", "bank-a", "q1", other).saved);
    CHECK(store.save_card("Ana", "bank-b", "q1", other).saved);
    CardStates cards;
    std::string error;
    REQUIRE(store.load_cards("ana", "bank-a", cards, error));  // names ignore case
    REQUIRE(cards.size() == 1);
    CHECK(cards.at("q1").reps == 4);
    REQUIRE(store.load_cards("Ben", "bank-a", cards, error));
    CHECK(cards.at("q1").reps == 9);
    REQUIRE(store.load_cards("Cleo", "bank-a", cards, error));  // unknown profile: all new
    CHECK(cards.empty());
    CHECK(store.save_card("", "bank-a", "q1", other).rejected);
}

TEST_CASE("fsrs store: the cards migration comes after version 1 and a version-1 file upgrades") {
    CHECK(latest_schema_version() >= 2);
    CHECK(std::string(schema_migrations()[1].summary).rfind("cards", 0) == 0);
    ScratchDir dir;
    {
        sql::Database db = sql::Database::open(dir.db().string(), true);
        migrate(db, schema_migrations().first(1));
        CHECK(db.query_int("PRAGMA user_version") == 1);
    }
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    CHECK(opened.store->save_card("Ana", "bank-a", "q1", sample_card()).saved);
}

TEST_CASE(
    "fsrs store: on a full disk a card waits in memory, reads see it, and it is written later") {
    install_fault_vfs();
    ScratchDir dir;
    StoreOptions options = test_options();
    options.vfs = kFaultVfsName;
    OpenResult opened = Store::open(dir.db(), options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    CardState first = sample_card();
    REQUIRE(store.save_card("Ana", "bank-a", "q1", first).saved);

    set_vfs_write_fault(SQLITE_FULL);
    CardState newer = first;
    newer.reps = 5;
    newer.due_ms += kDayMs;
    WriteResult w = store.save_card("Ana", "bank-a", "q1", newer);
    CHECK_FALSE(w.saved);
    CHECK(w.pending == 1);
    CHECK(w.message.find("the disk is full") != std::string::npos);
    CardStates cards;
    std::string error;
    REQUIRE(store.load_cards("Ana", "bank-a", cards, error));
    CHECK(cards.at("q1").reps == 5);  // the waiting card, not the file's
    CHECK(cards.at("q1").due_ms == newer.due_ms);

    set_vfs_write_fault(0);  // space freed
    CHECK(store.flush().saved);
    OpenResult reopened = Store::open(dir.db(), test_options());  // from the file
    REQUIRE(reopened.ok());
    REQUIRE(reopened.store->load_cards("Ana", "bank-a", cards, error));
    CHECK(cards.at("q1").reps == 5);
}
