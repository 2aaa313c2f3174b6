#include "app/modes/live/live_recovery.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include "app/modes/live/live_journal.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"

namespace statecraft {

namespace {

std::string recover_one(Store& store, const std::filesystem::path& file) {
    std::ifstream in(file);
    LiveJournalContents journal;
    std::string error;
    if (!read_live_journal(in, journal, error))
        return "A live game's journal was not read (" + error + "): " + file.string() + " is kept.";
    std::int64_t session = journal.session_id;
    // A question stored just before the crash whose mark never reached the journal: skipped.
    std::set<int> stored_rounds;
    if (session != 0)
        store.for_each_classroom_row(
            [&](const ClassroomExportRow& row) {
                if (row.session_id == session) stored_rounds.insert(row.round);
            },
            error);
    int answers = 0;
    for (const LiveRoundSave& save : live_rounds_to_recover(journal)) {
        if (stored_rounds.count(save.questions_played)) continue;
        const WriteResult result = store.save_live_round(save, session);
        if (!result.saved)
            return "The answers of an interrupted live game could not be stored yet (" +
                   result.message + "); its journal " + file.string() +
                   " is kept for the next start.";
        for (const ClassroomResultRow& row : save.rows) answers += row.answered;
    }
    in.close();
    std::error_code ec;
    std::filesystem::remove(file, ec);
    if (answers == 0) return {};
    return "Recovered " + std::to_string(answers) + " answer(s) of an interrupted live game (" +
           journal.info.bank_id + ") that had not been locked: see stats --classroom.";
}

}  // namespace

std::vector<std::string> recover_live_journals(Store& store) {
    std::vector<std::string> notes;
    const std::filesystem::path dir = live_journal_dir(store.path());
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return notes;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".jsonl") continue;
        // A journal still locked belongs to a game open in another window: not ours.
        const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        const bool in_use = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
        if (in_use) {
            ::close(fd);
            continue;
        }
        if (std::string note = recover_one(store, entry.path()); !note.empty())
            notes.push_back(std::move(note));
        ::close(fd);
    }
    return notes;
}

}  // namespace statecraft
