// Local side of the school-server sync: migration 4 gives every session and attempt a UUID
// (old rows too), new rows get theirs when recorded, the sync reads and its cursor; and the
// masking of passwords on the command line.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "app/cli/secret_args.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const std::regex kUuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

std::vector<std::string> attempt_uuids(const std::filesystem::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    sql::Statement st(raw, "SELECT uuid FROM attempts ORDER BY id");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.is_null(0) ? "" : st.column_text(0));
    return out;
}

}  // namespace

TEST_CASE("store sync: migration 4 gives old attempts and sessions a UUID, new ones get theirs") {
    ScratchDir dir;
    {
        // A version 3 file with a session and two attempts, as an older Statecraft left it.
        sql::Database db = sql::Database::open(dir.db().string(), true);
        migrate(db, schema_migrations().first(3));
        db.exec(
            "INSERT INTO profiles VALUES (1, 'Ana', 0, 0);"
            "INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms) "
            "VALUES (1, 1, 'b', 'h', 'practice', 0);"
            "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, "
            "category, answer, score, correct, time_ms, answered_ms, day) VALUES "
            "(1, 1, 'b', 'q1', 'h', 'c', 'null', 1, 1, 10, 1, 0),"
            "(1, 1, 'b', 'q2', 'h', 'c', 'null', 0, 0, 10, 2, 0)");
    }
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start("Ana", "b"));
    REQUIRE(store.record_attempt(begun.key, test_attempt("q3", 1.0)).saved);

    std::vector<std::string> uuids = attempt_uuids(dir.db());
    REQUIRE(uuids.size() == 3);
    for (const std::string& u : uuids) CHECK_MESSAGE(std::regex_match(u, kUuid), u);
    CHECK(std::set<std::string>(uuids.begin(), uuids.end()).size() == 3);

    // What a sync reads: both sessions with their uuids, attempts after the cursor in order.
    std::vector<SyncSessionRow> sessions;
    std::string error;
    REQUIRE(store.sync_sessions(
        "Ana", 0, [&](const SyncSessionRow& s) { sessions.push_back(s); }, error));
    REQUIRE(sessions.size() == 2);
    CHECK(std::regex_match(sessions[0].uuid, kUuid));
    CHECK(sessions[1].ended_ms == std::nullopt);  // still open: sent again next time
    std::vector<SyncAttemptRow> attempts;
    REQUIRE(store.sync_attempts(
        "Ana", 1, 10, [&](const SyncAttemptRow& a) { attempts.push_back(a); }, error));
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[0].question_id == "q2");
    CHECK(attempts[0].session_uuid == sessions[0].uuid);
    CHECK(attempts[1].uuid == uuids[2]);
}

TEST_CASE("store sync: the cursor is kept per server and profile") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    REQUIRE(store.use_profile("Ana").saved);
    SyncCursor cursor;
    std::string error;
    REQUIRE(store.sync_cursor("server-1/ana", "Ana", cursor, error));
    CHECK(cursor.attempt_id == 0);
    REQUIRE(store.save_sync_cursor("server-1/ana", "Ana", {42, 7, 1000, 3}, error));
    REQUIRE(store.sync_cursor("server-1/ana", "Ana", cursor, error));
    CHECK(cursor.attempt_id == 42);
    CHECK(cursor.session_id == 7);
    CHECK(cursor.card_ms == 1000);
    CHECK(cursor.classroom_session == 3);
    REQUIRE(store.sync_cursor("server-2/ana", "Ana", cursor, error));
    CHECK(cursor.attempt_id == 0);  // another server starts from the beginning
    CHECK_FALSE(store.sync_cursor("server-1/ana", "Nobody", cursor, error));
    CHECK(error == "No profile named \"Nobody\".");
}

TEST_CASE("store sync: passwords in connection strings are masked in place") {
    CHECK(mask_passwords("host=h password=s3cret user=u") == "host=h password=xxxxxx user=u");
    CHECK(mask_passwords("password = 'it''s x' dbname=d") == "password = xxxxxxxxx dbname=d");
    CHECK(mask_passwords("postgresql://ana:pw@host/db") == "postgresql://ana:xx@host/db");
    CHECK(mask_passwords("postgres://h/db?PASSWORD=abc&x=1") ==
          "postgres://h/db?PASSWORD=xxxxxxx");  // masks to the end: safe
    CHECK(mask_passwords("--profile Ana") == "--profile Ana");
    char arg0[] = "statecraft", arg1[] = "--server", arg2[] = "host=h password=pw";
    char* argv[] = {arg0, arg1, arg2};
    HiddenArgs hidden(3, argv);
    CHECK(std::string(argv[2]) == "host=h password=xx");           // what ps shows
    CHECK(std::string(hidden.argv()[2]) == "host=h password=pw");  // what the program parses
}
