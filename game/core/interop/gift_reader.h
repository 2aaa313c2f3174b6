// GIFT (Moodle's text format) -> Bank.
//
// Supported: single and multiple choice, true/false, short answer, matching (and the
// ordering shape written by gift_writer), $CATEGORY, ::title::, feedback, general
// feedback, escapes, comments with [tag:..], [id:..] and [statecraft:..] annotations,
// [html]/[moodle]/[plain]/[markdown] prefixes, the missing-word format.
// Skipped with a message: essay, numerical and description questions.
// Refused (nothing imported): text that is not UTF-8, unbalanced braces, a broken
// question, or a result the bank validator rejects. Mapping rules: questions/GIFT.md.
#pragma once

#include <string_view>

#include "core/interop/import_result.h"

namespace statecraft {

ImportResult read_gift(std::string_view text, const ImportOptions& options = {});

}  // namespace statecraft
