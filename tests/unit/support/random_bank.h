// A seeded generator of valid banks with every question type and awkward text (GIFT
// control characters, HTML look-alikes, leading '[' and '%', non-ASCII), for round trips.
#pragma once

#include <cstdint>

#include "core/bank/model.h"

namespace statecraft::testing {

Bank random_bank(std::uint32_t seed, int questions = 60);

// What GIFT and CSV keep of a bank: choice ids become a, b, c, ...; unknown fields go; and
// without a base bank also the description, authors, language, source briefing, refs and
// category descriptions; "fixed" and "strict_match" go too. Categories are sorted by id and
// unused ones dropped, so that banks from different writers compare equal.
Bank interop_projection(const Bank& bank, bool with_base = false);

}  // namespace statecraft::testing
