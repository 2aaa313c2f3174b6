// Mirrors Moodle's readquestion step by step; the comments name the Moodle step.
#include "core/interop/gift_parse.h"

#include <algorithm>
#include <cstdlib>

#include "core/interop/text_util.h"

namespace statecraft::gift {

namespace {

// parse_text_with_format: a leading [moodle], [html], [plain] or [markdown]; anything else stays.
std::string_view strip_format(std::string_view text, TextFormat fallback, TextFormat& format) {
    format = fallback;
    text = trim_view(text);
    if (text.empty() || text[0] != '[') return text;
    std::size_t end = text.find(']');
    if (end == std::string_view::npos) return text;
    std::string_view name = text.substr(1, end - 1);
    if (name == "moodle")
        format = TextFormat::moodle;
    else if (name == "html")
        format = TextFormat::html;
    else if (name == "plain")
        format = TextFormat::plain;
    else if (name == "markdown")
        format = TextFormat::markdown;
    else
        return text;
    return trim_view(text.substr(end + 1));
}

std::string formatted(std::string_view text, TextFormat fallback, TextFormat* used = nullptr) {
    TextFormat format;
    std::string_view body = strip_format(text, fallback, format);
    if (used) *used = format;
    return finish_text(body, format);
}

// Moodle's weight regex /^%\-*([0-9]{1,2})\.?([0-9]*)%/ ; on a match, text loses the prefix.
bool take_weight(std::string_view& text, double& weight) {
    if (text.size() < 3 || text[0] != '%') return false;
    std::size_t i = 1;
    bool negative = false;
    while (i < text.size() && text[i] == '-') negative = true, ++i;
    std::size_t digits = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == digits) return false;
    if (i < text.size() && text[i] == '.') ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size() || text[i] != '%') return false;
    std::string number(text.substr(digits, i - digits));
    weight = std::strtod(number.c_str(), nullptr) / 100.0 * (negative ? -1 : 1);
    text.remove_prefix(i + 1);
    return true;
}

// commentparser: answer text and feedback, split at the first '#'.
void split_feedback(std::string_view raw, TextFormat format, Answer& answer) {
    std::size_t hash = raw.find('#');
    answer.text = formatted(raw.substr(0, hash), format);
    if (hash != std::string_view::npos) answer.feedback = formatted(raw.substr(hash + 1), format);
}

// Splits before every '=' (kept) and at every '~' (dropped), like Moodle's
// explode("~", str_replace("=", "~=", $answertext)); drops a blank first piece.
std::vector<std::string_view> split_answers(std::string_view text, bool at_tilde, bool at_equals) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (at_tilde && text[i] == '~') {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        } else if (at_equals && text[i] == '=') {
            parts.push_back(text.substr(start, i - start));
            start = at_tilde ? i : i + 1;  // multichoice keeps the '=' as the weight marker
        }
    }
    parts.push_back(text.substr(start));
    if (!parts.empty() && trim_view(parts[0]).empty()) parts.erase(parts.begin());
    return parts;
}

class BlockParser {
  public:
    explicit BlockParser(const Block& block) : block_(block), esc_(escape_pre(block.text)) {
        for (std::size_t i = 0; i < esc_.size(); ++i)
            if (esc_[i] == '\n') breaks_.push_back(i);
    }

    Item run() {
        item_.line = block_.line;
        item_.tags = extract_bracket_values(block_.comments, "tag");
        std::vector<std::string> ids = extract_bracket_values(block_.comments, "id");
        if (!ids.empty()) item_.idnumber = ids.front();
        for (const std::string& a : extract_bracket_values(block_.comments, "statecraft")) {
            std::size_t eq = a.find('=');
            item_.annotations[trim(a.substr(0, eq))] =
                eq == std::string::npos ? "" : trim(a.substr(eq + 1));
        }
        std::string_view text = trim_view(esc_);
        if (text.empty()) return item_;
        item_.line = line_at(text);
        if (text.substr(0, 10) == "$CATEGORY:") {
            item_.kind = Kind::category;
            item_.category_path = trim(escape_post(text.substr(10)));
            return item_;
        }
        parse_question(text);
        return item_;
    }

  private:
    // Line of a piece of esc_: a binary search over its line breaks, so that a block with
    // many answers stays linear.
    int line_at(std::string_view part) const {
        std::size_t offset = static_cast<std::size_t>(part.data() - esc_.data());
        auto before = std::lower_bound(breaks_.begin(), breaks_.end(), offset);
        return block_.line + static_cast<int>(before - breaks_.begin());
    }

    void fail(std::string_view where, std::string message) {
        item_.line = line_at(where);
        item_.error = std::move(message);
    }

