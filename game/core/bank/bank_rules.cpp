#include "core/bank/bank_rules.h"

#include "core/bank/estimate_rules.h"

#include <algorithm>
#include <functional>

#include <string_view>
#include <unordered_set>

#include "core/bank/matrix_rules.h"
#include "core/text/utf8.h"

namespace statecraft {

bool is_slug(std::string_view text) {
    if (text.empty() || text.size() > 64) return false;
    auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!ok(text[0])) return false;
    for (char c : text)
        if (!ok(c) && c != '-') return false;
    return true;
}

namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Remembers strings seen so far. Lists in a question are short (at most 10), where a linear
// scan beats hashing and allocates nothing.
class SeenStrings {
  public:
    bool insert(std::string_view s) {
        if (std::find(items_.begin(), items_.end(), s) != items_.end()) return false;
        items_.push_back(s);
        return true;
    }

  private:
    std::vector<std::string_view> items_;
};

// Collects diagnostics for one bank, with the pointer and question id filled in.
class RuleChecker {
  public:
    RuleChecker(const Bank& bank, const FieldPresence& root,
                const std::vector<FieldPresence>& questions, Diagnostics& out)
        : bank_(bank), root_(root), questions_(questions), out_(out) {}

    void run() {
        run_bank_level();
        check_questions();
    }

    // Everything but the questions' own rules (the top, source, categories, an empty list).
    void run_bank_level() {
        check_top();
        check_source();
        check_categories();
        if (!root_.is_bad(kRootQuestions) && bank_.questions.empty())
            error("/questions", "must hold at least one question");
    }

    // Question i's rules; duplicate_id: an earlier question has the same (valid) id.
    void run_question(std::size_t i, const FieldPresence& presence, bool duplicate_id) {
        const Question& q = bank_.questions[i];
        auto at = [&] { return "/questions/" + std::to_string(i); };
        if (!is_slug(q.id)) {
            error(at() + "/id",
                  q.id.empty()
                      ? "missing or empty"
                      : "\"" + q.id + "\" is not a slug (lowercase letters, digits and '-')",
                  q.id);
        } else if (duplicate_id) {
            error(at() + "/id", "duplicate question id", q.id);
        }
        check_question(q, presence, at);
    }

  private:
    void add(Severity severity, std::string pointer, std::string message,
             std::string question_id = {}) {
        Diagnostic d;
        d.severity = severity;
        d.pointer = std::move(pointer);
        d.message = std::move(message);
        d.question_id = std::move(question_id);
        out_.push_back(std::move(d));
    }
    void error(std::string pointer, std::string message, std::string qid = {}) {
        add(Severity::error, std::move(pointer), std::move(message), std::move(qid));
    }

    void check_top() {
        const FieldPresence& p = root_;
        if (!p.is_bad(kRootFormat)) {
            if (!p.has(kRootFormat))
                error("/format", "missing; a bank starts with \"format\": \"statecraft.bank\"");
            else if (bank_.format != "statecraft.bank")
                error("/format", "must be \"statecraft.bank\", not \"" + bank_.format + "\"");
        }
        if (!p.is_bad(kRootVersion)) {
            if (!p.has(kRootVersion))
                error("/version", "missing; this format is version 1");
            else if (bank_.version > kFormatMajor)
                error("/version", "made by a newer version of Statecraft (bank format " +
                                      version_text() + "); this version reads format 1.x");
            else if (bank_.version < 1)
                error("/version", "must be 1 or \"1.1\"");
            else if (bank_.version_minor > kFormatMinor)
                add(Severity::warning, "/version",
                    "written by a newer version of Statecraft (bank format " + version_text() +
                        "); it reads as 1." + std::to_string(kFormatMinor) +
                        " and fields this version does not know are kept as they are");
            else if (bank_.version_minor < 1 && uses_format_1_1())
                add(Severity::warning, "/version",
                    "the bank uses format 1.1 fields (as_of, text_file, review_by); write "
                    "\"version\": \"1.1\" so that older versions know why they skip them");
        }
        check_date("/review_by", bank_.review_by, false);
        if (!p.is_bad(kRootId) && !is_slug(bank_.id))
            error("/id",
                  bank_.id.empty()
                      ? "missing; give the bank a stable id such as \"my-bank\""
                      : "\"" + bank_.id +
                            "\" is not a slug (lowercase letters, digits and '-', at most 64)");
        if (!p.is_bad(kRootTitle) && blank(bank_.title)) error("/title", "missing or empty");
        if (!bank_.language.empty() && !valid_language(bank_.language))
            error("/language",
                  "\"" + bank_.language + "\" is not a language tag such as \"en\" or \"fr-CA\"");
    }

