#include "core/interop/gift_writer.h"

#include <cstdio>

#include "core/interop/gift_numerical.h"
#include "core/interop/gift_parse.h"
#include "core/interop/gift_weights.h"
#include "core/interop/text_util.h"

namespace statecraft {

std::string gift_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '#':
            case '=':
            case '~':
            case '{':
            case '}':
            case ':':
                out += '\\';
                out += c;
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

// Text inside a comment annotation: one line, ']' escaped as Moodle's tag syntax wants.
std::string bracket_value(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ']')
            out += "\\]";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string weight(double percent) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.5f", percent);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

bool starts_with_weight(std::string_view text) {
    if (text.size() < 3 || text[0] != '%') return false;
    std::size_t end = text.find('%', 1);
    return end != std::string_view::npos && end > 1;
}

class QuestionWriter {
  public:
    QuestionWriter(const Question& q, std::vector<std::string>& problems)
        : q_(q), problems_(problems) {
        plain_ = needs_plain(q.prompt) || needs_plain(q.explanation);
        for (const Choice& c : q.choices)
            plain_ = plain_ || needs_plain(c.text) || needs_plain(c.feedback);
        for (const MatchPair& p : q.pairs) plain_ = plain_ || needs_plain(p.left);
        for (const std::string& s : q.sequence) plain_ = plain_ || needs_plain(s);
        for (const std::string& s : q.accept) plain_ = plain_ || needs_plain(s);
    }

    std::string write() {
        std::string out = annotations();
        out +=
            "::" + gift_escape(q_.id) + "::" + (plain_ ? "[plain]" : "") + gift_escape(q_.prompt);
        switch (q_.type) {
            case QuestionType::single:
            case QuestionType::multiple:
                out += choices();
                break;
            case QuestionType::true_false:
                out += std::string("{") + (q_.answer ? "TRUE" : "FALSE") + general_feedback("") +
                       "}\n";
                break;
            case QuestionType::short_answer:
                out += short_answers();
                break;
            case QuestionType::matching:
                out += pairs();
                break;
            case QuestionType::ordering:
                out += ordering();
                break;
            case QuestionType::estimate:
                out += "{" + gift::estimate_to_numerical(q_) + general_feedback("") + "}\n";
                break;
            case QuestionType::poll:
                break;                  // write_gift leaves polls out and says so
            case QuestionType::matrix:  // write_gift leaves it out and says so
                break;
        }
        return out;
    }

  private:
    static bool needs_plain(std::string_view text) { return looks_like_html(text); }

    void problem(const std::string& what) {
        problems_.push_back("question \"" + q_.id + "\": " + what);
    }

    // An answer's own text; a leading '[' would read as a format name, so name one.
    std::string text(std::string_view t) const {
        std::string escaped = gift_escape(t);
        if (!t.empty() && t[0] == '[') return (plain_ ? "[plain]" : "[moodle]") + escaped;
        return escaped;
    }

    std::string annotations() const {
        std::string tags;
        for (const std::string& t : q_.tags) tags += "[tag:" + bracket_value(t) + "] ";
        if (q_.type == QuestionType::ordering) tags += "[statecraft:ordering] ";
        if (q_.type == QuestionType::estimate && !q_.unit.empty())
            tags += "[statecraft:unit=" + bracket_value(q_.unit) + "] ";
        if (q_.difficulty != 2)
            tags += "[statecraft:difficulty=" + std::to_string(q_.difficulty) + "] ";
        if (!q_.refs.empty()) {
            std::string refs;
            for (const std::string& r : q_.refs)
                refs += (refs.empty() ? "" : ",") + bracket_value(r);
            tags += "[statecraft:refs=" + refs + "] ";
        }
        if (q_.time_limit_s)
            tags += "[statecraft:time_limit_s=" + std::to_string(*q_.time_limit_s) + "] ";
        if (q_.type == QuestionType::short_answer && q_.case_sensitive)
            tags += "[statecraft:case_sensitive] ";
        if (q_.type == QuestionType::short_answer && q_.ignore_accents)
            tags += "[statecraft:ignore_accents] ";
        if (tags.empty()) return "";
        tags.pop_back();
        return "// " + tags + "\n";
    }