    void parse_question(std::string_view text) {
        // Question name parser.
        if (text.substr(0, 2) == "::") {
            text.remove_prefix(2);
            std::size_t finish = text.find("::");
            if (finish != std::string_view::npos) {
                item_.name = trim(escape_post(text.substr(0, finish)));
                text = trim_view(text.substr(finish + 2));
            }
        }
        // Find the answer section; we also refuse a second block, which Moodle would
        // silently leave in the text.
        std::size_t start = text.find('{'), finish = text.find('}');
        if (start == std::string_view::npos && finish == std::string_view::npos) {
            item_.kind = Kind::description;
            item_.prompt = formatted(text, TextFormat::moodle, &item_.format);
            return;
        }
        if (start == std::string_view::npos || finish == std::string_view::npos || finish < start) {
            std::size_t at = start == std::string_view::npos ? finish : start;
            if (finish != std::string_view::npos && finish < start) at = finish;
            return fail(text.substr(at),
                        std::string("unbalanced braces: a '") + text[at] +
                            "' without its pair (write \\{ or \\} for a literal brace)");
        }
        std::size_t next_open = text.find('{', start + 1);
        if (next_open < finish)
            return fail(text.substr(next_open),
                        "a '{' inside the answer block (write \\{ for a literal brace)");
        std::size_t extra = text.find_first_of("{}", finish + 1);
        if (extra != std::string_view::npos)
            return fail(text.substr(extra),
                        "a second answer block; a GIFT question has one (write \\{ or \\} for "
                        "literal braces)");

        // Question text without the answer block, "_____" for the missing-word format.
        std::string prompt(text.substr(0, start));
        if (finish + 1 < text.size()) prompt += "_____" + std::string(text.substr(finish + 1));
        std::string_view answers = trim_view(text.substr(start + 1, finish - start - 1));
        int answers_line = line_at(text.substr(start));

        // General feedback after the last "####".
        std::string_view general;
        if (std::size_t gf = answers.rfind("####"); gf != std::string_view::npos) {
            general = answers.substr(gf + 4);
            answers = trim_view(answers.substr(0, gf));
        }
        item_.prompt = formatted(prompt, TextFormat::moodle, &item_.format);
        item_.general_feedback = formatted(general, item_.format);
        classify(answers, answers_line);
    }

    void classify(std::string_view answers, int answers_line) {
        if (answers.empty()) {
            item_.kind = Kind::essay;
        } else if (answers[0] == '#') {
            item_.kind = Kind::numerical;
            item_.numerical = std::string(answers.substr(1));
        } else if (answers.find('~') != std::string_view::npos) {
            item_.kind = Kind::multichoice;
            parse_multichoice(answers, answers_line);
        } else if (answers.find('=') != std::string_view::npos &&
                   answers.find("->") != std::string_view::npos) {
            item_.kind = Kind::matching;
            parse_matching(answers, answers_line);
        } else {
            std::string_view check = answers;
            if (std::size_t hash = answers.find('#'); hash != std::string_view::npos && hash > 0)
                check = trim_view(answers.substr(0, hash));
            if (check == "T" || check == "TRUE" || check == "F" || check == "FALSE") {
                item_.kind = Kind::truefalse;
                parse_truefalse(answers);
            } else {
                item_.kind = Kind::shortanswer;
                parse_shortanswer(answers);
            }
        }
    }

    void parse_multichoice(std::string_view text, int answers_line) {
        item_.single = text.find('=') != std::string_view::npos;
        std::vector<std::string_view> parts = split_answers(text, true, true);
        if (parts.size() < 2) {
            item_.line = answers_line;
            item_.error = "a multiple-choice question needs at least 2 answers";
            return;
        }
        for (std::string_view part : parts) {
            Answer a;
            a.line = line_at(part);
            std::string_view body = trim_view(part);
            if (!body.empty() && body[0] == '=') {
                a.weight = 1;
                a.full = true;
                body.remove_prefix(1);
            } else if (!take_weight(body, a.weight)) {
                a.weight = 0;
            }
            split_feedback(body, item_.format, a);
            item_.answers.push_back(std::move(a));
        }
    }

    void parse_matching(std::string_view text, int answers_line) {
        std::vector<std::string_view> parts = split_answers(text, false, true);
        if (parts.size() < 2) {
            item_.line = answers_line;
            item_.error = "a matching question needs at least 2 pairs written \"=left -> right\"";
            return;
        }
        for (std::string_view part : parts) {
            std::size_t arrow = part.find("->");
            if (arrow == std::string_view::npos)
                return fail(part,
                            "a matching pair without \"->\": \"=" + trim(escape_post(part)) + "\"");
            item_.pairs.emplace_back(formatted(part.substr(0, arrow), item_.format),
                                     trim(escape_post(part.substr(arrow + 2))));
        }
    }

    // split_truefalse_comment: answer, then feedback for the wrong response, then for the right
    // one.
    void parse_truefalse(std::string_view text) {
        std::size_t h1 = text.find('#');
        std::size_t h2 = h1 == std::string_view::npos ? h1 : text.find('#', h1 + 1);
        std::string_view value = trim_view(text.substr(0, h1));
        item_.truth = value == "T" || value == "TRUE";
        if (h1 != std::string_view::npos)
            item_.wrong_feedback = formatted(
                text.substr(h1 + 1, h2 == std::string_view::npos ? h2 : h2 - h1 - 1), item_.format);
        if (h2 != std::string_view::npos)
            item_.right_feedback = formatted(text.substr(h2 + 1), item_.format);
    }

    void parse_shortanswer(std::string_view text) {
        for (std::string_view part : split_answers(text, false, true)) {
            Answer a;
            a.line = line_at(part);
            std::string_view body = trim_view(part);
            if (!take_weight(body, a.weight)) a.weight = 1;
            split_feedback(body, item_.format, a);
            item_.answers.push_back(std::move(a));
        }
    }

    const Block& block_;
    std::string esc_;
    std::vector<std::size_t> breaks_;  // offsets of '\n' in esc_
    Item item_;
};

}  // namespace

Item parse_block(const Block& block) {
    return BlockParser(block).run();
}

}  // namespace statecraft::gift
