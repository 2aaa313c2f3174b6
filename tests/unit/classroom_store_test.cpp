// Classroom games in the store and in `export-results --classroom`, and the app's classroom
// flow (set-up, projector look, podium) through the controller.
#include <doctest/doctest.h>

#include "app/modes/classroom/classroom_controller.h"
#include "core/classroom/classroom_game.h"
#include "core/classroom/classroom_keys.h"
#include "core/classroom/classroom_results.h"
#include "core/stats/classroom_csv.h"
#include "core/store/classroom_store.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "support/app_fixture.h"
#include "support/classroom_fixture.h"
#include "support/field_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// Plays the whole game: at each question team t picks option t (mod the options), 2 s apart.
ClassroomGame played_game(int questions = 3, bool end_early_after = false) {
    ClassroomSetup setup;
    setup.teams = {"Red", "Green", "Blue"};
    setup.question_count = questions;
    setup.seed = 7;
    setup.shuffle_choices = false;  // the authored order, so the scores below hold
    ClassroomStart start = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(start.ok());
    ClassroomGame game = std::move(*start.game);
    std::int64_t now = 0;
    REQUIRE(game.advance(now).ok);
    while (game.phase() != ClassroomPhase::podium) {
        if (game.phase() == ClassroomPhase::answering) {
            const int n = static_cast<int>(game.current_round()->options.size());
            for (int t = 0; t < game.team_count(); ++t) {
                now += 2000;
                REQUIRE(game.press_option(t, t % n, now).ok);
            }
        }
        if (end_early_after && game.phase() == ClassroomPhase::revealed) {
            REQUIRE(game.finish().ok);
            break;
        }
        REQUIRE(game.advance(now).ok);
    }
    return game;
}

std::vector<ClassroomExportRow> saved_rows(Store& store) {
    std::vector<ClassroomExportRow> rows;
    std::string error;
    REQUIRE(store.for_each_classroom_row([&](const ClassroomExportRow& r) { rows.push_back(r); },
                                         error));
    return rows;
}

}  // namespace

TEST_CASE(
    "classroom store: a finished game is one classroom session with a row per team per question") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    REQUIRE(store.use_profile("Ana").saved);
    const ClassroomGame game = played_game(3);
    const ClassroomRecord record = classroom_record(game);
    WriteResult w = store.save_classroom(record, {"hash-1", test_now(), test_now() + 60'000});
    REQUIRE_MESSAGE(w.saved, w.message);

    const std::vector<ClassroomExportRow> rows = saved_rows(store);
    REQUIRE(rows.size() == 9);  // 3 teams x 3 questions
    const std::vector<int> totals = game.totals();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ClassroomExportRow& r = rows[i];
        expect_fields_agree(r, record.rows[i], [](const auto& row) {
            return std::tuple{row.round,       row.team,    row.question_id,
                              row.answer_text, row.correct, row.fraction,
                              row.time_ms,     row.points,  row.confidence};
        });
        CHECK(r.bank_id == record.bank_id);
        CHECK_FALSE(r.finished_early);
        const int team = r.team == "Red" ? 0 : r.team == "Green" ? 1 : 2;
        CHECK(r.team_total == totals[team]);
        CHECK(r.team_rank == record.ranks[team]);
    }
    // Red answered 2 s after the question opened, Green 4 s, Blue 6 s.
    CHECK(rows[0].time_ms == 2000);
    CHECK(rows[2].time_ms == 6000);
    // The session row: mode classroom, under the Classroom profile, which is not a student's:
    // neither listed nor "last".
    std::vector<ProfileInfo> profiles;
    std::string error;
    REQUIRE(store.list_profiles(profiles, error));
    CHECK(profiles.size() == 1);
    CHECK(store.last_profile() == std::optional<std::string>("Ana"));
    sql::Database db = sql::Database::open(dir.db().string(), false);
    CHECK(db.query_text("SELECT mode FROM sessions") == "classroom");
    CHECK(db.query_int("SELECT count(*) FROM sessions WHERE ended_ms IS NOT NULL") == 1);
    CHECK(db.query_int("SELECT count(*) FROM attempts") == 0);  // students' history untouched
}

TEST_CASE("classroom store: a game ended early is marked so, and keeps only the questions played") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    const ClassroomGame game = played_game(4, /*end_early_after=*/true);
    REQUIRE(game.finished_early());
    REQUIRE(
        opened.store->save_classroom(classroom_record(game), {"h", test_now(), test_now()}).saved);
    const std::vector<ClassroomExportRow> rows = saved_rows(*opened.store);
    REQUIRE(rows.size() == 3);  // one question played
    for (const ClassroomExportRow& r : rows) CHECK(r.finished_early);
}

