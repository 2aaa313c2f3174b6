#include "support/item_compare.h"

#include <doctest/doctest.h>

#include <map>
#include <tuple>

#include "core/stats/item_analysis.h"
#include "core/store/sqlite_db.h"

namespace statecraft::testing {

namespace {

// The store's item_cells query before the item totals (schema 8 and earlier).
constexpr const char* kOldAttemptCells = R"sql(
SELECT p.name, a.question_id, a.answer, 0, count(*), sum(a.correct), total(a.score)
FROM attempts AS a JOIN profiles AS p ON p.id = a.profile_id WHERE a.bank_id = ?1
GROUP BY a.profile_id, a.question_id, a.answer)sql";
constexpr const char* kOldClassroomCells = R"sql(
SELECT 'game ' || s.id || ': ' || r.team, r.question_id, r.answer_ids, 1, count(*),
       sum(r.correct), total(r.fraction)
FROM classroom_results AS r JOIN sessions AS s ON s.id = r.session_id
WHERE s.bank_id = ?1 AND r.answered GROUP BY s.id, r.team, r.question_id, r.answer_ids)sql";

using CellKey = std::tuple<std::string, std::string, std::string, bool>;

std::map<CellKey, ItemCell> by_key(const std::vector<ItemCell>& cells) {
    std::map<CellKey, ItemCell> out;
    for (const ItemCell& c : cells) {
        auto [it, fresh] =
            out.try_emplace({c.student, c.question_id, c.answer, c.answer_is_ids}, c);
        CHECK_MESSAGE(fresh, "a cell read twice: ", c.student, " ", c.question_id, " ", c.answer);
    }
    return out;
}

std::vector<ItemCell> old_cells(const std::filesystem::path& db, const std::string& bank_id) {
    sql::Database raw = sql::Database::open(db.string(), false);
    std::vector<ItemCell> out;
    for (const char* text : {kOldAttemptCells, kOldClassroomCells}) {
        sql::Statement st(raw, text);
        st.bind(1, bank_id);
        while (st.step())
            out.push_back({st.column_text(0), st.column_text(1), st.column_text(2),
                           st.column_int(3) != 0, st.column_int(4), st.column_int(5),
                           st.column_double(6)});
    }
    return out;
}

void check_figures(const ItemFigures& f, const ItemFigures& s) {
    INFO("question ", f.question_id);
    CHECK(f.question_id == s.question_id);
    CHECK(f.responses == s.responses);
    CHECK(f.students == s.students);
    CHECK(f.facility == doctest::Approx(s.facility));
    REQUIRE(f.point_biserial.has_value() == s.point_biserial.has_value());
    if (f.point_biserial) CHECK(*f.point_biserial == doctest::Approx(*s.point_biserial));
    REQUIRE(f.upper_lower.has_value() == s.upper_lower.has_value());
    if (f.upper_lower) CHECK(*f.upper_lower == doctest::Approx(*s.upper_lower));
    REQUIRE(f.options.size() == s.options.size());
    for (std::size_t i = 0; i < f.options.size(); ++i)
        CHECK(f.options[i].picks == s.options[i].picks);
    CHECK(f.flags == s.flags);
}

}  // namespace

void expect_item_cells_agree(Store& store, const std::filesystem::path& db, const Bank& bank) {
    std::vector<ItemCell> fast;
    std::string error;
    REQUIRE_MESSAGE(store.item_cells(bank.id, fast, error), error);
    const std::vector<ItemCell> slow = old_cells(db, bank.id);
    const auto f = by_key(fast), s = by_key(slow);
    REQUIRE(f.size() == s.size());
    for (auto fi = f.begin(), si = s.begin(); fi != f.end(); ++fi, ++si) {
        INFO("cell ", si->second.student, " ", si->second.question_id, " ", si->second.answer);
        REQUIRE(fi->first == si->first);
        CHECK(fi->second.responses == si->second.responses);
        CHECK(fi->second.right == si->second.right);
        CHECK(fi->second.score_sum == doctest::Approx(si->second.score_sum));
    }
    const std::vector<ItemFigures> ff = analyse_items(bank, fast), sf = analyse_items(bank, slow);
    REQUIRE(ff.size() == sf.size());
    for (std::size_t i = 0; i < ff.size(); ++i) check_figures(ff[i], sf[i]);
}

}  // namespace statecraft::testing
