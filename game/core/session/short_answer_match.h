// Fairer short answers (bank format 1.1): beyond normalize_short_answer, a leading English
// article and the dots of single-letter abbreviations do not count, unless the question sets
// "strict_match". Spelling variants (British/American) are never guessed: the bank lists them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/model.h"

namespace statecraft {

// The normalized text with a leading "the", "a" or "an" (any case) and the dots of
// single-letter abbreviations removed: "the U.S" -> "US", "U.S.A" -> "USA". "Dr. No", "3.5"
// and an answer that is only an article ("A") stay as they are.
std::string loosen_short_answer(std::string_view normalized);

// The form a typed answer and an accepted answer are compared in, for this question.
std::string short_answer_key(const Question& question, std::string_view text);

// True when text matches one of the question's accepted answers.
bool short_answer_matches(const Question& question, std::string_view text);

// Feedback: the first accepted answer, then the other accepted answers that differ from those
// before them in more than case, spaces, hyphens, dots, end punctuation or a leading article.
struct AcceptedAnswers {
    std::string main;
    std::vector<std::string> also;
};
AcceptedAnswers accepted_answers(const Question& question);

}  // namespace statecraft
