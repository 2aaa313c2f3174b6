"""Headless Chromium players for the live-classroom e2e tests (imported, not a test).

Debian's chromium + chromium-driver through python3-selenium. Importing exits 77 (skipped) when
any of them is missing, so a test that imports this is skipped, never failed, on such a machine.
"""
import shutil
import sys

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("SKIP: python3-selenium is not installed")
    sys.exit(77)

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("SKIP: chromium and chromium-driver are not installed")
    sys.exit(77)

WAIT = 20
MARKS = ["C", "I", "N"]  # a matrix cell's marks, in the order a tap cycles them


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


class Player:
    """One student's browser: a phone-sized viewport when phone is true."""

    def __init__(self, name, phone, profile, shots=None):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--no-first-run"):
            options.add_argument(arg)
        if phone:
            options.add_experimental_option("mobileEmulation", {
                "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0, "touch": True}})
        else:
            options.add_argument("--window-size=1280,900")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.name = name
        self.shots = shots
        self.driver = webdriver.Chrome(service=Service(DRIVER), options=options)

    def screen(self):
        return self.driver.find_element(By.TAG_NAME, "body").get_attribute("data-screen")

    def wait_screen(self, *screens):
        try:
            WebDriverWait(self.driver, WAIT).until(lambda d: self.screen() in screens)
        except Exception:
            fail("%s: screen %s, want %s" % (self.name, self.screen(), screens))

    def text(self, element_id):
        return self.driver.find_element(By.ID, element_id).text

    def tap_text(self, selector, text):
        for b in self.driver.find_elements(By.CSS_SELECTOR, selector):
            if b.find_element(By.CSS_SELECTOR, ".text").text == text:
                b.click()
                return
        fail("%s: no button %r" % (self.name, text))

    def join(self, url, pin=None):
        """Opens the join URL, checks the PIN came from it, types the name, waits for the lobby."""
        self.driver.get(url)
        self.wait_screen("join")
        if pin and self.driver.find_element(By.ID, "pin").get_attribute("value") != pin:
            fail("%s: the PIN is not taken from the join URL" % self.name)
        self.driver.find_element(By.ID, "name").send_keys(self.name)
        self.driver.find_element(By.ID, "join-button").click()
        self.wait_screen("lobby")

    def shot(self, name):
        if self.shots:
            import os
            self.driver.save_screenshot(os.path.join(self.shots, name))

    def errors(self):
        return [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"
                and "favicon" not in e["message"]]

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass


def answer(player, q, right, confidence=0):
    """Answers bank question q (a dict as in the bank file) right or wrong on the player's page.
    With confidence (1-3, when the teacher turned CBM on) it is picked before sending."""
    d = player.driver
    if confidence:
        d.find_element(By.CSS_SELECTOR,
                       "#q-confidence [data-confidence='%d']" % confidence).click()
    if q["type"] == "single":
        pick = [c["text"] for c in q["choices"] if bool(c.get("correct")) == right][0]
        player.tap_text("#q-answer .option", pick)  # without CBM one tap sends
        if not confidence:
            return
    elif q["type"] == "true_false":
        player.tap_text("#q-answer .option", "True" if q["answer"] == right else "False")
        if not confidence:
            return  # without CBM one tap sends
    elif q["type"] == "matching":
        rights = [p["right"] for p in q["pairs"]]
        if not right:
            rights = rights[1:] + rights[:1]
        for row, target in enumerate(rights):
            d.find_elements(By.CSS_SELECTOR, "#q-answer .pair")[row].click()
            player.tap_text("#q-answer [data-right]", target)
    elif q["type"] == "ordering":
        order = q["sequence"] if right else list(reversed(q["sequence"]))
        for item in order:
            player.tap_text("#q-answer [data-item]", item)
    elif q["type"] == "short_answer":
        d.find_element(By.ID, "q-text").send_keys(q["accept"][0] if right else "no idea")
    elif q["type"] == "estimate":
        unit = d.find_element(By.CSS_SELECTOR, "#q-answer .unit").text
        if unit != q["unit"]:
            fail("%s: the estimate's unit shows as %r" % (player.name, unit))
        box = d.find_element(By.ID, "q-text")
        box.send_keys("many")  # not a number: the send button stays off
        if d.find_element(By.ID, "q-send").is_enabled():
            fail("%s: a non-number can be sent as an estimate" % player.name)
        box.clear()
        box.send_keys(str(q["value"]) if right else "1,000")
    elif q["type"] == "poll":
        pick = q["choices"][0 if right else 1]["text"]
        player.tap_text("#q-answer .option", pick)
        if not confidence:
            return  # without CBM one tap sends
    elif q["type"] == "matrix":
        cols = len(q["columns"])
        cells = d.find_elements(By.CSS_SELECTOR, "#q-answer .cell")
        if len(cells) != cols * len(q["rows"]):
            fail("%s: the matrix shows %d cells" % (player.name, len(cells)))
        for r, row in enumerate(q["rows"]):
            for c, code in enumerate(row["cells"]):
                want = MARKS.index(code[0]) if right else (MARKS.index(code[0]) + 1) % 3
                for _ in range(want + 1):  # a tap cycles: blank, C, I, N
                    cells[r * cols + c].click()
        if right:
            player.shot("live-phone-matrix.png")
    d.find_element(By.ID, "q-send").click()
