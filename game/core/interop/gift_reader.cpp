#include "core/interop/gift_reader.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/bank/bank_rules.h"
#include "core/interop/gift_numerical.h"
#include "core/interop/gift_parse.h"
#include "core/interop/gift_weights.h"
#include "core/interop/text_util.h"

namespace statecraft {

namespace {

using gift::Item;
using gift::Kind;

std::string in_quotes(std::string_view text) {
    std::string t(text.substr(0, 60));
    if (text.size() > 60) t += "...";
    return "\"" + t + "\"";
}

// A short answer with an unescaped '*' is a Moodle wildcard pattern; "\*" is a literal star.
bool unescape_short_answer(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
            out += '*';
            ++i;
        } else if (text[i] == '*') {
            return false;
        } else {
            out += text[i];
        }
    }
    return true;
}

// The last segment of a Moodle category path ("$course$/top/Default for X"); "//" is a literal '/'.
std::string category_title(std::string_view path) {
    std::vector<std::string> segments(1);
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
            segments.back() += '/';
            ++i;
        } else if (path[i] == '/') {
            segments.emplace_back();
        } else {
            segments.back() += path[i];
        }
    }
    for (auto it = segments.rbegin(); it != segments.rend(); ++it)
        if (std::string t = trim(*it); !t.empty()) return t;
    return "";
}

class GiftConverter {
  public:
    explicit GiftConverter(ImportResult& result) : r_(result) {}

    void add(const Item& item) {
        if (auto it = item.annotations.find("bank"); it != item.annotations.end())
            r_.bank.id = make_slug(it->second);
        if (auto it = item.annotations.find("title"); it != item.annotations.end())
            r_.bank.title = it->second;
        if (!item.error.empty()) return r_.add(ImportSeverity::error, item.line, item.error);
        switch (item.kind) {
            case Kind::empty:
                return;
            case Kind::category:
                return switch_category(item);
            case Kind::description:
                return skip(item, "a description (text with no answer block)");
            case Kind::essay:
                return skip(item, "an essay question (empty braces {})");
            default:
                break;
        }
        Question q;
        q.category = category_;
        q.prompt = item.prompt;
        q.explanation = item.general_feedback;
        q.tags = item.tags;
        bool keep = false;
        switch (item.kind) {
            case Kind::multichoice:
                keep = convert_choices(item, q);
                break;
            case Kind::truefalse:
                keep = convert_truefalse(item, q);
                break;
            case Kind::shortanswer:
                keep = convert_short(item, q);
                break;
            case Kind::matching:
                keep = convert_matching(item, q);
                break;
            case Kind::numerical:
                keep = convert_numerical(item, q);
                break;
            default:
                break;
        }
        if (!keep) return;
        apply_annotations(item, q);
        q.id = take_id(item);
        r_.question_lines[q.id] = item.line;
        r_.bank.questions.push_back(std::move(q));
    }

  private:
    void skip(const Item& item, const std::string& why) {
        ++r_.skipped;
        std::string name = item.name.empty() ? in_quotes(item.prompt) : "\"" + item.name + "\"";
        r_.add(ImportSeverity::skipped, item.line,
               name + " is " + why + "; the bank format has no such type");
    }
    static std::string question_name(const Item& item) {
        return item.name.empty() ? in_quotes(item.prompt) : "\"" + item.name + "\"";
    }
    void unrepresentable(const Item& item, const std::string& why) {
        ++r_.skipped;
        r_.add(ImportSeverity::skipped, item.line, question_name(item) + ": " + why);
    }
    void note(int line, std::string message) {
        r_.add(ImportSeverity::note, line, std::move(message));
    }

    void switch_category(const Item& item) {
        std::string title = category_title(item.category_path);
        if (title.empty()) title = kDefaultCategoryTitle;
        std::string id;
        if (auto it = item.annotations.find("category"); it != item.annotations.end())
            id = make_slug(it->second);
        if (id.empty()) id = make_slug(title);
        if (id.empty()) id = "category";
        if (!r_.bank.find_category(id)) r_.bank.categories.push_back({id, title, {}, {}});
        category_ = id;
    }

