// An exam through the app into a real database: only the answered questions become attempts,
// each with the time it was given; the session keeps the hand-in score and the unanswered count.
#include <doctest/doctest.h>

#include "app/modes/review/study_sample.h"
#include "core/store/sqlite_db.h"
#include "support/app_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

TEST_CASE("exam store: 6 questions, 3 answered (one after a skip), Esc, hand-in: 3 attempts") {
    ScratchDir dir;
    std::int64_t now = test_now();
    OpenResult opened = Store::open(dir.db(), test_options(&now));
    REQUIRE(opened.ok());
    ControllerOptions options;
    options.store = opened.store.get();
    options.profile = "Ana";
    options.wall_ms = [&now] { return now; };
    AppFixture app(options);
    app.apply(intent::Home{home_cmd::SetQuestionCount{6}});
    app.apply(intent::Exam{exam_cmd::Open{}});
    app.apply(intent::Exam{exam_cmd::Start{}});
    REQUIRE(app.state().exam.run);
    REQUIRE(app.state().quiz.session->size() == 6);
    const auto wait = [&](std::int64_t ms) {
        app.clock.advance(ms);
        now += ms;
    };
    app.apply(intent::Exam{exam_cmd::Skip{}});  // the first, skipped and answered last
    for (int i = 0; i < 2; ++i) {
        for (const Intent& in : sample_answer_intents(app.state(), SampleQuality::right))
            app.apply(in);
        wait(10'000);
        app.apply(intent::Practice{practice_cmd::Submit{}});
    }
    app.apply(intent::Exam{exam_cmd::GoTo{0}});
    for (const Intent& in : sample_answer_intents(app.state(), SampleQuality::right)) app.apply(in);
    wait(10'000);
    app.apply(intent::Practice{practice_cmd::Submit{}});
    app.apply(intent::Back{});  // Esc: asks, hands in nothing
    CHECK(app.state().exam.view.confirm_hand_in);
    CHECK(app.state().screen == Screen::exam);
    wait(60'000);  // thinking it over: the answers keep their own times
    app.apply(intent::Exam{exam_cmd::HandIn{}});
    REQUIRE(app.state().screen == Screen::exam_results);

    opened.store.reset();
    sql::Database db = sql::Database::open(dir.db().string(), false);
    CHECK(db.query_int("SELECT count(*) FROM attempts") == 3);
    CHECK(db.query_int("SELECT unanswered FROM sessions") == 3);
    CHECK(db.query_int("SELECT max_score FROM sessions") == 6);
    CHECK(db.query_int("SELECT mode = 'exam' FROM sessions") == 1);
    // Answered 10 s apart, and the hand-in a minute after the last.
    CHECK(db.query_int("SELECT count(DISTINCT answered_ms) FROM attempts") == 3);
    CHECK(db.query_int("SELECT max(answered_ms) - min(answered_ms) FROM attempts") == 20'000);
    CHECK(db.query_int("SELECT ended_ms - (SELECT max(answered_ms) FROM attempts) FROM sessions") ==
          60'000);
    // The totals as reads count them: folded, plus the answers after the mark (totals_fold.h).
    CHECK(db.query_int("SELECT coalesce((SELECT sum(attempts) FROM daily_totals), 0) + "
                       "(SELECT count(*) FROM attempts WHERE id > (SELECT attempt_id FROM "
                       "totals_mark))") == 3);
}