TEST_CASE("classroom store: a record naming an unknown team is refused and writes nothing") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    ClassroomRecord record = classroom_record(played_game(2));
    record.rows.back().team = "Nobody";
    WriteResult w = opened.store->save_classroom(record, {"h", test_now(), test_now()});
    CHECK(w.rejected);
    CHECK_FALSE(w.saved);
    CHECK(w.message.find("not saved") != std::string::npos);
    CHECK(saved_rows(*opened.store).empty());
    CHECK(counts_of(*opened.store).sessions == 0);
}

TEST_CASE("classroom store: a version 1 database gains the classroom table, keeping its data") {
    ScratchDir dir;
    {
        sql::Database db = sql::Database::open(dir.db().string(), true);
        migrate(db, schema_migrations().first(1));
        CHECK(db.query_int("PRAGMA user_version") == 1);
    }
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.ok());
        REQUIRE(opened.store->use_profile("Ana").saved);
    }
    OpenResult opened = Store::open(dir.db(), test_options());
    ConnectionInfo info;
    std::string error;
    REQUIRE(opened.store->connection_info(info, error));
    CHECK(info.user_version == latest_schema_version());
    CHECK(schema_migrations()[2].summary == std::string("classroom"));  // version 3
    REQUIRE(opened.store->save_classroom(classroom_record(played_game(1)), {"h", 1, 2}).saved);
    CHECK(saved_rows(*opened.store).size() == 3);
    CHECK(opened.store->find_profile("Ana").has_value());
}

TEST_CASE("classroom store: the CSV has a header and one quoted record per row") {
    std::string csv;
    append_classroom_header(csv);
    ClassroomExportRow row;
    row.session_id = 4;
    row.started_ms = 0;
    row.bank_id = "foreign-policy";
    row.round = 2;
    row.team = "Red, \"the best\"";
    row.question_id = "q-capital";
    row.question_type = "single";
    row.answered = true;
    row.answer_ids = "a";
    row.answer_text = "Tehran";
    row.correct = true;
    row.fraction = 1;
    row.time_ms = 2500;
    row.points = 938;
    row.team_rank = 1;
    row.team_total = 1900;
    append_classroom_record(csv, row);
    CHECK(csv.rfind("session,started_at,bank,ended_early,round,team,question,", 0) == 0);
    INFO(csv);
    CHECK(csv.find("4,1970-01-01T00:00:00.000Z,foreign-policy,0,2,\"Red, \"\"the best\"\"\","
                   "q-capital,single,1,a,Tehran,1,1,2500,938,0,1,1900,") != std::string::npos);
    CHECK(csv.find("final_rank,final_total,confidence") != std::string::npos);
    row.confidence = 2;  // a live player's, with CBM
    append_classroom_record(csv, row);
    CHECK(csv.find(",938,0,1,1900,2") != std::string::npos);
}

TEST_CASE("classroom ui: set-up by commands, a keyboard game to the podium, saved, look restored") {
    ScratchDir dir;
    OpenResult app_store = Store::open(dir.db(), test_options());
    REQUIRE(app_store.ok());
    ControllerOptions options;
    options.store = app_store.store.get();  // the app's one store: games go there
    options.profile = "Ana";
    options.wall_ms = [] { return test_now(); };
    AppFixture app(options);
    auto send = [&](ClassroomCommand c) { app.apply(intent::Classroom{std::move(c)}); };
    auto key = [&](const char* name) {
        app.apply(intent::Classroom{classroom_cmd::Game{classroom_key_intent(name)}});
    };
    send(classroom_cmd::OpenSetup{});
    CHECK(app.state().screen == Screen::classroom_setup);
    send(classroom_cmd::AddTeam{"  Red "});
    send(classroom_cmd::AddTeam{"red"});  // same name, any case: refused
    CHECK(app.state().classroom.setup.teams == std::vector<std::string>{"Red"});
    CHECK_FALSE(app.state().classroom.setup.message.empty());
    send(classroom_cmd::Start{});  // one team is not enough
    CHECK(app.state().screen == Screen::classroom_setup);
    send(classroom_cmd::SetGenerateCount{3});
    send(classroom_cmd::GenerateTeams{});
    CHECK(app.state().classroom.setup.teams.size() == 3);
    send(classroom_cmd::SetQuestionCount{3});
    (void)app.controller->take_requests();
    send(classroom_cmd::Start{});
    REQUIRE(app.state().screen == Screen::classroom);
    WindowRequests look = app.controller->take_requests();
    CHECK(look.ui_scale == std::optional<float>(2.0f));
    CHECK(look.high_contrast == std::optional<bool>(true));
    key("Space");                                               // the first question
    CHECK(app.controller->redraw_after_seconds().has_value());  // the countdown runs
    for (int guard = 0; app.state().screen != Screen::podium && guard < 50; ++guard) {
        const ClassroomGame& g = *app.state().classroom.game;
        if (g.phase() == ClassroomPhase::answering)
            for (const char* k : {"a", "1", "b", "2", "c", "1"}) key(k);
        key("PageDown");
    }
    REQUIRE(app.state().screen == Screen::podium);
    CHECK(app.state().classroom.saved);
    {
        OpenResult opened = Store::open(dir.db(), test_options());  // another reader sees it
        CHECK(saved_rows(*opened.store).size() == 9);
    }
    send(classroom_cmd::Leave{});  // back to set-up, the user's look again
    CHECK(app.state().screen == Screen::classroom_setup);
    look = app.controller->take_requests();
    CHECK(look.ui_scale == std::optional<float>(1.0f));
    CHECK(look.high_contrast == std::optional<bool>(false));
    send(classroom_cmd::Leave{});
    CHECK(app.state().screen == Screen::home);
}

