// Helper for tests/e2e/store_cli.sh: fills a score database through the core API (no SQL)
// with a known history: Ana on the last three days, Ben today (used last).
// Usage: store_seed DB_FILE; prints how many attempts it wrote.
#include <cstdio>
#include <ctime>

#include "core/store/store.h"

using namespace statecraft;

// Local noon, days_ago calendar days back: far from midnight, whatever the time zone or DST.
std::int64_t local_noon_ms(int days_ago) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    tm.tm_mday -= days_ago;
    tm.tm_hour = 12;
    tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm)) * 1000;
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_seed DB_FILE\n");
        return 2;
    }
    OpenResult opened = Store::open(argv[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    const char* categories[] = {"actors", "motives", "interpretations", "context"};
    // Ana: three days in a row ending today, 8 answers a day; Ben: one session today, last.
    std::vector<SessionImport> sessions;
    int attempts = 0;
    for (int d = 2; d >= 0; --d) {
        std::int64_t start = local_noon_ms(d) - 3'600'000;
        SessionImport s{
            {"Ana", "iran-russia", "bank-hash", d == 0 ? "exam" : "practice", start}, {}, {}};
        for (int i = 0; i < 8; ++i, ++attempts) {
            AttemptRecord a;
            a.question_id = "q" + std::to_string(i);
            a.question_hash = "0000000000000000";
            a.category = categories[i % 4];
            a.answer_json = i == 3 ? R"({"text":"Lavrov, \"the\" minister\nsecond line"})"
                                   : R"({"choice":"a"})";
            a.score = (i + d) % 3 == 0 ? 0.0 : 1.0;
            a.correct = a.score == 1.0;
            a.time_ms = 3000 + i * 100;
            if (i % 2) a.confidence = static_cast<Confidence>(1 + i % 3);
            a.answered_ms = start + i * 10'000;
            s.attempts.push_back(a);
        }
        s.end = SessionEnd{start + 100'000, 5.0 + d, 8.0};
        sessions.push_back(std::move(s));
    }
    SessionImport ben{{"Ben", "iran-russia", "bank-hash", "practice", local_noon_ms(0)}, {}, {}};
    AttemptRecord a;
    a.question_id = "q1";
    a.question_hash = "0000000000000000";
    a.category = "actors";
    a.score = 1.0;
    a.correct = true;
    a.answered_ms = local_noon_ms(0) + 10'000;
    ben.attempts.push_back(a);
    ++attempts;
    sessions.push_back(std::move(ben));
    WriteResult w = opened.store->import_sessions(sessions);
    if (!w.saved) {
        std::fprintf(stderr, "%s\n", w.message.c_str());
        return 1;
    }
    std::printf("%d\n", attempts);
    return 0;
}
