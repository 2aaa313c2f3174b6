#!/usr/bin/python3
"""Real browsers against the real live-classroom server (label "live").

Three headless Chromium players (one at a phone's 360x740 viewport) join through the join URL
(http://127.0.0.1:PORT/?pin=PIN, as the QR code carries it), answer seven questions of seven types
(single by tap, matching by tap, ordering by tap, short answer typed, an estimate typed with its
unit shown, a poll by tap, a matrix by tapping its cells), one reloads on the
leaderboard and another mid-question and both keep name and points; the projector's figures (the
game's snapshot: distribution per option, answered count, podium order) are checked against what
the players did (the estimate's histogram and key, the poll's votes and no right or wrong, the
matrix's tally per cell), the page logs no error (a Content-Security-Policy violation is one),
and `statecraft stats --classroom` lists the game with every question from the score database.
The teacher asked for confidence (CBM): every answer carries one, and `stats --classroom` and
`export-results --classroom` show each player's.

The teacher's side is tests/e2e/live_host (the real LiveGame behind the real LiveServer, driven
from standard input), so the projector's figures can be read exactly; live_app_browser.sh plays
the same kind of game against the desktop app itself under Xvfb.

    python3 tests/e2e/live_browser.py BUILD_DIR/statecraft SOURCE_DIR [SCREENSHOT_DIR]

Exit 77 (skipped) only when chromium, chromedriver or python3-selenium is missing.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from live_players import MARKS, WAIT, By, Player, answer as answer_question, fail

binary, source = sys.argv[1], sys.argv[2]
shots = sys.argv[3] if len(sys.argv) > 3 else None
host_binary = os.path.join(os.path.dirname(binary), "live_host")
bank_path = os.path.join(source, "questions/examples/all-types.json")
bank = {q["id"]: q for q in json.load(open(bank_path))["questions"]}
QUESTIONS = ["single-example", "matching-example", "ordering-example", "short-answer-example",
             "estimate-example", "poll-example", "matrix-example"]
# Ben's name carries markup: it must show as these characters everywhere, never as an element.
BEN = "Ben <b>&amp;</b>"


class Host:
    """The teacher: commands in, snapshots out."""

    def __init__(self):
        self.data_dir = tempfile.mkdtemp()
        self.proc = subprocess.Popen(
            [host_binary, bank_path, os.path.join(source, "assets/web")] + QUESTIONS,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
            env=dict(os.environ, LIVE_HOST_DATA_DIR=self.data_dir, LIVE_HOST_CBM="1"))
        hello = json.loads(self.proc.stdout.readline())
        self.port, self.pin = hello["port"], hello["pin"]

    def say(self, line):
        self.proc.stdin.write(line + "\n")
        reply = json.loads(self.proc.stdout.readline())
        if line != "snapshot" and not reply.get("ok"):
            fail("the host refused %r: %s" % (line, reply))
        return reply

    def snapshot(self):
        return self.say("snapshot")

    def wait_phase(self, phase):
        deadline = time.time() + WAIT
        while time.time() < deadline:
            s = self.snapshot()
            if s["phase"] == phase:
                return s
            time.sleep(0.1)
        fail("the game never reached %s (last %s)" % (phase, s["phase"]))

    def close(self):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


# The teacher asked for confidence (CBM): Ana is sure (3), Ben too (and wrong), Cleo guesses (1).
CONFIDENCE = {"Ana": 3, BEN: 3, "Cleo": 1}


def answer(player, qid, right):
    answer_question(player, bank[qid], right, CONFIDENCE[player.name])


def check_spread_locked(qid, s):
    """What the projector draws after the lock, before the reveal."""
    q = bank[qid]
    if q["type"] == "estimate":
        e = s["spreads"]["estimate"]
        if e["count"] != 3 or e["key"] is not None:
            fail("the estimate's spread before the reveal: %s" % e)
        if sum(e["bins"]) + e["below"] + e["above"] != 3 or e["median"] != q["value"]:
            fail("the estimate's histogram does not hold the three answers: %s" % e)
    if q["type"] == "poll":
        if s["distribution"][0] != [2, 1] + [0] * (len(q["choices"]) - 2):
            fail("the poll's spread is %s" % s["distribution"][0])
    if q["type"] == "matrix":
        m = s["spreads"]["matrix"]
        if m["voters"] != 3 or m["key"]:
            fail("the matrix tally before the reveal: %s" % m)
        cols = len(q["columns"])
        for r, row in enumerate(q["rows"]):
            for c, code in enumerate(row["cells"]):
                want = [0, 0, 0]
                want[MARKS.index(code[0])] += 2
                want[(MARKS.index(code[0]) + 1) % 3] += 1
                if m["cells"][r * cols + c] != want:
                    fail("matrix cell %d,%d tally %s, want %s" % (r, c, m["cells"][r * cols + c], want))


def check_spread_revealed(qid, s):
    q = bank[qid]
    if q["type"] == "estimate" and s["spreads"]["estimate"]["key"] != q["value"]:
        fail("the estimate's key is not marked after the reveal: %s" % s["spreads"])
    if q["type"] == "matrix" and len(s["spreads"]["matrix"]["key"]) != len(q["columns"]) * len(q["rows"]):
        fail("the matrix's key is not on the projector after the reveal")


def check_stats(host):
    """The saved game, read back by the app's own command."""
    out = subprocess.run([binary, "--data-dir", host.data_dir, "stats", "--classroom",
                          "--format", "json"], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        fail("stats --classroom failed: %s" % out.stderr)
    games = json.loads(out.stdout)["classroom_games"]
    if len(games) != 1 or games[0]["questions"] != len(QUESTIONS) or games[0]["polls"] != 1:
        fail("stats --classroom lists %s" % games)
    teams = {t["team"]: t for t in games[0]["teams"]}
    if teams["Ana"]["correct"] != len(QUESTIONS) - 1 or teams["Ana"]["answered"] != len(QUESTIONS):
        fail("stats --classroom has Ana at %s" % teams["Ana"])
    # Every answer came with a confidence; Ben was sure of his wrong ones (the poll is not wrong).
    for name, sure_but_wrong in (("Ana", 0), (BEN, len(QUESTIONS) - 1), ("Cleo", 0)):
        t = teams[name]
        if t["with_confidence"] != len(QUESTIONS) or t["sure_but_wrong"] != sure_but_wrong:
            fail("stats --classroom counts %s's confidence as %s" % (name, t))
    csv_path = os.path.join(host.data_dir, "classroom.csv")
    out = subprocess.run([binary, "--data-dir", host.data_dir, "export-results", "--classroom",
                          "--out", csv_path], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        fail("export-results --classroom failed: %s" % out.stderr)
    rows = list(csv.DictReader(open(csv_path, newline="", encoding="utf-8")))
    if len(rows) != 3 * len(QUESTIONS):
        fail("export-results --classroom wrote %d rows" % len(rows))
    for r in rows:
        if r["confidence"] != str(CONFIDENCE[r["team"]]):
            fail("the export has confidence %r for %s on %s" % (r["confidence"], r["team"],
                                                                 r["question"]))


def main():
    work = tempfile.mkdtemp()
    host = Host()
    players = []
    try:
        url = "http://127.0.0.1:%d/?pin=%s" % (host.port, host.pin)
        for name, phone in (("Ana", False), (BEN, False), ("Cleo", True)):
            p = Player(name, phone, os.path.join(work, name), shots)
            players.append(p)
            p.driver.get(url)
            p.wait_screen("join")
            if p.driver.find_element(By.ID, "pin").get_attribute("value") != host.pin:
                fail("%s: the PIN is not taken from the join URL" % name)
            if name == "Cleo":
                p.shot("live-phone-join.png")
            p.driver.find_element(By.ID, "name").send_keys(name)
            p.driver.find_element(By.ID, "join-button").click()
            p.wait_screen("lobby")
        ana, ben, cleo = players
        # The server refreshes the projector's snapshot a few times a second: wait for it.
        deadline = time.time() + WAIT
        lobby = []
        while time.time() < deadline and lobby != ["Ana", BEN, "Cleo"]:
            lobby = [e["name"] for e in host.snapshot()["lobby"]]
            time.sleep(0.1)
        if lobby != ["Ana", BEN, "Cleo"]:
            fail("the projector's lobby shows %s" % lobby)
        token = cleo.driver.execute_script("return localStorage.getItem('statecraft.live.token')")
        if not token or len(token) != 32 or any(c not in "0123456789abcdef" for c in token):
            fail("the stored token is %r, want 32 hex digits" % token)

        host.say("start")
        totals = {}
        for index, qid in enumerate(QUESTIONS):
            for p in players:
                p.wait_screen("question")
            if qid == "single-example":
                cleo.shot("live-phone-question.png")
            if qid == "estimate-example":
                cleo.shot("live-phone-estimate.png")
            if qid == "poll-example":
                cleo.shot("live-phone-poll.png")
            if qid == "short-answer-example":
                # Ben's phone sleeps mid-question: the page comes back on the same question.
                ben.driver.refresh()
                ben.wait_screen("question")
                if ben.text("who") != BEN:
                    fail("after a reload mid-question Ben is %r" % ben.text("who"))
            answer(ana, qid, True)
            ana.wait_screen("waiting")
            answer(cleo, qid, True)
            if qid == "ordering-example":
                pass
            answer(ben, qid, False)
            for p in players:
                p.wait_screen("waiting")
            # Everyone answered: the game locks by itself.
            s = host.wait_phase("locked")
            if s["answered"] != 3:
                fail("question %d: the projector counts %d answers" % (index + 1, s["answered"]))
            if qid == "single-example":
                right = s["options"].index([c["text"] for c in bank[qid]["choices"] if c.get("correct")][0])
                wrong = s["options"].index([c["text"] for c in bank[qid]["choices"] if not c.get("correct")][0])
                dist = s["distribution"][0]
                if dist[right] != 2 or dist[wrong] != 1 or sum(dist) != 3:
                    fail("the projector's distribution is %s (options %s)" % (dist, s["options"]))
            check_spread_locked(qid, s)
            host.say("reveal")
            for p in players:
                p.wait_screen("reveal")
            s = host.snapshot()
            check_spread_revealed(qid, s)
            if qid == "poll-example":
                if (s["right"], s["wrong"] + s["partly"]) != (0, 0) or s["graded"]:
                    fail("the poll is counted as right or wrong: %s" % s)
                for p in players:
                    if p.text("rv-verdict") != "Thanks for your vote":
                        fail("%s sees %r after the poll" % (p.name, p.text("rv-verdict")))
                cleo.shot("live-phone-poll-reveal.png")
                host.say("leaderboard")
                for p in players:
                    p.wait_screen("leaderboard")
                host.say("next")
                continue
            if (s["right"], s["wrong"] + s["partly"]) != (2, 1):
                fail("question %d: right/other on the projector %s" % (index + 1, s))
            if qid == "matrix-example":
                cleo.shot("live-phone-matrix-reveal.png")
                if len(cleo.driver.find_elements(By.CSS_SELECTOR, "#rv-key .key-cell.same")) != \
                        len(bank[qid]["columns"]) * len(bank[qid]["rows"]):
                    fail("Cleo's matrix key does not show every cell as hers")
            for p, verdict in ((ana, "Right!"), (cleo, "Right!")):
                if p.text("rv-verdict") != verdict:
                    fail("%s sees %r after the reveal" % (p.name, p.text("rv-verdict")))
            if ben.text("rv-verdict") == "Right!":
                fail("Ben's wrong answer shows as right")
            if qid == "ordering-example":
                cleo.shot("live-phone-reveal.png")
            host.say("leaderboard")
            for p in players:
                p.wait_screen("leaderboard")
            if qid == "matching-example":
                # Cleo reloads on the leaderboard: same name, same points.
                before = cleo.text("score")
                cleo.driver.refresh()
                cleo.wait_screen("leaderboard")
                if cleo.text("who") != "Cleo" or cleo.text("score") != before:
                    fail("after a reload Cleo is %r with %r (was %r)" % (
                        cleo.text("who"), cleo.text("score"), before))
            host.say("next")
        podium = host.wait_phase("podium")
        for p in players:
            p.wait_screen("podium")
        cleo.shot("live-phone-podium.png")
        board = podium["leaderboard"]
        names = [r["name"] for r in board]
        if names[-1] != BEN or set(names) != {"Ana", BEN, "Cleo"}:
            fail("the podium order is %s" % board)
        if [r["total"] for r in board] != sorted([r["total"] for r in board], reverse=True):
            fail("the podium is not in order of points: %s" % board)
        shown = [li.find_element(By.CSS_SELECTOR, ".who-name").text
                 for li in ana.driver.find_elements(By.CSS_SELECTOR, "#pd-places li")]
        if shown != names[:3]:
            fail("Ana's phone shows the podium %s, the projector %s" % (shown, names))
        if ana.driver.find_elements(By.CSS_SELECTOR, "#pd-places b, #pd-places i"):
            fail("a player's name became markup on the podium")
        for p in players:
            if p.errors():
                fail("%s's page logged errors: %s" % (p.name, p.errors()))
        check_stats(host)
        print("ok: 3 browsers, %d questions, podium %s" % (len(QUESTIONS), board))
    finally:
        for p in players:
            p.quit()
        host.close()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(host.data_dir, ignore_errors=True)


main()
