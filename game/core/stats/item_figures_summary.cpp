#include "core/stats/item_figures_summary.h"

#include <cstdio>

namespace statecraft {

namespace {

std::string two_decimals(const std::optional<double>& v) {
    if (!v) return "n/a";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", *v);
    return buf;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ItemFiguresSummary summarise_item_figures(const ItemFigures* figures, std::int64_t min_responses) {
    if (!figures || figures->responses == 0)
        return {"No answers to this question on this computer yet.", {}};
    const ItemFigures& f = *figures;
    const std::string answers = plural(f.responses, "answer", "answers");
    if (f.responses < min_responses)
        return {answers + " on this computer: figures and flags from " +
                    std::to_string(min_responses) + ".",
                {}};
    return {answers + " from " + plural(f.students, "student", "students") + ": facility " +
                two_decimals(f.facility) + ", discrimination " + two_decimals(f.point_biserial) +
                " (upper-lower " + two_decimals(f.upper_lower) + ").",
            f.flags};
}

const ItemFigures* find_item_figures(const std::vector<ItemFigures>& items,
                                     const std::string& question_id) {
    for (const ItemFigures& f : items)
        if (f.question_id == question_id) return &f;
    return nullptr;
}

}  // namespace statecraft
