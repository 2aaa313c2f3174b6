// The lint rules that need one question only (questions/FORMAT.md, "Writing good questions").
#include <algorithm>
#include <map>

#include "core/bank/bank_reader.h"
#include "core/lint/question_profile.h"
#include "core/lint/words.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft::lint {

namespace {

// A keyed option this much longer than every distractor is "clearly the longest".
constexpr double kLongestRatio = 1.4;
constexpr std::size_t kLongestMargin = 8;  // characters

void add(QuestionProfile& p, const char* rule, std::string where, std::string message) {
    p.findings.push_back({rule, std::move(where), std::move(message)});
}

std::string choice_at(std::size_t j) {
    return "/choices/" + std::to_string(j) + "/text";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", \"" : "\"") + items[i] + "\"";
    return out;
}

std::vector<std::string> absolute_words(const Tokens& w) {
    std::vector<std::string> found;
    for (const Token& x : w)
        if (is_absolute(x.word) && std::find(found.begin(), found.end(), x.word) == found.end())
            found.push_back(x.word);
    return found;
}

bool is_giveaway_option(const Tokens& w) {
    if (w.size() != 4 && w.size() != 3) return false;
    const std::string& first = w[0].word;
    bool head = first == "all" || first == "none" || first == "both" || first == "neither";
    return head && w[1].word == "of" && (w.back().word == "above" || w.back().word == "these");
}

void check_longest(const Question& q, QuestionProfile& p) {
    std::size_t key_min = SIZE_MAX, key_max = 0, other_max = 0;
    int keyed = 0, others = 0;
    for (const Choice& c : q.choices) {
        std::size_t len = count_code_points(c.text);
        if (c.correct) {
            key_min = std::min(key_min, len), key_max = std::max(key_max, len), ++keyed;
        } else {
            other_max = std::max(other_max, len), ++others;
        }
    }
    if (keyed == 0 || others == 0) return;
    if (q.type == QuestionType::single) p.key_is_longest = key_max > other_max;
    if (key_min >= kLongestRatio * other_max && key_min >= other_max + kLongestMargin)
        add(p, "longest-option", "/choices",
            "the keyed option" + std::string(keyed > 1 ? "s are" : " is") +
                " clearly the longest (" + std::to_string(key_min) +
                " characters against at most " + std::to_string(other_max) +
                "): length gives the answer away; to fix, trim the key or give the distractors "
                "the same detail");
}

void check_positions(const Question& q, QuestionProfile& p) {
    std::size_t keyed = 0;
    bool keys_first = true;
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        if (!q.choices[j].correct) continue;
        if (q.type == QuestionType::single && p.keyed_position < 0)
            p.keyed_position = static_cast<int>(j);
        keys_first &= j == keyed;
        ++keyed;
    }
    if (q.type == QuestionType::multiple && keyed >= 2 && keyed < q.choices.size() && keys_first)
        add(p, "key-position", "/choices",
            "all " + std::to_string(keyed) +
                " keyed options come first and the wrong ones last: students learn the "
                "pattern; to fix, mix the right options among the wrong ones");
}

void check_option_wording(const Question& q, const QuestionWords& words, QuestionProfile& p) {
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        const Tokens& w = words.choices[j];
        if (is_giveaway_option(w)) {
            add(p, "giveaway-option", choice_at(j),
                "\"" + q.choices[j].text +
                    "\" lets a student answer from two options alone; to fix, replace it with a "
                    "plausible distractor of its own");
            continue;
        }
        std::vector<std::string> absolute = absolute_words(w);
        if (!absolute.empty())
            add(p, "absolute-terms", choice_at(j),
                "the option uses " + joined(absolute) +
                    ": test-wise students reject absolute options without knowing the content; "
                    "to fix, state the fact without the absolute word or with its real limits");
    }
}

// "... is an" + options: an option that does not fit the article is ruled out by grammar.
void check_article_agreement(const Question& q, const QuestionWords& words, QuestionProfile& p) {
    const Tokens& w = words.prompt;
    if (w.empty() || (w.back().word != "a" && w.back().word != "an")) return;
    const bool an = w.back().word == "an";
    auto fits = [&](const Tokens& cw) {
        if (cw.empty()) return true;
        bool vowel = std::string_view("aeiou").find(cw[0].word[0]) != std::string_view::npos;
        return vowel == an;
    };
    bool key_fits = true, some_other_misfits = false;
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        if (q.choices[j].correct)
            key_fits = key_fits && fits(words.choices[j]);
        else
            some_other_misfits = some_other_misfits || !fits(words.choices[j]);
    }
    if (key_fits && some_other_misfits)
        add(p, "giveaway-option", "/prompt",
            "the stem ends in \"" + w.back().word +
                "\", which only some options fit: grammar rules the others out; to fix, end "
                "the stem before the article and put \"a\"/\"an\" in each option");
}

