// `statecraft export-results --classroom`: one CSV record per team per question of every saved
// classroom game.
#pragma once

#include <string>

#include "core/store/classroom_store.h"

namespace statecraft {

// session,started_at,bank,ended_early,round,team,question,type,answered,answer_ids,answer,
// correct,fraction,time_ms,points,streak_bonus,final_rank,final_total,confidence
// (started_at: ISO 8601 UTC; answered, correct, ended_early: 1 or 0; fraction: 0 to 1;
// confidence: 1-3 from a live game with CBM, else empty.)
void append_classroom_header(std::string& out);
void append_classroom_record(std::string& out, const ClassroomExportRow& row);

}  // namespace statecraft
