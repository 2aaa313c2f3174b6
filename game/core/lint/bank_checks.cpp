#include "core/lint/bank_checks.h"

#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace statecraft::lint {

namespace {

std::string at_question(std::size_t i) {
    return "/questions/" + std::to_string(i);
}

// "q1", "q2" ... and 4 more
std::string id_list(const std::vector<std::string>& ids) {
    constexpr std::size_t kShown = 16;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < kShown; ++i)
        out += (i ? ", \"" : "\"") + ids[i] + "\"";
    if (ids.size() > kShown) out += " and " + std::to_string(ids.size() - kShown) + " more";
    return out;
}

std::string format_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

}  // namespace

void warn(Diagnostics& out, const char* rule, std::string pointer, std::string message,
          std::string question_id) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.pointer = std::move(pointer);
    d.message = std::move(message);
    d.question_id = std::move(question_id);
    d.rule = rule;
    out.push_back(std::move(d));
}

void check_refs(const Bank& bank, Diagnostics& out) {
    if (!bank.source || bank.source->sections.empty()) {
        warn(out, "refs", "/source",
             "no briefing sections: questions cannot point students to the text behind the "
             "answer; to fix, add sections to \"source\"");
        return;
    }
    const auto& sections = bank.source->sections;
    std::vector<bool> used(sections.size());  // a bank has few sections: a scan beats hashing
    std::size_t unused = sections.size();     // once all are used, refs need no more lookups
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        if (q.refs.empty())
            warn(out, "refs", at_question(i) + "/refs",
                 "no refs; to fix, name the briefing section that supports the answer", q.id);
        if (unused == 0) continue;
        for (const std::string& ref : q.refs)
            for (std::size_t k = 0; k < sections.size(); ++k)
                if (!used[k] && sections[k].id == ref) used[k] = true, --unused;
    }
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (!used[i])
            warn(out, "refs", "/source/sections/" + std::to_string(i),
                 "section \"" + sections[i].id +
                     "\" is not in any question's refs: nothing tests it; to fix, ask about it "
                     "or fold it into another section");
}

void check_longest_share(const Profiles& at, Diagnostics& out) {
    constexpr int kMinQuestions = 8;
    int singles = 0;
    double expected = 0, variance = 0;
    std::vector<std::string> longest;
    for (const QuestionProfile* p : at) {
        if (p->type != QuestionType::single || p->keyed_position < 0 || p->choice_count < 2)
            continue;
        ++singles;
        const double chance = 1.0 / p->choice_count;
        expected += chance;
        variance += chance * (1 - chance);
        if (p->key_is_longest) longest.push_back(p->id);
    }
    const double observed = static_cast<double>(longest.size());
    // One-sided: more often than chance by two standard deviations and three questions.
    if (singles < kMinQuestions || observed < expected + 2 * std::sqrt(variance) ||
        observed < expected + 3)
        return;
    warn(out, "longest-option", "/questions",
         "in " + std::to_string(longest.size()) + " of " + std::to_string(singles) +
             " single-choice questions the keyed option is the longest (chance: about " +
             format_number(expected) + "): students learn to pick the longest; to fix, make " +
             "a distractor the longest in some of them: " + id_list(longest));
}

void check_key_positions(const Profiles& at, Diagnostics& out) {
    // Critical values of chi-square at p = 0.01 for 1..7 degrees of freedom.
    static constexpr double kCritical[] = {6.635, 9.210, 11.345, 13.277, 15.086, 16.812, 18.475};
    constexpr int kMinQuestions = 10, kPositions = 8;
    double observed[kPositions] = {}, expected[kPositions] = {};
    std::vector<std::string> ids[kPositions];
    int singles = 0;
    for (const QuestionProfile* p : at) {
        if (p->type != QuestionType::single || p->keyed_position < 0 || p->choice_count < 2 ||
            p->choice_count > kPositions)
            continue;
        ++singles;
        observed[p->keyed_position] += 1;
        ids[p->keyed_position].push_back(p->id);
        for (int k = 0; k < p->choice_count; ++k) expected[k] += 1.0 / p->choice_count;
    }
    if (singles < kMinQuestions) return;
    double chi2 = 0;
    int cells = 0, worst = 0;
    for (int k = 0; k < kPositions; ++k) {
        if (expected[k] <= 0) continue;
        ++cells;
        chi2 += (observed[k] - expected[k]) * (observed[k] - expected[k]) / expected[k];
        if (observed[k] - expected[k] > observed[worst] - expected[worst]) worst = k;
    }
    if (cells < 2 || chi2 <= kCritical[cells - 2]) return;
    std::string counts;
    for (int k = 0; k < cells; ++k)
        counts += std::string(k ? ", " : "") + static_cast<char>('A' + k) + " " +
                  std::to_string(static_cast<int>(observed[k])) + " (chance " +
                  format_number(expected[k]) + ")";
    warn(out, "key-position", "/questions",
         "the keyed option's position is not spread by chance over " + std::to_string(singles) +
             " single-choice questions: " + counts + "; chi-square " + format_number(chi2) + " > " +
             format_number(kCritical[cells - 2]) + " (p < 0.01); to fix, move the key " +
             "away from " + static_cast<char>('A' + worst) + " in some of " + id_list(ids[worst]));
}

void check_absolute_imbalance(const Profiles& at, Diagnostics& out) {
    int trues = 0, true_absolute = 0, true_hedged = 0, falses = 0;
    std::vector<std::string> false_absolute;
    for (const QuestionProfile* p : at) {
        if (p->type != QuestionType::true_false) continue;
        if (p->answer) {
            ++trues, true_absolute += p->absolute, true_hedged += p->hedged;
        } else {
            ++falses;
            if (p->absolute) false_absolute.push_back(p->id);
        }
    }
    const double false_share = falses ? double(false_absolute.size()) / falses : 0;
    const double true_share = trues ? double(true_absolute) / trues : 0;
    if (false_absolute.size() < 3 || false_share - true_share < 0.4) return;
    warn(out, "absolute-imbalance", "/questions",
         std::to_string(false_absolute.size()) + " of " + std::to_string(falses) +
             " false statements use an absolute word against " + std::to_string(true_absolute) +
             " of " + std::to_string(trues) + " true ones (" + std::to_string(true_hedged) +
             " true ones hedge): students learn that absolute means false; to fix, write some " +
             "true statements firmly and some false ones hedged: " + id_list(false_absolute));
}

void check_review_dates(const Bank& bank, const std::string& today, Diagnostics& out) {
    if (!bank.review_by.empty() && bank.review_by < today)
        warn(out, "review-by", "/review_by",
             "due for review since " + bank.review_by +
                 ": its facts may be out of date; to fix, check the bank against the news and "
                 "move review_by on");
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        if (!q.review_by.empty() && q.review_by < today)
            warn(out, "review-by", at_question(i) + "/review_by",
                 "due for review since " + q.review_by +
                     ": the answer may no longer hold; to fix, check it and move review_by on",
                 q.id);
    }
}

void check_briefing_copies(const Bank& bank, const SourceIndex& source, Diagnostics& out) {
    if (source.empty() || !bank.source) return;
    const auto& sections = bank.source->sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const std::string at = "/source/sections/" + std::to_string(i);
        for (const auto& [field, text] :
             {std::pair{"/heading", &sections[i].heading}, std::pair{"/text", &sections[i].text}})
            if (auto run = source.copied_run(*text))
                warn(out, "copied-from-source", at + field,
                     *run +
                         " copied from the source; to fix, say it in your own words, or "
                         "quote it in quotation marks");
    }
}

}  // namespace statecraft::lint
