#include "core/lint/lint.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/bank/bank_reader.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

std::string at_question(std::size_t i) {
    return "/questions/" + std::to_string(i);
}

void warn(Diagnostics& out, std::string pointer, std::string message,
          std::string question_id = {}) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.pointer = std::move(pointer);
    d.message = std::move(message);
    d.question_id = std::move(question_id);
    out.push_back(std::move(d));
}

// Case, spacing and end punctuation do not make two prompts different.
std::string prompt_key(std::string_view prompt) {
    std::string key;
    bool space = false;
    for (char c : fold_text(prompt, {})) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += c;
    }
    while (!key.empty() && std::ispunct(static_cast<unsigned char>(key.back()))) key.pop_back();
    return key;
}

void check_refs(const Bank& bank, Diagnostics& out) {
    bool has_sections = bank.source && !bank.source->sections.empty();
    if (!has_sections) {
        warn(out, "/source",
             "no briefing sections: questions cannot point students to the text behind the answer");
        return;
    }
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        if (q.refs.empty())
            warn(out, at_question(i) + "/refs",
                 "no refs: name the briefing section that supports the answer", q.id);
    }
    std::set<std::string> used;
    for (const Question& q : bank.questions) used.insert(q.refs.begin(), q.refs.end());
    const auto& sections = bank.source->sections;
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (!used.count(sections[i].id))
            warn(out, "/source/sections/" + std::to_string(i),
                 "section \"" + sections[i].id +
                     "\" is not in any question's refs: nothing tests it");
}

void check_duplicates(const Bank& bank, Diagnostics& out) {
    std::map<std::string, std::string> first;  // prompt key -> id of the first question
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        std::string key = prompt_key(q.prompt);
        if (key.empty()) continue;
        auto [it, inserted] = first.emplace(key, q.id);
        if (!inserted)
            warn(out, at_question(i) + "/prompt", "same prompt as question \"" + it->second + "\"",
                 q.id);
    }
}

void check_positions(const Bank& bank, const LintOptions& options, Diagnostics& out) {
    std::map<std::size_t, int> at;
    int singles = 0;
    for (const Question& q : bank.questions) {
        if (q.type != QuestionType::single) continue;
        for (std::size_t c = 0; c < q.choices.size(); ++c)
            if (q.choices[c].correct) {
                ++at[c];
                ++singles;
                break;
            }
    }
    if (singles < options.position_min_questions) return;
    for (const auto& [position, n] : at) {
        if (n <= options.position_share * singles) continue;
        std::string letter(1, static_cast<char>('A' + position));
        warn(out, "/questions",
             std::to_string(n) + " of " + std::to_string(singles) + " single-choice questions (" +
                 std::to_string(100 * n / singles) + "%) have the right answer at position " +
                 letter + "; students learn the pattern, so vary it");
    }
}

void check_lengths(const Bank& bank, const LintOptions& options, Diagnostics& out) {
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        if (q.type != QuestionType::single && q.type != QuestionType::multiple) continue;
        double right = 0, wrong = 0;
        int n_right = 0, n_wrong = 0;
        for (const Choice& c : q.choices) {
            double len = static_cast<double>(count_code_points(c.text));
            (c.correct ? right : wrong) += len;
            (c.correct ? n_right : n_wrong) += 1;
        }
        if (n_right == 0 || n_wrong == 0) continue;
        right /= n_right;
        wrong /= n_wrong;
        if (right > options.length_ratio * wrong &&
            right - wrong > static_cast<double>(options.length_margin))
            warn(out, at_question(i) + "/choices",
                 "the right answer (" + std::to_string(static_cast<int>(right)) +
                     " characters) is much longer than the distractors (" +
                     std::to_string(static_cast<int>(wrong)) +
                     " on average): its length gives it away",
                 q.id);
    }
}

}  // namespace

// Two accepted spellings that differ only in accents ("Zurich", "Zürich") are what
// ignore_accents is for; listing both still misses "Zurích".
void check_accent_variants(const Bank& bank, Diagnostics& out) {
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        if (q.type != QuestionType::short_answer || q.ignore_accents || q.accept.size() < 2)
            continue;
        std::map<std::string, std::size_t> by_bare;  // folded without marks -> first index
        for (std::size_t k = 0; k < q.accept.size(); ++k) {
            FoldOptions bare{!q.case_sensitive, true};
            auto [it, fresh] = by_bare.emplace(fold_text(q.accept[k], bare), k);
            if (fresh) continue;
            const std::string& first = q.accept[it->second];
            if (fold_text(first, {!q.case_sensitive, false}) ==
                fold_text(q.accept[k], {!q.case_sensitive, false}))
                continue;  // the same spelling twice: not about accents
            warn(out, at_question(i) + "/accept/" + std::to_string(k),
                 "\"" + first + "\" and \"" + q.accept[k] +
                     "\" differ only in accents; set \"ignore_accents\": true and keep one",
                 q.id);
            break;
        }
    }
}

Diagnostics lint_bank(const Bank& bank, const LintOptions& options) {
    Diagnostics out;
    check_refs(bank, out);
    check_duplicates(bank, out);
    check_positions(bank, options, out);
    check_lengths(bank, options, out);
    check_accent_variants(bank, out);
    return out;
}

}  // namespace statecraft
