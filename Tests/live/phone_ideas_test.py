"""Ideas and dots on phones in real browsers: headless Chromium at 390x844, driven by Selenium,
against `workshop serve` on loopback.

table-1's phone (JavaScript on) and table-2's (JavaScript off, plain forms) each add two ideas to
the first prompt, edit the first and withdraw the second; the journal must hold exactly that. Then
the room is stopped, a vote of three dots opened on the prompt (`vote open`), and served again: each phone places
two dots on one item and one on another, then moves one to a third; the journal must hold the final
dots. Screenshots of the ideas view and the voting view go to --shots; the consoles must hold no
errors (a Content-Security-Policy violation would show there).

    python3 Tests/live/phone_ideas_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import failed, tear_down, browser, check, close, severe, shoot  # noqa: E402
from phone_ideas_phases import dots_phase, ideas_phase, open_vote  # noqa: E402
from room import Room, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

HOSTILE = "<b>bold?</b> & \"quotes\" " + "averyveryverylongwordthatmustwrapinsteadofbreakingthelayout" * 2


def screenshot_of(phone, target, path, saved):
    phone.execute_script("document.querySelector(arguments[0]).scrollIntoView()", target)
    saved.append(shoot(phone, path))
    width = phone.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, "nothing wider than the phone (%d px)" % width)


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
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        phone, plain = browser("phone"), browser("phone-nojs")
        drivers += [phone, plain]
        first = ideas_phase(room, phone, "table-1", True, ("Start in freshers' week", "Ask the union", HOSTILE))
        check(not phone.find_elements(By.TAG_NAME, "b"), "the idea's markup is shown as text")
        second = ideas_phase(room, plain, "table-2", False, ("Run it at lunchtime", "Posters", "Run it at lunchtime, with cake"))
        phone.find_element(By.CSS_SELECTOR, "#i-try-first textarea").send_keys("A third, being typed")
        screenshot_of(phone, "#i-try-first", os.path.join(shots, "phone-ideas.png"), saved)
        consoles += severe(phone)
        room.stop()
        room = None

        open_vote(binary, root)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        third = ideas_phase(room, phone, "table-3", True, ("Pizza", "Prizes", "Pizza at the welcome fair"))
        dots_phase(room, phone, "table-1", True, (first, second, third))
        screenshot_of(phone, "#v-try-first", os.path.join(shots, "phone-vote.png"), saved)
        dots_phase(room, plain, "table-2", False, (second, third, first))
        consoles += severe(phone)
        for driver in drivers:
            close(driver)
        drivers = []
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped on Ctrl-C and said so", repr(out[-300:]))
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
