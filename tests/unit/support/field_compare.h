// Two rows read the same way: a projection lists the fields to compare (a generic lambda
// returning a std::tuple, so rows of two types with the same field names compare too), and
// each field is CHECKed on its own so that a failure shows both values. Doubles compare to
// doctest::Approx (sums added in another order).
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace statecraft::testing {

template <typename T>
void expect_field_agrees(std::size_t field, const T& a, const T& b) {
    INFO("field ", field, " of the projection");
    if constexpr (std::is_floating_point_v<T>)
        CHECK(a == doctest::Approx(b));
    else
        CHECK(a == b);
}

template <typename A, typename B, typename Fields>
void expect_fields_agree(const A& a, const B& b, Fields fields) {
    const auto left = fields(a);
    const auto right = fields(b);
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (expect_field_agrees(I, std::get<I>(left), std::get<I>(right)), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<decltype(left)>>{});
}

}  // namespace statecraft::testing
