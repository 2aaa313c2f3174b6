// Spaced review through the app controller: a student reviewing over days, with the wall
// clock injected and the cards in a real store file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "core/session/answer_check.h"
#include "core/store/store.h"
#include "core/study/rating.h"
#include "support/app_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

struct Student {
    ScratchDir dir;
    ManualClock wall{test_now()};  // 2024-05-10 12:00 UTC
    std::unique_ptr<Store> store;
    std::unique_ptr<AppFixture> app;

    Student() {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.ok());
        store = std::move(opened.store);
        ControllerOptions options;
        options.store = store.get();
        options.profile = "Ana";
        options.wall_ms = [this] { return wall.now_ms(); };
        app = std::make_unique<AppFixture>(options);
    }
    const AppState& state() const { return app->state(); }
    std::string bank_id() const { return state().home.banks[0].loaded->bank.id; }
    CardStates cards() {
        CardStates out;
        std::string error;
        REQUIRE(store->load_cards("Ana", bank_id(), out, error));
        return out;
    }
    const ReviewBankRow& row() {
        app->apply(intent::Review{review_cmd::Open{}});
        REQUIRE(state().screen == Screen::review);
        REQUIRE(!state().study.banks.empty());
        return state().study.banks[0];
    }
    // Answers every question of the running session: right unless wrong(id), in half the
    // expected time, so a right answer rates Good (rating.h).
    std::vector<std::string> finish_session(const std::function<bool(const std::string&)>& wrong) {
        std::vector<std::string> seen;
        for (int guard = 0; guard < 100 && !state().quiz.session->finished(); ++guard) {
            const std::string id = state().quiz.session->current().question->id;
            seen.push_back(id);
            const auto quality = wrong(id) ? SampleQuality::wrong : SampleQuality::right;
            for (const Intent& i : sample_answer_intents(state(), quality)) app->apply(i);
            const std::int64_t ms =
                expected_answer_ms(*state().quiz.session->current().question) / 2;
            app->clock.advance(ms);
            wall.advance(ms);
            app->apply(intent::Practice{practice_cmd::Submit{}});
            app->apply(intent::Practice{practice_cmd::Next{}});
        }
        REQUIRE(state().quiz.session->finished());
        return seen;
    }
};

bool never(const std::string&) {
    return false;
}

}  // namespace