    std::string take_id(const Item& item) {
        std::string_view wanted = !item.name.empty()       ? item.name
                                  : !item.idnumber.empty() ? item.idnumber
                                                           : item.prompt;
        std::string plain = make_slug(wanted, 56);
        std::string id = ids_.take(wanted, "question");
        if (!plain.empty() && id != plain)
            note(item.line,
                 "question id \"" + id + "\": \"" + plain + "\" was taken by an earlier question");
        return id;
    }

    // A numerical question becomes an estimate (gift_numerical.h); the unit has no GIFT form,
    // so it travels in a [statecraft:unit=...] comment.
    bool convert_numerical(const Item& item, Question& q) {
        std::string error;
        auto answers = gift::parse_numerical(item.numerical, error);
        auto notes = answers ? gift::numerical_to_estimate(*answers, q, error) : std::nullopt;
        if (!notes) {
            r_.add(ImportSeverity::error, item.line, error);
            return false;
        }
        for (const std::string& n : *notes) note(item.line, n);
        if (auto it = item.annotations.find("unit"); it != item.annotations.end())
            q.unit = it->second;
        return true;
    }

    bool convert_choices(const Item& item, Question& q) {
        std::vector<bool> correct(item.answers.size());
        if (item.single) {
            int full = 0;
            for (std::size_t i = 0; i < item.answers.size(); ++i) {
                const gift::Answer& a = item.answers[i];
                correct[i] = a.weight >= 1.0;
                full += correct[i];
                if (a.weight > 0 && a.weight < 1.0)
                    note(a.line, "partial credit (" + std::to_string(int(a.weight * 100)) +
                                     "%) for " + in_quotes(a.text) +
                                     " is not kept: a single-choice answer is right or wrong");
            }
            if (full != 1) {
                unrepresentable(
                    item,
                    std::to_string(full) +
                        " answers give full credit; a single-choice question has exactly one");
                return false;
            }
            q.type = QuestionType::single;
        } else {
            bool any_right = false;
            for (std::size_t i = 0; i < item.answers.size(); ++i) {
                correct[i] = item.answers[i].weight > 0;
                any_right = any_right || correct[i];
            }
            if (!any_right) {
                r_.add(ImportSeverity::error, item.line,
                       "no answer has a positive weight: mark the right answers with ~%n% or =");
                return false;
            }
            if (auto change = gift::multiple_weights_change(item.answers))
                note(item.line, question_name(item) + ": " + *change);
            q.type = QuestionType::multiple;
        }
        if (item.answers.size() > static_cast<std::size_t>(kMaxChoices)) {
            unrepresentable(item, std::to_string(item.answers.size()) +
                                      " answers; a bank question has at most 8");
            return false;
        }
        for (std::size_t i = 0; i < item.answers.size(); ++i) {
            Choice c;
            c.id = std::string(1, static_cast<char>('a' + i));
            c.text = item.answers[i].text;
            c.correct = correct[i];
            c.feedback = item.answers[i].feedback;
            q.choices.push_back(std::move(c));
        }
        return true;
    }

    bool convert_truefalse(const Item& item, Question& q) {
        q.type = QuestionType::true_false;
        q.answer = item.truth;
        // Only one text is shown after the answer: general feedback, then the feedback
        // for the wrong response (it usually says why). Praise for the right one is dropped.
        if (!item.wrong_feedback.empty() &&
            q.explanation.find(item.wrong_feedback) == std::string::npos)
            q.explanation += (q.explanation.empty() ? "" : "\n\n") + item.wrong_feedback;
        if (!item.right_feedback.empty())
            note(item.line, "feedback for the right response " + in_quotes(item.right_feedback) +
                                " is not kept (a true/false question has one explanation)");
        return true;
    }