    std::string version_text() const {
        return std::to_string(bank_.version) + "." + std::to_string(bank_.version_minor);
    }

    bool uses_format_1_1() const {
        if (!bank_.review_by.empty()) return true;
        if (bank_.source && (!bank_.source->as_of.empty() || !bank_.source->text_file.empty()))
            return true;
        return std::any_of(bank_.questions.begin(), bank_.questions.end(),
                           [](const Question& q) { return !q.review_by.empty(); });
    }

    // "YYYY-MM-DD" (or, with month_ok, also "YYYY-MM" and "YYYY"); empty means not given.
    void check_date(const std::string& pointer, const std::string& date, bool month_ok,
                    const std::string& qid = {}) {
        if (date.empty() || is_iso_date(date, month_ok)) return;
        error(pointer,
              "\"" + date + "\" is not a date written YYYY-MM-DD" +
                  (month_ok ? std::string(" (or YYYY-MM, YYYY)") : std::string()),
              qid);
    }

    static bool valid_language(const std::string& tag) {
        // A light BCP 47 check: letters, digits and hyphens, starting with 2-8 letters.
        std::size_t letters = 0;
        while (letters < tag.size() && std::isalpha(static_cast<unsigned char>(tag[letters])))
            ++letters;
        if (letters < 2 || letters > 8) return false;
        for (char c : tag)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
        return tag.back() != '-';
    }

    void check_source() {
        if (!bank_.source) return;
        check_date("/source/as_of", bank_.source->as_of, true);
        SeenStrings ids;
        const auto& sections = bank_.source->sections;
        for (std::size_t i = 0; i < sections.size(); ++i) {
            auto at = [&] { return "/source/sections/" + std::to_string(i); };
            const Section& s = sections[i];
            if (blank(s.id))
                error(at() + "/id", "missing or empty");
            else if (!ids.insert(s.id))
                error(at() + "/id", "duplicate section id \"" + s.id + "\"");
            if (blank(s.heading)) error(at() + "/heading", "missing or empty");
            if (blank(s.text)) error(at() + "/text", "missing or empty");
        }
    }

    void check_categories() {
        const FieldPresence& p = root_;
        if (p.is_bad(kRootCategories)) return;
        if (bank_.categories.empty()) {
            error("/categories", "must list at least one category");
            return;
        }
        SeenStrings ids;
        for (std::size_t i = 0; i < bank_.categories.size(); ++i) {
            auto at = [&] { return "/categories/" + std::to_string(i); };
            const Category& c = bank_.categories[i];
            if (!is_slug(c.id))
                error(at() + "/id",
                      c.id.empty() ? "missing or empty" : "\"" + c.id + "\" is not a slug");
            else if (!ids.insert(c.id))
                error(at() + "/id", "duplicate category id \"" + c.id + "\"");
            if (blank(c.title)) error(at() + "/title", "missing or empty");
        }
    }

    void check_questions() {
        if (root_.is_bad(kRootQuestions)) return;
        std::unordered_set<std::string_view> ids;
        ids.reserve(bank_.questions.size());
        for (std::size_t i = 0; i < bank_.questions.size(); ++i) {
            const Question& q = bank_.questions[i];
            run_question(i, questions_[i], is_slug(q.id) && !ids.insert(q.id).second);
        }
    }

