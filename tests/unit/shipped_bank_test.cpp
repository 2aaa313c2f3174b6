// The shipped bank questions/iran-russia-missiles.json keeps the shape issue 3 asks for:
// clean validation, the counts per category and type, a briefing of the right size, and
// questions that teach (explanations, refs, feedback, marked background).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/bank/bank_loader.h"

using namespace statecraft;

namespace {

const LoadedBank& shipped_bank() {
    static const LoadedBank loaded = load_bank_file(std::filesystem::path(STATECRAFT_SOURCE_DIR) /
                                                    "questions/iran-russia-missiles.json");
    return loaded;
}

int word_count(const std::string& text) {
    std::istringstream in(text);
    int words = 0;
    for (std::string word; in >> word;) ++words;
    return words;
}

bool has_tag(const Question& q, const std::string& tag) {
    return std::find(q.tags.begin(), q.tags.end(), tag) != q.tags.end();
}

}  // namespace

TEST_CASE("shipped bank: loads with no diagnostics at all") {
    const LoadedBank& loaded = shipped_bank();
    for (const Diagnostic& d : loaded.diagnostics) INFO(format_diagnostic(loaded.path.string(), d));
    CHECK(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.bank.id == "iran-russia-missiles");
    REQUIRE(loaded.bank.source.has_value());
    CHECK(loaded.bank.source->title ==
          "Iran's Missile Deal with Russia: A Complex Strategy Under Pezeshkian's Presidency");
}

TEST_CASE("shipped bank: question counts per category, type and difficulty") {
    const Bank& bank = shipped_bank().bank;
    CHECK(bank.questions.size() >= 80);

    std::map<std::string, int> per_category;
    std::map<QuestionType, int> per_type;
    std::set<int> difficulties;
    for (const Question& q : bank.questions) {
        ++per_category[q.category];
        ++per_type[q.type];
        difficulties.insert(q.difficulty);
    }
    CHECK(per_category["actors"] >= 20);
    CHECK(per_category["motives"] >= 20);
    CHECK(per_category["interpretations"] >= 25);
    CHECK(per_category["context"] >= 1);
    int categorised = per_category["actors"] + per_category["motives"] +
                      per_category["interpretations"] + per_category["context"];
    CHECK(categorised == static_cast<int>(bank.questions.size()));  // the rest are all context

    for (const char* name : kQuestionTypeNames) {
        QuestionType type = *question_type_from_string(name);
        INFO("type " << name);
        CHECK(per_type[type] >= 5);
    }
    CHECK(difficulties == std::set<int>{1, 2, 3});
}

TEST_CASE(
    "shipped bank: the briefing has 6 to 10 sections of 80 to 200 words, each referenced 3 times") {
    const Bank& bank = shipped_bank().bank;
    REQUIRE(bank.source.has_value());
    const auto& sections = bank.source->sections;
    CHECK(sections.size() >= 6);
    CHECK(sections.size() <= 10);

    std::map<std::string, int> references;
    for (const Question& q : bank.questions)
        for (const std::string& ref : std::set<std::string>(q.refs.begin(), q.refs.end()))
            ++references[ref];
    for (const Section& s : sections) {
        INFO("section " << s.id);
        int words = word_count(s.text);
        CHECK(words >= 80);
        CHECK(words <= 200);
        CHECK(references[s.id] >= 3);
    }
}

TEST_CASE("shipped bank: every question teaches") {
    for (const Question& q : shipped_bank().bank.questions) {
        INFO("question " << q.id);
        CHECK(word_count(q.explanation) >= 10);
        CHECK(!q.refs.empty());
        if (q.type == QuestionType::single || q.type == QuestionType::multiple) {
            // Feedback belongs on the tempting wrong choices.
            bool wrong_with_feedback =
                std::any_of(q.choices.begin(), q.choices.end(),
                            [](const Choice& c) { return !c.correct && !c.feedback.empty(); });
            CHECK(wrong_with_feedback);
        }
        // Background that is not in the article is marked both ways.
        bool marked = q.explanation.find("(Context)") != std::string::npos;
        CHECK(marked == has_tag(q, "context-background"));
    }
}

TEST_CASE("shipped bank: background in the briefing is marked as context") {
    // The article never mentions these; the briefing may only use them in a "Context:" sentence.
    const char* outside_facts[] = {"1979", "1989", "2013",         "2015",
                                   "2018", "2022", "Persian Gulf", "South Caucasus"};
    for (const Section& s : shipped_bank().bank.source->sections) {
        for (const char* fact : outside_facts) {
            std::size_t at = s.text.find(fact);
            if (at == std::string::npos) continue;
            INFO("section " << s.id << ": " << fact);
            std::size_t sentence = s.text.rfind(". ", at);
            sentence = sentence == std::string::npos ? 0 : sentence + 2;
            CHECK(s.text.compare(sentence, 8, "Context:") == 0);
        }
    }
}
