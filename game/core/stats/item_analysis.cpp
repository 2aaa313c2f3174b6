// Item analysis (see item_analysis.h for the definitions); reports in item_analysis_report.cpp.
#include "core/stats/item_analysis.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <unordered_map>

#include "core/session/answer.h"

namespace statecraft {

namespace {

struct StudentItem {
    std::int64_t responses = 0, right = 0;
    double score_sum = 0;
};

struct Student {
    std::int64_t responses = 0;
    double score_sum = 0;
    std::unordered_map<std::string, StudentItem> items;  // by question id
};

// The option ids a response picked.
std::vector<std::string> picked_options(const ItemCell& cell) {
    std::vector<std::string> ids;
    if (cell.answer_is_ids) {
        std::stringstream in(cell.answer);
        for (std::string id; std::getline(in, id, ',');)
            if (!id.empty()) ids.push_back(id);
        return ids;
    }
    std::string error;
    std::optional<Answer> a = answer_from_json_text(cell.answer, error);
    if (!a) return ids;
    if (a->type == QuestionType::true_false) {
        if (a->truth) ids.push_back(*a->truth ? "true" : "false");
        return ids;
    }
    return a->choices;
}

std::vector<OptionFigure> options_of(const Question& q) {
    std::vector<OptionFigure> out;
    if (q.type == QuestionType::true_false) {
        out.push_back({"true", "True", q.answer, 0, 0});
        out.push_back({"false", "False", !q.answer, 0, 0});
    } else if (q.type == QuestionType::single || q.type == QuestionType::multiple) {
        for (const Choice& c : q.choices) out.push_back({c.id, c.text, c.correct, 0, 0});
    }
    return out;
}

struct Rested {
    const std::string* name;
    double rest;
    const StudentItem* item;
};

void discrimination(ItemFigures& f, std::vector<Rested>& students, double group_share) {
    double n = 0, sx = 0, sy = 0, sxy = 0, syy = 0;
    for (const Rested& s : students) {
        double k = static_cast<double>(s.item->responses), c = static_cast<double>(s.item->right);
        n += k;
        sx += c;  // x is 0 or 1, so sum x^2 = sum x
        sy += k * s.rest;
        sxy += c * s.rest;
        syy += k * s.rest * s.rest;
    }
    const double vx = n * sx - sx * sx, vy = n * syy - sy * sy;
    if (n > 1 && vx > 1e-12 && vy > 1e-12)
        f.point_biserial = (n * sxy - sx * sy) / std::sqrt(vx * vy);
    if (students.size() < 2) return;
    std::sort(students.begin(), students.end(), [](const Rested& a, const Rested& b) {
        return a.rest != b.rest ? a.rest > b.rest : *a.name < *b.name;
    });
    const auto m = static_cast<double>(students.size());
    auto k = static_cast<std::size_t>(std::max(1.0, std::round(group_share * m)));
    k = std::min(k, students.size() / 2);
    auto share_right = [&](std::size_t from, std::size_t to) {
        double right = 0, all = 0;
        for (std::size_t i = from; i < to; ++i) {
            right += static_cast<double>(students[i].item->right);
            all += static_cast<double>(students[i].item->responses);
        }
        return all > 0 ? right / all : 0.0;
    };
    f.upper_lower = share_right(0, k) - share_right(students.size() - k, students.size());
}

void add_flags(ItemFigures& f, const ItemAnalysisOptions& options) {
    if (f.responses < options.min_responses) return;
    if ((f.point_biserial && *f.point_biserial < 0) || (f.upper_lower && *f.upper_lower < 0))
        f.flags.push_back("negative discrimination: possibly miskeyed");
    if (f.facility > 0.95) f.flags.push_back("too easy (facility above 0.95)");
    if (f.facility < 0.2) f.flags.push_back("too hard (facility below 0.2)");
    for (const OptionFigure& o : f.options)
        if (!o.correct && o.picks == 0)
            f.flags.push_back("distractor \"" + o.id + "\" never chosen");
}

}  // namespace

std::vector<ItemFigures> analyse_items(const Bank& bank, std::span<const ItemCell> cells,
                                       const ItemAnalysisOptions& options) {
    std::map<std::string, Student> students;
    std::unordered_map<std::string, std::map<std::string, std::int64_t>> picks;  // q -> option
    std::unordered_map<std::string, std::vector<std::string>> parsed_answers;
    for (const ItemCell& c : cells) {
        if (!bank.find_question(c.question_id) || c.responses <= 0) continue;
        Student& s = students[c.student];
        s.responses += c.responses;
        s.score_sum += c.score_sum;
        StudentItem& item = s.items[c.question_id];
        item.responses += c.responses;
        item.right += c.right;
        item.score_sum += c.score_sum;
        // Few distinct answers, many students: read each answer text once.
        auto [parsed, added] =
            parsed_answers.try_emplace((c.answer_is_ids ? "ids:" : "json:") + c.answer);
        if (added) parsed->second = picked_options(c);
        for (const std::string& id : parsed->second) picks[c.question_id][id] += c.responses;
    }
    std::vector<ItemFigures> out;
    for (const Question& q : bank.questions) {
        ItemFigures f{q.id, q.category, to_string(q.type), 0, 0, 0, {}, {}, options_of(q), {}};
        double score_sum = 0;
        std::vector<Rested> rested;
        for (const auto& [name, s] : students) {
            auto it = s.items.find(q.id);
            if (it == s.items.end()) continue;
            const StudentItem& item = it->second;
            f.responses += item.responses;
            ++f.students;
            score_sum += item.score_sum;
            if (s.responses > item.responses)
                rested.push_back({&name,
                                  (s.score_sum - item.score_sum) /
                                      static_cast<double>(s.responses - item.responses),
                                  &item});
        }
        if (f.responses == 0) continue;
        f.facility = score_sum / static_cast<double>(f.responses);
        for (OptionFigure& o : f.options) {
            o.picks = picks[q.id][o.id];
            o.share = static_cast<double>(o.picks) / static_cast<double>(f.responses);
        }
        discrimination(f, rested, options.group_share);
        add_flags(f, options);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace statecraft
