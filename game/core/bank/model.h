// The typed model of a question bank, format version 1.1 (questions/FORMAT.md).
// Plain data: no JSON library, no UI. Unknown fields are kept as raw JSON text so
// that a load-and-save keeps what a newer version or another tool wrote.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace statecraft {

// Fields the reader did not recognise, in file order: (key, raw JSON value).
using ExtraFields = std::vector<std::pair<std::string, std::string>>;

enum class QuestionType {
    single,
    multiple,
    true_false,
    matching,
    ordering,
    short_answer,
    estimate,  // 1.1: a number, scored by closeness (core/session/estimate_score.h)
    poll,      // 1.1: choices without a key, for discussion; never scored
    matrix,    // 1.1: evidence rows against hypothesis columns (core/session/matrix_scoring.h)
};

inline constexpr const char* kQuestionTypeNames[] = {"single",   "multiple", "true_false",
                                                     "matching", "ordering", "short_answer",
                                                     "estimate", "poll",     "matrix"};
inline constexpr int kQuestionTypeCount = sizeof(kQuestionTypeNames) / sizeof(*kQuestionTypeNames);
const char* to_string(QuestionType type);
std::optional<QuestionType> question_type_from_string(std::string_view name);

struct Choice {
    std::string id;
    std::string text;
    bool correct = false;
    std::string feedback;
    bool fixed = false;  // 1.1: kept at its authored place when choices are shuffled
    ExtraFields extra;
};

struct MatchPair {
    std::string left;
    std::string right;
    ExtraFields extra;
};

// One evidence row of a matrix question (core/bank/matrix_cells.h has the cell codes).
struct MatrixRow {
    std::string text;
    std::vector<std::string> cells;     // the key, one code per column: C, I, N, CC or II
    std::string explanation;            // why this evidence does or does not discriminate
    std::vector<std::string> feedback;  // optional, per column; "" for none
    ExtraFields extra;
};

struct Question {
    std::string id;
    std::string category;
    QuestionType type = QuestionType::single;
    std::string prompt;
    std::string explanation;
    std::vector<std::string> refs;
    int difficulty = 2;
    std::vector<std::string> tags;
    std::optional<int> time_limit_s;
    std::string review_by;  // 1.1: "YYYY-MM-DD" after which the question should be checked again

    std::vector<Choice> choices;   // single, multiple
    bool fixed_order = false;      // 1.1 "fixed": single, multiple choices keep the authored order
    bool answer = false;           // true_false
    std::vector<MatchPair> pairs;  // matching
    std::vector<std::string> distractors;  // matching: right-hand options that match nothing
    std::vector<std::string> sequence;     // ordering, in the correct order
    std::vector<std::string> accept;       // short_answer
    bool case_sensitive = false;           // short_answer
    bool ignore_accents = false;           // short_answer: "Zurich" matches "Zürich"
    bool strict_match = false;  // short_answer (1.1): leading articles and "U.S." dots count
    // estimate (1.1): full credit within `margin` of `value`, falling linearly to 0 at
    // `tolerance` (absent: the same as margin, all or nothing).
    std::optional<double> value;
    std::string unit;
    double margin = 0;
    std::optional<double> tolerance;
    std::vector<std::string> columns;  // matrix: the hypotheses
    std::vector<MatrixRow> rows;       // matrix: the evidence, each with its keyed cells

    ExtraFields extra;
};

struct Section {
    std::string id;
    std::string heading;
    std::string text;
    ExtraFields extra;
};

struct Source {
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
    std::string as_of;      // 1.1: when the briefing's facts hold ("YYYY-MM-DD", "YYYY-MM")
    std::string text_file;  // 1.1: the source text, relative to the bank's folder
    std::vector<Section> sections;
    ExtraFields extra;
};

struct Category {
    std::string id;
    std::string title;
    std::string description;
    ExtraFields extra;
};

struct Bank {
    std::string format = "statecraft.bank";
    int version = 1;               // the major version: a larger one is refused
    int version_minor = 0;         // 1.x banks are read by every 1.y reader
    bool version_as_text = false;  // written "1.1" (1.1 and later) rather than 1 (1.0)
    std::string id;
    std::string title;
    std::string description;
    std::string language;  // empty means "en"
    std::vector<std::string> authors;
    std::string review_by;  // 1.1: "YYYY-MM-DD" after which the whole bank should be checked
    std::optional<Source> source;
    std::vector<Category> categories;
    std::vector<Question> questions;
    ExtraFields extra;

    const Question* find_question(std::string_view question_id) const;
    const Section* find_section(std::string_view section_id) const;
    const Category* find_category(std::string_view category_id) const;
};

// When the bank's facts hold: source.as_of, else source.date, else "" (shown as "as of ...").
std::string facts_as_of(const Bank& bank);

}  // namespace statecraft
