#include "core/interop/csv_reader.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "core/interop/csv_columns.h"
#include "core/interop/csv_matrix.h"
#include "core/interop/text_util.h"
#include "core/session/estimate_score.h"

namespace statecraft {

namespace {

using csv::Record;
using namespace csv_columns;

class CsvConverter {
  public:
    CsvConverter(ImportResult& r, const csv::Metadata& meta, bool html) : r_(r), html_(html) {
        for (const auto& [key, value] : meta.headers) {
            std::string v = trim(value);
            if (key == "bank")
                r_.bank.id = make_slug(v);
            else if (key == "title")
                r_.bank.title = v;
            else if (key == "category")
                declare_category(v);
        }
        global_tags_ = meta.global_tags;
    }

    bool set_columns(const std::vector<std::string>& labels, int line) {
        for (const std::string& l : labels) {
            columns_.push_back(classify(l));
            if (columns_.back().kind == Column::unknown && !trim_view(l).empty())
                r_.add(ImportSeverity::note, line,
                       "column \"" + trim(l) +
                           "\" is not one we know; ignored (see questions/CSV.md)");
        }
        return true;
    }

    void row(const Record& rec) {
        if (std::all_of(rec.fields.begin(), rec.fields.end(),
                        [](const std::string& f) { return trim_view(f).empty(); }))
            return;
        line_ = rec.line;
        rec_ = &rec;
        int errors_before = error_count();
        Question q;
        std::string type_text = cell(Column::type);
        auto type = parse_type(type_text);
        if (!type) {
            error(
                type_text.empty()
                    ? "the type is empty (single, multiple, true_false, matching, ordering or "
                      "short_answer)"
                    : "unknown type \"" + type_text +
                          "\" (single, multiple, true_false, matching, ordering or short_answer)");
            return;
        }
        q.type = *type;
        q.prompt = cell(Column::prompt);
        if (q.prompt.empty()) error("the prompt is empty");
        q.explanation = cell(Column::explanation);
        q.category = resolve_category(cell(Column::category));
        q.refs = split_list(cell(Column::refs), "|,");
        std::set<std::string> seen;
        for (std::string t : global_tags_)
            if (seen.insert(t).second) q.tags.push_back(std::move(t));
        for (std::string& t : split_list(cell(Column::tags), "|,"))
            if (seen.insert(t).second) q.tags.push_back(std::move(t));
        read_optional_numbers(q);
        read_answer(q);
        if (error_count() != errors_before) return;
        std::string wanted = cell(Column::id);
        q.id = ids_.take(wanted, q.prompt);
        if (!wanted.empty() && q.id != wanted)
            r_.add(ImportSeverity::note, line_,
                   "id \"" + wanted + "\" became \"" + q.id + "\" (ids are unique slugs)");
        r_.question_lines[q.id] = line_;
        r_.bank.questions.push_back(std::move(q));
    }

  private:
    void error(std::string message) { r_.add(ImportSeverity::error, line_, std::move(message)); }
    int error_count() const {
        return static_cast<int>(std::count_if(
            r_.messages.begin(), r_.messages.end(),
            [](const ImportMessage& m) { return m.severity == ImportSeverity::error; }));
    }

    std::string text(std::string_view raw) const { return html_ ? html_to_text(raw) : trim(raw); }

    std::string cell(Column kind, int letter = -1) const {
        for (std::size_t i = 0; i < columns_.size() && i < rec_->fields.size(); ++i)
            if (columns_[i].kind == kind && columns_[i].letter == letter)
                return text(rec_->fields[i]);
        return "";
    }

    // Non-empty option cells in letter order.
    std::vector<std::pair<int, std::string>> options() const {
        std::vector<std::pair<int, std::string>> out;
        for (int l = 0; l < 26; ++l)
            if (std::string t = cell(Column::option, l); !t.empty())
                out.emplace_back(l, std::move(t));
        return out;
    }

    void declare_category(std::string_view value) {
        std::size_t colon = value.find(':');
        std::string id = make_slug(value.substr(0, colon));
        std::string title = colon == std::string_view::npos ? "" : trim(value.substr(colon + 1));
        if (id.empty()) return;
        if (title.empty()) title = id;
        if (!r_.bank.find_category(id)) r_.bank.categories.push_back({id, title, {}, {}});
    }

    std::string resolve_category(const std::string& value) {
        if (value.empty()) return kDefaultCategoryId;
        for (const Category& c : r_.bank.categories)
            if (c.id == value || lower(c.title) == lower(value)) return c.id;
        std::string id = make_slug(value);
        if (id.empty()) id = "category";
        if (!r_.bank.find_category(id)) r_.bank.categories.push_back({id, value, {}, {}});
        return id;
    }

