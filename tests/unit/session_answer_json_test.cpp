// Answers survive a trip through JSON text; bad JSON gives a message, never a throw.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/session/answer.h"

using namespace statecraft;

TEST_CASE("answer: every type round-trips through JSON text") {
    std::vector<Answer> answers = {
        Answer::single("a"),
        Answer::multiple({"a", "d"}),
        Answer::multiple({}),
        Answer::true_false(true),
        Answer::true_false(false),
        empty_answer(QuestionType::true_false),
        Answer::matching({{"single", "choices"}, {"ordering", "sequence"}}),
        Answer::ordering({"b", "a", "c"}),
        Answer::short_text("Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87 \"quoted\"\n"),
    };
    for (const Answer& a : answers) {
        std::string text = answer_to_json_text(a);
        INFO(text);
        std::string error;
        auto back = answer_from_json_text(text, error);
        REQUIRE(back.has_value());
        CHECK(*back == a);
        CHECK(error.empty());
    }
}

TEST_CASE("answer: JSON text has the documented shape") {
    auto j = nlohmann::json::parse(answer_to_json_text(Answer::single("a")));
    CHECK(j == nlohmann::json::parse(R"({"type":"single","choices":["a"]})"));
    j = nlohmann::json::parse(answer_to_json_text(Answer::true_false(true)));
    CHECK(j == nlohmann::json::parse(R"({"type":"true_false","value":true})"));
    j = nlohmann::json::parse(answer_to_json_text(Answer::matching({{"L", "R"}})));
    CHECK(j ==
          nlohmann::json::parse(R"({"type":"matching","matches":[{"left":"L","right":"R"}]})"));
    j = nlohmann::json::parse(answer_to_json_text(Answer::short_text("x")));
    CHECK(j == nlohmann::json::parse(R"({"type":"short_answer","text":"x"})"));
}

TEST_CASE("answer: bad JSON gives a message") {
    struct Bad {
        const char* text;
        const char* message;
    };
    for (Bad bad : {Bad{"", "JSON object"}, Bad{"[1]", "JSON object"}, Bad{"{", "JSON object"},
                    Bad{R"({"choices":[]})", "type"}, Bad{R"({"type":"essay"})", "essay"},
                    Bad{R"({"type":"single","choices":"a"})", "array"},
                    Bad{R"({"type":"multiple","choices":[1]})", "strings"},
                    Bad{R"({"type":"true_false","value":"yes"})", "true, false"},
                    Bad{R"({"type":"matching","matches":[{"left":"a"}]})", "left"},
                    Bad{R"({"type":"matching","matches":{}})", "array"},
                    Bad{R"({"type":"ordering","order":[null]})", "strings"},
                    Bad{R"({"type":"short_answer","text":5})", "string"}}) {
        INFO(bad.text);
        std::string error;
        CHECK_FALSE(answer_from_json_text(bad.text, error).has_value());
        CHECK(error.find(bad.message) != std::string::npos);
    }
}

TEST_CASE("answer: missing fields read as nothing chosen, unknown fields are ignored") {
    std::string error;
    auto a = answer_from_json_text(R"({"type":"multiple","future":1})", error);
    REQUIRE(a);
    CHECK(*a == empty_answer(QuestionType::multiple));
    a = answer_from_json_text(R"({"type":"true_false","value":null})", error);
    REQUIRE(a);
    CHECK_FALSE(a->truth.has_value());
}

TEST_CASE("answer: is_complete says when an answer can be marked") {
    CHECK_FALSE(is_complete(empty_answer(QuestionType::single)));
    CHECK(is_complete(Answer::single("a")));
    CHECK_FALSE(is_complete(Answer::multiple({})));
    CHECK(is_complete(Answer::multiple({"a"})));
    CHECK_FALSE(is_complete(empty_answer(QuestionType::true_false)));
    CHECK(is_complete(Answer::true_false(false)));
    CHECK(is_complete(Answer::matching({})));
    CHECK(is_complete(Answer::ordering({"a"})));
    CHECK_FALSE(is_complete(Answer::short_text("  \t")));
    CHECK(is_complete(Answer::short_text(" x ")));
}