    void check_question(const Question& q, const FieldPresence& p,
                        const std::function<std::string()>& at) {
        const std::string& qid = q.id;
        if (q.category.empty())
            error(at() + "/category", "missing", qid);
        else if (!bank_.categories.empty() && !bank_.find_category(q.category))
            error(at() + "/category", "\"" + q.category + "\" is not one of the bank's categories",
                  qid);
        if (blank(q.prompt))
            error(at() + "/prompt", "missing or empty", qid);
        else if (count_code_points(q.prompt) > kMaxPromptChars)
            error(at() + "/prompt", "longer than 2,000 characters", qid);
        if (blank(q.explanation))
            add(Severity::warning, at() + "/explanation",
                "no explanation; students learn most from why an answer is right", qid);
        for (std::size_t j = 0; j < q.refs.size(); ++j) {
            if (!bank_.find_section(q.refs[j]))
                error(at() + "/refs/" + std::to_string(j),
                      "\"" + q.refs[j] + "\" is not a section of the source", qid);
        }
        if (p.has(kQuestionDifficulty) && (q.difficulty < 1 || q.difficulty > 3))
            error(at() + "/difficulty", "must be 1, 2 or 3", qid);
        if (p.has(kQuestionTimeLimit) && q.time_limit_s.value_or(1) <= 0)
            error(at() + "/time_limit_s", "must be a positive number of seconds", qid);
        if (!q.review_by.empty()) check_date(at() + "/review_by", q.review_by, false, qid);
        if (p.is_bad(kQuestionType)) return;
        if (!p.has(kQuestionType)) {
            error(at() + "/type", "missing", qid);
            return;
        }
        switch (q.type) {
            case QuestionType::single:
            case QuestionType::multiple:
                check_choices(q, at);
                break;
            case QuestionType::true_false:
                if (!p.has(kQuestionAnswer) && !p.is_bad(kQuestionAnswer))
                    error(at() + "/answer",
                          "missing; a true_false question needs \"answer\": true or false", qid);
                break;
            case QuestionType::matching:
                check_pairs(q, at);
                break;
            case QuestionType::ordering:
                check_sequence(q, at);
                break;
            case QuestionType::short_answer:
                check_accept(q, at);
                break;
            case QuestionType::estimate:
                check_estimate(q, at, [&](const std::string& ptr, const std::string& message) {
                    error(ptr, message, qid);
                });
                break;
            case QuestionType::poll:
                check_choices(q, at);
                break;
            case QuestionType::matrix:
                check_matrix_rules(q, at(), out_);
                break;
        }
        warn_unused_fields(q, at);
    }

    std::string count_message(const char* what, int min, int max, std::size_t n) {
        return "needs " + std::to_string(min) + " to " + std::to_string(max) + " " + what +
               ", has " + std::to_string(n);
    }

    void check_choices(const Question& q, const std::function<std::string()>& at) {
        const auto& c = q.choices;
        auto here = [&] { return at() + "/choices"; };
        if (c.size() < kMinChoices || c.size() > kMaxChoices)
            error(here(), count_message("choices", kMinChoices, kMaxChoices, c.size()), q.id);
        int correct = 0;
        SeenStrings ids;
        for (std::size_t j = 0; j < c.size(); ++j) {
            auto item = [&] { return here() + "/" + std::to_string(j); };
            if (blank(c[j].id))
                error(item() + "/id", "missing or empty", q.id);
            else if (!ids.insert(c[j].id))
                error(item() + "/id", "duplicate choice id \"" + c[j].id + "\"", q.id);
            if (blank(c[j].text)) error(item() + "/text", "missing or empty", q.id);
            correct += c[j].correct;
        }
        if (c.empty()) return;
        if (q.type == QuestionType::single && correct != 1)
            error(here(),
                  "a single-choice question needs exactly one correct choice, has " +
                      std::to_string(correct),
                  q.id);
        if (q.type == QuestionType::multiple && correct < 1)
            error(here(), "a multiple-choice question needs at least one correct choice", q.id);
        if (q.type == QuestionType::poll && correct > 0)
            error(here(), "a poll has no right answer: remove \"correct\" from its choices", q.id);
    }