void check_negative_stem(const QuestionWords& words, QuestionProfile& p) {
    for (const Token& t : words.prompt) {
        if ((t.word == "not" || t.word == "except") && !t.emphasised) {
            add(p, "negative-stem", "/prompt",
                "the stem turns on \"" + t.word +
                    "\" without emphasis, and students who skim miss it; to fix, ask the "
                    "question positively, or write " +
                    (t.word == "not" ? "NOT" : "EXCEPT") + " in capitals");
            return;
        }
    }
}

bool gives_reason(const Tokens& w, std::string& phrase) {
    static const std::vector<std::vector<std::string>> kReasons = {
        {"because"},           {"due", "to"},  {"owing", "to"},        {"as", "a", "result"},
        {"in", "order", "to"}, {"so", "that"}, {"which", "is", "why"}, {"given", "that"}};
    auto same = [](const std::string& a, const Token& b) { return a == b.word; };
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].word == "since" && i + 1 < w.size() && !is_number(w[i + 1].word))
            return phrase = "since", true;
        for (const auto& r : kReasons) {
            if (i + r.size() > w.size() || !std::equal(r.begin(), r.end(), w.begin() + i, same))
                continue;
            phrase.clear();
            for (const std::string& x : r) phrase += (phrase.empty() ? "" : " ") + x;
            return true;
        }
    }
    return false;
}

}  // namespace

void check_choice_rules(const Question& q, const QuestionWords& words, QuestionProfile& p) {
    if (q.type != QuestionType::single && q.type != QuestionType::multiple) return;
    p.choice_count = static_cast<int>(q.choices.size());
    check_longest(q, p);
    check_positions(q, p);
    check_option_wording(q, words, p);
    check_article_agreement(q, words, p);
    check_negative_stem(words, p);
}

void check_statement_rules(const Question& q, const QuestionWords& words, QuestionProfile& p) {
    if (q.type != QuestionType::true_false) return;
    const Tokens& w = words.prompt;
    std::vector<std::string> absolute = absolute_words(w);
    p.absolute = !absolute.empty();
    p.hedged = std::any_of(w.begin(), w.end(), [](const Token& x) { return is_hedge(x.word); });
    if (p.absolute)
        add(p, "absolute-terms", "/prompt",
            "the statement uses " + joined(absolute) +
                ": absolute statements are usually false, so students guess from the wording; "
                "to fix, state the claim without the absolute word");
    std::string phrase;
    if (gives_reason(w, phrase))
        add(p, "self-justifying", "/prompt",
            "the statement gives its own reason (\"" + phrase +
                " ...\"), so it reads as true and tests two claims at once; to fix, state the "
                "fact alone and ask about the reason in a question of its own");
}

// Two accepted spellings that differ only in accents ("Zurich", "Zürich") are what
// ignore_accents is for; listing both still misses "Zurích".
void check_accent_variants(const Question& q, QuestionProfile& p) {
    if (q.type != QuestionType::short_answer || q.ignore_accents || q.accept.size() < 2) return;
    std::map<std::string, std::size_t> by_bare;  // folded without marks -> first index
    for (std::size_t k = 0; k < q.accept.size(); ++k) {
        auto [it, fresh] = by_bare.emplace(fold_text(q.accept[k], {!q.case_sensitive, true}), k);
        if (fresh) continue;
        const std::string& first = q.accept[it->second];
        if (fold_text(first, {!q.case_sensitive, false}) ==
            fold_text(q.accept[k], {!q.case_sensitive, false}))
            continue;  // the same spelling twice: not about accents
        add(p, "accent-variants", "/accept/" + std::to_string(k),
            "\"" + first + "\" and \"" + q.accept[k] +
                "\" differ only in accents; to fix, set \"ignore_accents\": true and keep one");
        return;
    }
}

void check_copies(const Question& q, const SourceIndex& source, QuestionProfile& p) {
    if (source.empty()) return;
    auto check = [&](const std::string& text, std::string where) {
        if (auto run = source.copied_run(text))
            add(p, "copied-from-source", std::move(where),
                *run +
                    " copied from the source; to fix, say it in your own words, or quote it "
                    "in quotation marks");
    };
    check(q.prompt, "/prompt");
    check(q.explanation, "/explanation");
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        check(q.choices[j].text, choice_at(j));
        check(q.choices[j].feedback, "/choices/" + std::to_string(j) + "/feedback");
    }
    for (std::size_t j = 0; j < q.pairs.size(); ++j) {
        check(q.pairs[j].left, "/pairs/" + std::to_string(j) + "/left");
        check(q.pairs[j].right, "/pairs/" + std::to_string(j) + "/right");
    }
    for (std::size_t j = 0; j < q.sequence.size(); ++j)
        check(q.sequence[j], "/sequence/" + std::to_string(j));
    for (std::size_t j = 0; j < q.accept.size(); ++j)
        check(q.accept[j], "/accept/" + std::to_string(j));
}

}  // namespace statecraft::lint
