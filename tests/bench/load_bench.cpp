// bench_load: loading one bank file in process, as `statecraft validate` and the app's bank
// list do it (map, parse, check the rules, free the bank), timed per run in wall and CPU time.
// It uses only what every build since the bank reader has (load_bank_file), so that
// compare_builds.py can build this same file against an older build and compare like with like.
//   bench_load BANK.json [RUNS]   (RUNS: 15; make a big bank with generate_bank.py OUT N)
// Prints the medians in ms: "load wall W cpu C (questions Q, runs R)".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "core/bank/bank_loader.h"

using namespace statecraft;

namespace {

double median(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double cpu_now_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return 1000.0 * static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_load BANK.json [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    std::size_t questions = load_bank_file(argv[1]).bank.questions.size();  // warm the caches
    if (questions == 0) {
        std::fprintf(stderr, "%s: cannot load as a bank with questions\n", argv[1]);
        return 2;
    }
    std::vector<double> wall, cpu;
    std::size_t ok = 0;  // keeps the work observable
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = cpu_now_ms();
        ok += load_bank_file(argv[1]).ok();  // the bank is freed inside the timed part
        cpu.push_back(cpu_now_ms() - cpu_start);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::printf("load wall %.2f cpu %.2f (questions %zu, runs %d, valid %zu)\n", median(wall),
                median(cpu), questions, runs, ok);
    return 0;
}
