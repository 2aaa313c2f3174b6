"""Two builds of Statecraft on the same bank, in the same run (issue 21's "no slowdown beyond
5 %"): `statecraft validate` on a 10,000-question bank (whole processes, the runs of the two
builds interleaved, median of RUNS) and bench_editor's keystroke, validate and lint figures.
Usage: compare_builds.py BASE_BUILD_DIR NEW_BUILD_DIR [RUNS]
  (each dir holds statecraft and bench_editor: cmake --build ... --target statecraft bench_editor)"""
import os, pathlib, re, statistics, subprocess, sys, tempfile, time

base, new = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 9
here = pathlib.Path(__file__).resolve().parent


def seconds(cmd):
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {r.stderr.decode()[:500]}")
    return time.perf_counter() - start


with tempfile.TemporaryDirectory() as tmp:
    bank = os.path.join(tmp, "bench.json")
    subprocess.run(["/usr/bin/python3", str(here / "generate_bank.py"), bank, "10000"], check=True)
    times = {base: [], new: []}
    seconds([os.path.join(base, "statecraft"), "validate", bank])  # warm the page cache
    for _ in range(runs):
        for build in (base, new):
            times[build].append(seconds([os.path.join(build, "statecraft"), "validate", bank]))
    b, n = statistics.median(times[base]), statistics.median(times[new])
    print(f"validate, 10,000 questions, median of {runs}: base {b*1000:.0f} ms, "
          f"new {n*1000:.0f} ms, new/base {n/b:.3f}")
    for build in (base, new):
        out = subprocess.run([os.path.join(build, "bench_editor"), bank], check=True,
                             capture_output=True, text=True).stdout
        print(f"bench_editor of {build}:")
        print("  " + "\n  ".join(line for line in out.splitlines() if line.strip()))