    void check_pairs(const Question& q, const std::function<std::string()>& at) {
        auto here = [&] { return at() + "/pairs"; };
        if (q.pairs.size() < kMinPairs || q.pairs.size() > kMaxPairs)
            error(here(), count_message("pairs", kMinPairs, kMaxPairs, q.pairs.size()), q.id);
        SeenStrings lefts, rights;
        for (std::size_t j = 0; j < q.pairs.size(); ++j) {
            auto item = [&] { return here() + "/" + std::to_string(j); };
            const MatchPair& pair = q.pairs[j];
            if (blank(pair.left))
                error(item() + "/left", "missing or empty", q.id);
            else if (!lefts.insert(pair.left))
                error(item() + "/left", "duplicate left side \"" + pair.left + "\"", q.id);
            if (blank(pair.right))
                error(item() + "/right", "missing or empty", q.id);
            else if (!rights.insert(pair.right))
                error(item() + "/right", "duplicate right side \"" + pair.right + "\"", q.id);
        }
        for (std::size_t j = 0; j < q.distractors.size(); ++j) {
            auto item = [&] { return at() + "/distractors/" + std::to_string(j); };
            if (blank(q.distractors[j]))
                error(item(), "empty distractor", q.id);
            else if (!rights.insert(q.distractors[j]))
                error(item(), "\"" + q.distractors[j] + "\" is already a right side", q.id);
        }
    }

    void check_sequence(const Question& q, const std::function<std::string()>& at) {
        auto here = [&] { return at() + "/sequence"; };
        if (q.sequence.size() < kMinSequence || q.sequence.size() > kMaxSequence)
            error(here(), count_message("items", kMinSequence, kMaxSequence, q.sequence.size()),
                  q.id);
        SeenStrings seen;
        for (std::size_t j = 0; j < q.sequence.size(); ++j) {
            if (blank(q.sequence[j]))
                error(here() + "/" + std::to_string(j), "empty item", q.id);
            else if (!seen.insert(q.sequence[j]))
                error(here() + "/" + std::to_string(j), "duplicate item \"" + q.sequence[j] + "\"",
                      q.id);
        }
    }

    void check_accept(const Question& q, const std::function<std::string()>& at) {
        auto here = [&] { return at() + "/accept"; };
        if (q.accept.empty()) error(here(), "needs at least one accepted answer", q.id);
        for (std::size_t j = 0; j < q.accept.size(); ++j)
            if (blank(q.accept[j]))
                error(here() + "/" + std::to_string(j), "empty accepted answer", q.id);
    }

    // Fields of another type are harmless but usually a sign of a wrong "type".
    void warn_unused_fields(const Question& q, const std::function<std::string()>& at) {
        auto warn = [&](bool present, QuestionType owner1, QuestionType owner2, const char* field) {
            if (present && q.type != owner1 && q.type != owner2)
                add(Severity::warning, at() + "/" + field,
                    std::string("ignored for a ") + to_string(q.type) + " question", q.id);
        };
        warn(!q.choices.empty() && q.type != QuestionType::poll, QuestionType::single,
             QuestionType::multiple, "choices");
        warn(!q.pairs.empty(), QuestionType::matching, QuestionType::matching, "pairs");
        warn(!q.distractors.empty(), QuestionType::matching, QuestionType::matching, "distractors");
        warn(!q.sequence.empty(), QuestionType::ordering, QuestionType::ordering, "sequence");
        warn(!q.accept.empty(), QuestionType::short_answer, QuestionType::short_answer, "accept");
        warn(!q.columns.empty(), QuestionType::matrix, QuestionType::matrix, "columns");
        warn(!q.rows.empty(), QuestionType::matrix, QuestionType::matrix, "rows");
    }

    const Bank& bank_;
    const FieldPresence& root_;
    const std::vector<FieldPresence>& questions_;
    Diagnostics& out_;
};

}  // namespace

