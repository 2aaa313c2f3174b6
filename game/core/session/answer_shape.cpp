#include "core/session/answer_shape.h"

#include <algorithm>
#include <cmath>

namespace statecraft {

namespace {

bool is_mark(const std::string& mark) {
    return mark.empty() || mark == "C" || mark == "I" || mark == "N";
}

}  // namespace

std::string answer_shape_problem(const Answer& answer) {
    const int type = static_cast<int>(answer.type);
    if (type < 0 || type >= kQuestionTypeCount) return "the answer's question type is unknown";
    const bool one_choice =
        answer.type == QuestionType::single || answer.type == QuestionType::poll;
    if (one_choice && answer.choices.size() > 1) return "a single choice answer has one choice";
    if (std::any_of(answer.choices.begin(), answer.choices.end(),
                    [](const std::string& id) { return id.empty(); }))
        return "a chosen choice needs its id";
    if (answer.type == QuestionType::estimate && answer.number && !std::isfinite(*answer.number))
        return "an estimate must be a finite number";
    for (const auto& row : answer.cells)
        if (!std::all_of(row.begin(), row.end(), is_mark)) return "a matrix mark must be C, I or N";
    return {};
}

}  // namespace statecraft
