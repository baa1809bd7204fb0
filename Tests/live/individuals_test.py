"""A room of individuals in real browsers: `workshop serve --individuals` on loopback, and twenty
separate browser profiles (CDP browser contexts of one headless Chromium: no shared storage or
cookies), each opening the ONE room link, choosing a persona and answering. Then
`workshop summary --format json` must count twenty raters; a reload of the room link in one
profile must keep its rater (its kept link, `individual.js`); the poster (the join cards page in
this mode) must show one QR code at least 12 cm wide; a screenshot of it goes to --shots.

    python3 Tests/live/individuals_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import browser, check, close, failed, severe, shoot, tear_down, wait_for  # noqa: E402
from room import Room, answers, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

PHONES = 20


def room_link(room):
    for line in room.preamble:
        if line.startswith("room link (every phone, each its own rater): "):
            return line.split(": ", 1)[1]
    raise browsers.Failure("serve printed no room link: %r" % room.preamble)


def join_and_answer(driver, link, index):
    """Opens the room link, chooses a persona, answers the first activity; returns the phone's page."""
    driver.get(link)
    wait_for(driver, lambda d: "/g/" in d.current_url and d.find_elements(By.CSS_SELECTOR, "a[href*='?persona=']"),
             "phone %d's persona chooser" % index)
    page = driver.current_url.split("?")[0]
    choices = driver.find_elements(By.CSS_SELECTOR, "a[href*='?persona=']")
    choices[index % len(choices)].click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.activity .buttons button"), "the rating page")
    section = driver.find_elements(By.CSS_SELECTOR, "section.activity")[0]
    section.find_elements(By.CSS_SELECTOR, ".buttons button")[index % 5].click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.activity")[0]
             .find_element(By.CSS_SELECTOR, ".status").text.startswith("Saved"), "phone %d's answer saved" % index)
    return page


def poster(room, shots):
    printer = browser("projector")
    try:
        printer.set_window_size(794, 1123)  # A4 at 96 CSS px to the inch
        printer.get(room.cards)
        qr = wait_for(printer, lambda d: d.find_elements(By.CSS_SELECTOR, ".poster svg.qr"), "the poster's QR code")
        check(len(qr) == 1, "the poster has one QR code")
        width_cm = printer.execute_script("return arguments[0].getBoundingClientRect().width", qr[0]) / 96 * 2.54
        check(width_cm >= 12, "the QR code is at least 12 cm wide (%.1f cm)" % width_cm)
        text = printer.find_element(By.CSS_SELECTOR, ".poster").text
        check(room_link(room) in text and "Engaging Schools" in text, "the poster shows the title and the link in text")
        scroll = printer.execute_script("return document.documentElement.scrollHeight")
        check(scroll <= 1123 + 2, "the poster fits one A4 page (%d px high)" % scroll)
        return shoot(printer, os.path.join(shots, "individuals-poster.png"), full=True)
    finally:
        printer.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-individuals")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    browsers.PHONE_WIDTH, browsers.PHONE_HEIGHT = 390, 844
    started = time.monotonic()
    room, root, drivers, consoles = None, None, [], []
    try:
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, extra=["--individuals"])
        link = room_link(room)
        check(re.match(r"^http://127\.0\.0\.1:\d+/join/[0-9a-f]{32}$", link) is not None, "serve prints one room link: " + link)
        check(not room.links, "and no table links")
        pages = []
        for index in range(PHONES):
            # A browser of its own for each phone (its own profile and local storage), closed once it
            # has answered, except the first, kept for the reload.
            phone = browser("phone")
            drivers.append(phone)
            pages.append(join_and_answer(phone, link, index))
            consoles += severe(phone)
            if index > 0:
                drivers.remove(phone)
                close(phone)
        check(len(set(pages)) == PHONES, "each of %d browsers became a rater of its own" % PHONES)
        phone = drivers[0]
        phone.get(link)
        wait_for(phone, lambda d: "/g/" in d.current_url, "the room link reloaded")
        check(phone.current_url.split("?")[0] == pages[0],
              "a reload of the room link keeps the rater", "%s, was %s" % (phone.current_url, pages[0]))
        consoles += severe(phone)
        check(not consoles, "no SEVERE entries in the phones' consoles", repr(consoles))
        saved = poster(room, shots)
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped on Ctrl-C")
        journal = os.path.join(root, "sessions", "stirling-2015.jsonl")
        groups = {answer["group"] for answer in answers(journal)}
        check(len(groups) == PHONES and all(re.match(r"^p-\d{3}$", group) for group in groups),
              "the journal holds one answer from each of p-001...: %s" % sorted(groups))
        summary = subprocess.run([binary, "summary", "stirling-2015", "--root", root, "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
        # The raters are the groups each persona's agreement is computed over.
        raters = {group for persona in json.loads(summary)["personas"] for group in persona["groups"]}
        check(raters == groups, "summary --format json counts %d raters (%d)" % (PHONES, len(raters)))
        print("screenshots:\n  " + saved)
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, the journal did not parse, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
