// question_totals.recent, a question's latest scores as text ("ms,id,score;" newest first):
// written with the shortest exact digits, and the %.17g text of older rows read back the same.
#include <doctest/doctest.h>

#include <vector>

#include "core/store/totals_fold.h"

using namespace statecraft;

TEST_CASE("store recent scores: exact round trip, older %.17g text, broken items skipped") {
    std::vector<RecentScore> recent = {
        {1715342400000, 42, 1.0 / 3.0}, {-5, 7, 0.0}, {9, 9223372036854775807, 2.0 / 3.0}};
    std::string text = format_recent(recent);
    CHECK(text ==
          "1715342400000,42,0.3333333333333333;-5,7,0;9,9223372036854775807,"
          "0.6666666666666666");
    std::vector<RecentScore> back = parse_recent(text);
    REQUIRE(back.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(back[i].ms == recent[i].ms);
        CHECK(back[i].id == recent[i].id);
        CHECK(back[i].score == recent[i].score);  // bit for bit
    }
    std::vector<RecentScore> old = parse_recent("5,1,0.33333333333333331;6,2,1");
    REQUIRE(old.size() == 2);
    CHECK(old[0].score == 1.0 / 3.0);
    CHECK(old[1].score == 1.0);
    CHECK(parse_recent("x;5,1;5,,0.5;7,3,0.25").size() == 1);
    CHECK(parse_recent("").empty());
    CHECK(format_recent({}).empty());
}
