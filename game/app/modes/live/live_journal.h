// Crash safety for a live game: every answer the game accepts is appended to a journal file
// beside the score database as it arrives (a writer thread, a few lines per write, each batch
// flushed to disk), and each question the store takes is marked there. Questions are stored
// when they lock (app/modes/live/live_host.cpp); the journal holds what was answered before
// the lock, so after a crash or kill the next start stores those answers too
// (app/modes/live/live_recovery.h). A game closed normally removes its journal.
//
// One JSON object per line: {"game": ...} first, then {"answer": ...} and {"saved": ...}. A
// line cut short by the crash is skipped.
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <set>
#include <string>
#include <vector>

#include "core/classroom/classroom_results.h"
#include "core/live/live_results.h"
#include "core/store/live_store.h"

namespace statecraft {

// An accepted answer as the row the store will keep, with the player's points before it.
struct LiveJournalAnswer {
    int question = 0;  // 0-based
    int total_before = 0;
    std::int64_t at_ms = 0;  // Unix ms when the app journaled it
    ClassroomResultRow row;  // row.team is the player as stored ("Name" or "Name (Team)")
};

// A question the store took: its session row and every player's total after it.
struct LiveJournalSaved {
    int question = 0;
    std::int64_t session_id = 0;
    std::vector<std::string> players;
    std::vector<int> totals;
};

std::string live_journal_game_line(const LiveGameInfo& info);
std::string live_journal_answer_line(const LiveJournalAnswer& answer);
std::string live_journal_saved_line(const LiveJournalSaved& saved);

struct LiveJournalContents {
    LiveGameInfo info;
    std::int64_t session_id = 0;
    std::set<int> saved;  // questions already in the store
    LiveJournalSaved last_saved;
    std::vector<LiveJournalAnswer> answers;
    int skipped_lines = 0;  // cut short or not ours
};

// False with error when the first line is not a live journal's.
bool read_live_journal(std::istream& in, LiveJournalContents& out, std::string& error);

// The answered questions the store does not have, one save each (in question order): the last
// answer of each player (a revote replaces the first vote), a row for every other known player
// (not answered), totals and ranks after the question.
std::vector<LiveRoundSave> live_rounds_to_recover(const LiveJournalContents& journal);

// The journal folder beside the database: DB_FOLDER/live-journal.
std::filesystem::path live_journal_dir(const std::filesystem::path& database);

}  // namespace statecraft
