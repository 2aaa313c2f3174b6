#include "core/interop/csv_writer.h"

#include <algorithm>

#include "core/interop/csv_matrix.h"
#include "core/session/estimate_score.h"

namespace statecraft {

namespace {

std::string letter(std::size_t i) {
    return std::string(1, static_cast<char>('A' + i));
}

std::size_t option_count(const Question& q) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            return q.choices.size();
        case QuestionType::matching:
            return q.pairs.size() + q.distractors.size();
        case QuestionType::ordering:
            return q.sequence.size();
        case QuestionType::short_answer:
            return q.accept.size();
        case QuestionType::matrix:
            return q.rows.size();
        case QuestionType::true_false:
        case QuestionType::estimate:
            return 0;
    }
    return 0;
}

class RowWriter {
  public:
    RowWriter(const Bank& bank, csv::Delimiter d, ExportResult& result)
        : sep_(csv::delimiter_char(d)), r_(result) {
        for (const Question& q : bank.questions) {
            options_ = std::max(options_, option_count(q));
            for (std::size_t i = 0; i < q.choices.size(); ++i)
                if (!q.choices[i].feedback.empty()) feedback_ = std::max(feedback_, i + 1);
            time_limit_ = time_limit_ || q.time_limit_s.has_value();
            case_sensitive_ =
                case_sensitive_ || (q.type == QuestionType::short_answer && q.case_sensitive);
            ignore_accents_ =
                ignore_accents_ || (q.type == QuestionType::short_answer && q.ignore_accents);
            estimate_ = estimate_ || q.type == QuestionType::estimate;
        }
        options_ = std::max<std::size_t>(options_, 2);
    }

    void header() {
        std::vector<std::string> h = {"id", "category", "type", "prompt", "answer"};
        for (std::size_t i = 0; i < options_; ++i) h.push_back(letter(i));
        for (std::size_t i = 0; i < feedback_; ++i) h.push_back("feedback_" + letter(i));
        for (const char* c : {"explanation", "refs", "difficulty", "tags"}) h.push_back(c);
        if (time_limit_) h.push_back("time_limit_s");
        if (case_sensitive_) h.push_back("case_sensitive");
        if (ignore_accents_) h.push_back("ignore_accents");
        if (estimate_)
            for (const char* c : {"unit", "margin", "tolerance"}) h.push_back(c);
        line(h);
    }

    void question(const Question& q) {
        q_ = &q;
        std::vector<std::string> options, feedback(feedback_);
        std::string answer;
        switch (q.type) {
            case QuestionType::estimate:
                answer = q.value ? exact_number(*q.value) : "";
                break;
            case QuestionType::single:
            case QuestionType::multiple:
            case QuestionType::poll:
                for (std::size_t i = 0; i < q.choices.size(); ++i) {
                    options.push_back(q.choices[i].text);
                    if (i < feedback_) feedback[i] = q.choices[i].feedback;
                    if (q.choices[i].correct) answer += (answer.empty() ? "" : ", ") + letter(i);
                }
                break;
            case QuestionType::true_false:
                answer = q.answer ? "true" : "false";
                break;
            case QuestionType::matching:
                for (const MatchPair& p : q.pairs) {
                    if (p.left.find("->") != std::string::npos)
                        problem("left side \"" + p.left + "\" contains \"->\"");
                    options.push_back(p.left + " -> " + p.right);
                }
                for (const std::string& d : q.distractors) options.push_back("-> " + d);
                break;
            case QuestionType::ordering:
                options = q.sequence;
                break;
            case QuestionType::short_answer:
                options = q.accept;
                break;
            case QuestionType::matrix: {
                std::vector<std::string> problems, lost;
                csv_matrix::write(q, answer, options, problems, lost);
                for (const std::string& p : problems) problem(p);
                for (const std::string& l : lost)
                    r_.skipped.push_back("question \"" + q.id + "\": " + l);
                break;
            }
        }
        options.resize(options_);
        std::vector<std::string> row = {q.id, q.category, to_string(q.type), q.prompt, answer};
        row.insert(row.end(), options.begin(), options.end());
        row.insert(row.end(), feedback.begin(), feedback.end());
        row.push_back(q.explanation);
        row.push_back(joined(q.refs, "ref"));
        row.push_back(q.difficulty == 2 ? "" : std::to_string(q.difficulty));
        row.push_back(joined(q.tags, "tag"));
        if (time_limit_) row.push_back(q.time_limit_s ? std::to_string(*q.time_limit_s) : "");
        if (case_sensitive_)
            row.push_back(q.type == QuestionType::short_answer && q.case_sensitive ? "true" : "");
        if (ignore_accents_)
            row.push_back(q.type == QuestionType::short_answer && q.ignore_accents ? "true" : "");
        if (estimate_) {
            const bool e = q.type == QuestionType::estimate;
            row.push_back(e ? q.unit : "");
            row.push_back(e && q.margin != 0 ? exact_number(q.margin) : "");
            row.push_back(e && q.tolerance ? exact_number(*q.tolerance) : "");
        }
        line(row);
    }

    std::string text;

  private:
    void problem(const std::string& what) {
        r_.problems.push_back("question \"" + q_->id + "\": " + what);
    }

    std::string joined(const std::vector<std::string>& items, const char* what) {
        std::string out;
        for (const std::string& item : items) {
            if (item.find_first_of("|,") != std::string::npos)
                problem(std::string(what) + " \"" + item +
                        "\" contains '|' or ',', which separate a list in a cell");
            out += (out.empty() ? "" : "|") + item;
        }
        return out;
    }

    void line(const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) text += sep_;
            text += csv::quote_field(fields[i], sep_);
        }
        text += '\n';
    }

    char sep_;
    ExportResult& r_;
    const Question* q_ = nullptr;
    std::size_t options_ = 0, feedback_ = 0;
    bool time_limit_ = false, case_sensitive_ = false, ignore_accents_ = false, estimate_ = false;
};

// Header values are one line each.
std::string one_line(std::string_view s) {
    std::string out(s);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    return out;
}

}  // namespace

ExportResult write_csv(const Bank& bank, csv::Delimiter delimiter) {
    ExportResult result;
    RowWriter rows(bank, delimiter, result);
    std::string& out = result.text;
    out += std::string("#separator:") + csv::delimiter_name(delimiter) + "\n";
    out += "#html:false\n";
    out += "#bank:" + one_line(bank.id) + "\n";
    out += "#title:" + one_line(bank.title) + "\n";
    for (const Category& c : bank.categories)
        out += "#category:" + c.id + ":" + one_line(c.title) + "\n";
    rows.header();
    for (const Question& q : bank.questions) rows.question(q);
    out += rows.text;
    return result;
}

}  // namespace statecraft
