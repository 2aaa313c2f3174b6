// The editor's live validation: exactly check_model_rules' diagnostics, in its order, but each
// question's part is kept until the question, its place, or what its rules read elsewhere
// (the category and section ids, whether an earlier question has its id) changes. A keystroke
// checks one question and hashes the rest (issue 13: one keystroke within a 60 Hz frame).
#pragma once

#include <cstdint>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

class LiveValidation {
  public:
    const Diagnostics& run(const Bank& bank);
    // question_fingerprint of each question of the last run's bank.
    const std::vector<std::uint64_t>& fingerprints() const { return fingerprints_; }

  private:
    struct Part {
        std::uint64_t fingerprint = 0;
        std::uint64_t context = 0;
        bool duplicate_id = false;
        bool checked = false;
        Diagnostics fields, rules;
    };
    std::vector<Part> parts_;  // by question position
    std::vector<std::uint64_t> fingerprints_;
    std::uint64_t ids_identity_ = 0;
    std::vector<bool> duplicate_;  // duplicate_question_ids, kept while the ids do not change
    Diagnostics out_;
};

}  // namespace statecraft
