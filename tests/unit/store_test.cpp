// The store's schema, profiles, and what goes in coming back out.
#include <doctest/doctest.h>

#include "core/bank/bank_loader.h"
#include "core/store/data_dir.h"
#include "core/store/migrations.h"
#include "core/store/question_hash.h"
#include "core/store/store.h"
#include "support/bank_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {
int table_count(sql::Database& db, const std::string& name) {
    sql::Statement st(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?1");
    st.bind(1, name);
    return st.step() ? static_cast<int>(st.column_int(0)) : -1;
}
}  // namespace

TEST_CASE("store: a new database has the latest schema and the promised connection settings") {
    ScratchDir dir;
    fs::path db_file = dir.path() / "deeper" / "statecraft.db";  // the folder is created too
    OpenResult opened = Store::open(db_file, test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    CHECK(opened.notices.empty());
    CHECK(fs::exists(db_file));
    ConnectionInfo info;
    std::string error;
    REQUIRE(opened.store->connection_info(info, error));
    CHECK(info.journal_mode == "wal");
    CHECK(info.synchronous == 1);  // NORMAL, with a sync at each session's end (README)
    CHECK(info.busy_timeout_ms == 5000);
    CHECK(info.foreign_keys);
    CHECK(info.user_version == latest_schema_version());

    sql::Database raw = sql::Database::open(db_file.string(), false);
    CHECK(raw.query_int("PRAGMA application_id") == kApplicationId);
    for (const char* table :
         {"profiles", "sessions", "attempts", "daily_totals", "question_totals"})
        CHECK_MESSAGE(table_count(raw, table) == 1, table);
}

TEST_CASE("store: migrations run in order, each in one transaction, and only once") {
    ScratchDir dir;
    sql::Database db = sql::Database::open(dir.db().string(), true);
    const Migration broken[] = {
        {1, "one", "CREATE TABLE a (x)"},
        {2, "two fails half-way",
         "CREATE TABLE b (x); INSERT INTO a VALUES (1); CREATE TABLE a (y)"},
    };
    CHECK_THROWS_AS(migrate(db, broken), sql::SqliteError);
    CHECK(db.query_int("PRAGMA user_version") == 1);  // the first one stays whole
    CHECK(table_count(db, "a") == 1);
    CHECK(table_count(db, "b") == 0);  // the second left nothing behind
    CHECK(db.query_int("SELECT count(*) FROM a") == 0);

    const Migration fixed[] = {
        {1, "one", "CREATE TABLE a (x)"},
        {2, "two", "CREATE TABLE b (x); INSERT INTO a VALUES (1)"},
    };
    MigrateResult result = migrate(db, fixed);
    CHECK(result.from == 1);
    CHECK(result.to == 2);
    CHECK(db.query_int("SELECT count(*) FROM a") == 1);
    result = migrate(db, fixed);  // nothing left to do
    CHECK(result.from == 2);
    CHECK(db.query_int("SELECT count(*) FROM a") == 1);

    const Migration older[] = {{1, "one", "CREATE TABLE a (x)"}};
    CHECK(migrate(db, older).too_new);
}

TEST_CASE("store: a database from a newer Statecraft is left untouched") {
    ScratchDir dir;
    { Store::open(dir.db(), test_options()); }
    {
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        raw.exec("PRAGMA user_version = 99");
    }
    std::string before = read_bytes(dir.db());
    OpenResult opened = Store::open(dir.db(), test_options());
    CHECK_FALSE(opened.ok());
    CHECK(opened.error.find("newer version") != std::string::npos);
    WriteResult w = opened.store->use_profile("Ana");
    CHECK_FALSE(w.saved);  // kept in memory, never written into a file we do not understand
    CHECK(w.pending == 1);
    opened.store.reset();
    CHECK(read_bytes(dir.db()) == before);
    int files = 0;
    for (auto& entry : fs::directory_iterator(dir.path()))
        files += entry.path().string().find(".corrupt-") != std::string::npos;
    CHECK(files == 0);
}

TEST_CASE("store: profiles are created, listed, refused when taken, and the last one remembered") {
    ScratchDir dir;
    std::int64_t now = test_now();
    OpenResult opened = Store::open(dir.db(), test_options(&now));
    Store& store = *opened.store;
    CHECK_FALSE(store.last_profile());
    CHECK(store.create_profile("  Ana ").saved);
    now += 1000;
    CHECK(store.create_profile("Ben").saved);
    WriteResult taken = store.create_profile("ana");
    CHECK(taken.rejected);
    CHECK(taken.message.find("already exists") != std::string::npos);
    CHECK(store.create_profile("   ").rejected);
    CHECK(store.create_profile(std::string(65, 'x')).rejected);
    CHECK(store.create_profile("tab\there").rejected);

    std::vector<ProfileInfo> profiles;
    std::string error;
    REQUIRE(store.list_profiles(profiles, error));
    REQUIRE(profiles.size() == 2);
    CHECK(profiles[0].name == "Ana");  // trimmed
    CHECK(profiles[1].name == "Ben");
    CHECK(store.last_profile() == "Ben");
    now += 1000;
    CHECK(store.use_profile("ANA").saved);  // same profile, any case
    CHECK(store.last_profile() == "Ana");
    REQUIRE(store.find_profile("ana"));
    CHECK(store.find_profile("ana")->last_used_ms == now);
    CHECK(counts_of(store).profiles == 2);

    // Remembered across runs.
    opened.store.reset();
    OpenResult again = Store::open(dir.db(), test_options(&now));
    CHECK(again.store->last_profile() == "Ana");
}

TEST_CASE("store: a session and its attempts are written and read back exactly") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start("Ana", "iran", test_now(), "exam"));
    REQUIRE(begun.saved);
    AttemptRecord a = test_attempt("q1", 1.0, test_now() + 5000);
    a.answer_json = R"({"text":"Zarif, \"the\" minister\nline two"})";
    AttemptRecord b = test_attempt("q2", 0.5, test_now() + 9000, "motives");
    b.confidence.reset();
    CHECK(store.record_attempt(begun.key, a).saved);
    CHECK(store.record_attempt(begun.key, b).saved);
    CHECK(store.end_session(begun.key, {test_now() + 10000, 1.5, 2.0}).saved);

    std::vector<AttemptExportRow> rows;
    std::string error;
    REQUIRE(store.for_each_attempt(
        "ana", [&](const AttemptExportRow& r) { rows.push_back(r); }, error));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].profile == "Ana");
    CHECK(rows[0].mode == "exam");
    CHECK(rows[0].bank_id == "iran");
    CHECK(rows[0].question_id == "q1");
    CHECK(rows[0].question_hash == "hash-q1");
    CHECK(rows[0].answer_json == a.answer_json);
    CHECK(rows[0].correct);
    CHECK(rows[0].score == 1.0);
    CHECK(rows[0].time_ms == 4200);
    CHECK(rows[0].confidence == 2);
    CHECK(rows[0].answered_ms == test_now() + 5000);
    CHECK(rows[1].category == "motives");
    CHECK_FALSE(rows[1].confidence);
    CHECK_FALSE(rows[1].correct);

    ProgressRows progress;
    REQUIRE(store.progress_rows("Ana", {}, progress, error));
    REQUIRE(progress.recent_sessions.size() == 1);
    const SessionRow& s = progress.recent_sessions[0];
    CHECK(s.mode == "exam");
    CHECK(s.ended_ms == test_now() + 10000);
    CHECK(s.score == 1.5);
    CHECK(s.max_score == 2.0);
    CHECK(s.attempts == 2);
    CHECK(s.correct == 1);
    REQUIRE(progress.best_by_bank.size() == 1);
    CHECK(progress.best_by_bank[0].best_ratio == doctest::Approx(0.75));

    CHECK_FALSE(store.for_each_attempt(
        "Nobody", [](const AttemptExportRow&) {}, error));
    CHECK(error.find("No profile named \"Nobody\"") != std::string::npos);
}

