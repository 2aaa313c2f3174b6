// The rows behind `statecraft report --server`: read as the login role, so row-level security
// decides what is seen (a teacher: their classes; a student: themself; the school's IT: all).
#pragma once

#include <string>
#include <vector>

#include "core/store/report_rows.h"
#include "sync/pg_connection.h"

namespace statecraft::pg {

// class_filter: a class's name or join code; empty for every row the role may read.
ClassRows read_class_rows(Connection& conn, const std::string& class_filter);
std::vector<ItemCell> read_item_cells(Connection& conn, const std::string& bank_id,
                                      const std::string& class_filter);

}  // namespace statecraft::pg
