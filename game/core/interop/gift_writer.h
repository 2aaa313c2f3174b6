// Bank -> GIFT that Moodle imports (Question bank > Import > GIFT format) and that
// read_gift reads back into the same questions.
//
// - One "$CATEGORY: $course$/top/<title>" block per change of category, preceded by
//   "// [statecraft:category=<id>]" so the id survives a round trip.
// - "::<question id>::" as the title; the explanation as "####" general feedback.
// - single: "=" right, "~" wrong. multiple: "~%w%" with w = 100/number of right answers
//   on the right ones (they sum to 100) and "~%-100%" on the wrong ones.
// - ordering (GIFT has none): a matching of the items to "1st", "2nd", ... marked with
//   "// [statecraft:ordering]"; read_gift turns that shape back into ordering.
// - Fields GIFT has no place for go in comment annotations Moodle ignores:
//   [statecraft:difficulty=N] [statecraft:refs=a,b] [statecraft:time_limit_s=N]
//   [statecraft:case_sensitive], tags as Moodle's [tag:x].
// - Text is escaped (\ ~ = # { } : and newlines as \n); a question whose text looks like
//   HTML or starts with '[' is marked [plain] so Moodle shows it as written.
// Lost on the way: the bank's description, authors, language and source briefing, and
// category descriptions (import with --base BANK.json to restore them).
#pragma once

#include "core/bank/model.h"
#include "core/interop/export_result.h"

namespace statecraft {

ExportResult write_gift(const Bank& bank);

// Moodle's repchar: \ # = ~ { } : escaped, newlines as \n, carriage returns dropped.
std::string gift_escape(std::string_view text);

}  // namespace statecraft