TEST_CASE("fsrs review: new cards learn in steps, graduate, and come back days later") {
    Student s;
    const auto& questions = s.state().home.banks[0].loaded->bank.questions;
    // Every question is a card but a poll (no right answer to remember).
    const int total = static_cast<int>(std::count_if(
        questions.begin(), questions.end(), [](const Question& q) { return is_graded(q.type); }));
    REQUIRE(total >= 4);
    REQUIRE(total < static_cast<int>(questions.size()));
    CHECK(s.row().counts.new_to_introduce == total);
    CHECK(s.row().counts.due_today() == 0);

    s.app->apply(intent::Review{review_cmd::Start{0}});
    REQUIRE(s.state().screen == Screen::practice);
    CHECK(s.state().session_mode() == SessionMode::review);
    CHECK(s.state().quiz.session->size() == total);
    s.finish_session(never);
    CHECK(s.state().study.reviewed == total);
    for (const auto& [id, card] : s.cards()) {
        CHECK(card.state == CardPhase::learning);  // Good on a new card: the 10-minute step
        CHECK(card.first_review_ms >= test_now());
    }
    REQUIRE(s.state().study.next_due_ms);
    CHECK(*s.state().study.next_due_ms - s.state().study.now_ms <= 10 * 60'000);

    // Learning cards are due today but not yet now; nothing new is left.
    CHECK(s.row().counts.due_today() == total);
    CHECK(s.row().counts.due_now == 0);
    CHECK(s.row().counts.new_to_introduce == 0);
    s.app->apply(intent::Review{review_cmd::Start{0}});
    CHECK(s.state().screen == Screen::review);  // nothing to review now
    CHECK(!s.state().study.message.empty());

    s.wall.advance(11 * 60'000);
    CHECK(s.row().counts.due_now == total);
    s.app->apply(intent::Review{review_cmd::Start{0}});
    s.finish_session(never);
    for (const auto& [id, card] : s.cards()) {
        CHECK(card.state == CardPhase::review);
        CHECK(card.due_ms - card.last_review_ms >= kDayMs);  // at least a day away
    }
    CHECK(s.row().counts.due_today() == 0);
    CHECK(s.row().next_due_ms.has_value());
}

TEST_CASE("fsrs review: a student over 30 days: lapses relearn, known cards space out") {
    // One card is forgotten whenever it comes up from day 2 to day 6 (after it graduated on
    // day 0): a lapse, relearning, and a lower stability than the cards always known.
    Student s;
    s.app->apply(intent::Review{review_cmd::Start{0}});
    const std::string hard_id = s.state().quiz.session->current().question->id;
    auto wrong_days_2_to_6 = [&](int day) {
        return [&, day](const std::string& id) { return id == hard_id && day >= 2 && day < 7; };
    };
    std::map<std::string, int> reviews;
    s.finish_session(wrong_days_2_to_6(0));
    for (int day = 0; day < 30; ++day) {
        // Several sittings a day until nothing is due, as a keen student would.
        for (int sitting = 0; sitting < 6; ++sitting) {
            if (s.row().counts.due_now == 0) {
                s.wall.advance(15 * 60'000);
                if (s.row().counts.due_now == 0) break;
            }
            s.app->apply(intent::Review{review_cmd::Start{0}});
            REQUIRE(s.state().quiz.session);
            for (const std::string& id : s.finish_session(wrong_days_2_to_6(day))) ++reviews[id];
        }
        for (const auto& [id, card] : s.cards()) {
            CHECK(std::isfinite(card.stability));
            CHECK(card.stability > 0);
            CHECK(card.difficulty >= 1);
            CHECK(card.difficulty <= 10);
            CHECK(card.due_ms > card.last_review_ms);
        }
        s.wall.advance(kDayMs);
    }
    const CardStates cards = s.cards();
    CHECK(cards.at(hard_id).lapses >= 1);
    CHECK(cards.at(hard_id).difficulty > cards.begin()->second.difficulty - 10);
    std::string easy_id;
    for (const auto& [id, card] : cards)
        if (id != hard_id) easy_id = id;
    // The card the student always knew needed far fewer reviews than days, and its stability
    // outgrew the one forgotten all first week.
    CHECK(reviews[easy_id] < 12);
    CHECK(reviews[hard_id] > reviews[easy_id]);
    CHECK(cards.at(easy_id).stability > cards.at(hard_id).stability);
    CHECK(cards.at(hard_id).difficulty > cards.at(easy_id).difficulty);
}

TEST_CASE("fsrs review: new cards per day limit what a day introduces, retention is a setting") {
    Student s;
    s.app->apply(intent::Review{review_cmd::Open{}});
    s.app->apply(intent::Review{review_cmd::SetNewCardsPerDay{2}});
    CHECK(s.state().study.new_cards_per_day == 2);
    CHECK(s.row().counts.new_to_introduce == 2);
    s.app->apply(intent::Review{review_cmd::Start{0}});
    CHECK(s.state().quiz.session->size() == 2);
    std::vector<std::string> first = s.finish_session(never);
    CHECK(s.row().counts.new_to_introduce == 0);  // the day's two are used up
    s.wall.advance(kDayMs);
    CHECK(s.row().counts.new_to_introduce == 2);
    s.app->apply(intent::Review{review_cmd::SetNewCardsPerDay{-5}});
    CHECK(s.state().study.new_cards_per_day == 0);

    s.app->apply(intent::Review{review_cmd::SetDesiredRetention{0.8}});
    CHECK(s.app->controller->study_settings().desired_retention == doctest::Approx(0.8));
    s.app->apply(intent::Review{review_cmd::SetDesiredRetention{0.5}});
    CHECK(s.state().study.desired_retention == doctest::Approx(0.7));
}

TEST_CASE("fsrs review: practice answers schedule cards too, with the confidence kept") {
    Student s;
    s.app->apply(intent::Home{home_cmd::StartQuiz{}});
    REQUIRE(s.state().quiz.session);
    CHECK(s.state().session_mode() == SessionMode::practice);
    for (const Intent& i : sample_answer_intents(s.state(), SampleQuality::right)) s.app->apply(i);
    s.app->apply(intent::Practice{practice_cmd::SetConfidence{3}});
    s.app->apply(intent::Practice{practice_cmd::SetConfidence{2}});
    s.app->apply(intent::Practice{practice_cmd::Submit{}});
    REQUIRE(s.state().quiz.practice.outcome);
    CHECK(s.state().quiz.practice.outcome->confidence == Confidence::medium);
    const std::string id = s.state().quiz.session->current().question->id;
    const CardStates cards = s.cards();
    REQUIRE(cards.count(id) == 1);
    CHECK(cards.at(id).reps == 1);
    CHECK(cards.at(id).state != CardPhase::new_card);
}

TEST_CASE("fsrs review: the cards-scheduled count of an abandoned review does not carry over") {
    Student s;
    s.app->apply(intent::Review{review_cmd::Start{0}});
    REQUIRE(s.state().quiz.session);
    for (int n = 0; n < 2; ++n) {
        for (const Intent& i : sample_answer_intents(s.state(), SampleQuality::right))
            s.app->apply(i);
        s.app->apply(intent::Practice{practice_cmd::Submit{}});
        s.app->apply(intent::Practice{practice_cmd::Next{}});
    }
    CHECK(s.state().study.reviewed == 2);
    s.app->apply(intent::Home{home_cmd::GoHome{}});  // left unfinished
    s.app->apply(intent::Home{home_cmd::SetQuestionCount{1}});
    s.app->apply(intent::Home{home_cmd::StartQuiz{}});
    CHECK(s.state().study.reviewed == 0);
    s.finish_session(never);
    CHECK(s.state().screen == Screen::results);
    CHECK(s.state().study.reviewed == 1);  // "1 card scheduled", this quiz's only
}
