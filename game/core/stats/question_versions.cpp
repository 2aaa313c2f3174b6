#include "core/stats/question_versions.h"

#include "core/store/question_hash.h"

namespace statecraft {

const char* to_string(QuestionVersion version) {
    switch (version) {
        case QuestionVersion::current:
            return "current";
        case QuestionVersion::older:
            return "older";
        case QuestionVersion::removed:
            return "removed";
        case QuestionVersion::unknown:
            break;
    }
    return "unknown";
}

void QuestionVersions::add_bank(const Bank& bank) {
    auto& questions = banks_[bank.id];
    for (const Question& q : bank.questions) questions[q.id] = question_hash(q);
}

QuestionVersion QuestionVersions::version_of(const std::string& bank_id,
                                             const std::string& question_id,
                                             const std::string& answered_hash) const {
    auto bank = banks_.find(bank_id);
    if (bank == banks_.end()) return QuestionVersion::unknown;
    auto question = bank->second.find(question_id);
    if (question == bank->second.end()) return QuestionVersion::removed;
    return question->second == answered_hash ? QuestionVersion::current : QuestionVersion::older;
}

}  // namespace statecraft