    void read_optional_numbers(Question& q) {
        std::string d = lower(cell(Column::difficulty));
        if (d == "1" || d == "easy")
            q.difficulty = 1;
        else if (d == "3" || d == "hard")
            q.difficulty = 3;
        else if (d.empty() || d == "2" || d == "medium")
            q.difficulty = 2;
        else
            error("difficulty \"" + d + "\" is not 1, 2, 3, easy, medium or hard");
        std::string t = cell(Column::time_limit);
        if (!t.empty()) {
            bool digits = t.size() <= 6 && std::all_of(t.begin(), t.end(), [](unsigned char c) {
                              return std::isdigit(c);
                          });
            if (digits && std::stoi(t) > 0)
                q.time_limit_s = std::stoi(t);
            else
                error("time limit \"" + t + "\" is not a whole number of seconds");
        }
        std::string cs = cell(Column::case_sensitive);
        if (!cs.empty()) {
            if (auto b = parse_bool(cs))
                q.case_sensitive = *b;
            else
                error("case_sensitive \"" + cs + "\" is not true or false");
        }
        std::string ia = cell(Column::ignore_accents);
        if (!ia.empty()) {
            if (auto b = parse_bool(ia))
                q.ignore_accents = *b;
            else
                error("ignore_accents \"" + ia + "\" is not true or false");
        }
    }

    // Letters such as "B", "A, C", "a;c" or "AC"; empty when the text is not letters.
    static std::vector<int> parse_letters(std::string_view answer) {
        std::vector<int> letters;
        for (const std::string& token : split_list(answer, ",;| \t")) {
            for (char c : token) {
                const bool upper = c >= 'A' && c <= 'Z';
                if (!upper && !(c >= 'a' && c <= 'z')) return {};  // letters are ASCII A-Z
                int l = (upper ? c - 'A' : c - 'a');
                if (std::find(letters.begin(), letters.end(), l) == letters.end())
                    letters.push_back(l);
            }
        }
        return letters;
    }

    static std::string letter_name(int l) { return std::string(1, static_cast<char>('A' + l)); }

    void read_answer(Question& q) {
        std::string answer = cell(Column::answer);
        auto opts = options();
        switch (q.type) {
            case QuestionType::single:
            case QuestionType::multiple:
            case QuestionType::poll:
                return read_choices(q, answer, opts);
            case QuestionType::estimate:
                return read_estimate(q, answer);
            case QuestionType::true_false: {
                if (auto b = parse_bool(answer))
                    q.answer = *b;
                else
                    error(answer.empty() ? "a true_false question needs answer true or false"
                                         : "answer \"" + answer + "\" is not true or false");
                return;
            }
            case QuestionType::short_answer:
                q.accept = split_list(answer, "|");
                for (auto& [l, t] : opts)
                    if (std::find(q.accept.begin(), q.accept.end(), t) == q.accept.end())
                        q.accept.push_back(t);
                if (q.accept.empty())
                    error(
                        "a short_answer question needs accepted answers (in answer, separated by "
                        "|, or in A, B, ...)");
                return;
            case QuestionType::ordering:
                for (auto& [l, t] : opts) q.sequence.push_back(t);
                break;
            case QuestionType::matrix:
                if (std::string problem = csv_matrix::read(q, answer, opts); !problem.empty())
                    error(problem);
                return;
            case QuestionType::matching:
                for (auto& [l, t] : opts) {
                    std::size_t arrow = t.find("->");
                    if (arrow == std::string::npos) {
                        error("option " + letter_name(l) +
                              ": write a matching pair as \"left -> right\" (or \"-> right\" for a "
                              "distractor)");
                        continue;
                    }
                    std::string left = trim(std::string_view(t).substr(0, arrow)),
                                right = trim(std::string_view(t).substr(arrow + 2));
                    if (left.empty())
                        q.distractors.push_back(right);
                    else
                        q.pairs.push_back({left, right, {}});
                }
                break;
        }
        if (!answer.empty())
            r_.add(ImportSeverity::note, line_,
                   "the answer column is not used by " + std::string(to_string(q.type)) +
                       " questions; ignored");
    }

    // An estimate: the value in the answer column; unit, margin and tolerance in their own.
    void read_estimate(Question& q, const std::string& answer) {
        auto number = [&](const std::string& cell_text, const char* what) -> std::optional<double> {
            if (cell_text.empty()) return std::nullopt;
            auto v = parse_estimate(cell_text);
            if (!v) error(std::string(what) + " \"" + cell_text + "\" is not a number");
            return v;
        };
        if (answer.empty()) return error("an estimate needs its value in the answer column");
        q.value = number(answer, "answer");
        q.unit = cell(Column::unit);
        if (auto m = number(cell(Column::margin), "margin")) q.margin = *m;
        q.tolerance = number(cell(Column::tolerance), "tolerance");
    }

