// The Progress figures: pure functions on hand-made rows, and the store's rows checked against
// a plain C++ recomputation from every attempt.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/bank/bank_loader.h"
#include "core/stats/progress.h"
#include "core/store/question_hash.h"
#include "core/store/store.h"
#include "core/time/calendar.h"
#include "support/bank_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

TEST_CASE("stats: days studied in a row end today or yesterday") {
    const std::int64_t today = 19853;
    CHECK(study_streak({}, today) == 0);
    CHECK(study_streak({today}, today) == 1);
    CHECK(study_streak({today - 1}, today) == 1);  // not yet studied today: the streak holds
    CHECK(study_streak({today - 2}, today) == 0);
    CHECK(study_streak({today - 3, today - 2, today - 1, today}, today) == 4);
    CHECK(study_streak({today - 5, today - 3, today - 2, today - 1}, today) == 3);
    CHECK(study_streak({today - 2, today - 1, today, today + 1}, today) == 3);  // clock went back
    CHECK(study_streak({today + 1}, today) == 0);
}

TEST_CASE("stats: overall figures add up the categories; days give the streak") {
    ProgressRows rows;
    rows.profile = "Ana";
    rows.categories = {{"actors", {8, 6, 6.5, 4600}}, {"motives", {2, 0, 0.5, 1000}}};
    rows.days = {{100, {8, 5, 6.0, 5500}}, {102, {2, 1, 1.0, 100}}};
    ProgressOptions options;
    options.today = 103;
    Progress p = compute_progress(rows, options);
    CHECK(p.overall.attempts == 10);
    CHECK(p.overall.correct == 6);
    CHECK(p.overall.accuracy() == doctest::Approx(7.0 / 10));
    CHECK(p.overall.time_ms == 5600);
    REQUIRE(p.categories.size() == 2);
    CHECK(p.categories[0].totals.accuracy() == doctest::Approx(6.5 / 8));
    CHECK(p.categories[1].totals.accuracy() == doctest::Approx(0.25));
    REQUIRE(p.days.size() == 2);
    CHECK(p.days[1].totals.accuracy() == doctest::Approx(0.5));
    CHECK(p.streak_days == 1);  // studied yesterday (102), not the day before
    options.today = 104;
    CHECK(compute_progress(rows, options).streak_days == 0);
    CHECK(Totals{}.accuracy() == 0.0);
}

TEST_CASE("stats: weakest questions by recent accuracy, with their version") {
    std::vector<QuestionTotals> qs = {
        {"b", "perfect", "c", "h", 5, 5, 5.0, 50, 5, 5.0},
        {"b", "half", "c", "h", 4, 2, 2.0, 40, 4, 2.0},
        {"b", "bad-many", "c", "h", 9, 0, 1.0, 30, 5, 0.0},
        {"b", "bad-few", "c", "h", 1, 0, 0.0, 20, 1, 0.0},
        {"b", "recovering", "c", "h", 12, 5, 5.0, 60, 5, 4.0},  // weak overall, better lately
    };
    ProgressOptions options;
    std::vector<WeakQuestion> w = weakest_questions(qs, options);
    REQUIRE(w.size() == 4);                 // perfect is not weak
    CHECK(w[0].question_id == "bad-many");  // 0%, more attempts first
    CHECK(w[1].question_id == "bad-few");
    CHECK(w[2].question_id == "half");
    CHECK(w[3].question_id == "recovering");
    CHECK(w[3].recent_accuracy == doctest::Approx(0.8));
    options.weakest_limit = 2;
    CHECK(weakest_questions(qs, options).size() == 2);

    LoadedBank bank = load_json(valid_bank_json());
    REQUIRE(bank.ok());
    QuestionVersions versions;
    versions.add_bank(bank.bank);
    const Question& q = bank.bank.questions[0];
    std::vector<QuestionTotals> answered = {
        {bank.bank.id, q.id, q.category, question_hash(q), 1, 0, 0, 1, 1, 0},
        {bank.bank.id, "q-multiple", "actors", "0000000000000000", 1, 0, 0, 1, 1, 0},
        {bank.bank.id, "gone", "actors", "0000000000000000", 1, 0, 0, 1, 1, 0},
        {"other-bank", "x", "actors", "0000000000000000", 1, 0, 0, 1, 1, 0},
    };
    options = {};
    options.versions = &versions;
    std::map<std::string, QuestionVersion> seen;
    for (const WeakQuestion& wq : weakest_questions(answered, options))
        seen[wq.question_id] = wq.version;
    CHECK(seen[q.id] == QuestionVersion::current);
    CHECK(seen["q-multiple"] == QuestionVersion::older);
    CHECK(seen["gone"] == QuestionVersion::removed);
    CHECK(seen["x"] == QuestionVersion::unknown);
}

