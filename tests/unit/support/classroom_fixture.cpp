#include "support/classroom_fixture.h"

#include <algorithm>

#include "support/bank_parts.h"

namespace statecraft::testing {

namespace {

Question choice_question(std::string id, std::string category, QuestionType type,
                         std::string prompt, std::vector<Choice> choices, std::string explanation) {
    Question q;
    q.id = std::move(id);
    q.category = std::move(category);
    q.type = type;
    q.prompt = std::move(prompt);
    q.choices = std::move(choices);
    q.explanation = std::move(explanation);
    return q;
}

}  // namespace

Bank classroom_bank() {
    Bank bank;
    bank.id = "classroom-test";
    bank.title = "Classroom test bank";
    bank.categories = {{"actors", "Actors", "", {}}, {"history", "History", "", {}}};

    bank.questions.push_back(choice_question(
        "q-capital", "actors", QuestionType::single, "Which city is Iran's capital?",
        {testing::choice("a", "Tehran", true), testing::choice("b", "Moscow"),
         testing::choice("c", "Ankara"), testing::choice("d", "Baku")},
        "Tehran has been the capital since 1786."));
    bank.questions.push_back(choice_question(
        "q-members", "actors", QuestionType::multiple, "Which are members of the SCO?",
        {testing::choice("a", "Iran", true), testing::choice("b", "Brazil"),
         testing::choice("c", "Russia", true), testing::choice("d", "Japan")},
        "Iran joined in 2023; Russia is a founder."));
    Question treaty;
    treaty.id = "q-treaty";
    treaty.category = "actors";
    treaty.type = QuestionType::true_false;
    treaty.prompt = "Iran and Russia signed a strategic partnership treaty in 2025.";
    treaty.answer = true;
    treaty.time_limit_s = 10;
    bank.questions.push_back(treaty);
    Question year =
        choice_question("q-year", "history", QuestionType::single, "When was the JCPOA agreed?",
                        {testing::choice("a", "2001"), testing::choice("b", "2015", true),
                         testing::choice("c", "2020")},
                        "July 2015, in Vienna.");
    year.time_limit_s = 30;
    bank.questions.push_back(year);
    bank.questions.push_back(choice_question(
        "q-leader", "history", QuestionType::single, "Who was elected Iran's president in 2024?",
        {testing::choice("a", "Pezeshkian", true), testing::choice("b", "Raisi")},
        "Masoud Pezeshkian won the run-off."));

    Question order;
    order.id = "q-order";
    order.category = "history";
    order.type = QuestionType::ordering;
    order.prompt = "Put in order.";
    order.sequence = {"1979 revolution", "JCPOA", "Treaty"};
    order.explanation = "Oldest first.";
    bank.questions.push_back(order);
    Question short_answer;
    short_answer.id = "q-short";
    short_answer.category = "history";
    short_answer.type = QuestionType::short_answer;
    short_answer.prompt = "Name Iran's foreign minister in 2015.";
    short_answer.accept = {"Zarif", "Javad Zarif"};
    short_answer.explanation = "Mohammad Javad Zarif.";
    bank.questions.push_back(short_answer);
    Question match;
    match.id = "q-match";
    match.category = "history";
    match.type = QuestionType::matching;
    match.prompt = "Match.";
    match.pairs = {{"Iran", "Tehran", {}}, {"Russia", "Moscow", {}}};
    match.explanation = "Capitals.";
    bank.questions.push_back(match);
    return bank;
}

Bank classroom_bank_with(const std::vector<std::string>& question_ids) {
    Bank bank = classroom_bank();
    std::erase_if(bank.questions, [&](const Question& q) {
        return std::find(question_ids.begin(), question_ids.end(), q.id) == question_ids.end();
    });
    return bank;
}

}  // namespace statecraft::testing
