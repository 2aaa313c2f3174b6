// Bank -> CSV/TSV in the layout of questions/CSV.md, readable by read_csv and by a
// spreadsheet: "#separator", "#html:false", "#bank", "#title" and one "#category" line per
// category, then a header row and one row per question. Choices become columns A, B, ...
// (so choice ids come back as a, b, ...); lists inside a cell are separated by '|'.
#pragma once

#include "core/bank/model.h"
#include "core/interop/csv_format.h"
#include "core/interop/export_result.h"

namespace statecraft {

ExportResult write_csv(const Bank& bank, csv::Delimiter delimiter = csv::Delimiter::comma);

}  // namespace statecraft
