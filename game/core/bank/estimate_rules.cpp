#include "core/bank/estimate_rules.h"

#include <cmath>

namespace statecraft {

namespace {

bool sensible(double v) {
    return std::isfinite(v) && std::fabs(v) <= kMaxEstimateMagnitude;
}

}  // namespace

void check_estimate(const Question& q, const std::function<std::string()>& at,
                    const std::function<void(const std::string&, const std::string&)>& error) {
    if (!q.value)
        error(at() + "/value", "missing; an estimate needs \"value\": the number to estimate");
    else if (!sensible(*q.value))
        error(at() + "/value", "must be a finite number no larger than 1e15 either way");
    if (!sensible(q.margin))
        error(at() + "/margin", "must be a finite number no larger than 1e15");
    else if (q.margin < 0)
        error(at() + "/margin", "cannot be negative (it is a distance either side of the value)");
    if (q.tolerance) {
        if (!sensible(*q.tolerance))
            error(at() + "/tolerance", "must be a finite number no larger than 1e15");
        else if (*q.tolerance < 0)
            error(at() + "/tolerance", "cannot be negative (it is a distance from the value)");
        else if (*q.tolerance < q.margin)
            error(at() + "/tolerance",
                  "must be at least the margin: credit falls from full at the margin to none "
                  "at the tolerance");
    }
}

}  // namespace statecraft
