// Ids made from imported titles stay ASCII slugs, with accents and case folded by core/text.
#include <doctest/doctest.h>

#include "core/interop/text_util.h"

using namespace statecraft;

TEST_CASE("text: ids made from titles fold accents and case, and stay ASCII") {
    CHECK(make_slug("Zürich and Gdańsk") == "zurich-and-gdansk");
    CHECK(make_slug("STRASSE, Straße") == "strasse-strasse");
    CHECK(make_slug("Khāmeneʾi's speech") == "khamene-i-s-speech");
    CHECK(make_slug("Αθήνα 2004") == "2004");        // letters outside ASCII separate
    CHECK(make_slug("Erdog\u0306an") == "erdogan");  // decomposed input too
    CHECK(make_slug("abc def", 5) == "abc-d");       // max_chars counts the dash
}
