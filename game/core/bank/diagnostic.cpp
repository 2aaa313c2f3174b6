#include "core/bank/diagnostic.h"

#include <algorithm>

#include "core/text/escape.h"

namespace statecraft {

bool has_errors(const Diagnostics& diagnostics) {
    return count(diagnostics, Severity::error) > 0;
}

int count(const Diagnostics& diagnostics, Severity severity) {
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [&](const Diagnostic& d) { return d.severity == severity; }));
}

namespace {

// The word for one element of an array, by the array's field name.
std::string element_word(const std::string& array) {
    static const std::pair<const char*, const char*> kWords[] = {{"questions", "question"},
                                                                 {"choices", "choice"},
                                                                 {"pairs", "pair"},
                                                                 {"sequence", "item"},
                                                                 {"accept", "accepted answer"},
                                                                 {"distractors", "distractor"},
                                                                 {"categories", "category"},
                                                                 {"refs", "reference"},
                                                                 {"sections", "briefing section"},
                                                                 {"tags", "tag"},
                                                                 {"authors", "author"}};
    for (const auto& [field, word] : kWords)
        if (array == field) return word;
    return array + " item";
}

std::vector<std::string> split_pointer(const std::string& pointer) {
    std::vector<std::string> parts;
    std::size_t at = 1;
    while (at <= pointer.size()) {
        std::size_t slash = pointer.find('/', at);
        if (slash == std::string::npos) slash = pointer.size();
        std::string part = pointer.substr(at, slash - at);
        for (std::size_t i; (i = part.find("~1")) != std::string::npos;) part.replace(i, 2, "/");
        for (std::size_t i; (i = part.find("~0")) != std::string::npos;) part.replace(i, 2, "~");
        parts.push_back(std::move(part));
        at = slash + 1;
    }
    return parts;
}

bool is_index(const std::string& s) {
    return !s.empty() && s.size() < 10 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string place_in_words(const std::string& pointer, const std::string& question_id) {
    if (pointer.empty() || pointer[0] != '/') return pointer;
    const std::vector<std::string> parts = split_pointer(pointer);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool indexed = i + 1 < parts.size() && is_index(parts[i + 1]);
        if (!indexed) {
            if (!parts[i].empty()) words.push_back(parts[i]);
            continue;
        }
        const int n = std::stoi(parts[i + 1]);
        if (parts[i] == "questions" && i == 0 && !question_id.empty())
            words.push_back("question \"" + question_id + "\"");
        else
            words.push_back(element_word(parts[i]) + " " + std::to_string(n + 1));
        ++i;
    }
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string format_diagnostic(const std::string& path, const Diagnostic& d) {
    std::string out = path;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += d.severity == Severity::error ? ": error" : ": warning";
    if (!d.rule.empty()) out += " [" + d.rule + "]";
    out += ": ";
    if (!d.pointer.empty()) {
        out += place_in_words(d.pointer, d.question_id) + ": " + d.message;
        out += " (at " + d.pointer + ")";
    } else {
        if (!d.question_id.empty()) out += "question \"" + d.question_id + "\": ";
        out += d.message;
    }
    return escape_for_message(out);
}

Diagnostics for_reading(const Diagnostics& diagnostics, bool group_repeats) {
    Diagnostics out;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::error) out.push_back(d);
    // Warnings that differ only by question: same rule, same message, same last field.
    const auto same = [](const Diagnostic& a, const Diagnostic& b) {
        const auto field = [](const std::string& p) { return p.substr(p.rfind('/') + 1); };
        return a.severity == b.severity && a.rule == b.rule && a.message == b.message &&
               !a.question_id.empty() && !b.question_id.empty() &&
               field(a.pointer) == field(b.pointer);
    };
    std::vector<bool> done(diagnostics.size(), false);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        if (d.severity != Severity::warning || done[i]) continue;
        std::vector<std::size_t> group;
        for (std::size_t j = i; j < diagnostics.size(); ++j)
            if (!done[j] && same(d, diagnostics[j])) group.push_back(j);
        if (!group_repeats || group.size() < kRepeatedWarning) {
            out.push_back(d);
            done[i] = true;
            continue;
        }
        Diagnostic summary = d;
        summary.pointer.clear();
        summary.question_id.clear();
        summary.line = summary.column = 0;
        std::string ids;
        for (std::size_t k = 0; k < group.size(); ++k) {
            done[group[k]] = true;
            if (k < 3) ids += (k ? ", \"" : "\"") + diagnostics[group[k]].question_id + "\"";
        }
        if (group.size() > 3) ids += " and " + std::to_string(group.size() - 3) + " more";
        summary.message =
            d.message + " (" + std::to_string(group.size()) + " questions: " + ids + ")";
        out.push_back(std::move(summary));
    }
    return out;
}

std::string more_messages_line(const std::string& path, std::size_t more) {
    return escape_for_message(path) + ": and " + std::to_string(more) + " more";
}

}  // namespace statecraft
