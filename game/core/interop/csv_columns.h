// The column layout of questions/CSV.md: which column a header names, and how cells
// spell types, booleans and lists. Shared by the CSV reader and its tests.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/model.h"

namespace statecraft::csv_columns {

enum class Column {
    id,
    category,
    type,
    prompt,
    answer,
    explanation,
    refs,
    difficulty,
    tags,
    time_limit,
    case_sensitive,
    ignore_accents,
    unit,       // estimate (1.1)
    margin,     // estimate: full credit within this distance
    tolerance,  // estimate: no credit beyond this distance
    option,
    feedback,
    unknown
};

struct ColumnInfo {
    Column kind = Column::unknown;
    int letter = -1;  // option / feedback: 0 for A
    std::string label;
};

std::string lower(std::string_view s);
// "Time limit (s)" -> "time_limit_s", "Option A" -> "option_a".
std::string normalize_label(std::string_view s);
ColumnInfo classify(std::string_view label);
// True when the labels name at least the type and prompt columns.
bool names_columns(const std::vector<std::string>& labels);
std::optional<QuestionType> parse_type(std::string_view cell);
std::optional<bool> parse_bool(std::string_view cell);
// Trimmed, non-empty items split at any of the separators.
std::vector<std::string> split_list(std::string_view s, std::string_view separators);

}  // namespace statecraft::csv_columns
