// Fairer short answers (issue 13 item 3): articles, abbreviation dots, strict_match, the
// "also accepted" feedback and the student's "I was right".
#include <doctest/doctest.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "core/session/answer_check.h"
#include "core/session/quiz_session.h"
#include "core/session/results_json.h"
#include "core/session/short_answer_match.h"

using namespace statecraft;

namespace {

Question short_question(std::vector<std::string> accept) {
    Question q;
    q.id = "q-short";
    q.category = "actors";
    q.type = QuestionType::short_answer;
    q.prompt = "Who?";
    q.accept = std::move(accept);
    return q;
}

bool right(const Question& q, const char* text) {
    return check_answer(q, Answer::short_text(text)).correct;
}

}  // namespace

TEST_CASE("short answer: a leading article does not count") {
    Question q = short_question({"IRGC"});
    for (const char* text : {"IRGC", "the IRGC", "The IRGC", "THE irgc.", "an IRGC", "a IRGC"}) {
        INFO(text);
        CHECK(right(q, text));
    }
    for (const char* text : {"theIRGC", "IRGC the", "those IRGC", "the"}) {
        INFO(text);
        CHECK_FALSE(right(q, text));
    }
    // An accepted answer that has the article itself matches the bare form too.
    Question eu = short_question({"the European Union"});
    CHECK(right(eu, "European Union"));
    // An answer that is only an article stays itself.
    CHECK(loosen_short_answer("a") == "a");
    CHECK(loosen_short_answer("the") == "the");
}

TEST_CASE("short answer: dots of single-letter abbreviations do not count") {
    Question q = short_question({"US"});
    for (const char* text : {"US", "U.S.", "U.S", "the U.S.", "u.s."}) {
        INFO(text);
        CHECK(right(q, text));
    }
    CHECK_FALSE(right(q, "U S"));
    CHECK_FALSE(right(q, "USA"));
    CHECK(right(short_question({"U.S.A."}), "USA"));
    // Not abbreviations: a word's dot and a decimal point stay.
    CHECK(loosen_short_answer("dr. no") == "dr. no");
    CHECK(loosen_short_answer("3.5 km") == "3.5 km");
    CHECK(loosen_short_answer("e.u") == "eu");
}

TEST_CASE("short answer: strict_match compares articles and dots as typed") {
    Question q = short_question({"US"});
    q.strict_match = true;
    CHECK(right(q, "US"));
    CHECK(right(q, "us."));  // case and end punctuation are still forgiven
    CHECK_FALSE(right(q, "U.S."));
    CHECK_FALSE(right(q, "the US"));
}

TEST_CASE("short answer: spelling variants come only from the accept list") {
    Question q = short_question({"nuclear cooperation"});
    CHECK_FALSE(right(q, "nuclear co-operation"));
    q.accept.push_back("nuclear co-operation");
    CHECK(right(q, "nuclear co-operation"));
}

TEST_CASE("short answer: feedback shows one main answer and the other real variants") {
    Question q = short_question({"IRGC", "the IRGC", "I.R.G.C.", "Revolutionary Guards", "irgc",
                                 "Islamic Revolutionary Guard Corps"});
    AcceptedAnswers a = accepted_answers(q);
    CHECK(a.main == "IRGC");
    CHECK(a.also ==
          std::vector<std::string>{"Revolutionary Guards", "Islamic Revolutionary Guard Corps"});
    CHECK(describe_correct_answer(q) ==
          std::vector<std::string>{
              "IRGC", "also accepted: Revolutionary Guards, Islamic Revolutionary Guard Corps"});
    CHECK(describe_correct_answer(short_question({"Zarif"})) == std::vector<std::string>{"Zarif"});
    // With strict_match the article is a variant of its own (dots still read as one to people).
    q.strict_match = true;
    CHECK(accepted_answers(q).also.front() == "the IRGC");
    // Spellings a reader takes as one are listed once; more than three are counted.
    Question fath = short_question({"Fath-360", "Fath 360", "Fath360", "Fateh-360", "Fateh 360",
                                    "Fath-360 missile", "Fath-360 missiles", "Fateh-360 missile"});
    CHECK(accepted_answers(fath).also == std::vector<std::string>{"Fateh-360", "Fath-360 missile",
                                                                  "Fath-360 missiles",
                                                                  "Fateh-360 missile"});
    CHECK(describe_correct_answer(fath).back() ==
          "also accepted: Fateh-360, Fath-360 missile, Fath-360 missiles and 1 other");
}

TEST_CASE("short answer: \"I was right\" marks a wrong short answer as overridden, once") {
    auto bank = std::make_shared<Bank>();
    bank->id = "b";
    bank->categories.push_back({"actors", "Actors", "", {}});
    bank->questions.push_back(short_question({"Zarif"}));
    Question tf;
    tf.id = "q-tf";
    tf.category = "actors";
    tf.type = QuestionType::true_false;
    tf.prompt = "Is it?";
    tf.answer = true;
    bank->questions.push_back(tf);
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 0;
    std::string error;
    auto s = QuizSession::start(bank, config, clock, error);
    REQUIRE(s);
    CHECK_FALSE(s->can_override(0));  // not answered yet
    Outcome o = s->submit(Answer::short_text("Javad Zarif"));
    CHECK_FALSE(o.correct);
    CHECK(s->can_override(0));
    CHECK(s->override_answer(0));
    CHECK_FALSE(s->override_answer(0));  // once
    o = *s->outcome(0);
    CHECK(o.overridden);
    CHECK(o.score == 0.0);  // marked as it was: reports choose whether to count it
    CHECK(s->results().score == 0.0);
    auto results = nlohmann::json::parse(results_to_json_text(*s, nullptr));
    CHECK(results["questions"][0]["overridden"] == true);
    REQUIRE(s->next());
    s->submit(Answer::true_false(false));
    CHECK_FALSE(s->can_override(1));  // only short answers
    CHECK_FALSE(s->override_answer(1));
}

TEST_CASE("short answer: a right answer cannot be overridden") {
    auto bank = std::make_shared<Bank>();
    bank->id = "b";
    bank->categories.push_back({"actors", "Actors", "", {}});
    bank->questions.push_back(short_question({"Zarif"}));
    ManualClock clock;
    QuizConfig config;
    std::string error;
    auto s = QuizSession::start(bank, config, clock, error);
    REQUIRE(s);
    CHECK(s->submit(Answer::short_text("the Zarif")).correct);
    CHECK_FALSE(s->override_answer(0));
}