bool is_iso_date(std::string_view date, bool month_ok) {
    auto digits = [&](std::size_t from, std::size_t n) {
        if (date.size() < from + n) return false;
        for (std::size_t i = from; i < from + n; ++i)
            if (date[i] < '0' || date[i] > '9') return false;
        return true;
    };
    auto number = [&](std::size_t from) {
        return (date[from] - '0') * 10 + (date[from + 1] - '0');
    };
    if (!digits(0, 4)) return false;
    if (date.size() == 4) return month_ok;
    if (date.size() < 7 || date[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12)
        return false;
    if (date.size() == 7) return month_ok;
    return date.size() == 10 && date[7] == '-' && digits(8, 2) && number(8) >= 1 && number(8) <= 31;
}

namespace {

// `pointer` is `at` or holds it ("/questions/0/choices" holds "/questions/0/choices/1/text").
bool holds(const std::string& pointer, const std::string& at) {
    return at.compare(0, pointer.size(), pointer) == 0 &&
           (at.size() == pointer.size() || at[pointer.size()] == '/');
}

}  // namespace

void check_bank_rules(ReadResult& result) {
    Diagnostics& d = result.diagnostics;
    const std::size_t read = d.size();
    RuleChecker(result.bank, result.root, result.questions, d).run();
    // A value of the wrong type was read as empty: the rules would then report the field
    // missing, a list empty or a count off. One mistake, one error: drop the rule errors on a
    // place that holds one the reader found.
    // The reader's error keeps the question id the rule's knew.
    const auto follows_from_reading = [&](const Diagnostic& rule) {
        if (rule.severity != Severity::error || rule.pointer.empty()) return false;
        bool found = false;
        for (std::size_t i = 0; i < read; ++i) {
            Diagnostic& seen = d[i];
            if (seen.severity != Severity::error || seen.pointer.empty() ||
                !holds(rule.pointer, seen.pointer))
                continue;
            if (seen.question_id.empty()) seen.question_id = rule.question_id;
            found = true;
        }
        return found;
    };
    d.erase(std::remove_if(d.begin() + static_cast<std::ptrdiff_t>(read), d.end(),
                           follows_from_reading),
            d.end());
}

namespace {

// The fields the writer always writes are present; the optional ones when it writes them.
FieldPresence model_root_presence() {
    FieldPresence root;
    for (int f : {kRootFormat, kRootVersion, kRootId, kRootTitle, kRootCategories, kRootQuestions})
        root.seen |= 1u << f;
    return root;
}

FieldPresence model_presence(const Question& q) {
    FieldPresence p;
    p.seen |= 1u << kQuestionType;
    if (q.type == QuestionType::true_false) p.seen |= 1u << kQuestionAnswer;
    if (q.difficulty != 2) p.seen |= 1u << kQuestionDifficulty;
    if (q.time_limit_s) p.seen |= 1u << kQuestionTimeLimit;
    return p;
}

}  // namespace

// The checker's per-question presence list is for check_questions; these parts pass their own.
const std::vector<FieldPresence> kNoPresence;

void check_model_bank_rules(const Bank& bank, Diagnostics& out) {
    const FieldPresence root = model_root_presence();
    RuleChecker(bank, root, kNoPresence, out).run_bank_level();
}

void check_model_question_rules(const Bank& bank, std::size_t i, bool duplicate_id,
                                Diagnostics& out) {
    const FieldPresence root = model_root_presence();
    RuleChecker(bank, root, kNoPresence, out)
        .run_question(i, model_presence(bank.questions[i]), duplicate_id);
}

std::vector<bool> duplicate_question_ids(const Bank& bank) {
    std::vector<bool> duplicate(bank.questions.size());
    std::unordered_set<std::string_view> ids;
    ids.reserve(bank.questions.size());
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const std::string& id = bank.questions[i].id;
        duplicate[i] = is_slug(id) && !ids.insert(id).second;
    }
    return duplicate;
}

void check_model_rules(const Bank& bank, Diagnostics& out) {
    check_model_fields_before_questions(bank, out);
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        check_model_question_fields(bank.questions[i], i, out);
    check_model_fields_after_questions(bank, out);
    check_model_bank_rules(bank, out);
    const std::vector<bool> duplicate = duplicate_question_ids(bank);
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        check_model_question_rules(bank, i, duplicate[i], out);
}

}  // namespace statecraft
