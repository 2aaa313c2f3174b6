// bench_fsrs_replay: replays the 12,580-row py-fsrs review log through review(), card by card,
// and prints the time beside a baseline measured in the same run (parsing the CSV alone), so
// the figure means something on any machine. Goal: parse + replay under 1 s.
//   bench_fsrs_replay [review-log.csv] [runs=20]
// Exits 1 if the best parse + replay takes 1 s or more, 2 if the log cannot be read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "support/review_log.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {
using Clock = std::chrono::steady_clock;

struct Timing {
    double best_ms = 0;
    double median_ms = 0;
};

Timing time_runs(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}
}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : fsrs_fixture_path(kReviewLogName);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    const auto text = read_text_file(path);
    if (!text) {
        std::fprintf(stderr, "bench_fsrs_replay: cannot read %s\n", path.c_str());
        return 2;
    }
    std::string error;
    const auto rows = parse_review_log(*text, &error);
    if (!rows) {
        std::fprintf(stderr, "bench_fsrs_replay: %s\n", error.c_str());
        return 2;
    }

    const StudySettings settings;
    ReplayStats stats;
    size_t parsed = 0;
    const Timing parse =
        time_runs(runs, [&] { parsed += parse_review_log(*text, &error)->size(); });
    const Timing full = time_runs(runs, [&] {
        const auto again = parse_review_log(*text, &error);
        stats = replay_review_log(*again, settings);
    });
    const double replay_ms = std::max(0.0, full.best_ms - parse.best_ms);

    std::printf("fsrs replay: %zu rows, %d cards, %d runs (best / median)\n", rows->size(),
                stats.cards, runs);
    std::printf("  baseline, parse CSV only : %8.2f / %8.2f ms\n", parse.best_ms, parse.median_ms);
    std::printf("  parse + replay           : %8.2f / %8.2f ms  (%.2fx the baseline)\n",
                full.best_ms, full.median_ms, full.best_ms / std::max(parse.best_ms, 1e-9));
    std::printf("  replay alone             : %8.2f ms, %.0f ns per review\n", replay_ms,
                replay_ms * 1e6 / static_cast<double>(rows->size()));
    std::printf("  states: S in [%.4g, %.4g], D in [%.4g, %.4g], %d non-finite, %d out of range\n",
                stats.min_stability, stats.max_stability, stats.min_difficulty,
                stats.max_difficulty, stats.non_finite, stats.out_of_range);
    const bool ok = full.best_ms < 1000.0 && stats.non_finite == 0 && stats.out_of_range == 0;
    std::printf("  goal parse + replay < 1000 ms: %s\n", ok ? "met" : "MISSED");
    return parsed > 0 && ok ? 0 : 1;
}