    bool convert_short(const Item& item, Question& q) {
        q.type = QuestionType::short_answer;
        bool feedback = false;
        std::set<std::string> accepted;
        for (const gift::Answer& a : item.answers) {
            std::string text;
            feedback = feedback || !a.feedback.empty();
            if (!unescape_short_answer(a.text, text)) {
                note(a.line,
                     "wildcard answer " + in_quotes(a.text) + " cannot be represented; left out");
                continue;
            }
            if (a.weight <= 0) continue;
            if (a.weight < 1.0)
                note(a.line, "answer " + in_quotes(text) + " (" +
                                 std::to_string(int(a.weight * 100)) +
                                 "% credit) is accepted as fully right");
            if (accepted.insert(text).second) q.accept.push_back(text);
        }
        if (feedback)
            note(item.line, "feedback on short answers is not kept (the bank format has none)");
        if (q.accept.empty()) {
            unrepresentable(item, "no answer with positive credit is left to accept");
            return false;
        }
        return true;
    }

    bool convert_matching(const Item& item, Question& q) {
        std::set<std::string> lefts, rights;
        for (const auto& [left, right] : item.pairs) {
            if (!rights.insert(right).second) {
                unrepresentable(item, "right side " + in_quotes(right) +
                                          " is used twice; bank matching pairs are one to one");
                return false;
            }
            if (left.empty()) {
                q.distractors.push_back(right);
                continue;
            }
            if (!lefts.insert(left).second) {
                unrepresentable(item, "left side " + in_quotes(left) + " is used twice");
                return false;
            }
            q.pairs.push_back({left, right, {}});
        }
        if (q.pairs.size() < static_cast<std::size_t>(kMinPairs) ||
            q.pairs.size() > static_cast<std::size_t>(kMaxPairs)) {
            unrepresentable(item, std::to_string(q.pairs.size()) +
                                      " pairs; a bank matching question has 2 to 10");
            return false;
        }
        q.type = QuestionType::matching;
        // Items matched to "1st", "2nd", ... with nothing else: an ordering question.
        if (q.distractors.empty()) {
            std::vector<std::string> sequence(q.pairs.size());
            bool ordering = true;
            for (const MatchPair& p : q.pairs) {
                bool found = false;
                for (std::size_t k = 0; k < sequence.size() && !found; ++k)
                    if (p.right == gift::ordinal_position(static_cast<int>(k) + 1))
                        sequence[k] = p.left, found = true;
                ordering = ordering && found;
            }
            if (ordering) {
                q.type = QuestionType::ordering;
                q.sequence = std::move(sequence);
                q.pairs.clear();
            }
        }
        return true;
    }

    void apply_annotations(const Item& item, Question& q) {
        const auto& a = item.annotations;
        if (auto it = a.find("difficulty"); it != a.end()) {
            if (it->second == "1" || it->second == "2" || it->second == "3")
                q.difficulty = it->second[0] - '0';
            else
                note(item.line, "difficulty \"" + it->second + "\" ignored (use 1, 2 or 3)");
        }
        if (auto it = a.find("time_limit_s"); it != a.end()) {
            int seconds = std::atoi(it->second.c_str());
            if (seconds > 0 && std::to_string(seconds) == it->second)
                q.time_limit_s = seconds;
            else
                note(item.line, "time limit \"" + it->second + "\" ignored (use whole seconds)");
        }
        if (auto it = a.find("refs"); it != a.end()) {
            std::string_view rest = it->second;
            while (!rest.empty()) {
                std::size_t comma = rest.find(',');
                std::string ref = trim(rest.substr(0, comma));
                if (!ref.empty()) q.refs.push_back(ref);
                rest =
                    comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            }
        }
        if (a.count("case_sensitive") && q.type == QuestionType::short_answer)
            q.case_sensitive = true;
        if (a.count("ignore_accents") && q.type == QuestionType::short_answer)
            q.ignore_accents = true;
    }

    ImportResult& r_;
    std::string category_ = kDefaultCategoryId;
    UniqueIds ids_;
};

}  // namespace

ImportResult read_gift(std::string_view text, const ImportOptions& options) {
    ImportResult result;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line = 0;
    if (std::string why = check_input_text(text, line); !why.empty()) {
        result.add(ImportSeverity::error, line,
                   why + "; GIFT files must be UTF-8 text (save it again as UTF-8)");
        return result;
    }
    GiftConverter converter(result);
    for (const gift::Block& block : gift::split_blocks(text))
        converter.add(gift::parse_block(block));
    finish_import(result, options);
    return result;
}

}  // namespace statecraft
