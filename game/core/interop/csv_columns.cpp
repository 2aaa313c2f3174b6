#include "core/interop/csv_columns.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include "core/interop/text_util.h"

namespace statecraft::csv_columns {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string normalize_label(std::string_view s) {
    std::string out;
    for (char c : lower(trim_view(s))) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += c;
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

ColumnInfo classify(std::string_view raw) {
    static const std::map<std::string, Column> names = {{"id", Column::id},
                                                        {"category", Column::category},
                                                        {"type", Column::type},
                                                        {"prompt", Column::prompt},
                                                        {"question", Column::prompt},
                                                        {"answer", Column::answer},
                                                        {"answers", Column::answer},
                                                        {"correct", Column::answer},
                                                        {"explanation", Column::explanation},
                                                        {"refs", Column::refs},
                                                        {"difficulty", Column::difficulty},
                                                        {"tags", Column::tags},
                                                        {"time_limit_s", Column::time_limit},
                                                        {"time_limit", Column::time_limit},
                                                        {"case_sensitive", Column::case_sensitive},
                                                        {"ignore_accents", Column::ignore_accents},
                                                        {"unit", Column::unit},
                                                        {"margin", Column::margin},
                                                        {"tolerance", Column::tolerance}};
    ColumnInfo info;
    info.label = trim(raw);
    std::string n = normalize_label(raw);
    if (auto it = names.find(n); it != names.end()) {
        info.kind = it->second;
        return info;
    }
    auto letter_of = [](std::string_view s) {
        return s.size() == 1 && s[0] >= 'a' && s[0] <= 'z' ? s[0] - 'a' : -1;
    };
    if (int l = letter_of(n); l >= 0) return {Column::option, l, info.label};
    for (const char* prefix : {"option_", "choice_", "item_"})
        if (n.rfind(prefix, 0) == 0)
            if (int l = letter_of(std::string_view(n).substr(std::strlen(prefix))); l >= 0)
                return {Column::option, l, info.label};
    if (n.rfind("feedback_", 0) == 0)
        if (int l = letter_of(std::string_view(n).substr(9)); l >= 0)
            return {Column::feedback, l, info.label};
    return info;
}

bool names_columns(const std::vector<std::string>& labels) {
    bool type = false, prompt = false;
    for (const std::string& l : labels) {
        Column c = classify(l).kind;
        type = type || c == Column::type;
        prompt = prompt || c == Column::prompt;
    }
    return type && prompt;
}

std::optional<QuestionType> parse_type(std::string_view raw) {
    std::string n = normalize_label(raw);
    if (n == "single" || n == "single_choice" || n == "mc" || n == "choice")
        return QuestionType::single;
    if (n == "multiple" || n == "multiple_choice" || n == "multi" || n == "mr")
        return QuestionType::multiple;
    if (n == "true_false" || n == "truefalse" || n == "tf") return QuestionType::true_false;
    if (n == "matching" || n == "match") return QuestionType::matching;
    if (n == "ordering" || n == "order" || n == "sequence") return QuestionType::ordering;
    if (n == "short_answer" || n == "short" || n == "shortanswer")
        return QuestionType::short_answer;
    if (n == "estimate" || n == "numerical" || n == "numeric") return QuestionType::estimate;
    if (n == "poll" || n == "survey") return QuestionType::poll;
    if (n == "matrix" || n == "ach") return QuestionType::matrix;
    return std::nullopt;
}

std::optional<bool> parse_bool(std::string_view raw) {
    std::string v = lower(trim_view(raw));
    if (v == "true" || v == "t" || v == "yes" || v == "y" || v == "1") return true;
    if (v == "false" || v == "f" || v == "no" || v == "n" || v == "0") return false;
    return std::nullopt;
}

std::vector<std::string> split_list(std::string_view s, std::string_view separators) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || separators.find(s[i]) != std::string_view::npos) {
            if (std::string item = trim(s.substr(start, i - start)); !item.empty())
                out.push_back(item);
            start = i + 1;
        }
    }
    return out;
}

}  // namespace statecraft::csv_columns
