// The shipped bank questions/iran-russia-missiles.json keeps the shape issues 3 and 14 ask for:
// clean validation, the counts per category and type, a briefing of the right size, questions
// that teach (explanations, refs, feedback, marked background), and none of the cues that let a
// student pass without reading (longest option, keyed position, leaked short answers).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/bank/bank_loader.h"
#include "support/bank_fixture.h"

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

// Lower-case ASCII words joined by single spaces, with a space at each end, so that a phrase
// can be searched for as whole words.
std::string word_string(const std::string& text) {
    std::string out = " ";
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            out += static_cast<char>(std::tolower(u));
        } else if (out.back() != ' ') {
            out += ' ';
        }
    }
    if (out.back() != ' ') out += ' ';
    return out;
}

// What a student sees before answering: the prompt and every option.
std::string visible_text(const Question& q) {
    std::string text = q.prompt;
    for (const Choice& c : q.choices) text += "\n" + c.text;
    for (const MatchPair& p : q.pairs) text += "\n" + p.left + "\n" + p.right;
    for (const std::string& d : q.distractors) text += "\n" + d;
    for (const std::string& s : q.sequence) text += "\n" + s;
    return word_string(text);
}

}  // namespace

TEST_CASE("shipped bank: loads with no diagnostics at all") {
    const LoadedBank& loaded = shipped_bank();
    INFO(testing::describe(loaded.diagnostics, loaded.path.string()));
    CHECK(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.bank.id == "iran-russia-missiles");
    REQUIRE(loaded.bank.source.has_value());
    CHECK(loaded.bank.source->title ==
          "Iran's Missile Deal with Russia: A Complex Strategy Under Pezeshkian's Presidency");
}

TEST_CASE("shipped bank: question counts per category, type and difficulty") {
    const Bank& bank = shipped_bank().bank;
    CHECK(bank.questions.size() >= 90);

    std::set<std::string> category_ids;
    for (const Category& c : bank.categories) category_ids.insert(c.id);
    CHECK(category_ids == std::set<std::string>{"actors", "motives", "interpretations",
                                                "source-criticism", "context"});
    auto criticism = std::find_if(bank.categories.begin(), bank.categories.end(),
                                  [](const Category& c) { return c.id == "source-criticism"; });
    REQUIRE(criticism != bank.categories.end());
    CHECK(criticism->title == "Source criticism");

    std::map<std::string, int> per_category;
    std::map<QuestionType, int> per_type;
    std::set<int> difficulties;
    for (const Question& q : bank.questions) {
        ++per_category[q.category];
        ++per_type[q.type];
        difficulties.insert(q.difficulty);
    }
    CHECK(per_category["actors"] >= 12);
    CHECK(per_category["motives"] >= 10);
    CHECK(per_category["interpretations"] >= 25);
    CHECK(per_category["source-criticism"] >= 10);
    CHECK(per_category["context"] >= 10);

    for (const char* name : kQuestionTypeNames) {
        QuestionType type = *question_type_from_string(name);
        INFO("type " << name);
        // Polls are for discussion in class: two or three are enough (issue 14). Every other
        // type, matrices included, appears at least five times (issue 14).
        const int floor = type == QuestionType::poll ? 2 : 5;
        CHECK(per_type[type] >= floor);
    }
    CHECK(difficulties == std::set<int>{1, 2, 3});
}

TEST_CASE("shipped bank: at least 20 interpretation questions make the student weigh evidence") {
    int weighing = 0;
    for (const Question& q : shipped_bank().bank.questions) {
        if (!has_tag(q, "weighs-evidence")) continue;
        INFO("question " << q.id);
        CHECK(q.category == "interpretations");
        ++weighing;
    }
    CHECK(weighing >= 20);
}

TEST_CASE("shipped bank: keyed positions of single-choice questions are spread evenly") {
    // Chi-square against a uniform spread over the four positions; 7.81 is the 5 % critical
    // value for 3 degrees of freedom. Every single-choice question has four options.
    std::map<std::size_t, int> keyed_at;
    int singles = 0;
    for (const Question& q : shipped_bank().bank.questions) {
        if (q.type != QuestionType::single) continue;
        INFO("question " << q.id);
        REQUIRE(q.choices.size() == 4);
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            if (q.choices[i].correct) ++keyed_at[i];
        ++singles;
    }
    double expected = singles / 4.0;
    double chi_square = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        double diff = keyed_at[i] - expected;
        chi_square += diff * diff / expected;
    }
    CHECK(chi_square < 7.81);
}

