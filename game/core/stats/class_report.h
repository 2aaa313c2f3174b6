// A class's results per student: sessions, answers, accuracy overall and by category, last
// active, weakest questions. From the local store (profiles) or the server (accounts). Pure.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/store/report_rows.h"

namespace statecraft {

struct CategoryFigure {
    std::string category;
    std::int64_t attempts = 0;
    double accuracy = 0;
};
struct WeakSpot {
    std::string bank_id, question_id;
    std::int64_t attempts = 0;
    double accuracy = 0;
};
struct StudentReport {
    std::string student;
    std::int64_t sessions = 0, attempts = 0;
    double accuracy = 0;
    std::int64_t last_active_ms = 0;
    std::vector<CategoryFigure> categories;  // by name
    std::vector<WeakSpot> weakest;           // lowest accuracy first, at least 2 answers each
};
struct ClassReport {
    std::vector<StudentReport> students;     // by name
    std::vector<CategoryFigure> categories;  // the whole class
    std::int64_t attempts = 0;
    double accuracy = 0;
};

inline constexpr int kWeakestPerStudent = 3;

ClassReport build_class_report(std::span<const StudentCategoryRow> categories,
                               std::span<const StudentQuestionRow> questions,
                               std::span<const StudentSessionsRow> sessions);

std::string class_report_text(const ClassReport& report);
std::string class_report_json(const ClassReport& report);
// One record per student and category (category "*" is the student's total).
std::string class_report_csv(const ClassReport& report);

}  // namespace statecraft
