// The questions as loaded now, to tell which past attempts were on an older version.
#pragma once

#include <map>
#include <string>

#include "core/bank/model.h"

namespace statecraft {

// How a question's latest attempt relates to the bank as loaded now.
enum class QuestionVersion {
    unknown,  // its bank is not loaded
    current,  // answered on the question as it is now
    older,    // the question changed since: "answered on an older version"
    removed,  // the bank no longer has this question
};
const char* to_string(QuestionVersion version);

class QuestionVersions {
  public:
    void add_bank(const Bank& bank);  // hashes every question (question_hash)
    bool empty() const { return banks_.empty(); }
    QuestionVersion version_of(const std::string& bank_id, const std::string& question_id,
                               const std::string& answered_hash) const;

  private:
    std::map<std::string, std::map<std::string, std::string>, std::less<>> banks_;
};

}  // namespace statecraft
