// GIFT numerical questions ({#...}) and Statecraft's estimate questions (bank format 1.1).
// Moodle writes a numerical answer as "V" (exact), "V:E" (within E of V) or "A..B" (a range),
// optionally several, each "=%n%" weighted and with "#feedback":
//     {#1822:5}   {#3.141..3.142}   {#=1822:0 =%50%1822:2}
// An estimate maps onto this as value V, margin E, and its linear fall-off to the tolerance T
// as one half-credit band at the midpoint: {#=V:M =%50%V:(M+T)/2}. Reading that back gives T
// again (see numerical_to_estimate).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/model.h"

namespace statecraft::gift {

struct NumericalAnswer {
    double value = 0;
    double error = 0;   // the half-width of the band around value
    double weight = 1;  // 0..1 (the '%n%' of the answer; '=' alone is 1, '~' is 0)
    std::string feedback;
};

// The answers of a numerical block (the text after '#', escape_pre'd), or nullopt with why.
// As Moodle: text from the first '~' on is wrong-answer feedback and is dropped.
std::optional<std::vector<NumericalAnswer>> parse_numerical(std::string_view text,
                                                            std::string& error);

// Fills value, margin and tolerance of an estimate from the answers. Returns notes on what
// could not be kept exactly (answers around another value, more than one partial band), or
// nullopt with why when no answer gives full credit.
std::optional<std::vector<std::string>> numerical_to_estimate(
    const std::vector<NumericalAnswer>& answers, Question& q, std::string& error);

// The answer block of an estimate, "{#...}" without the braces' general feedback.
std::string estimate_to_numerical(const Question& q);

}  // namespace statecraft::gift
