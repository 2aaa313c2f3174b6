// bench_live's server side, run in its own (forked) process so that its memory is measured
// alone: the live server with a game of M questions, driven as the teacher would (start, wait
// for the lock, reveal, next), with a host "frame" (snapshot copy + news) every 16 ms.
#pragma once

#include <cstdio>

namespace statecraft::bench {

// Writes "port P", then "show Q T0_NS" per question, then "server RSS_GROWTH_MIB
// FRAME_MEDIAN_MS JOIN_DONE_NS" to `report`. Returns the process exit code.
int run_live_bench_host(int players, int questions, std::FILE* report);

}  // namespace statecraft::bench
