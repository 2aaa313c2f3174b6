// The classroom games on the school server, as `statecraft stats --classroom --server` shows
// them: the same rows the local store gives (ClassroomExportRow), so the summary and its
// confidence figures are the local ones. Read as the login role: a teacher sees the games they
// sent, the school's IT every game.
#pragma once

#include <vector>

#include "core/store/classroom_store.h"
#include "sync/pg_connection.h"

namespace statecraft::pg {

// Games oldest first, each game's rows by round, then in the order sent (the teams' set-up
// order). session_id numbers the games on the server (it has uuids, not the local ids).
std::vector<ClassroomExportRow> read_classroom_rows(Connection& conn);

}  // namespace statecraft::pg
