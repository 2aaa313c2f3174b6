// Short-answer normalization: spaces, punctuation at the ends, case, UTF-8.
#include <doctest/doctest.h>

#include "core/session/text_normalize.h"

using namespace statecraft;

namespace {
std::string norm(std::string_view s) {
    return normalize_short_answer(s, false);
}
}  // namespace

TEST_CASE("answer: normalize collapses and trims spaces") {
    CHECK(norm("  a   b\t\nc  ") == "a b c");
    CHECK(norm("a\xC2\xA0"
               "b") == "a b");  // no-break space
    CHECK(norm("a\xE2\x80\x83\xE2\x80\x83"
               "b") == "a b");  // em spaces
    CHECK(norm("") == "");
    CHECK(norm(" \t ") == "");
}

TEST_CASE("answer: normalize strips punctuation at the ends only") {
    CHECK(norm("Hello, world!") == "hello, world");
    CHECK(norm("...why?!") == "why");
    CHECK(norm("\" ( quoted ) \"") == "quoted");
    CHECK(norm("\xE2\x80\x9CSmart\xE2\x80\x9D") == "smart");  // curly quotes
    CHECK(norm("\xC2\xBFQu\xC3\xA9?") == "qu\xC3\xA9");       // ¿Qué?
    CHECK(norm("\xC2\xAB"
               "Bonjour\xC2\xBB") == "bonjour");  // guillemets
    CHECK(norm("wait\xE2\x80\xA6") == "wait");    // ellipsis
    CHECK(norm("U.S.") == "u.s");
    CHECK(norm("statecraft.bank") == "statecraft.bank");
    // Symbols are not punctuation here.
    CHECK(norm("C++") == "c++");
    CHECK(norm("-5") == "-5");
    CHECK(norm("50%") == "50%");
    CHECK(norm("#1") == "#1");
    CHECK(norm("?!") == "");
}

TEST_CASE("answer: normalize folds case of Latin, Greek and Cyrillic letters") {
    CHECK(norm("ABC xyz") == "abc xyz");
    CHECK(norm("\xC3\x89MILE") == "\xC3\xA9mile");    // ÉMILE -> émile
    CHECK(norm("Z\xC3\x9CRICH") == "z\xC3\xBCrich");  // ZÜRICH
    CHECK(norm("\xC5\x81\xC3\x93\xC5\x9A\xC5\xB9") == "\xC5\x82\xC3\xB3\xC5\x9B\xC5\xBA");  // ŁÓŚŹ
    CHECK(norm("\xC4\x8C"
               "ESK\xC3\x9D") ==
          "\xC4\x8D"
          "esk\xC3\xBD");                                                   // ČESKÝ
    CHECK(norm("\xC5\xB8") == "\xC3\xBF");                                  // Ÿ -> ÿ
    CHECK(norm("\xCE\x91\xCE\xA3") == "\xCE\xB1\xCF\x83");                  // ΑΣ -> ασ
    CHECK(norm("\xD0\x9C\xD0\x98\xD0\xA0") == "\xD0\xBC\xD0\xB8\xD1\x80");  // МИР -> мир
    CHECK(norm("\xD0\x81") == "\xD1\x91");                                  // Ё -> ё
    CHECK(norm("\xC3\x97") == "\xC3\x97");                                  // × stays
    CHECK(norm("stra\xC3\x9F"
               "e") == "strasse");  // ß folds fully to ss
    // Diacritics are kept: Zürich is not Zurich.
    CHECK(norm("Z\xC3\xBCrich") != norm("Zurich"));
    CHECK(normalize_short_answer("NATO", true) == "NATO");
}

TEST_CASE("text: short answers compare on Unicode rules") {
    // Composed and decomposed input match.
    CHECK(norm("Caf\xC3\xA9") == norm("Cafe\xCC\x81"));
    CHECK(norm("STRASSE") == norm("Stra\xC3\x9F"
                                  "e"));
    CHECK(norm("\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3") == norm("\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x82"));
    // Turkish: locale-independent folding keeps İ and ı apart from I unless accents are ignored.
    CHECK(norm("\xC4\xB0stanbul") != norm("Istanbul"));
    CHECK(norm("\xC4\xB1") != norm("i"));
    CHECK(normalize_short_answer("\xC4\xB0stanbul", false, true) ==
          normalize_short_answer("Istanbul", false, true));
    // ignore_accents: transliterated names.
    CHECK(norm("Z\xC3\xBCrich") != norm("Zurich"));
    CHECK(normalize_short_answer("Z\xC3\xBCrich", false, true) ==
          normalize_short_answer("zurich", false, true));
    CHECK(normalize_short_answer("Erdo\xC4\x9F"
                                 "an.",
                                 false, true) == "erdogan");
    // Armenian and Cyrillic fold; Persian passes through untouched.
    CHECK(norm("\xD4\xB5\xD6\x80\xD6\x87\xD5\xA1\xD5\xB6") ==
          norm("\xD5\xA5\xD6\x80\xD6\x87\xD5\xA1\xD5\xB6"));
    CHECK(norm("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90") ==
          "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
    const std::string persian = "\xD9\xBE\xD8\xB2\xD8\xB4\xDA\xA9\xDB\x8C\xD8\xA7\xD9\x86";
    CHECK(norm(" " + persian + " ") == persian);
    CHECK(normalize_short_answer(persian, false, true) == persian);
}

TEST_CASE("answer: normalize replaces invalid UTF-8 bytes") {
    CHECK(norm("A\xFF"
               "B") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(norm("\xF0\x9F\x98\x80 Smile") == "\xF0\x9F\x98\x80 smile");  // 4-byte kept
}
