#include "core/interop/gift_numerical.h"

#include <algorithm>
#include <cmath>

#include "core/bank/estimate_rules.h"
#include "core/interop/text_util.h"
#include "core/session/estimate_score.h"

namespace statecraft::gift {

namespace {

std::optional<double> number(std::string_view text) {
    return parse_estimate(trim_view(text));
}

// "V", "V:E" or "A..B".
bool read_band(std::string_view text, NumericalAnswer& a) {
    text = trim_view(text);
    if (std::size_t dots = text.find(".."); dots != std::string_view::npos) {
        auto lo = number(text.substr(0, dots)), hi = number(text.substr(dots + 2));
        if (!lo || !hi || *hi < *lo) return false;
        a.value = (*lo + *hi) / 2;
        a.error = (*hi - *lo) / 2;
        return true;
    }
    std::size_t colon = text.find(':');
    auto v = number(text.substr(0, colon));
    if (!v) return false;
    a.value = *v;
    if (colon == std::string_view::npos) return true;
    auto e = number(text.substr(colon + 1));
    if (!e || *e < 0) return false;
    a.error = *e;
    return true;
}

// One answer: [=|~][%n%]band[#feedback].
std::optional<NumericalAnswer> read_answer(std::string_view part, char mark, std::string& error) {
    NumericalAnswer a;
    a.weight = mark == '~' ? 0 : 1;  // '~' kept for symmetry; Moodle's reader never gives one
    part = trim_view(part);
    if (!part.empty() && part[0] == '%') {
        std::size_t end = part.find('%', 1);
        auto w = end == std::string_view::npos ? std::nullopt : number(part.substr(1, end - 1));
        if (!w || *w < -100 || *w > 100) {
            error = "the weight of a numerical answer must be %n% with n from -100 to 100";
            return std::nullopt;
        }
        a.weight = *w / 100;
        part = part.substr(end + 1);
    }
    if (std::size_t hash = part.find('#'); hash != std::string_view::npos) {
        a.feedback = trim(part.substr(hash + 1));
        part = part.substr(0, hash);
    }
    if (!read_band(part, a)) {
        error = "\"" + std::string(trim_view(part).substr(0, 40)) +
                "\" is not a numerical answer (write 200, 200:50 or 150..250)";
        return std::nullopt;
    }
    return a;
}

}  // namespace

std::optional<std::vector<NumericalAnswer>> parse_numerical(std::string_view text,
                                                            std::string& error) {
    // As Moodle's qformat_gift reads it: from the first '~' on is the feedback for any wrong
    // answer (kept out of the bank); the rest splits at '=' into answers.
    std::vector<NumericalAnswer> out;
    text = text.substr(0, text.find('~'));
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t next = text.find('=', start);
        std::string_view part = text.substr(start, next - start);
        if (!trim_view(part).empty()) {
            auto a = read_answer(part, '=', error);
            if (!a) return std::nullopt;
            out.push_back(std::move(*a));
        }
        if (next == std::string_view::npos) break;
        start = next + 1;
    }
    if (out.empty()) {
        error = "a numerical question needs a number after '#'";
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<std::string>> numerical_to_estimate(
    const std::vector<NumericalAnswer>& answers, Question& q, std::string& error) {
    std::vector<std::string> notes;
    const NumericalAnswer* full = nullptr;
    for (const NumericalAnswer& a : answers)
        if (a.weight >= 1 && !full) full = &a;
    if (!full) {
        error = "no numerical answer gives full credit";
        return std::nullopt;
    }
    auto sensible = [](double v) {
        return std::isfinite(v) && std::fabs(v) <= kMaxEstimateMagnitude;
    };
    if (!sensible(full->value) || !sensible(full->error)) {
        error = "the number is too large (at most 1e15)";
        return std::nullopt;
    }
    q.type = QuestionType::estimate;
    q.value = full->value;
    q.margin = full->error;
    // The widest partial band around the same value sets where credit runs out: the linear
    // fall-off passes through its weight at its edge.
    const NumericalAnswer* band = nullptr;
    int bands = 0, elsewhere = 0;
    for (const NumericalAnswer& a : answers) {
        if (&a == full || a.weight <= 0) continue;
        if (std::fabs(a.value - full->value) > 1e-9 * std::max(1.0, std::fabs(full->value))) {
            ++elsewhere;
            continue;
        }
        if (a.weight >= 1 || a.error <= q.margin || !sensible(a.error)) continue;
        ++bands;
        if (!band || a.error > band->error) band = &a;
    }
    if (band) q.tolerance = (band->error - band->weight * q.margin) / (1 - band->weight);
    if (bands > 1)
        notes.push_back("several partial-credit bands became one linear fall-off to " +
                        format_estimate(*q.tolerance));
    if (elsewhere > 0)
        notes.push_back(std::to_string(elsewhere) +
                        " answer(s) around another number are not kept: an estimate has one value");
    return notes;
}

std::string estimate_to_numerical(const Question& q) {
    const double value = q.value.value_or(0);
    const double tolerance = estimate_tolerance(q);
    std::string band = exact_number(value);
    if (q.margin > 0) band += ":" + exact_number(q.margin);
    if (tolerance <= q.margin) return "#" + band;
    const double half = (q.margin + tolerance) / 2;
    return "#=" + band + " =%50%" + exact_number(value) + ":" + exact_number(half);
}

}  // namespace statecraft::gift
