// The store's check that an attempt's answer is JSON text (core/store/json_text.h): one value,
// valid UTF-8, nothing after it, any nesting depth without recursion.
#include <doctest/doctest.h>

#include <string>

#include "core/store/json_text.h"
#include "core/store/store.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

TEST_CASE("store json text: one JSON value, valid UTF-8, nothing after it") {
    for (const char* good :
         {"null", "{\"choice\":\"b\"}", " [1, 2.5e30, -0, 12345678901234567890] ", "\"Zo\xc3\xab\"",
          "{\"a\":{\"b\":[true,false,{}]}}"})
        CHECK_MESSAGE(is_json_text(good), std::string(good));
    for (const char* bad : {"", "{", "{\"a\":1,}", "[1] [2]", "nul", "'x'", "NaN", "\"\xff\"",
                            "{\"a\":1} x", "// c\n1"})
        CHECK_MESSAGE(!is_json_text(bad), std::string(bad));
    CHECK_FALSE(is_json_text(std::string("1\0 2", 4)));  // past a NUL byte
    CHECK(is_json_text(std::string(100'000, '[') + std::string(100'000, ']')));
}

TEST_CASE("store json text: an answer that is not JSON is refused with a message, nothing kept") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start());
    AttemptRecord a = test_attempt("q1", 1.0);
    a.answer_json = "{\"choice\":";
    WriteResult w = store.record_attempt(begun.key, a);
    CHECK(w.rejected);
    CHECK(w.message.find("JSON") != std::string::npos);
    CHECK(counts_of(store).attempts == 0);
    a.answer_json = "{\"choice\":\"b\"}";
    CHECK(store.record_attempt(begun.key, a).saved);
    CHECK(counts_of(store).attempts == 1);
}