namespace {
struct Given {
    std::string profile, bank, question, category, hash;
    double score;
    bool correct;
    std::int64_t at, time_ms;
    int order;  // insertion order
};
}  // namespace

TEST_CASE("stats: the store's figures agree with a plain recomputation from every attempt") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    std::mt19937 rng(20240510);
    const std::vector<std::string> profiles = {"Ana", "Ben"}, banks = {"b1", "b2"},
                                   categories = {"actors", "motives", "context"};
    std::vector<Given> given;  // what went in, in order
    for (int s = 0; s < 30; ++s) {
        std::string profile = profiles[rng() % 2], bank = banks[rng() % 2];
        // Sessions over 20 days, attempts out of order, and some sharing one millisecond.
        std::int64_t start = test_now() - static_cast<std::int64_t>(rng() % 20) * kDayMs;
        BeginResult begun = store.begin_session(test_start(profile, bank, start));
        for (int i = 0; i < 40; ++i) {
            AttemptRecord a = test_attempt("q" + std::to_string(rng() % 12), (rng() % 5) / 4.0,
                                           start + static_cast<std::int64_t>(rng() % 8) * 3'600'000,
                                           categories[rng() % 3]);
            a.question_hash = "v" + std::to_string(rng() % 2);
            a.correct = a.score == 1.0;
            a.time_ms = rng() % 30000;
            REQUIRE(store.record_attempt(begun.key, a).saved);
            given.push_back({profile, bank, a.question_id, a.category, a.question_hash, a.score,
                             a.correct, a.answered_ms, a.time_ms, static_cast<int>(given.size())});
        }
        if (s % 3 != 0) store.end_session(begun.key, {start + 1, (rng() % 10) * 1.0, 10.0});
    }

    for (const std::string& profile : profiles) {
        CAPTURE(profile);
        std::map<std::int64_t, Totals> days;
        std::map<std::string, Totals> categories;
        std::map<std::pair<std::string, std::string>, std::vector<Given>> by_question;
        for (const Given& g : given) {
            if (g.profile != profile) continue;
            Totals one{1, g.correct ? 1 : 0, g.score, g.time_ms};
            days[time::utc_day(g.at)].add(one);
            categories[g.category].add(one);
            by_question[{g.bank, g.question}].push_back(g);
        }
        ProgressRows rows;
        std::string error;
        REQUIRE(store.progress_rows(profile, {-1, ProgressSource::totals}, rows, error));
        auto same_totals = [](const Totals& got, const Totals& want) {
            CHECK(got.attempts == want.attempts);
            CHECK(got.correct == want.correct);
            CHECK(got.score_sum == doctest::Approx(want.score_sum));
            CHECK(got.time_ms == want.time_ms);
        };
        REQUIRE(rows.days.size() == days.size());
        std::size_t i = 0;
        for (const auto& [day, want] : days) {
            CHECK(rows.days[i].day == day);
            same_totals(rows.days[i++].totals, want);
        }
        REQUIRE(rows.categories.size() == categories.size());
        i = 0;
        for (const auto& [category, want] : categories) {
            CHECK(rows.categories[i].category == category);
            same_totals(rows.categories[i++].totals, want);
        }
        REQUIRE(rows.questions.size() == by_question.size());
        i = 0;
        for (auto& [key, list] : by_question) {
            // Latest first: by time, then by the order they were given.
            std::sort(list.begin(), list.end(), [](const Given& a, const Given& b) {
                return a.at != b.at ? a.at > b.at : a.order > b.order;
            });
            const QuestionTotals& got = rows.questions[i++];
            CAPTURE(key.second);
            CHECK(got.bank_id == key.first);
            CHECK(got.question_id == key.second);
            CHECK(got.attempts == static_cast<std::int64_t>(list.size()));
            CHECK(got.last_ms == list.front().at);
            CHECK(got.last_hash == list.front().hash);
            CHECK(got.category == list.front().category);
            std::size_t n = std::min<std::size_t>(kRecentAttempts, list.size());
            double recent = 0;
            for (std::size_t k = 0; k < n; ++k) recent += list[k].score;
            CHECK(got.recent_n == static_cast<std::int64_t>(n));
            CHECK(got.recent_score_sum == doctest::Approx(recent));
        }
        // The slow path and a rebuild give the same rows.
        ProgressRows slow;
        REQUIRE(store.progress_rows(profile, {-1, ProgressSource::attempts}, slow, error));
        REQUIRE(slow.questions.size() == rows.questions.size());
        for (std::size_t k = 0; k < rows.questions.size(); ++k)
            CHECK(slow.questions[k].recent_score_sum ==
                  doctest::Approx(rows.questions[k].recent_score_sum));
    }
    std::string error;
    ProgressRows before, after;
    REQUIRE(store.progress_rows("Ana", {-1, ProgressSource::totals}, before, error));
    REQUIRE(store.rebuild_totals(error));
    REQUIRE(store.progress_rows("Ana", {-1, ProgressSource::totals}, after, error));
    REQUIRE(after.questions.size() == before.questions.size());
    REQUIRE(after.days.size() == before.days.size());
    for (std::size_t k = 0; k < after.questions.size(); ++k) {
        CHECK(after.questions[k].recent_n == before.questions[k].recent_n);
        CHECK(after.questions[k].last_hash == before.questions[k].last_hash);
    }
}