TEST_CASE("shipped bank: multiple-answer keys are mixed with the other options") {
    for (const Question& q : shipped_bank().bank.questions) {
        if (q.type != QuestionType::multiple) continue;
        INFO("question " << q.id);
        std::string pattern;
        for (const Choice& c : q.choices) pattern += c.correct ? 'K' : '.';
        std::size_t keyed = std::count(pattern.begin(), pattern.end(), 'K');
        CHECK(pattern != std::string(keyed, 'K') + std::string(pattern.size() - keyed, '.'));
        CHECK(pattern != std::string(pattern.size() - keyed, '.') + std::string(keyed, 'K'));
    }
}

TEST_CASE("shipped bank: the right answer is the longest option about as often as chance") {
    // With four options chance is 25 %; the bank stays between 10 % and 35 % so that neither
    // "pick the longest" nor "never pick the longest" pays.
    int singles = 0, keyed_longest = 0;
    for (const Question& q : shipped_bank().bank.questions) {
        if (q.type != QuestionType::single) continue;
        ++singles;
        std::size_t key = 0, longest_other = 0;
        for (const Choice& c : q.choices)
            if (c.correct)
                key = c.text.size();
            else
                longest_other = std::max(longest_other, c.text.size());
        if (key > longest_other) ++keyed_longest;
    }
    REQUIRE(singles > 0);
    double rate = static_cast<double>(keyed_longest) / singles;
    CHECK(rate >= 0.10);
    CHECK(rate <= 0.35);
}

TEST_CASE("shipped bank: true/false keys are balanced") {
    int yes = 0, no = 0;
    for (const Question& q : shipped_bank().bank.questions)
        if (q.type == QuestionType::true_false) ++(q.answer ? yes : no);
    CHECK(yes + no >= 5);
    CHECK(std::abs(yes - no) <= (yes + no) / 5);
}

TEST_CASE("shipped bank: no short answer is given away by another question") {
    const auto& questions = shipped_bank().bank.questions;
    for (const Question& q : questions) {
        if (q.type != QuestionType::short_answer) continue;
        for (std::string answer : q.accept) {
            std::string words = word_string(answer);
            for (const char* article : {" the ", " a ", " an "})
                if (words.rfind(article, 0) == 0)
                    words = words.substr(std::string(article).size() - 1);
            if (words == " ") continue;
            for (const Question& other : questions) {
                if (other.id == q.id) continue;
                INFO(q.id << " accepts \"" << answer << "\", seen in " << other.id);
                CHECK(visible_text(other).find(words) == std::string::npos);
            }
        }
    }
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
    const char* outside_facts[] = {"1979",
                                   "1989",
                                   "2013",
                                   "2015",
                                   "2018",
                                   "2022",
                                   "2024",
                                   "Persian Gulf",
                                   "South Caucasus",
                                   "Abu Musa",
                                   "Fath-360",
                                   "Jalal",
                                   "United Arab Emirates"};
    for (const Section& s : shipped_bank().bank.source->sections) {
        for (const char* fact : outside_facts) {
            std::size_t at = s.text.find(fact);
            if (at == std::string::npos) continue;
            INFO("section " << s.id << ": " << std::string(fact));
            std::size_t sentence = s.text.rfind(". ", at);
            sentence = sentence == std::string::npos ? 0 : sentence + 2;
            CHECK(s.text.compare(sentence, 8, "Context:") == 0);
        }
    }
}

TEST_CASE("shipped bank: the briefing corrects the article where it is loose") {
    // The article says "parliamentary confirmation", puts the islands "in the Strait of Hormuz"
    // and spells the diplomat "Salal"; the briefing teaches what it says and what is right.
    std::string briefing;
    for (const Section& s : shipped_bank().bank.source->sections) briefing += s.text + "\n";
    for (const char* correction :
         {"parliament does not confirm presidents", "rather than in the strait itself",
          "spell his first name Jalal"}) {
        INFO(std::string(correction));
        CHECK(briefing.find(correction) != std::string::npos);
    }
}
