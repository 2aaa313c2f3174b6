// Crash safety of a live game (app/modes/live/live_journal.h, live_recovery.h): each accepted
// answer is journaled before its question locks, and the next start stores what never locked.
// Also the set-up's live choices: the confidence switch reaches the devices, the network picker
// lists this machine's addresses.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app/modes/live/live_journal.h"
#include "app/modes/live/live_networks.h"
#include "app/modes/live/live_recovery.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "support/live_app_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

ClassroomResultRow answered_row(const std::string& player, int round, int points) {
    ClassroomResultRow r;
    r.round = round;
    r.team = player;
    r.question_id = "q" + std::to_string(round);
    r.question_type = "single";
    r.answered = true;
    r.answer_ids = "a";
    r.answer_text = "Moscow";
    r.correct = points > 0;
    r.fraction = points > 0 ? 1.0 : 0.0;
    r.time_ms = 1200;
    r.points = points;
    return r;
}

std::string file_text(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE("live journal: the answers of a question that never locked are recovered") {
        const LiveGameInfo info{"bank", "hash", 1000, 3};
        std::stringstream file;
        file << live_journal_game_line(info) << '\n';
        file << live_journal_answer_line({0, 0, 2000, answered_row("Ana", 1, 900)}) << '\n';
        file << live_journal_answer_line({0, 0, 2001, answered_row("Ben", 1, 0)}) << '\n';
        file << live_journal_saved_line({0, 7, {"Ana", "Ben", "Cleo"}, {900, 0, 0}}) << '\n';
        file << live_journal_answer_line({1, 0, 3000, answered_row("Ben", 2, 0)}) << '\n';
        // Ben's revote replaces his first answer; Ana answers with her 900 points before.
        file << live_journal_answer_line({1, 0, 3100, answered_row("Ben", 2, 950)}) << '\n';
        file << live_journal_answer_line({1, 900, 3200, answered_row("Ana", 2, 600)}) << '\n';
        file << R"({"answer": {"question": 1, "total_bef)";  // cut short by the crash

        LiveJournalContents journal;
        std::string error;
        REQUIRE(read_live_journal(file, journal, error));
        CHECK(journal.skipped_lines == 1);
        CHECK(journal.session_id == 7);
        const std::vector<LiveRoundSave> saves = live_rounds_to_recover(journal);
        REQUIRE(saves.size() == 1);  // question 0 is in the store already
        const LiveRoundSave& s = saves.front();
        CHECK(s.bank_id == "bank");
        CHECK(s.questions_played == 2);
        CHECK(s.now_ms == 3200);
        CHECK(s.players == std::vector<std::string>{"Ana", "Ben", "Cleo"});
        CHECK(s.totals == std::vector<int>{1500, 950, 0});
        CHECK(s.ranks == std::vector<int>{1, 2, 3});
        REQUIRE(s.rows.size() == 3);
        CHECK(s.rows[1].points == 950);
        CHECK_FALSE(s.rows[2].answered);  // Cleo did not answer question 2
        CHECK(s.rows[2].question_id == "q2");

        std::stringstream foreign("{\"not\": \"ours\"}\n");
        CHECK_FALSE(read_live_journal(foreign, journal, error));
        CHECK(error == "not a live game journal");
    }

    TEST_CASE("live journal: a confidence goes with its answer; one out of range is not read") {
        ClassroomResultRow sure = answered_row("Ana", 1, 900);
        sure.confidence = 3;
        std::stringstream file;
        file << live_journal_game_line({"bank", "hash", 1000, 1}) << '\n';
        const std::string line = live_journal_answer_line({0, 0, 2000, sure});
        file << line << '\n';
        file << live_journal_answer_line({0, 0, 2001, answered_row("Ben", 1, 0)}) << '\n';
        std::string forged = line;  // a hand-edited file: confidence 7, and one as text
        forged.replace(forged.find("\"confidence\":3"), 14, "\"confidence\":7");
        file << forged << '\n';
        forged.replace(forged.find("\"confidence\":7"), 14, "\"confidence\":\"3\"");
        file << forged << '\n';

        LiveJournalContents journal;
        std::string error;
        REQUIRE(read_live_journal(file, journal, error));
        CHECK(journal.skipped_lines == 2);
        REQUIRE(journal.answers.size() == 2);
        CHECK(journal.answers[0].row.confidence == 3);
        CHECK(journal.answers[1].row.confidence == 0);  // no key: none given
        const std::vector<LiveRoundSave> saves = live_rounds_to_recover(journal);
        REQUIRE(saves.size() == 1);
        REQUIRE(saves.front().rows.size() == 2);
        CHECK(saves.front().rows[0].confidence == 3);
    }

    TEST_CASE("live journal: the app journals each answer at once; a new start stores it") {
        LiveAppFixture app;
        app.apply(intent::Classroom{classroom_cmd::OpenSetup{}});
        const LiveSetupChoices& choices = app.state().classroom.setup.live;
        REQUIRE_FALSE(choices.networks.empty());  // loopback at least
        CHECK(choices.forced_address == "127.0.0.1");
        app.apply(intent::Live{live_cmd::SetCbm{true}});
        app.apply(intent::Classroom{classroom_cmd::SetQuestionCount{2}});
        app.apply(intent::Classroom{classroom_cmd::StartLive{}});
        REQUIRE(app.state().screen == Screen::live_join);
        const LiveUiState& live = app.state().live;

        // Two players; only Ana answers, so the question stays open (not stored).
        WsClient ana(app.port()), ben(app.port());
        app.join(ana, 1, "Ana");
        app.join(ben, 2, "Ben");
        REQUIRE(app.tick_until([&] { return live.snapshot && live.snapshot->lobby.size() == 2; }));
        app.advance();
        const auto q = ana.read_until("question");
        REQUIRE(q);
        CHECK((*q)["cbm"] == true);  // the set-up's switch reached the device
        json answer = any_live_answer(*q);
        answer["confidence"] = 3;
        ana.send(answer);
        REQUIRE(ana.read_until("ack"));

        const std::filesystem::path journals = live_journal_dir(app.db());
        std::filesystem::path file;
        REQUIRE(app.tick_until([&] {
            std::error_code ec;
            for (const auto& e : std::filesystem::directory_iterator(journals, ec))
                if (file_text(e.path()).find("\"answer\"") != std::string::npos) file = e.path();
            return !file.empty();
        }));
        CHECK(app.stored().empty());  // not locked: only the journal has it

        // A copy stands for the journal a crash leaves behind; the open game's own journal is
        // locked and left alone.
        std::filesystem::copy_file(file, journals / "crashed.jsonl");
        {
            OpenResult next_start = Store::open(app.db(), test_options());
            REQUIRE(next_start.store);
            const std::vector<std::string> notes = recover_live_journals(*next_start.store);
            REQUIRE(notes.size() == 1);
            CHECK(notes.front().find("Recovered 1 answer(s)") != std::string::npos);
        }
        const std::vector<ClassroomExportRow> rows = app.stored();
        REQUIRE(rows.size() == 1);
        CHECK(rows.front().team == "Ana");
        CHECK(rows.front().answered);
        CHECK(rows.front().confidence == 3);  // journaled with the answer
        CHECK_FALSE(std::filesystem::exists(journals / "crashed.jsonl"));
        CHECK(std::filesystem::exists(file));  // still the open game's

        app.apply(intent::Live{live_cmd::Leave{}});  // closed normally: the journal goes
        CHECK_FALSE(std::filesystem::exists(file));
    }

    TEST_CASE("live networks: this machine's IPv4 addresses, loopback last; the pick is kept") {
        unsetenv("STATECRAFT_LIVE_BIND");
        const std::vector<LiveNetwork> all = list_live_networks();
        REQUIRE_FALSE(all.empty());
        CHECK(all.back().address.rfind("127.", 0) == 0);
        LiveSetupChoices c;
        refresh_live_networks(c);
        c.network = static_cast<int>(c.networks.size()) - 1;
        refresh_live_networks(c);
        CHECK(picked_live_address(c) == all.back().address);
        CHECK(live_bind_address(picked_live_address(c)) == all.back().address);
        setenv("STATECRAFT_LIVE_BIND", "127.0.0.2", 1);  // the environment still decides
        CHECK(live_bind_address(picked_live_address(c)) == "127.0.0.2");
        unsetenv("STATECRAFT_LIVE_BIND");
    }

}  // TEST_SUITE
