#!/usr/bin/python3
"""The players and the teacher's keys of tests/e2e/live_app_browser.sh (not a test by itself).

Three headless Chromium players join the desktop app's live game through its join URL (one at a
phone's 360x740), the teacher presses Space in the app's window (xdotool) to start, reveal, show
the leaderboard and go on; Ana and Cleo answer right, Ben wrong; Ben reloads mid-question and
keeps his name; every page follows the teacher's keys to the podium, Ana's points rank her above
Ben, and no page logs an error.

    live_app_browser.py JOIN_URL BANK_JSON APP_PID WORK_DIR
"""
import json
import os
import subprocess
import sys
import time

from live_players import By, Player, answer, fail

url, bank_path, app_pid, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
by_prompt = {q["prompt"]: q for q in json.load(open(bank_path))["questions"]}


def press(key):
    try:
        os.kill(app_pid, 0)
    except OSError:
        fail("the app exited early (at key %s)" % key)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def advance(players, *screens):
    """The teacher's Space, then every page must follow."""
    press("space")
    for p in players:
        p.wait_screen(*screens)


def wait_locked(players):
    deadline = time.time() + 20
    while time.time() < deadline:
        if all("Answers are closed" in p.text("wait-text") for p in players):
            return
        time.sleep(0.1)
    fail("the answers never locked: %s" % [p.text("wait-text") for p in players])


def main():
    players = []
    try:
        for name, phone in (("Ana", False), ("Ben", False), ("Cleo", True)):
            p = Player(name, phone, os.path.join(work, "chrome-" + name))
            players.append(p)
            p.join(url, url.rsplit("pin=", 1)[1])
        ana, ben, cleo = players
        time.sleep(0.5)  # the projector's snapshot refreshes 10 times a second
        advance(players, "question")
        for number in range(3):
            prompt = ana.text("q-prompt")
            if prompt not in by_prompt:
                fail("question %d shows %r, not a prompt of the bank" % (number + 1, prompt))
            q = by_prompt[prompt]
            if number == 1:  # Ben's phone sleeps mid-question: he comes back as himself
                ben.driver.refresh()
                ben.wait_screen("question")
                if ben.text("who") != "Ben":
                    fail("after a reload Ben is %r" % ben.text("who"))
            answer(ana, q, True)
            answer(cleo, q, True)
            answer(ben, q, False)
            wait_locked(players)  # all answered: the game locks by itself
            advance(players, "reveal")
            for p, verdict in ((ana, "Right!"), (cleo, "Right!")):
                if p.text("rv-verdict") != verdict:
                    fail("%s sees %r after the reveal of %s" % (p.name, p.text("rv-verdict"),
                                                                 q["id"]))
            if ben.text("rv-verdict") == "Right!":
                fail("Ben's wrong answer to %s shows as right" % q["id"])
            advance(players, "leaderboard")
            advance(players, "podium" if number == 2 else "question")
        places = [li.find_element(By.CSS_SELECTOR, ".who-name").text
                  for li in ana.driver.find_elements(By.CSS_SELECTOR, "#pd-places li")]
        if set(places) != {"Ana", "Ben", "Cleo"} or places[-1] != "Ben":
            fail("the podium on Ana's phone is %s" % places)
        for p in players:
            if p.errors():
                fail("%s's page logged errors: %s" % (p.name, p.errors()))
        print("ok: 3 browsers against the app, podium %s" % places)
    finally:
        for p in players:
            p.quit()


main()
