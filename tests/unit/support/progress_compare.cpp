#include "support/progress_compare.h"

#include <doctest/doctest.h>

#include <tuple>

#include "support/field_compare.h"

namespace statecraft::testing {

namespace {

ProgressRows rows_of(Store& store, ProgressSource source, const std::string& profile) {
    ProgressRows rows;
    std::string error;
    REQUIRE_MESSAGE(store.progress_rows(profile, {-1, source}, rows, error), error);
    return rows;
}

void check_totals(const Totals& fast, const Totals& slow) {
    expect_fields_agree(fast, slow, [](const Totals& t) {
        return std::tuple{t.attempts, t.correct, t.time_ms, t.score_sum};
    });
}

void check_question(const QuestionTotals& f, const QuestionTotals& s) {
    INFO(f.bank_id, " ", f.question_id);
    expect_fields_agree(f, s, [](const QuestionTotals& q) {
        return std::tuple{q.bank_id,  q.question_id, q.attempts, q.correct,  q.score_sum,
                          q.category, q.last_hash,   q.last_ms,  q.recent_n, q.recent_score_sum};
    });
}

void check_best(const BankBest& f, const BankBest& s) {
    INFO(f.bank_id);
    expect_fields_agree(f, s, [](const BankBest& b) {
        return std::tuple{b.bank_id,    b.best_ratio, b.score,   b.max_score,
                          b.session_id, b.ended_ms,   b.sessions};
    });
}

// A session's answer figures: kept on its row plus the tail (schema 8) against the old join.
void check_session(const SessionRow& f, const SessionRow& s) {
    INFO("session ", f.id);
    CHECK(f.id == s.id);
    CHECK(f.bank_id == s.bank_id);
    CHECK(f.mode == s.mode);
    CHECK(f.started_ms == s.started_ms);
    CHECK(f.ended_ms == s.ended_ms);
    CHECK(f.unanswered == s.unanswered);
    CHECK(f.attempts == s.attempts);
    CHECK(f.correct == s.correct);
    CHECK(f.score_sum == doctest::Approx(s.score_sum));
}

}  // namespace

void expect_progress_agree(Store& store, const std::string& profile) {
    INFO("profile ", profile);
    ProgressRows fast = rows_of(store, ProgressSource::totals, profile);
    ProgressRows slow = rows_of(store, ProgressSource::attempts, profile);
    REQUIRE(fast.days.size() == slow.days.size());
    for (std::size_t i = 0; i < fast.days.size(); ++i) {
        CHECK(fast.days[i].day == slow.days[i].day);
        check_totals(fast.days[i].totals, slow.days[i].totals);
    }
    REQUIRE(fast.categories.size() == slow.categories.size());
    for (std::size_t i = 0; i < fast.categories.size(); ++i) {
        CHECK(fast.categories[i].category == slow.categories[i].category);
        check_totals(fast.categories[i].totals, slow.categories[i].totals);
    }
    REQUIRE(fast.questions.size() == slow.questions.size());
    for (std::size_t i = 0; i < fast.questions.size(); ++i)
        check_question(fast.questions[i], slow.questions[i]);
    CHECK(fast.session_count == slow.session_count);
    CHECK(fast.overridden == slow.overridden);
    REQUIRE(fast.best_by_bank.size() == slow.best_by_bank.size());
    for (std::size_t i = 0; i < fast.best_by_bank.size(); ++i)
        check_best(fast.best_by_bank[i], slow.best_by_bank[i]);
    REQUIRE(fast.recent_sessions.size() == slow.recent_sessions.size());
    for (std::size_t i = 0; i < fast.recent_sessions.size(); ++i)
        check_session(fast.recent_sessions[i], slow.recent_sessions[i]);
}

}  // namespace statecraft::testing
