// Rows behind the class report and item analysis (core/stats), as the local store and the
// school server both give them: already added up, plain data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace statecraft {

// One student's responses to one question that gave the same answer, added up.
struct ItemCell {
    std::string student;
    std::string question_id;
    std::string answer;          // answer_to_json_text's JSON, or option ids joined by ","
    bool answer_is_ids = false;  // classroom rows keep option ids
    std::int64_t responses = 0;
    std::int64_t right = 0;  // fully right responses
    double score_sum = 0;
};

// Rows as both stores give them, already added up.
struct StudentCategoryRow {
    std::string student, category;
    std::int64_t attempts = 0, right = 0;
    double score_sum = 0;
    std::int64_t last_ms = 0;
};
struct StudentQuestionRow {
    std::string student, bank_id, question_id;
    std::int64_t attempts = 0;
    double score_sum = 0;
};
struct StudentSessionsRow {
    std::string student;
    std::int64_t sessions = 0;
};

struct ClassRows {
    std::vector<StudentCategoryRow> categories;
    std::vector<StudentQuestionRow> questions;
    std::vector<StudentSessionsRow> sessions;
};

}  // namespace statecraft
