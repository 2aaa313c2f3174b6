#!/usr/bin/python3
"""The players of tests/e2e/live_crash_recovery.sh (not a test by itself): Ana and Ben join the
app's live game, the teacher starts question 1 (Space), Ana answers it right, Ben does not
answer; once the app's journal holds Ana's answer the app is killed with SIGKILL.

    live_crash_players.py JOIN_URL BANK_JSON APP_PID WORK_DIR JOURNAL_DIR
"""
import glob
import json
import os
import signal
import subprocess
import sys
import time

from live_players import Player, answer, fail

url, bank_path, app_pid, work, journals = sys.argv[1:6]
app_pid = int(app_pid)
by_prompt = {q["prompt"]: q for q in json.load(open(bank_path))["questions"]}


def journaled_answers():
    count = 0
    for path in glob.glob(os.path.join(journals, "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            count += '"answer"' in line
    return count


players = []
try:
    for name in ("Ana", "Ben"):
        p = Player(name, False, os.path.join(work, "chrome-" + name))
        players.append(p)
        p.join(url, url.rsplit("pin=", 1)[1])
    ana, ben = players
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "space"], check=True)
    for p in players:
        p.wait_screen("question")
    answer(ana, by_prompt[ana.text("q-prompt")], True)
    ana.wait_screen("waiting")
    deadline = time.time() + 20
    while journaled_answers() < 1 and time.time() < deadline:
        time.sleep(0.05)
    if journaled_answers() != 1:
        fail("the journal holds %d answers, want 1" % journaled_answers())
    os.kill(app_pid, signal.SIGKILL)
    print("ok: Ana's answer journaled, the app killed")
finally:
    for p in players:
        p.quit()
