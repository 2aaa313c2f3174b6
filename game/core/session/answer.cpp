#include "core/session/answer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/session/estimate_score.h"

namespace statecraft {

using ojson = nlohmann::ordered_json;

Answer Answer::single(std::string choice_id) {
    Answer a;
    a.type = QuestionType::single;
    a.choices.push_back(std::move(choice_id));
    return a;
}

Answer Answer::multiple(std::vector<std::string> choice_ids) {
    Answer a;
    a.type = QuestionType::multiple;
    a.choices = std::move(choice_ids);
    return a;
}

Answer Answer::true_false(bool value) {
    Answer a;
    a.type = QuestionType::true_false;
    a.truth = value;
    return a;
}

Answer Answer::matching(std::vector<std::pair<std::string, std::string>> matches) {
    Answer a;
    a.type = QuestionType::matching;
    a.matches = std::move(matches);
    return a;
}

Answer Answer::ordering(std::vector<std::string> order) {
    Answer a;
    a.type = QuestionType::ordering;
    a.order = std::move(order);
    return a;
}

Answer Answer::short_text(std::string text) {
    Answer a;
    a.type = QuestionType::short_answer;
    a.text = std::move(text);
    return a;
}

Answer Answer::estimate(double number) {
    Answer a;
    a.type = QuestionType::estimate;
    a.number = number;
    a.text = format_estimate(number);
    return a;
}

Answer Answer::poll(std::string choice_id) {
    Answer a;
    a.type = QuestionType::poll;
    a.choices.push_back(std::move(choice_id));
    return a;
}

Answer Answer::matrix(std::vector<std::vector<std::string>> cells) {
    Answer a;
    a.type = QuestionType::matrix;
    a.cells = std::move(cells);
    return a;
}

std::string Answer::match_for(std::string_view left) const {
    for (const auto& [l, r] : matches)
        if (l == left) return r;
    return {};
}

bool Answer::has_choice(std::string_view choice_id) const {
    return std::find(choices.begin(), choices.end(), choice_id) != choices.end();
}

void set_draft_text(Answer& answer, const std::string& text) {
    if (answer.type == QuestionType::short_answer) answer.text = text;
    if (answer.type != QuestionType::estimate) return;
    answer.text = text;
    answer.number = parse_estimate(text);
}

Answer empty_answer(QuestionType type) {
    Answer a;
    a.type = type;
    return a;
}

bool is_complete(const Answer& answer) {
    switch (answer.type) {
        case QuestionType::single:
        case QuestionType::poll:
            return answer.choices.size() == 1;
        case QuestionType::estimate:
            return answer.number.has_value();
        case QuestionType::multiple:
            return !answer.choices.empty();
        case QuestionType::true_false:
            return answer.truth.has_value();
        case QuestionType::matching:
        case QuestionType::ordering:
            return true;
        case QuestionType::short_answer:
            return answer.text.find_first_not_of(" \t\r\n") != std::string::npos;
        case QuestionType::matrix:
            return !answer.cells.empty() &&
                   std::all_of(answer.cells.begin(), answer.cells.end(), [](const auto& row) {
                       return !row.empty() && std::none_of(row.begin(), row.end(),
                                                           [](const auto& c) { return c.empty(); });
                   });
    }
    return false;
}

std::string answer_to_json_text(const Answer& answer) {
    ojson j;
    j["type"] = to_string(answer.type);
    switch (answer.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            j["choices"] = answer.choices;
            break;
        case QuestionType::estimate:
            j["value"] = answer.number ? ojson(*answer.number) : ojson(nullptr);
            break;
        case QuestionType::true_false:
            j["value"] = answer.truth ? ojson(*answer.truth) : ojson(nullptr);
            break;
        case QuestionType::matching: {
            ojson matches = ojson::array();
            for (const auto& [left, right] : answer.matches)
                matches.push_back(ojson{{"left", left}, {"right", right}});
            j["matches"] = std::move(matches);
            break;
        }
        case QuestionType::ordering:
            j["order"] = answer.order;
            break;
        case QuestionType::short_answer:
            j["text"] = answer.text;
            break;
        case QuestionType::matrix:
            j["cells"] = answer.cells;
            break;
    }
    // A typed answer that is not UTF-8 is replaced, never thrown on (the attempt is kept).
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

namespace {

bool read_strings(const ojson& j, const char* key, std::vector<std::string>& out,
                  std::string& error) {
    auto it = j.find(key);
    if (it == j.end()) return true;  // absent means none chosen
    if (!it->is_array()) {
        error = std::string("\"") + key + "\" must be an array of strings";
        return false;
    }
    for (const ojson& item : *it) {
        if (!item.is_string()) {
            error = std::string("\"") + key + "\" must hold only strings";
            return false;
        }
        out.push_back(item.get<std::string>());
    }
    return true;
}

// "cells": an array of rows, each an array of strings.
bool read_matrix_cells(const ojson& j, std::vector<std::vector<std::string>>& out,
                       std::string& error) {
    auto it = j.find("cells");
    if (it == j.end()) return true;
    bool ok = it->is_array();
    for (const ojson& row : ok ? *it : ojson::array()) {
        ok = ok && row.is_array();
        std::vector<std::string>& cells = out.emplace_back();
        for (const ojson& cell : ok ? row : ojson::array()) {
            ok = ok && cell.is_string();
            if (ok) cells.push_back(cell.get<std::string>());
        }
    }
    if (!ok) error = "\"cells\" must be an array of arrays of strings";
    return ok;
}

// "matches": absent (none yet) or an array of {"left", "right"} strings.
bool read_matches(const ojson& j, std::vector<std::pair<std::string, std::string>>& out,
                  std::string& error) {
    auto it = j.find("matches");
    if (it == j.end()) return true;
    if (!it->is_array()) {
        error = "\"matches\" must be an array";
        return false;
    }
    for (const ojson& m : *it) {
        auto left = m.find("left"), right = m.find("right");
        if (!m.is_object() || left == m.end() || right == m.end() || !left->is_string() ||
            !right->is_string()) {
            error = "each match needs \"left\" and \"right\" strings";
            return false;
        }
        out.emplace_back(left->get<std::string>(), right->get<std::string>());
    }
    return true;
}

}  // namespace

std::optional<Answer> answer_from_json_text(std::string_view text, std::string& error) {
    ojson j = ojson::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "an answer must be a JSON object";
        return std::nullopt;
    }
    auto type_it = j.find("type");
    if (type_it == j.end() || !type_it->is_string()) {
        error = "an answer needs a \"type\" string";
        return std::nullopt;
    }
    auto type = question_type_from_string(type_it->get<std::string>());
    if (!type) {
        error = "unknown answer type \"" + type_it->get<std::string>() + "\"";
        return std::nullopt;
    }
    Answer a = empty_answer(*type);
    switch (*type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            if (!read_strings(j, "choices", a.choices, error)) return std::nullopt;
            break;
        case QuestionType::estimate: {
            auto it = j.find("value");
            if (it != j.end() && it->is_number()) {
                a.number = it->get<double>();
                a.text = format_estimate(*a.number);
            } else if (it != j.end() && !it->is_null()) {
                error = "\"value\" must be a number or null";
                return std::nullopt;
            }
            break;
        }
        case QuestionType::true_false: {
            auto it = j.find("value");
            if (it != j.end() && it->is_boolean()) {
                a.truth = it->get<bool>();
            } else if (it != j.end() && !it->is_null()) {
                error = "\"value\" must be true, false or null";
                return std::nullopt;
            }
            break;
        }
        case QuestionType::matching:
            if (!read_matches(j, a.matches, error)) return std::nullopt;
            break;
        case QuestionType::ordering:
            if (!read_strings(j, "order", a.order, error)) return std::nullopt;
            break;
        case QuestionType::short_answer: {
            auto it = j.find("text");
            if (it != j.end() && it->is_string()) {
                a.text = it->get<std::string>();
            } else if (it != j.end()) {
                error = "\"text\" must be a string";
                return std::nullopt;
            }
            break;
        }
        case QuestionType::matrix:
            if (!read_matrix_cells(j, a.cells, error)) return std::nullopt;
            break;
    }
    return a;
}

}  // namespace statecraft