    std::string general_feedback(const char* indent) const {
        if (q_.explanation.empty()) return "";
        std::string out = std::string(indent) + "####" + text(q_.explanation);
        return *indent ? out + "\n" : out;
    }

    std::string choices() {
        int right = 0;
        for (const Choice& c : q_.choices) right += c.correct;
        std::string out = "{\n";
        for (const Choice& c : q_.choices) {
            std::string mark;
            if (q_.type == QuestionType::single)
                mark = c.correct ? "=" : starts_with_weight(c.text) ? "~%0%" : "~";
            else
                mark = "~%" + weight(100 * gift::rule_weight(c.correct, right)) + "%";
            out += "\t" + mark + text(c.text);
            if (!c.feedback.empty()) out += "#" + text(c.feedback);
            out += "\n";
        }
        return out + general_feedback("\t") + "}\n";
    }

    std::string short_answers() {
        std::string out = "{\n";
        for (const std::string& a : q_.accept) {
            if (a.find("->") != std::string::npos)
                problem("accepted answer \"" + a +
                        "\" contains \"->\", which GIFT would read as matching");
            std::string escaped = text(a);
            std::string starred;
            for (char c : escaped) c == '*' ? starred.append("\\*") : starred.append(1, c);
            out += "\t=" + std::string(starts_with_weight(a) ? "%100%" : "") + starred + "\n";
        }
        return out + general_feedback("\t") + "}\n";
    }

    std::string pair_line(const std::string& left, const std::string& right) {
        if (left.find("->") != std::string::npos)
            problem("\"" + left + "\" contains \"->\", which GIFT uses to separate a pair");
        return "\t=" + text(left) + " -> " + gift_escape(right) + "\n";
    }

    std::string pairs() {
        std::string out = "{\n";
        for (const MatchPair& p : q_.pairs) out += pair_line(p.left, p.right);
        for (const std::string& d : q_.distractors) out += "\t= -> " + gift_escape(d) + "\n";
        return out + general_feedback("\t") + "}\n";
    }

    std::string ordering() {
        std::string out = "{\n";
        for (std::size_t i = 0; i < q_.sequence.size(); ++i)
            out += pair_line(q_.sequence[i], gift::ordinal_position(static_cast<int>(i) + 1));
        return out + general_feedback("\t") + "}\n";
    }

    const Question& q_;
    std::vector<std::string>& problems_;
    bool plain_ = false;
};

}  // namespace

ExportResult write_gift(const Bank& bank) {
    ExportResult result;
    std::string& out = result.text;
    out += "// Statecraft bank \"" + bracket_value(bank.title) +
           "\" as GIFT: import it in Moodle with\n";
    out +=
        "// Question bank > Import > GIFT format, or back into Statecraft with `statecraft "
        "import`.\n";
    out += "// [statecraft:bank=" + bracket_value(bank.id) +
           "] [statecraft:title=" + bracket_value(bank.title) + "]\n";
    std::string category;
    bool first = true;
    for (const Question& q : bank.questions) {
        if (q.type == QuestionType::matrix) {
            result.skipped.push_back("question \"" + q.id +
                                     "\": GIFT has no matrix (evidence against hypotheses) "
                                     "question type; left out");
            ++result.questions_left_out;
            continue;
        }
        if (q.category != category || first) {
            first = false;
            category = q.category;
            const Category* c = bank.find_category(category);
            std::string title = c && !trim_view(c->title).empty() ? c->title : category;
            std::string path;
            for (char ch : title) {
                if (ch == '/')
                    path += "//";
                else if (ch == '\n' || ch == '\r')
                    path += ' ';
                else
                    path += ch;
            }
            out += "\n// [statecraft:category=" + bracket_value(category) + "]\n";
            out += "$CATEGORY: $course$/top/" + path + "\n";
        }
        if (q.type == QuestionType::poll) {
            // GIFT has no question without a right answer: say so rather than drop it.
            result.skipped.push_back("question \"" + q.id +
                                     "\": a poll has no right answer, which GIFT cannot hold; "
                                     "left out");
            ++result.questions_left_out;
            continue;
        }
        out += "\n" + QuestionWriter(q, result.problems).write();
    }
    return result;
}

}  // namespace statecraft
