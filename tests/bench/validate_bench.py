"""Benchmark for issue 2: `statecraft validate` on a 10,000-question bank against Debian's
/usr/bin/python3 doing a bare json.load of the same file. Whole processes, median of 5, same run.
Usage: validate_bench.py STATECRAFT_BINARY [RUNS]"""
import os, pathlib, statistics, subprocess, sys, tempfile, time

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
here = pathlib.Path(__file__).resolve().parent
with tempfile.TemporaryDirectory() as tmp:
    bank = os.path.join(tmp, "bench.json")
    subprocess.run(["/usr/bin/python3", str(here / "generate_bank.py"), bank, "10000"], check=True)
    size_mb = os.path.getsize(bank) / 1e6

    def median_seconds(cmd):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - start)
            if r.returncode != 0:
                sys.exit(f"{cmd[0]} failed: {r.stderr.decode()[:500]}")
        return statistics.median(times)

    # Warm the page cache once for both.
    median_seconds(["/usr/bin/python3", "-c", "pass"])
    python = median_seconds(["/usr/bin/python3", "-c",
                             "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))", bank])
    ours = median_seconds([binary, "validate", bank])
    ratio = ours / python
    print(f"bank: 10000 questions, {size_mb:.1f} MB; median of {runs} whole-process runs")
    print(f"python3 json.load: {python * 1000:.1f} ms")
    print(f"statecraft validate: {ours * 1000:.1f} ms")
    print(f"ratio: {ratio:.2f}x python's parse alone (goal <= 0.80x): {'PASS' if ratio <= 0.8 else 'FAIL'}")
