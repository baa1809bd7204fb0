"""The rating page plays the persona and says what the scale means, in a real browser: headless
Chromium at 390x844 through Selenium, against `workshop serve` on loopback.

A table playing the PhD candidate on an agreement scale sees the persona's card (its summary, needs
and what gets in the way, as the session's start record holds them), folds it, and finds it still
folded after a reload (and open again after unfolding and reloading); every answer button's
accessible name is "ACTIVITY: KEY, LABEL", the legend sits above the first activity, "unsure" says what it
means. Then a RAG session: buttons named "r, Red"..., coloured red, amber and green by palette.css.
Screenshots of both go to --shots; the console must hold no errors (a CSP violation would show).

    python3 Tests/live/persona_card_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import browser, check, failed, severe, shoot, tear_down, wait_for  # noqa: E402
from room import Room, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

RAG_COLOURS = ["rgba(198, 40, 40, 1)", "rgba(255, 176, 0, 1)", "rgba(46, 125, 50, 1)"]


def start_record(room):
    with open(room.journal, encoding="utf-8") as file:
        return json.loads(file.readline())


def card_phase(room, phone, group, persona_id):
    """The card shows the persona from the start record, folds, and stays folded across a reload."""
    start = start_record(room)
    persona = next(p for p in start["personas"] if p["id"] == persona_id)
    phone.get(room.links[group])
    card = wait_for(phone, lambda d: d.find_element(By.ID, "persona"), "the persona card")
    check(card.is_displayed() and card.get_attribute("open") is not None, "the persona card is shown, open")
    text = card.text
    check(persona["name"] in text and persona["summary"] in text, "the card has the persona's name and summary")
    check(all(need in text for need in persona["needs"]), "the card lists the persona's needs")
    check(all(pain in text for pain in persona["pains"]) and "What gets in the way" in text,
          "the card lists what gets in the persona's way")
    reminders = phone.find_elements(By.CSS_SELECTOR, "section.activity .reminder")
    check(len(reminders) == len(start["plan"]["activities"]) and all(persona["name"] in r.text for r in reminders),
          "each activity reminds the table who it plays (%d)" % len(reminders))
    first = phone.find_element(By.CSS_SELECTOR, "section.activity")
    check(first.find_element(By.CSS_SELECTOR, ".description").text == start["plan"]["activities"][0]["description"],
          "each activity shows its description")
    return persona


def remembered(phone, group, state):
    """Waits until persona.js has stored `state` for the table (the toggle event comes a moment after the click)."""
    key = "workshop:persona-card:" + group
    wait_for(phone, lambda d: d.execute_script("return localStorage.getItem(arguments[0])", key) == state,
             "the phone to remember the card " + state)


def folding_phase(room, phone, group):
    summary = phone.find_element(By.CSS_SELECTOR, "#persona summary")
    summary.click()
    wait_for(phone, lambda d: d.find_element(By.ID, "persona").get_attribute("open") is None, "the card to fold")
    remembered(phone, group, "closed")
    phone.refresh()
    card = wait_for(phone, lambda d: d.find_element(By.ID, "persona"), "the card after a reload")
    time.sleep(0.3)  # persona.js is deferred: give it its moment before reading
    check(card.get_attribute("open") is None, "the card stays folded after a reload")
    check(not phone.find_element(By.CSS_SELECTOR, "#persona .summary").is_displayed(), "folded, its summary is hidden")
    card.find_element(By.TAG_NAME, "summary").click()
    remembered(phone, group, "open")
    phone.refresh()
    time.sleep(0.3)
    check(phone.find_element(By.ID, "persona").get_attribute("open") is not None, "unfolded, it stays open after a reload")


def scale_phase(phone, start, expect_colours=None):
    """Every button named "KEY, LABEL", the legend above the first activity, unsure explained."""
    levels = start["plan"]["scale"]["levels"]
    buttons = phone.find_elements(By.CSS_SELECTOR, "section.activity")[0].find_elements(
        By.CSS_SELECTOR, "button[name=answer]")
    names = [b.accessible_name for b in buttons]
    title = start["plan"]["activities"][0]["title"]
    wanted = ["%s: %s, %s" % (title, level["key"], level["label"]) for level in levels]
    check(names[:len(levels)] == wanted, "each button's accessible name is ACTIVITY: KEY, LABEL", repr(names))
    check(names[-1].startswith(title + ": Unsure, we cannot say"), "unsure's name says what it means", names[-1])
    check(all(level["label"] in b.text for level, b in zip(levels, buttons)), "each button prints its label")
    legend = phone.find_element(By.CSS_SELECTOR, "section.legend")
    items = legend.find_elements(By.TAG_NAME, "li")
    check(legend.is_displayed() and len(items) == len(levels), "a legend of %d levels is shown" % len(items))
    above = phone.execute_script(
        "return arguments[0].compareDocumentPosition(document.querySelector('section.activity')) & 4", legend)
    check(above, "the legend sits above the first activity")
    check("we cannot say for this persona" in legend.text and "median" in legend.text, "the legend explains unsure")
    if expect_colours:
        found = [b.value_of_css_property("background-color") for b in buttons[:len(levels)]]
        check(found == expect_colours, "the buttons are red, amber and green", repr(found))
        letters = [b.find_element(By.CSS_SELECTOR, ".key").text for b in buttons[:len(levels)]]
        check(letters == ["R", "A", "G"], "with their letters R, A, G", repr(letters))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-phone")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    browsers.PHONE_WIDTH, browsers.PHONE_HEIGHT = 390, 844
    started = time.monotonic()
    room, root, drivers, saved, consoles = None, None, [], [], []
    try:
        root = make_project(os.path.abspath(args.example), plan="action-learning-set", binary=binary)
        subprocess.run([binary, "start", "partnership-review", "--root", root], check=True, capture_output=True)
        room = Room(binary, root, session="action-learning-set", extra=["--assign", "set-1=phd-candidate"])
        phone = browser("phone")
        drivers.append(phone)
        card_phase(room, phone, "set-1", "phd-candidate")
        width = phone.execute_script("return document.documentElement.scrollWidth")
        check(width <= 390, "nothing wider than the phone (%d px)" % width)
        saved.append(shoot(phone, os.path.join(shots, "rating-page-persona-card.png")))
        folding_phase(room, phone, "set-1")
        scale_phase(phone, start_record(room))
        phone.find_element(By.CSS_SELECTOR, "section.activity button[name=answer][value='4']").click()
        wait_for(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "section.activity.answered button.chosen[value='4']"),
                 "the answer 4 to be saved and shown chosen")
        phone.execute_script("document.querySelector('section.legend').scrollIntoView()")
        saved.append(shoot(phone, os.path.join(shots, "rating-page-agreement-buttons.png")))
        consoles += severe(phone)
        room.stop()
        room = None
        room = Room(binary, root, session="partnership-review", extra=["--assign", "pair-a=academic"])
        card_phase(room, phone, "pair-a", "academic")
        scale_phase(phone, start_record(room), expect_colours=RAG_COLOURS)
        saved.append(shoot(phone, os.path.join(shots, "rating-page-rag.png")))
        phone.execute_script("document.querySelector('section.legend').scrollIntoView()")
        saved.append(shoot(phone, os.path.join(shots, "rating-page-rag-buttons.png")))
        consoles += severe(phone)
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped and said so", repr(out[-300:]))
        check(not consoles, "no SEVERE entries in the phone's console", repr(consoles))
        print("screenshots:\n  " + "\n  ".join(saved))
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, the journal did not parse, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
