// Salvage: a damaged database is copied aside exactly (with its -wal), and what can still be
// read is carried into a fresh database; the user is told the counts and where the copy is.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

CardState review_card(int i) {
    CardState c;
    c.stability = 2.0 + i;
    c.difficulty = 5.0;
    c.first_review_ms = test_now() - 3 * kDayMs;
    c.last_review_ms = test_now() - kDayMs;
    c.due_ms = test_now() + 2 * kDayMs;
    c.reps = 2;
    c.state = CardPhase::review;
    return c;
}

// Two profiles, 6 finished sessions of 10 answers, 49 cards; closed cleanly.
void make_history(const fs::path& db) {
    OpenResult opened = Store::open(db, test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    for (int s = 0; s < 6; ++s) {
        BeginResult begun = store.begin_session(test_start(s % 2 ? "Ben" : "Ana"));
        for (int i = 0; i < 10; ++i)
            REQUIRE(
                store.record_attempt(begun.key, test_attempt("q" + std::to_string(i), 0.5)).saved);
        REQUIRE(store.end_session(begun.key, {test_now() + 1, 5.0, 10.0}).saved);
    }
    for (int i = 0; i < 49; ++i)
        REQUIRE(store
                    .save_card(i % 2 ? "Ben" : "Ana", "test-bank", "q" + std::to_string(i),
                               review_card(i))
                    .saved);
}

// Five more answers that stay in the -wal (the program died before folding it in).
void leave_answers_in_wal(const fs::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    raw.keep_wal_on_close(true);
    raw.exec(
        "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, "
        "category, answer, score, correct, time_ms, confidence, answered_ms, day) "
        "SELECT session_id, profile_id, bank_id, question_id || '-late', question_hash, "
        "category, answer, score, correct, time_ms, confidence, answered_ms + 1, day "
        "FROM attempts ORDER BY id LIMIT 5");
}

// Overwrites the profiles table's page in the file itself with noise.
void destroy_profiles_page(const fs::path& db) {
    std::int64_t page = 0, page_size = 0;
    {
        sql::Database raw = sql::Database::open(db.string(), false);
        raw.keep_wal_on_close(true);
        page = raw.query_int("SELECT rootpage FROM sqlite_schema WHERE name = 'profiles'");
        page_size = raw.query_int("PRAGMA page_size");
    }
    REQUIRE(page > 1);
    std::string bytes = read_bytes(db);
    REQUIRE(static_cast<std::int64_t>(bytes.size()) >= page * page_size);
    for (std::int64_t i = 0; i < page_size; ++i)
        bytes[static_cast<std::size_t>((page - 1) * page_size + i)] = static_cast<char>(0xA5 ^ i);
    write_bytes(db, bytes);
}

fs::path only_aside(const fs::path& dir) {
    fs::path found;
    int n = 0;
    for (auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        if (name.find(".corrupt-") != std::string::npos && name.find("-wal") == std::string::npos &&
            name.find("-shm") == std::string::npos) {
            found = e.path();
            ++n;
        }
    }
    REQUIRE(n == 1);
    return found;
}

}  // namespace

TEST_CASE("store: a database with a destroyed page is kept byte for byte and salvaged") {
    ScratchDir dir;
    make_history(dir.db());
    leave_answers_in_wal(dir.db());
    destroy_profiles_page(dir.db());
    mark_unclean_shutdown(dir.db());  // the program died: the next start checks the whole file
    const fs::path wal = dir.db().string() + "-wal";
    REQUIRE(fs::exists(wal));
    const std::string original = read_bytes(dir.db());
    const std::string original_wal = read_bytes(wal);

    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    REQUIRE(opened.notices.size() == 1);
    const std::string& notice = opened.notices[0];
    INFO(notice);
    const fs::path aside = only_aside(dir.path());
    // The quarantine is exactly what was found: the file and its -wal, untouched by SQLite.
    CHECK(read_bytes(aside) == original);
    CHECK(read_bytes(aside.string() + "-wal") == original_wal);
    CHECK(notice.find(aside.string()) != std::string::npos);
    CHECK(notice.find("Recovered 65 answers, 6 sessions, 49 review cards") != std::string::npos);

    Store& store = *opened.store;
    StoreCounts c = counts_of(store);
    CHECK(c.attempts == 65);
    CHECK(c.sessions == 6);
    CHECK(c.profiles == 2);  // stand-ins for the two lost names
    CardStates cards;
    std::string error;
    std::vector<ProfileInfo> profiles;
    REQUIRE(store.list_profiles(profiles, error));
    REQUIRE(profiles.size() == 2);
    CHECK(profiles[0].name.rfind("Recovered profile ", 0) == 0);
    REQUIRE(store.load_cards(profiles[0].name, "test-bank", cards, error));
    std::size_t first = cards.size();
    REQUIRE(store.load_cards(profiles[1].name, "test-bank", cards, error));
    CHECK(first + cards.size() == 49);
    // The totals were rebuilt with the answers: Progress agrees with the attempts.
    ProgressRows kept, recomputed;
    REQUIRE(store.progress_rows(profiles[0].name, {-1, ProgressSource::totals}, kept, error));
    REQUIRE(
        store.progress_rows(profiles[0].name, {-1, ProgressSource::attempts}, recomputed, error));
    REQUIRE(kept.days.size() == recomputed.days.size());
    CHECK(kept.days[0].totals.attempts == recomputed.days[0].totals.attempts);
    // And the new database takes answers.
    BeginResult begun = store.begin_session(test_start("Ana"));
    CHECK(store.record_attempt(begun.key, test_attempt("q1", 1.0)).saved);
    opened.store.reset();
    CHECK(integrity_of(dir.db()) == "ok");
}

TEST_CASE("store: a database whose schema cannot be read is kept and a new one started") {
    ScratchDir dir;
    make_history(dir.db());
    std::string bytes = read_bytes(dir.db());
    for (std::size_t i = 100; i < 4096 && i < bytes.size(); ++i) bytes[i] = '\x5a';  // page 1
    write_bytes(dir.db(), bytes);
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    REQUIRE(opened.notices.size() == 1);
    CHECK(read_bytes(only_aside(dir.path())) == bytes);
    CHECK(counts_of(*opened.store).attempts == 0);
    BeginResult begun = opened.store->begin_session(test_start());
    CHECK(opened.store->record_attempt(begun.key, test_attempt("q1", 1.0)).saved);
}

TEST_CASE("store: the whole file is checked only after an unclean shutdown") {
    ScratchDir dir;
    make_history(dir.db());
    destroy_profiles_page(dir.db());  // damage quick_check finds, but opening does not read
    const std::string damaged = read_bytes(dir.db());
    {
        OpenResult clean = Store::open(dir.db(), test_options());  // quit normally last time
        REQUIRE_MESSAGE(clean.ok(), clean.error);
        CHECK(clean.notices.empty());
        bool marked = false;
        for (auto& e : fs::directory_iterator(dir.path()))
            marked = marked || e.path().filename().string().rfind("statecraft.db.open-", 0) == 0;
        CHECK(marked);  // while open
    }
    for (auto& e : fs::directory_iterator(dir.path()))  // a normal close removes the marker
        CHECK(e.path().filename().string().find(".open-") == std::string::npos);
    CHECK(read_bytes(dir.db()) == damaged);
    mark_unclean_shutdown(dir.db());
    OpenResult after_crash = Store::open(dir.db(), test_options());
    REQUIRE(after_crash.notices.size() == 1);
    CHECK(after_crash.notices[0].find("Recovered 60 answers, 6 sessions") != std::string::npos);
    CHECK(counts_of(*after_crash.store).attempts == 60);
}
