#include "support/store_fixture.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/time/calendar.h"

namespace statecraft::testing {

namespace fs = std::filesystem;

std::int64_t test_now() {
    return time::days_from_civil({2024, 5, 10}) * kDayMs + 12 * 3'600'000;
}

StoreOptions test_options(const std::int64_t* now) {
    StoreOptions options;
    options.now_ms = [now] { return now ? *now : test_now(); };
    options.day_of = time::utc_day;
    return options;
}

SessionStart test_start(const std::string& profile, const std::string& bank, std::int64_t at,
                        const std::string& mode) {
    return SessionStart{profile, bank, "bank-hash-1", mode, at};
}

AttemptRecord test_attempt(const std::string& question, double score, std::int64_t at,
                           const std::string& category) {
    AttemptRecord a;
    a.question_id = question;
    a.question_hash = "hash-" + question;
    a.category = category;
    a.answer_json = R"({"choice":"a"})";
    a.score = score;
    a.correct = score >= 1.0;
    a.time_ms = 4200;
    a.confidence = Confidence::medium;
    a.answered_ms = at;
    return a;
}

std::vector<AttemptExportRow> attempt_rows(Store& store, const std::string& profile) {
    std::vector<AttemptExportRow> rows;
    std::string error;
    REQUIRE_MESSAGE(store.for_each_attempt(
                        profile, [&](const AttemptExportRow& r) { rows.push_back(r); }, error),
                    error);
    return rows;
}

StoreCounts counts_of(Store& store) {
    StoreCounts c;
    std::string error;
    REQUIRE_MESSAGE(store.counts(c, error), error);
    return c;
}

std::string integrity_of(const fs::path& db) {
    StoreOptions options = test_options();
    options.create = false;
    OpenResult opened = Store::open(db, options);
    if (!opened.ok()) return "cannot open: " + opened.error;
    if (!opened.notices.empty()) return "moved aside: " + opened.notices.front();
    std::string report;
    opened.store->integrity_check(report);
    return report;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_bytes(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

void mark_unclean_shutdown(const std::filesystem::path& db) {
    pid_t child = fork();
    if (child == 0) _exit(0);
    waitpid(child, nullptr, 0);  // its pid now names no process
    write_bytes(db.string() + ".open-" + std::to_string(child), "");
}

}  // namespace statecraft::testing
