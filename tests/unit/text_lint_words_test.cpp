// The lint's words are split and folded by the text module: any script, full case folding.
#include <doctest/doctest.h>

#include "core/lint/words.h"

using namespace statecraft;
using Words = std::vector<std::string>;

TEST_CASE("text: lint words fold case on Unicode rules") {
    CHECK(lint::words("STRASSE und Straße") == Words{"strasse", "und", "strasse"});
    CHECK(lint::words("ΟΔΟΣ οδός") == Words{"οδοσ", "οδόσ"});  // final sigma folds to σ
    CHECK(lint::words("МОСКВА, Москва") == Words{"москва", "москва"});
    CHECK(lint::words("ԵՐԵՎԱՆ Երևան") == Words{"երեվան", "երե\u0582ան"});  // և folds to եւ
    // Locale-independent: İ folds to i + combining dot, I to i (not to dotless ı).
    CHECK(lint::words("\u0130stanbul ISPARTA") == Words{"i\u0307stanbul", "isparta"});
}

TEST_CASE("text: lint words split on Unicode punctuation and keep letters of any script") {
    CHECK(lint::words("Gdańsk—Warsaw «Zürich» 1991–1994") ==
          Words{"gdańsk", "warsaw", "zürich", "1991", "1994"});
    CHECK(lint::words("Iran’s and Russia's deal") == Words{"iran", "and", "russia", "deal"});
    // The zero-width non-joiner belongs inside Persian words; the Arabic comma separates.
    CHECK(lint::words("پزشکیان، خامنه\u200Cای") == Words{"پزشکیان", "خامنه\u200Cای"});
    CHECK(lint::words("Khāmeneʾi") == Words{"khāmeneʾi"});  // ʾ is a modifier letter
    CHECK(lint::words("price €5 · 10°") == Words{"price", "5", "10"});
}

TEST_CASE("text: lint tokens mark shouted words in any script, not single capitals") {
    auto tokens = lint::tokenize("NOT ΟΧΙ A Не");
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[0].emphasised);
    CHECK(tokens[1].emphasised);
    CHECK_FALSE(tokens[2].emphasised);
    CHECK_FALSE(tokens[3].emphasised);
}