    void read_choices(Question& q, const std::string& answer,
                      const std::vector<std::pair<int, std::string>>& opts) {
        if (q.type == QuestionType::poll) return read_poll(q, answer, opts);
        std::vector<int> right = parse_letters(answer);
        if (right.empty() && q.type == QuestionType::single) {
            for (const auto& [l, t] : opts)
                if (lower(t) == lower(answer)) right.push_back(l);
        }
        if (right.empty()) {
            return error(answer.empty()
                             ? "the answer is empty: give the letter of the right option (e.g. B)"
                             : "answer \"" + answer + "\" is not option letters such as B or A, C");
        }
        if (q.type == QuestionType::single && right.size() != 1)
            return error("a single-choice question has exactly one right option; answer \"" +
                         answer + "\" names " + std::to_string(right.size()) +
                         " (use type multiple)");
        for (int l : right) {
            bool exists =
                std::any_of(opts.begin(), opts.end(), [&](const auto& o) { return o.first == l; });
            if (!exists) return error("answer names option " + letter_name(l) + ", which is empty");
        }
        for (const auto& [l, t] : opts) {
            Choice c;
            c.id = std::string(1, static_cast<char>('a' + l));
            c.text = t;
            c.correct = std::find(right.begin(), right.end(), l) != right.end();
            c.feedback = cell(Column::feedback, l);
            q.choices.push_back(std::move(c));
        }
        for (int l = 0; l < 26; ++l) {
            bool has_option =
                std::any_of(opts.begin(), opts.end(), [&](const auto& o) { return o.first == l; });
            if (!has_option && !cell(Column::feedback, l).empty())
                error("feedback_" + letter_name(l) + " is for option " + letter_name(l) +
                      ", which is empty");
        }
    }

    // A poll: the options are its choices, none right.
    void read_poll(Question& q, const std::string& answer,
                   const std::vector<std::pair<int, std::string>>& opts) {
        if (!answer.empty())
            r_.add(ImportSeverity::note, line_,
                   "a poll has no right answer; the answer is ignored");
        for (const auto& [l, t] : opts) {
            Choice c;
            c.id = std::string(1, static_cast<char>('a' + l));
            c.text = t;
            c.feedback = cell(Column::feedback, l);
            q.choices.push_back(std::move(c));
        }
    }

    ImportResult& r_;
    bool html_;
    std::vector<ColumnInfo> columns_;
    std::vector<std::string> global_tags_;
    UniqueIds ids_;
    const Record* rec_ = nullptr;
    int line_ = 0;
};

}  // namespace

ImportResult read_csv(std::string_view text, const ImportOptions& options,
                      std::optional<csv::Delimiter> delimiter) {
    ImportResult result;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line = 0;
    if (std::string why = check_input_text(text, line); !why.empty()) {
        result.add(ImportSeverity::error, line,
                   why +
                       "; the file is not UTF-8 text: save the spreadsheet as \"CSV UTF-8\" "
                       "and import again");
        return result;
    }
    csv::Metadata meta = csv::read_metadata(text, delimiter);
    std::string_view body = text.substr(meta.body_offset);
    std::vector<Record> records;
    csv::ParseError err;
    auto parse = [&](csv::Delimiter d) {
        records.clear();
        return csv::parse_records(body, csv::delimiter_char(d), meta.body_line, records, err);
    };
    bool parsed = parse(meta.delimiter);
    bool header_row = meta.column_labels.empty();
    std::vector<std::string> labels =
        header_row && !records.empty() ? records.front().fields : meta.column_labels;
    if (header_row && !meta.delimiter_given && !names_columns(labels)) {
        // Anki's detection takes any ':' or ';' in the text as the separator; the header
        // row tells us better, so try each separator on it before giving up.
        for (csv::Delimiter d :
             {csv::Delimiter::tab, csv::Delimiter::pipe, csv::Delimiter::semicolon,
              csv::Delimiter::colon, csv::Delimiter::comma, csv::Delimiter::space}) {
            if (d == meta.delimiter || !parse(d) || records.empty() ||
                !names_columns(records.front().fields))
                continue;
            result.add(ImportSeverity::note, records.front().line,
                       std::string("no #separator line; the header row is separated by ") +
                           csv::delimiter_name(d));
            meta.delimiter = d;
            labels = records.front().fields;
            break;
        }
        if (!names_columns(labels)) parsed = parse(meta.delimiter);
    }
    if (!parsed) {
        result.add(ImportSeverity::error, err.line, err.message);
        return result;
    }
    if (!names_columns(labels)) {
        result.add(ImportSeverity::error, records.empty() ? meta.body_line : records.front().line,
                   "the first row must name the columns, at least \"type\" and \"prompt\" (see "
                   "questions/CSV.md)");
        return result;
    }
    bool html = meta.html.value_or(csv::records_look_like_html(records));
    CsvConverter converter(result, meta, html);
    converter.set_columns(labels, header_row ? records.front().line : 1);
    for (std::size_t i = header_row ? 1 : 0; i < records.size(); ++i) converter.row(records[i]);
    finish_import(result, options);
    return result;
}

}  // namespace statecraft
