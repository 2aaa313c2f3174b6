// Every case of tests/fixtures/fsrs/fsrs_test_vectors.json (figures from fsrs-rs, py-fsrs and
// ts-fsrs; see tests/fixtures/SOURCES.md), read at test time.
// Values from fsrs-rs are f32; we compute in double and allow the file's stated absolute
// tolerance of 1e-4 (the largest difference measured is 4.2e-5, on S = 53.34).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/study/fsrs.h"
#include "core/study/scheduler.h"
#include "support/review_log.h"

using namespace statecraft;
using nlohmann::json;

namespace {
bool close(double actual, double expected) {
    return std::fabs(actual - expected) <= 1e-4;
}

#define CHECK_CLOSE(actual, expected)                                             \
    do {                                                                          \
        const double a_ = (actual), e_ = (expected);                              \
        INFO(#actual " = " << a_ << ", expected " << e_ << ", diff " << a_ - e_); \
        CHECK(close(a_, e_));                                                     \
    } while (0)

// The vectors file; fails the calling test with the path when it is missing or unreadable.
struct Vectors {
    json doc;
    std::set<std::string> used;  // names of the cases a test looked up

    Vectors() {
        const std::string path =
            std::string(STATECRAFT_SOURCE_DIR) + "/tests/fixtures/fsrs/fsrs_test_vectors.json";
        const auto text = testing::read_text_file(path);
        REQUIRE_MESSAGE(text.has_value(), "FSRS fixture missing: " << path);
        doc = json::parse(*text);
        REQUIRE(doc.contains("cases"));
    }
    // The case whose name starts with `prefix` (exactly one must).
    const json& get(const std::string& prefix) {
        const json* found = nullptr;
        for (const json& c : doc["cases"]) {
            if (c["name"].get<std::string>().rfind(prefix, 0) == 0) {
                REQUIRE_MESSAGE(found == nullptr, "two cases start with: " << prefix);
                found = &c;
            }
        }
        REQUIRE_MESSAGE(found != nullptr, "no case starts with: " << prefix);
        used.insert((*found)["name"].get<std::string>());
        return *found;
    }
};

fsrs::Weights weights_from(const json& values) {
    const auto list = values.get<std::vector<double>>();
    std::string error;
    const auto w = fsrs::check_and_fill(list, &error);
    REQUIRE_MESSAGE(w.has_value(), error);
    return *w;
}

fsrs::MemoryState run_history(const json& ratings, const json& deltas, const fsrs::Weights& w) {
    REQUIRE(ratings.size() == deltas.size());
    std::optional<fsrs::MemoryState> state;
    for (size_t i = 0; i < ratings.size(); ++i) {
        state = fsrs::next_memory_state(state, deltas[i].get<long>(),
                                        static_cast<Rating>(ratings[i].get<int>()), w);
    }
    REQUIRE(state.has_value());
    return *state;
}

// Reviews a new card with each rating at its due time; returns whole-day intervals.
std::vector<int> interval_history(const json& ratings, const StudySettings& settings) {
    CardState card;
    int64_t now = 1669725000000;  // 2022-11-29 12:30 UTC, as py-fsrs test_review_card
    std::vector<int> days;
    for (const json& r : ratings) {
        card = review(card, static_cast<Rating>(r.get<int>()), now, settings);
        days.push_back(static_cast<int>((card.due_ms - card.last_review_ms) / kMsPerDay));
        now = card.due_ms;
    }
    return days;
}

std::vector<int> ints(const json& j) {
    return j.get<std::vector<int>>();
}
}  // namespace

TEST_CASE("fsrs: vectors file holds the FSRS-6 and FSRS-5 default weights") {
    Vectors v;
    const auto w6 = v.doc["fsrs6_default_w"].get<std::vector<double>>();
    REQUIRE(w6.size() == 21);
    for (int i = 0; i < 21; ++i) CHECK(w6[i] == fsrs::kDefaultWeights[i]);
    CHECK(v.doc["fsrs5_default_w_19"].size() == 19);
}

TEST_CASE("fsrs: vectors for retrievability and intervals") {
    Vectors v;
    const fsrs::Weights& w = fsrs::kDefaultWeights;
    SUBCASE("power forgetting curve") {
        const json& c = v.get("fsrs-rs test_power_forgetting_curve");
        for (size_t i = 0; i < c["t"].size(); ++i) {
            CHECK_CLOSE(fsrs::retrievability(c["t"][i].get<double>(), c["S"][i].get<double>(), w),
                        c["R_expected"][i].get<double>());
        }
    }
    SUBCASE("retrievability with decay 0.2") {
        const json& c = v.get("fsrs-rs test_current_retrievability");
        for (size_t i = 0; i < c["t"].size(); ++i) {
            CHECK_CLOSE(fsrs::power_forgetting_curve(c["t"][i].get<double>(), 1.0, 0.2),
                        c["R_expected"][i].get<double>());
        }
    }
    SUBCASE("next interval, rounded and at least 1") {
        const json& c = v.get("fsrs-rs test_next_interval");
        for (size_t i = 0; i < c["desired_retention"].size(); ++i) {
            const double r = c["desired_retention"][i].get<double>();
            const double days = std::max(1.0, std::round(fsrs::next_interval_days(1.0, r, w)));
            const double expected = c["interval_expected"][i].get<double>();
            // f32 vs f64: only the 3-million-day interval at r=0.1 differs (3116769 here, as
            // the file notes), a relative 1e-6; every other interval must match exactly.
            INFO("r = " << r << ": " << days << " days, expected " << expected);
            CHECK(std::fabs(days - expected) <= 1e-6 * expected);
        }
    }
}

TEST_CASE("fsrs: vectors for difficulty and stability") {
    Vectors v;
    const fsrs::Weights& w = fsrs::kDefaultWeights;
    const Rating ratings[] = {Rating::again, Rating::hard, Rating::good, Rating::easy};
    SUBCASE("difficulty before and after mean reversion") {
        const json& c = v.get("fsrs-rs test_next_difficulty");
        for (int g = 0; g < 4; ++g) {
            const double damped = fsrs::damped_difficulty(5.0, ratings[g], w);
            CHECK_CLOSE(damped, c["before_mr"][g].get<double>());
            CHECK_CLOSE(fsrs::mean_reversion(damped, w), c["after_mr"][g].get<double>());
        }
    }
    SUBCASE("stability after recall") {
        const json& c = v.get("fsrs-rs test_next_stability: S_recall");
        const double rs[] = {0.9, 0.8, 0.7, 0.6};
        for (int g = 0; g < 4; ++g) {
            CHECK_CLOSE(fsrs::stability_after_recall(5.0, g + 1.0, rs[g], ratings[g], w),
                        c["expected"][g].get<double>());
        }
    }
    SUBCASE("stability after a lapse") {
        const json& c = v.get("fsrs-rs test_next_stability: S_forget");
        const double rs[] = {0.9, 0.8, 0.7, 0.6};
        for (int i = 0; i < 4; ++i) {
            CHECK_CLOSE(fsrs::stability_after_lapse(5.0, i + 1.0, rs[i], w),
                        c["expected"][i].get<double>());
        }
    }
    SUBCASE("same-day stability: Hard floored at 1 as fsrs-rs #376") {
        const json& c = v.get("fsrs-rs test_next_stability: S_short_term");
        for (int g = 0; g < 4; ++g) {
            CHECK_CLOSE(fsrs::short_term_stability(5.0, ratings[g], w),
                        c["expected"][g].get<double>());
        }
    }
}

TEST_CASE("fsrs: vectors for memory state over a history") {
    Vectors v;
    SUBCASE("FSRS-6 defaults") {
        const json& c = v.get("fsrs-rs test_memory_state / ts-fsrs FSRS-6");
        const auto m = run_history(c["ratings"], c["delta_t"], fsrs::kDefaultWeights);
        CHECK_CLOSE(m.stability, c["S_expected"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D_expected"].get<double>());
    }
    SUBCASE("FSRS-6 with the same-day terms frozen") {
        const json& c = v.get("same, short-term frozen");
        fsrs::Weights w = fsrs::kDefaultWeights;
        w[17] = w[18] = w[19] = 0;
        const auto m = run_history(c["ratings"], c["delta_t"], w);
        CHECK_CLOSE(m.stability, c["S_expected"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D_expected"].get<double>());
    }
    SUBCASE("FSRS-5 weights filled from 19") {
        const json& c = v.get("fsrs-rs test_memo_state (FSRS-5");
        const auto m = run_history(c["ratings"], c["delta_t"], weights_from(c["w19"]));
        CHECK_CLOSE(m.stability, c["S_expected"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D_expected"].get<double>());
    }
    SUBCASE("FSRS-5 next state from a given memory") {
        const json& c = v.get("fsrs-rs test_memo_state next_states good");
        const json& w19 = v.get("fsrs-rs test_memo_state (FSRS-5")["w19"];
        const fsrs::MemoryState from{c["from"]["S"].get<double>(), c["from"]["D"].get<double>()};
        const auto m =
            fsrs::next_memory_state(from, c["delta_t"].get<long>(),
                                    static_cast<Rating>(c["rating"].get<int>()), weights_from(w19));
        CHECK_CLOSE(m.stability, c["S_expected"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D_expected"].get<double>());
    }
    SUBCASE("FSRS-5 next states for each rating, interval at retention 0.9") {
        const json& c = v.get("fsrs-rs test_next_states");
        const json& w19 = v.get("fsrs-rs test_memo_state (FSRS-5")["w19"];
        const fsrs::Weights w = weights_from(w19);
        const json history = {1, 3, 3, 3};
        const json deltas = {0, 1, 3, 8};
        const auto before = run_history(history, deltas, w);
        const char* names[] = {"again", "hard", "good", "easy"};
        for (int g = 1; g <= 4; ++g) {
            INFO("rating " << names[g - 1]);
            const auto m = fsrs::next_memory_state(before, 21, static_cast<Rating>(g), w);
            const json& e = c[names[g - 1]];
            CHECK_CLOSE(m.stability, e["S"].get<double>());
            CHECK_CLOSE(m.difficulty, e["D"].get<double>());
            CHECK_CLOSE(fsrs::next_interval_days(m.stability, 0.9, w), e["interval"].get<double>());
        }
    }
    SUBCASE("FSRS-5 defaults, same-day and long-term only") {
        const json& c = v.get("ts-fsrs FSRS-5 memory state");
        fsrs::Weights w = weights_from(v.doc["fsrs5_default_w_19"]);
        auto m = run_history(c["ratings"], c["delta_t"], w);
        CHECK_CLOSE(m.stability, c["S_short_term"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D"].get<double>());
        // ts-fsrs enable_short_term=false rates a same-day Good with the long-term formula at
        // R = 1, which leaves S unchanged: the same as a same-day factor of exactly 1.
        w[17] = w[18] = 0;
        m = run_history(c["ratings"], c["delta_t"], w);
        CHECK_CLOSE(m.stability, c["S_long_term"].get<double>());
        CHECK_CLOSE(m.difficulty, c["D"].get<double>());
    }
}

TEST_CASE("fsrs: vectors for SM-2 conversion and parameter filling") {
    Vectors v;
    SUBCASE("memory state from SM-2") {
        const json& c = v.get("fsrs-rs memory_state_from_sm2");
        for (size_t i = 0; i < c["inputs"].size(); ++i) {
            const json& in = c["inputs"][i];
            const auto m = fsrs::memory_state_from_sm2(in[0].get<double>(), in[1].get<double>(),
                                                       in[2].get<double>(), fsrs::kDefaultWeights);
            REQUIRE(m.has_value());
            CHECK_CLOSE(m->stability, c["expected_S_D"][i][0].get<double>());
            CHECK_CLOSE(m->difficulty, c["expected_S_D"][i][1].get<double>());
        }
    }
    SUBCASE("FSRS-4.5 weights converted") {
        const json& c = v.get("fsrs-rs test_convert_parameters");
        const fsrs::Weights w = weights_from(c["in"]);
        for (int i = 0; i < fsrs::kWeightCount; ++i) {
            INFO("w" << i);
            CHECK_CLOSE(w[i], c["out"][i].get<double>());
        }
    }
}

TEST_CASE("fsrs: vectors for the card scheduler") {
    Vectors v;
    const int64_t now = 1669725000000;
    SUBCASE("FSRS-6 interval history with learning steps") {
        const json& c = v.get("py-fsrs test_review_card");
        CHECK(interval_history(c["ratings"], StudySettings{}) == ints(c["ivl_days_expected"]));
    }
    SUBCASE("FSRS-5 interval history with learning steps") {
        const json& c = v.get("ts-fsrs FSRS-5 ivl_history");
        StudySettings settings;
        settings.weights = weights_from(v.doc["fsrs5_default_w_19"]);
        CHECK(interval_history(c["ratings"], settings) == ints(c["ivl_days_expected"]));
    }
    SUBCASE("ten Easy reviews in the same second bottom out difficulty") {
        const json& c = v.get("py-fsrs test_repeated_correct_reviews");
        CardState card;
        for (int i = 0; i < 10; ++i) card = review(card, Rating::easy, now, StudySettings{});
        CHECK(card.difficulty == c["D_expected"].get<double>());
    }
    const auto first_repeat = [&](const json& c, const StudySettings& settings,
                                  const json* r_at_due) {
        for (int g = 1; g <= 4; ++g) {
            INFO("rating " << g);
            const CardState card = review(CardState{}, static_cast<Rating>(g), now, settings);
            CHECK_CLOSE(card.stability, c["S"][g - 1].get<double>());
            CHECK_CLOSE(card.difficulty, c["D"][g - 1].get<double>());
            CHECK((card.due_ms - now) / kMsPerDay == c["scheduled_days"][g - 1].get<int64_t>());
            if (r_at_due) {
                const auto r = retrievability_at(card, card.due_ms, settings);
                REQUIRE(r.has_value());
                CHECK_CLOSE(*r, (*r_at_due)[g - 1].get<double>());
            }
        }
    };
    SUBCASE("FSRS-6 first repeat and retrievability at due") {
        const json& r = v.get("ts-fsrs FSRS-6 retrievability at due")["R"];
        first_repeat(v.get("ts-fsrs FSRS-6 first repeat"), StudySettings{}, &r);
    }
    SUBCASE("FSRS-5 first repeat") {
        StudySettings settings;
        settings.weights = weights_from(v.doc["fsrs5_default_w_19"]);
        first_repeat(v.get("ts-fsrs FSRS-5 first repeat"), settings, nullptr);
    }
}

TEST_CASE("fsrs: every case in the vectors file has a test") {
    Vectors v;
    const std::vector<std::string> prefixes = {"fsrs-rs test_power_forgetting_curve",
                                               "fsrs-rs test_current_retrievability",
                                               "fsrs-rs test_next_interval",
                                               "fsrs-rs test_next_difficulty",
                                               "fsrs-rs test_next_stability: S_recall",
                                               "fsrs-rs test_next_stability: S_forget",
                                               "fsrs-rs test_next_stability: S_short_term",
                                               "fsrs-rs test_memory_state / ts-fsrs FSRS-6",
                                               "same, short-term frozen",
                                               "fsrs-rs test_memo_state (FSRS-5",
                                               "fsrs-rs test_memo_state next_states good",
                                               "fsrs-rs test_next_states",
                                               "fsrs-rs memory_state_from_sm2",
                                               "py-fsrs test_review_card",
                                               "py-fsrs test_repeated_correct_reviews",
                                               "ts-fsrs FSRS-6 first repeat",
                                               "ts-fsrs FSRS-6 retrievability at due",
                                               "ts-fsrs FSRS-5 memory state",
                                               "ts-fsrs FSRS-5 first repeat",
                                               "ts-fsrs FSRS-5 ivl_history",
                                               "fsrs-rs test_convert_parameters"};
    for (const auto& p : prefixes) v.get(p);
    for (const json& c : v.doc["cases"]) {
        const std::string name = c["name"].get<std::string>();
        INFO("case without a test: " << name);
        CHECK(v.used.count(name) == 1);
    }
}
