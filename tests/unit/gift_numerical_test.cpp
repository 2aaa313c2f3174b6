// GIFT numerical questions <-> estimates, and polls in GIFT and CSV (bank format 1.1).
#include <doctest/doctest.h>

#include "core/interop/csv_reader.h"
#include "core/interop/csv_writer.h"
#include "core/interop/gift_numerical.h"
#include "core/interop/gift_reader.h"
#include "core/interop/gift_writer.h"
#include "support/bank_parts.h"

using namespace statecraft;

namespace {

const Question& only_question(const ImportResult& r) {
    REQUIRE(r.bank.questions.size() == 1);
    return r.bank.questions.front();
}

ImportResult import_gift_text(const std::string& text) {
    ImportResult r = read_gift(text);
    for (const ImportMessage& m : r.messages) MESSAGE(m.message);
    return r;
}

Bank bank_with(std::vector<Question> questions) {
    Bank b;
    b.id = "b";
    b.title = "B";
    b.categories.push_back({"c", "C", "", {}});
    for (Question& q : questions) q.category = "c";
    b.questions = std::move(questions);
    return b;
}

Question estimate_question() {
    Question q;
    q.id = "e";
    q.type = QuestionType::estimate;
    q.prompt = "How many missiles?";
    q.value = 200;
    q.unit = "missiles";
    q.margin = 20;
    q.tolerance = 60;
    q.explanation = "Up to 200.";
    return q;
}

Question poll_question() {
    Question q;
    q.id = "p";
    q.type = QuestionType::poll;
    q.prompt = "Which reading?";
    q.choices = {testing::choice("a", "One"), testing::choice("b", "Two")};
    q.explanation = "No key.";
    return q;
}

}  // namespace

TEST_CASE("gift numerical: Moodle's documented forms import as estimates") {
    struct Case {
        const char* gift;
        double value, margin;
        std::optional<double> tolerance;
    };
    for (const Case& c : {
             Case{"When was Ulysses S. Grant born?{#1822:5}", 1822, 5, std::nullopt},
             Case{"When was Ulysses S. Grant born? {#1822}", 1822, 0, std::nullopt},
             Case{"What is the value of pi? {#3.14159:0.0005}.", 3.14159, 0.0005, std::nullopt},
             Case{"What is the value of pi? {#3.141..3.142}.", 3.1415, 0.0005, std::nullopt},
             Case{"Pi times -1? {#-3.142..-3.141}.", -3.1415, 0.0005, std::nullopt},
             Case{"Pick a number from -5 to 5. {#-5..5}.", 0, 5, std::nullopt},
             // Half credit within 2: the linear fall-off passes 50 % at 2, so it ends at 4.
             Case{"When was he born? {#\n =1822:0 #Right\n =%50%1822:2 #Close\n}", 1822, 0, 4.0},
             Case{"What is a number from 1 to 5? {#3:2~#Completely wrong}", 3, 2, std::nullopt},
         }) {
        INFO(c.gift);
        ImportResult r = import_gift_text(c.gift);
        REQUIRE(r.ok());
        const Question& q = only_question(r);
        CHECK(q.type == QuestionType::estimate);
        CHECK(q.value == doctest::Approx(c.value));
        CHECK(q.margin == doctest::Approx(c.margin));
        CHECK(q.tolerance.has_value() == c.tolerance.has_value());
        if (c.tolerance && q.tolerance) CHECK(*q.tolerance == doctest::Approx(*c.tolerance));
    }
}

TEST_CASE("gift numerical: answers around other numbers are kept out, with a note") {
    ImportResult r =
        import_gift_text("How many GRASP principles? {#\n =%0%5:0#No\n =%100%9:0#Yes\n}");
    REQUIRE(r.ok());
    CHECK(only_question(r).value == 9.0);
    r = import_gift_text("How many? {#=9:0 =%50%10:0}");
    REQUIRE(r.ok());
    bool noted = false;
    for (const ImportMessage& m : r.messages)
        noted = noted || m.message.find("around another number") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("gift numerical: broken numbers are errors with their line, nothing half-read") {
    for (const char* text : {"How many? {#abc}", "How many? {#=%50%3:1}", "How many? {#5..1}",
                             "How many? {#3:-1}", "How many? {#1e400}", "How many? {#=%150%3}"}) {
        INFO(text);
        ImportResult r = import_gift_text(text);
        CHECK_FALSE(r.ok());
        CHECK(r.bank.questions.empty());
    }
}

TEST_CASE("gift numerical: an estimate exports to Moodle's form and comes back the same") {
    Question q = estimate_question();
    CHECK(gift::estimate_to_numerical(q) == "#=200:20 =%50%200:40");
    Question step = q;
    step.tolerance.reset();
    CHECK(gift::estimate_to_numerical(step) == "#200:20");
    step.margin = 0;
    CHECK(gift::estimate_to_numerical(step) == "#200");

    ExportResult out = write_gift(bank_with({q, poll_question()}));
    REQUIRE(out.ok());
    CHECK(out.text.find("{#=200:20 =%50%200:40") != std::string::npos);
    CHECK(out.text.find("[statecraft:unit=missiles]") != std::string::npos);
    // The poll is named as left out, not dropped in silence.
    REQUIRE(out.skipped.size() == 1);
    CHECK(out.skipped[0].find("question \"p\"") != std::string::npos);
    CHECK(out.text.find("Which reading?") == std::string::npos);

    ImportResult back = import_gift_text(out.text);
    REQUIRE(back.ok());
    const Question& e = only_question(back);
    CHECK(e.type == QuestionType::estimate);
    CHECK(e.value == 200.0);
    CHECK(e.unit == "missiles");
    CHECK(e.margin == 20.0);
    REQUIRE(e.tolerance);
    CHECK(*e.tolerance == doctest::Approx(60.0));
    CHECK(e.explanation == "Up to 200.");
}

TEST_CASE("csv: estimates and polls go out and come back") {
    ExportResult out = write_csv(bank_with({estimate_question(), poll_question()}));
    REQUIRE(out.ok());
    CHECK(out.text.find("unit,margin,tolerance") != std::string::npos);
    ImportResult back = read_csv(out.text);
    for (const ImportMessage& m : back.messages) MESSAGE(m.message);
    REQUIRE(back.ok());
    REQUIRE(back.bank.questions.size() == 2);
    const Question& e = back.bank.questions[0];
    CHECK(e.type == QuestionType::estimate);
    CHECK(e.value == 200.0);
    CHECK(e.unit == "missiles");
    CHECK(e.margin == 20.0);
    CHECK(e.tolerance == 60.0);
    const Question& p = back.bank.questions[1];
    CHECK(p.type == QuestionType::poll);
    REQUIRE(p.choices.size() == 2);
    CHECK(p.choices[1].text == "Two");
    CHECK_FALSE(p.choices[0].correct);

    ImportResult bad = read_csv("type,prompt,answer,margin\nestimate,How many?,lots,\n");
    CHECK_FALSE(bad.ok());
}
