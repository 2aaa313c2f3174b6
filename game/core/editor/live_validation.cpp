#include "core/editor/live_validation.h"

#include <functional>
#include <string_view>

#include "core/bank/bank_rules.h"
#include "core/bank/question_fingerprint.h"

namespace statecraft {

namespace {

// What a question's rules read outside the question: which category and section ids exist.
std::uint64_t rules_context(const Bank& bank) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ bank.categories.size();
    auto add = [&](std::string_view s) {
        h = (h ^ std::hash<std::string_view>{}(s)) * 0x100000001B3ull;
        h ^= h >> 29;
    };
    for (const Category& c : bank.categories) add(c.id);
    add(bank.source ? "source" : "-");
    if (bank.source)
        for (const Section& s : bank.source->sections) add(s.id);
    return h;
}

// The ids in order: which ids repeat changes only when this does.
std::uint64_t ids_identity(const Bank& bank) {
    std::uint64_t h = 0x84222325CBF29CE4ull ^ bank.questions.size();
    for (const Question& q : bank.questions) {
        h = (h ^ std::hash<std::string_view>{}(q.id)) * 0x100000001B3ull;
        h ^= h >> 29;
    }
    return h;
}

}  // namespace

const Diagnostics& LiveValidation::run(const Bank& bank) {
    const std::size_t n = bank.questions.size();
    parts_.resize(n);
    const std::uint64_t context = rules_context(bank);
    // A set of every id per keystroke was a tenth of it; the ids rarely change.
    const std::uint64_t ids = ids_identity(bank);
    if (ids != ids_identity_ || duplicate_.size() != n) {
        duplicate_ = duplicate_question_ids(bank);
        ids_identity_ = ids;
    }
    const std::vector<bool>& duplicate = duplicate_;
    fingerprints_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Part& part = parts_[i];
        const std::uint64_t fingerprint = fingerprints_[i] =
            question_fingerprint(bank.questions[i]);
        if (part.checked && part.fingerprint == fingerprint && part.context == context &&
            part.duplicate_id == duplicate[i])
            continue;
        part = Part{fingerprint, context, duplicate[i], true, {}, {}};
        check_model_question_fields(bank.questions[i], i, part.fields);
        check_model_question_rules(bank, i, duplicate[i], part.rules);
    }
    out_.clear();
    check_model_fields_before_questions(bank, out_);
    for (const Part& part : parts_) out_.insert(out_.end(), part.fields.begin(), part.fields.end());
    check_model_fields_after_questions(bank, out_);
    check_model_bank_rules(bank, out_);
    for (const Part& part : parts_) out_.insert(out_.end(), part.rules.begin(), part.rules.end());
    return out_;
}

}  // namespace statecraft