TEST_CASE("stats: sessions list, best score per bank, unknown profile") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    auto session = [&](const std::string& bank, std::int64_t at, std::optional<double> score) {
        BeginResult b = store.begin_session(test_start("Ana", bank, at));
        store.record_attempt(b.key, test_attempt("q1", 1.0, at + 1));
        if (score) store.end_session(b.key, {at + 2, *score, 10.0});
    };
    session("b1", test_now() - 3 * kDayMs, 6.0);
    session("b1", test_now() - 2 * kDayMs, 9.0);
    session("b1", test_now() - 1 * kDayMs, 7.0);
    session("b2", test_now() - 1 * kDayMs, std::nullopt);  // never finished
    session("b3", test_now(), 4.0);
    ProgressRows rows;
    std::string error;
    REQUIRE(store.progress_rows("Ana", {3, ProgressSource::totals}, rows, error));
    CHECK(rows.session_count == 5);
    REQUIRE(rows.recent_sessions.size() == 3);
    CHECK(rows.recent_sessions[0].bank_id == "b3");  // newest first
    CHECK_FALSE(rows.recent_sessions[1].ended_ms);
    REQUIRE(rows.best_by_bank.size() == 2);  // b2 has no finished session
    CHECK(rows.best_by_bank[0].bank_id == "b1");
    CHECK(rows.best_by_bank[0].best_ratio == doctest::Approx(0.9));
    CHECK(rows.best_by_bank[0].score == 9.0);
    CHECK(rows.best_by_bank[0].ended_ms == test_now() - 2 * kDayMs + 2);
    CHECK(rows.best_by_bank[0].sessions == 3);
    CHECK(rows.best_by_bank[1].best_ratio == doctest::Approx(0.4));

    ProgressOptions options;
    options.today = time::utc_day(test_now());
    Progress p = compute_progress(rows, options);
    CHECK(p.streak_days == 4);

    CHECK_FALSE(store.progress_rows("Zed", {}, rows, error));
    CHECK(error == "No profile named \"Zed\".");
}
