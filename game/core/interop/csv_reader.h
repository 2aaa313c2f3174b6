// CSV/TSV (a spreadsheet) -> Bank. The layout is documented in questions/CSV.md:
// one row per question; a header row (or Anki's "#columns:") names the columns;
// required: type, prompt; options in columns A, B, C, ...; "answer" says which are right.
// Anki header lines (#separator, #html, #tags, #columns) are honoured, plus
// #bank:ID, #title:TEXT and #category:ID:TITLE. A broken row stops the import (nothing
// is written) with its line; a column we do not know is reported and ignored.
#pragma once

#include <optional>
#include <string_view>

#include "core/interop/csv_format.h"
#include "core/interop/import_result.h"

namespace statecraft {

ImportResult read_csv(std::string_view text, const ImportOptions& options = {},
                      std::optional<csv::Delimiter> delimiter = {});

}  // namespace statecraft