TEST_CASE("classroom ui: a save that fails keeps the game at the podium, and S saves it") {
    ScratchDir dir;
    OpenResult app_store = Store::open(dir.db(), test_options());
    REQUIRE(app_store.ok());
    ControllerOptions options;
    options.store = app_store.store.get();
    options.profile = "Ana";
    AppFixture app(options);
    auto send = [&](ClassroomCommand c) { app.apply(intent::Classroom{std::move(c)}); };
    auto key = [&](const char* name) {
        app.apply(intent::Classroom{classroom_cmd::Game{classroom_key_intent(name)}});
    };
    send(classroom_cmd::OpenSetup{});
    send(classroom_cmd::SetGenerateCount{2});
    send(classroom_cmd::GenerateTeams{});
    send(classroom_cmd::SetQuestionCount{2});
    send(classroom_cmd::Start{});
    REQUIRE(app.state().screen == Screen::classroom);
    key("Space");
    for (int guard = 0; app.state().screen != Screen::podium && guard < 50; ++guard) {
        if (app.state().classroom.game->phase() == ClassroomPhase::answering)
            for (const char* k : {"a", "1", "b", "2"}) key(k);
        const ClassroomGame& g = *app.state().classroom.game;
        if (g.phase() != ClassroomPhase::answering && g.round_index() + 1 == g.round_count())
            app_store.store->set_write_fault(1);  // the save at the podium meets a failing disk
        key("PageDown");
    }
    REQUIRE(app.state().screen == Screen::podium);
    CHECK_FALSE(app.state().classroom.saved);
    CHECK(app.state().classroom.save_message.find("Press S") != std::string::npos);
    CHECK(saved_rows(*app_store.store).empty());
    send(classroom_cmd::RetrySave{});
    CHECK(app.state().classroom.saved);
    CHECK(saved_rows(*app_store.store).size() == 4);  // 2 teams x 2 questions
}

TEST_CASE(
    "classroom store: the internal Classroom profile is not a student's: not listed, not last") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    REQUIRE(store.use_profile("Ana").saved);
    const ClassroomRecord record = classroom_record(played_game(2));
    REQUIRE(store.save_classroom(record, {"h", test_now() + 1000, test_now() + 60'000}).saved);
    REQUIRE(store.find_profile(kClassroomProfile));  // still there, for sync
    std::vector<ProfileInfo> profiles;
    std::string error;
    REQUIRE(store.list_profiles(profiles, error));
    REQUIRE(profiles.size() == 1);
    CHECK(profiles[0].name == "Ana");
    CHECK(store.last_profile() == "Ana");
    // The app's profile list says so too, and the name cannot be taken by a student.
    ControllerOptions options;
    options.store = &store;
    options.profile = "Ana";
    AppFixture app(options);
    CHECK(app.state().scores.profiles == std::vector<std::string>{"Ana"});
    app.apply(intent::Progress{progress_cmd::CreateProfile{"classroom"}});
    CHECK(app.state().scores.profile == "Ana");
    CHECK(app.state().scores.profile_message.find("classroom games") != std::string::npos);
}
