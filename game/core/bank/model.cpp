#include "core/bank/model.h"

#include <algorithm>
#include <iterator>

namespace statecraft {

const char* to_string(QuestionType type) {
    return kQuestionTypeNames[static_cast<int>(type)];
}

std::optional<QuestionType> question_type_from_string(std::string_view name) {
    for (int i = 0; i < kQuestionTypeCount; ++i) {
        if (name == kQuestionTypeNames[i]) return static_cast<QuestionType>(i);
    }
    return std::nullopt;
}

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
}  // namespace

const Question* Bank::find_question(std::string_view question_id) const {
    return find_by_id(questions, question_id);
}

const Section* Bank::find_section(std::string_view section_id) const {
    return source ? find_by_id(source->sections, section_id) : nullptr;
}

const Category* Bank::find_category(std::string_view category_id) const {
    return find_by_id(categories, category_id);
}

std::string facts_as_of(const Bank& bank) {
    if (!bank.source) return {};
    return bank.source->as_of.empty() ? bank.source->date : bank.source->as_of;
}

}  // namespace statecraft
