#include "support/random_bank.h"

#include <algorithm>
#include <random>
#include <set>

namespace statecraft::testing {

namespace {

const char* const kWords[] = {
    "Iran", "Russia",     "missile",    "deal",       "sanctions", "Tehran",    "Moscow",
    "a\\b", "x~y",        "1=1",        "#tag",       "{braces}",  "key:value", "<b>bold</b>",
    "AT&T", "&amp;",      "[note]",     "%50%",       "50%",       "naïve",     "Ελλάδα",
    "5*3",  "\"quoted\"", "semi;colon", "comma,word", "pipe|bar",  "tab\tin",   "->"};

class Gen {
  public:
    explicit Gen(std::uint32_t seed) : rng_(seed) {}
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    // Words joined by single spaces, sometimes a line break; never blank, no edge spaces.
    std::string text(int max_words, bool arrows_ok = true) {
        std::string out;
        int n = pick(1, max_words);
        for (int i = 0; i < n; ++i) {
            std::string w = kWords[pick(0, static_cast<int>(std::size(kWords)) - 1)];
            if (!arrows_ok && w == "->") w = "arrow";
            if (w == "tab\tin") w = "tab";
            if (i) out += chance(10) ? "\n" : " ";
            out += w;
        }
        return out;
    }
    std::string unique(std::set<std::string>& used, int max_words, bool arrows_ok = true) {
        for (;;) {
            std::string t = text(max_words, arrows_ok) + " " + std::to_string(counter_++);
            if (used.insert(t).second) return t;
        }
    }

  private:
    std::mt19937 rng_;
    int counter_ = 0;
};

}  // namespace

Bank random_bank(std::uint32_t seed, int count) {
    Gen g(seed);
    Bank bank;
    bank.id = "random-" + std::to_string(seed);
    bank.title = "Random bank: " + g.text(4);
    std::replace(bank.title.begin(), bank.title.end(), '\n', ' ');  // titles are one line
    bank.description = "Generated";
    bank.authors = {"Test"};
    Source source;
    source.title = "Briefing";
    for (int i = 1; i <= 3; ++i)
        source.sections.push_back(
            {"s" + std::to_string(i), "Heading " + std::to_string(i), g.text(12), {}});
    bank.source = source;
    bank.categories = {{"actors", "Actors: who/what", "People", {}},
                       {"motives", "Motives & means", "", {}}};
    for (int i = 0; i < count; ++i) {
        Question q;
        q.id = "q-" + std::to_string(i);
        q.category = g.chance(50) ? "actors" : "motives";
        q.type = static_cast<QuestionType>(i % 6);
        q.prompt = g.text(15);
        if (g.chance(80)) q.explanation = g.text(20);
        if (g.chance(50)) q.refs = {"s" + std::to_string(g.pick(1, 3))};
        q.difficulty = g.pick(1, 3);
        if (g.chance(30)) q.tags = {"tag" + std::to_string(g.pick(1, 5))};
        if (g.chance(20)) q.time_limit_s = g.pick(5, 120);
        std::set<std::string> used;
        switch (q.type) {
            case QuestionType::single:
            case QuestionType::multiple: {
                int n = g.pick(2, 8);
                int right = g.pick(0, n - 1);
                for (int c = 0; c < n; ++c) {
                    Choice choice;
                    choice.id = std::string(1, static_cast<char>('a' + c));
                    choice.text = g.unique(used, 6);
                    choice.correct =
                        q.type == QuestionType::single ? c == right : (c == right || g.chance(40));
                    if (g.chance(30)) choice.feedback = g.text(8);
                    q.choices.push_back(choice);
                }
                break;
            }
            case QuestionType::true_false:
                q.answer = g.chance(50);
                break;
            case QuestionType::matching: {
                int n = g.pick(2, 10);
                std::set<std::string> rights;
                for (int p = 0; p < n; ++p)
                    q.pairs.push_back({g.unique(used, 5, false), g.unique(rights, 3), {}});
                for (int d = g.pick(0, 2); d > 0; --d) q.distractors.push_back(g.unique(rights, 3));
                break;
            }
            case QuestionType::ordering:
                for (int s = g.pick(2, 10); s > 0; --s)
                    q.sequence.push_back(g.unique(used, 5, false));
                break;
            case QuestionType::short_answer:
                for (int a = g.pick(1, 3); a > 0; --a) q.accept.push_back(g.unique(used, 3, false));
                q.case_sensitive = g.chance(30);
                break;
            // The six 1.0 types only (i % 6 above keeps the generated banks of earlier tests);
            // estimates and polls have their own tests.
            case QuestionType::estimate:
            case QuestionType::poll:
            case QuestionType::matrix:  // not generated: i % 6 stops at short_answer
                break;
        }
        bank.questions.push_back(std::move(q));
    }
    return bank;
}

Bank interop_projection(const Bank& original, bool with_base) {
    Bank b = original;
    if (!with_base) {
        b.description.clear();
        b.authors.clear();
        b.language.clear();
        b.extra.clear();
        b.source.reset();
        b.review_by.clear();
        b.version_minor = 0;  // a bank made from a bare file is format 1.0
        b.version_as_text = false;
        for (Category& c : b.categories) {
            c.description.clear();
            c.extra.clear();
        }
    }
    std::vector<Category> used;
    for (const Category& c : b.categories)
        for (const Question& q : b.questions)
            if (q.category == c.id) {
                used.push_back(c);
                break;
            }
    std::sort(used.begin(), used.end(),
              [](const Category& x, const Category& y) { return x.id < y.id; });
    b.categories = used;
    for (Question& q : b.questions) {
        if (!with_base) q.refs.clear();
        q.extra.clear();
        q.fixed_order = false;  // 1.1 settings of the app, not of a quiz format
        q.strict_match = false;
        for (std::size_t i = 0; i < q.choices.size(); ++i) {
            q.choices[i].id = std::string(1, static_cast<char>('a' + i));
            q.choices[i].extra.clear();
            q.choices[i].fixed = false;
        }
        for (MatchPair& p : q.pairs) p.extra.clear();
        for (MatrixRow& r : q.rows) {  // a spreadsheet row holds the grid only
            r.explanation.clear();
            r.feedback.clear();
            r.extra.clear();
        }
    }
    return b;
}

}  // namespace statecraft::testing