TEST_CASE("store: bad input is refused with a reason and never queued") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    CHECK(store.begin_session(test_start("", "bank")).rejected);
    CHECK(store.begin_session(test_start("Ana", "")).rejected);
    BeginResult begun = store.begin_session(test_start());
    auto refused = [&](void (*change)(AttemptRecord&)) {
        AttemptRecord a = test_attempt("q1", 1.0);
        change(a);
        return store.record_attempt(begun.key, a).rejected;
    };
    CHECK(refused([](AttemptRecord& a) { a.score = 1.5; }));
    CHECK(refused([](AttemptRecord& a) { a.score = -0.1; }));
    CHECK(refused([](AttemptRecord& a) { a.confidence = static_cast<Confidence>(4); }));
    CHECK(refused([](AttemptRecord& a) { a.answer_json = "{not json"; }));
    CHECK(refused([](AttemptRecord& a) { a.question_id.clear(); }));
    CHECK(refused([](AttemptRecord& a) { a.category.clear(); }));
    CHECK(refused([](AttemptRecord& a) { a.time_ms = -1; }));
    CHECK(store.record_attempt(SessionKey{999}, test_attempt("q1", 1)).rejected);
    CHECK(store.end_session(begun.key, {test_now(), -1.0, 2.0}).rejected);
    CHECK(store.pending_count() == 0);
    CHECK(counts_of(store).attempts == 0);
}

TEST_CASE("store: the question hash changes with the content, not with the file's layout") {
    LoadedBank one = load_json(valid_bank_json());
    REQUIRE(one.ok());
    LoadedBank same = load_bank_text(valid_bank_json().dump(8), "spaced.json");  // other layout
    REQUIRE(same.ok());
    const Question& q = one.bank.questions[0];
    CHECK(question_hash(q) == question_hash(same.bank.questions[0]));
    CHECK(question_hash(q).size() == 16);
    Question edited = q;
    edited.prompt += " (revised)";
    CHECK(question_hash(edited) != question_hash(q));
    Question reordered = q;
    std::swap(reordered.choices[0], reordered.choices[1]);
    CHECK(question_hash(reordered) != question_hash(q));
    CHECK(question_hash(one.bank.questions[1]) != question_hash(q));

    AttemptRecord a = AttemptRecord::for_question(q);
    CHECK(a.question_id == q.id);
    CHECK(a.category == q.category);
    CHECK(a.question_hash == question_hash(q));
}

TEST_CASE("store: data_dir follows --data-dir, then XDG_DATA_HOME, then ~/.local/share") {
    const char* saved_xdg = std::getenv("XDG_DATA_HOME");
    std::string xdg_value = saved_xdg ? saved_xdg : "";
    CHECK(data_dir(fs::path("/x/y")) == fs::path("/x/y"));
    setenv("XDG_DATA_HOME", "/data/home", 1);
    CHECK(data_dir() == fs::path("/data/home/statecraft"));
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    CHECK(data_dir().string().find("/.local/share/statecraft") != std::string::npos);
    unsetenv("XDG_DATA_HOME");
    CHECK(data_dir().string().find("/.local/share/statecraft") != std::string::npos);
    CHECK(database_path("/d") == fs::path("/d/statecraft.db"));
    if (saved_xdg) setenv("XDG_DATA_HOME", xdg_value.c_str(), 1);
}
