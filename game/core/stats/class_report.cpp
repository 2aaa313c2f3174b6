#include "core/stats/class_report.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

#include "core/io/csv.h"

namespace statecraft {

namespace {

double ratio(double a, std::int64_t b) {
    return b > 0 ? a / static_cast<double>(b) : 0.0;
}

std::string percent(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", v * 100);
    return buf;
}

std::string iso_date(std::int64_t ms) {
    if (ms <= 0) return "-";
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace

ClassReport build_class_report(std::span<const StudentCategoryRow> categories,
                               std::span<const StudentQuestionRow> questions,
                               std::span<const StudentSessionsRow> sessions) {
    std::map<std::string, StudentReport> students;
    std::map<std::string, std::pair<std::int64_t, double>> class_categories;
    std::map<std::string, double> score_sums;
    ClassReport report;
    double class_sum = 0;
    for (const StudentCategoryRow& r : categories) {
        StudentReport& s = students[r.student];
        s.student = r.student;
        s.attempts += r.attempts;
        score_sums[r.student] += r.score_sum;
        s.last_active_ms = std::max(s.last_active_ms, r.last_ms);
        s.categories.push_back({r.category, r.attempts, ratio(r.score_sum, r.attempts)});
        auto& c = class_categories[r.category];
        c.first += r.attempts;
        c.second += r.score_sum;
        report.attempts += r.attempts;
        class_sum += r.score_sum;
    }
    for (const StudentSessionsRow& r : sessions) {
        StudentReport& s = students[r.student];
        s.student = r.student;
        s.sessions += r.sessions;
    }
    for (const StudentQuestionRow& q : questions) {
        if (q.attempts < 2) continue;
        students[q.student].weakest.push_back(
            {q.bank_id, q.question_id, q.attempts, ratio(q.score_sum, q.attempts)});
    }
    for (auto& [name, s] : students) {
        s.accuracy = ratio(score_sums[name], s.attempts);
        std::sort(s.categories.begin(), s.categories.end(),
                  [](const auto& a, const auto& b) { return a.category < b.category; });
        std::sort(s.weakest.begin(), s.weakest.end(), [](const auto& a, const auto& b) {
            return a.accuracy != b.accuracy ? a.accuracy < b.accuracy
                                            : a.question_id < b.question_id;
        });
        std::erase_if(s.weakest, [](const WeakSpot& w) { return w.accuracy >= 1.0; });
        if (s.weakest.size() > kWeakestPerStudent) s.weakest.resize(kWeakestPerStudent);
        report.students.push_back(std::move(s));
    }
    for (const auto& [name, c] : class_categories)
        report.categories.push_back({name, c.first, ratio(c.second, c.first)});
    report.accuracy = ratio(class_sum, report.attempts);
    return report;
}

std::string class_report_text(const ClassReport& r) {
    std::string out = std::to_string(r.students.size()) + " students, " +
                      std::to_string(r.attempts) + " answers, accuracy " + percent(r.accuracy) +
                      "\nBy category:";
    for (const CategoryFigure& c : r.categories)
        out +=
            " " + c.category + " " + percent(c.accuracy) + " (" + std::to_string(c.attempts) + ")";
    out += "\n";
    for (const StudentReport& s : r.students) {
        out += "\n" + s.student + ": " + std::to_string(s.sessions) + " sessions, " +
               std::to_string(s.attempts) + " answers, accuracy " + percent(s.accuracy) +
               ", last active " + iso_date(s.last_active_ms) + "\n  by category:";
        for (const CategoryFigure& c : s.categories)
            out += " " + c.category + " " + percent(c.accuracy);
        out += "\n  weakest:";
        if (s.weakest.empty()) out += " none";
        for (const WeakSpot& w : s.weakest)
            out += " " + w.question_id + " " + percent(w.accuracy) + " (" +
                   std::to_string(w.attempts) + ")";
        out += "\n";
    }
    return out;
}

std::string class_report_json(const ClassReport& r) {
    using json = nlohmann::ordered_json;
    json students = json::array();
    for (const StudentReport& s : r.students) {
        json j{{"student", s.student},
               {"sessions", s.sessions},
               {"answers", s.attempts},
               {"accuracy", s.accuracy},
               {"last_active", iso_date(s.last_active_ms)}};
        j["categories"] = json::array();
        for (const CategoryFigure& c : s.categories)
            j["categories"].push_back(
                {{"category", c.category}, {"answers", c.attempts}, {"accuracy", c.accuracy}});
        j["weakest"] = json::array();
        for (const WeakSpot& w : s.weakest)
            j["weakest"].push_back({{"bank", w.bank_id},
                                    {"question", w.question_id},
                                    {"answers", w.attempts},
                                    {"accuracy", w.accuracy}});
        students.push_back(std::move(j));
    }
    json categories = json::array();
    for (const CategoryFigure& c : r.categories)
        categories.push_back(
            {{"category", c.category}, {"answers", c.attempts}, {"accuracy", c.accuracy}});
    return json{{"answers", r.attempts},
                {"accuracy", r.accuracy},
                {"categories", categories},
                {"students", students}}
               .dump(2) +
           "\n";
}

std::string class_report_csv(const ClassReport& r) {
    std::string out;
    io::append_csv_record(
        out, {"student", "category", "sessions", "answers", "accuracy", "last_active", "weakest"});
    char acc[16];
    for (const StudentReport& s : r.students) {
        std::string weakest;
        for (const WeakSpot& w : s.weakest) weakest += (weakest.empty() ? "" : " ") + w.question_id;
        std::snprintf(acc, sizeof acc, "%.4f", s.accuracy);
        io::append_csv_record(
            out, {s.student, "*", std::to_string(s.sessions), std::to_string(s.attempts), acc,
                  iso_date(s.last_active_ms), weakest});
        for (const CategoryFigure& c : s.categories) {
            std::snprintf(acc, sizeof acc, "%.4f", c.accuracy);
            io::append_csv_record(
                out, {s.student, c.category, "", std::to_string(c.attempts), acc, "", ""});
        }
    }
    return out;
}

}  // namespace statecraft
