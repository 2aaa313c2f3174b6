"""Two builds of Statecraft on the same bank, in the same run (issue 21's "no slowdown beyond
5 %"): `statecraft validate` on a 10,000-question bank (whole processes, the runs of the two
builds interleaved, median of RUNS) and bench_editor's keystroke, validate and lint figures
(RUNS runs of each build, interleaved, median per column), and the in-process load of the
same bank in wall and CPU time by one harness, load_bench.cpp beside this script, compiled here
against each build's libstatecraft_core.a (so an older build is timed by the same code).
Usage: compare_builds.py BASE_BUILD_DIR NEW_BUILD_DIR [RUNS]
  (each dir holds statecraft and bench_editor: cmake --build ... --target statecraft bench_editor)"""
import os, pathlib, resource, statistics, subprocess, sys, tempfile, time

base, new = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 9
here = pathlib.Path(__file__).resolve().parent


def seconds(cmd):
    """Wall and CPU (user + system) seconds of one whole process: on a shared machine the CPU
    time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {r.stderr.decode()[:500]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build_load_bench(build, out):
    """bench_load from this script's load_bench.cpp against BUILD's core library and headers."""
    cache = pathlib.Path(build, "CMakeCache.txt").read_text()
    source = next(line.split("=", 1)[1] for line in cache.splitlines()
                  if line.startswith("CMAKE_HOME_DIRECTORY:"))
    subprocess.run(["c++", "-O3", "-DNDEBUG", "-std=c++20", "-I", os.path.join(source, "game"),
                    str(here / "load_bench.cpp"), "-o", out,
                    os.path.join(build, "game", "libstatecraft_core.a"),
                    "-lutf8proc", "-lsqlite3", "-pthread"], check=True)


print("load average at the start: %.1f %.1f %.1f" % os.getloadavg())
with tempfile.TemporaryDirectory() as tmp:
    bank = os.path.join(tmp, "bench.json")
    subprocess.run(["/usr/bin/python3", str(here / "generate_bank.py"), bank, "10000"], check=True)
    times = {base: [], new: []}
    seconds([os.path.join(base, "statecraft"), "validate", bank])  # warm the page cache
    for _ in range(runs):
        for build in (base, new):
            times[build].append(seconds([os.path.join(build, "statecraft"), "validate", bank]))
    for i, what in ((0, "wall"), (1, "CPU")):
        b = statistics.median(t[i] for t in times[base])
        n = statistics.median(t[i] for t in times[new])
        print(f"validate, 10,000 questions, median of {runs}, {what}: base {b*1000:.0f} ms, "
              f"new {n*1000:.0f} ms, new/base {n/b:.3f}")
    # bench_editor RUNS times per build, interleaved; the median of each column and its ratio
    # (one run's figures move by half under load, the median of several much less).
    columns = ("key before", "key after", "validate", "lint")
    figures = {base: [], new: []}
    for _ in range(runs):
        for build in (base, new):
            out = subprocess.run([os.path.join(build, "bench_editor"), bank], check=True,
                                 capture_output=True, text=True).stdout
            row = out.strip().splitlines()[-1].split()
            figures[build].append([float(x) for x in row[2:6]])
    for i, what in enumerate(columns):
        b = statistics.median(f[i] for f in figures[base])
        n = statistics.median(f[i] for f in figures[new])
        print(f"bench_editor {what}, median of {runs}: base {b:.2f} ms, new {n:.2f} ms, "
              f"new/base {n/b:.3f}")
    # The in-process load (bench_load, 15 loads a process), RUNS processes per build, interleaved.
    load_benches = {build: os.path.join(tmp, f"bench_load_{i}") for i, build in enumerate((base, new))}
    for build, binary in load_benches.items():
        build_load_bench(build, binary)
    loads = {base: [], new: []}
    for _ in range(runs):
        for build in (base, new):
            out = subprocess.run([load_benches[build], bank], check=True, capture_output=True,
                                 text=True).stdout.split()
            loads[build].append((float(out[2]), float(out[4])))
    for i, what in ((0, "wall"), (1, "CPU")):
        b = statistics.median(x[i] for x in loads[base])
        n = statistics.median(x[i] for x in loads[new])
        print(f"in-process load (bench_load), median of {runs}, {what}: base {b:.2f} ms, "
              f"new {n:.2f} ms, new/base {n/b:.3f}")
print("load average at the end: %.1f %.1f %.1f" % os.getloadavg())
