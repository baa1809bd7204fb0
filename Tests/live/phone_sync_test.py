"""Two phones on one table, in real browsers: headless Chromium at 390x844, driven by Selenium,
against `workshop serve` on loopback.

Both open table-1's link. One answers; the other shows the same choice within a second of the
acknowledgement (timed in the pages themselves, by the one clock both browsers share), marked
"changed to … by another phone", and the progress counts agree; then the other way round. An idea
added on one phone appears in the other's list. A screenshot of the two side by side goes to --shots;
the consoles must hold no errors.

    python3 Tests/live/phone_sync_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import browser, check, failed, severe, shoot, tear_down, text_of, wait_for  # noqa: E402
from room import Room, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

# Installed in a page before a tap: the time (ms since 1970, the clock both browsers share) at which
# the card's status first says `want`, or its button `key` is first chosen.
WATCH = """
const [card, key, want] = arguments, section = document.getElementById(card);
window.seenAt = null;
const seen = () => {
  const chosen = section.querySelector('button.chosen'), status = section.querySelector('.status').textContent;
  if (window.seenAt === null && (want ? status.startsWith(want) : chosen && chosen.value === key)) window.seenAt = Date.now();
};
new MutationObserver(seen).observe(section, {subtree: true, attributes: true, childList: true, characterData: true});
"""


def answer_and_follow(sender, receiver, card, key):
    """`sender` taps `key` on `card`; returns the ms from its acknowledgement to `receiver` showing it."""
    sender.execute_script(WATCH, card, key, "Saved: ")
    receiver.execute_script(WATCH, card, key, None)
    sender.find_element(By.CSS_SELECTOR, "#%s button[name=answer][value='%s']" % (card, key)).click()
    acked = wait_for(sender, lambda d: d.execute_script("return window.seenAt"), "the sender's acknowledgement")
    shown = wait_for(receiver, lambda d: d.execute_script("return window.seenAt"), "the other phone to show " + key, timeout=5)
    return shown - acked


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-sync")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    browsers.PHONE_WIDTH, browsers.PHONE_HEIGHT = 390, 844
    started = time.monotonic()
    room, root, drivers = None, None, []
    try:
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        first, second = browser("phone"), browser("phone")
        drivers += [first, second]
        for phone in drivers:
            phone.get(room.links["table-1"])
            wait_for(phone, lambda d: d.execute_script("return document.body.dataset.stream") == "live", "the table's stream")
        check(True, "both phones of table-1 listen to the table's stream")

        took = answer_and_follow(first, second, "a-drop-in", "2")
        check(took <= 1000, "the second phone shows the first's answer within 1 s of its acknowledgement (%d ms)" % took)
        mark = text_of(second, "#a-drop-in .status")
        check("by another phone" in mark and "Changed to 2" in mark, "the second phone marks it as another phone's", mark)
        check("another phone" not in text_of(first, "#a-drop-in .status"), "the first phone calls its own answer saved")
        wait_for(second, lambda d: text_of(d, "#progress") == text_of(first, "#progress"), "the progress counts to agree")
        check(text_of(first, "#progress").startswith("1 of "), "progress is the table's: " + text_of(first, "#progress"))

        took = answer_and_follow(second, first, "a-drop-in", "4")
        check(took <= 1000, "and back: the first phone shows the second's change within 1 s (%d ms)" % took)
        check("Changed to 4" in text_of(first, "#a-drop-in .status"), "the first phone marks the change",
              text_of(first, "#a-drop-in .status"))
        took = answer_and_follow(second, first, "a-bring-a-friend", "5")
        check(took <= 1000, "a second card follows as fast (%d ms)" % took)
        wait_for(first, lambda d: text_of(d, "#progress").startswith("2 of ") and text_of(second, "#progress").startswith("2 of "),
                 "both phones to count 2 answered")
        check(text_of(first, "#progress") == text_of(second, "#progress"), "progress counts agree: " + text_of(first, "#progress"))

        box = first.find_element(By.CSS_SELECTOR, "#i-try-first textarea")
        box.send_keys("Ask at the welcome desk")
        first.find_element(By.CSS_SELECTOR, "#i-try-first button.add").click()
        # Read in the page: the list is replaced as it is redrawn.
        listed = "return document.querySelector('#i-try-first ul.mine').textContent"
        wait_for(second, lambda d: "Ask at the welcome desk" in d.execute_script(listed), "the idea on the other phone", timeout=3)
        check(True, "an idea added on one phone is listed on the other")

        pictures = []
        for name, phone in (("first", first), ("second", second)):
            phone.execute_script("window.scrollTo(0, 0)")  # the progress, then the two cards answered
            pictures.append(shoot(phone, os.path.join(shots, "two-phones-%s.png" % name)))
        try:
            from PIL import Image
            left, right = Image.open(pictures[0]), Image.open(pictures[1])
            both = Image.new("RGB", (left.width + right.width + 40, max(left.height, right.height)), "#888")
            both.paste(left, (0, 0))
            both.paste(right, (left.width + 40, 0))
            both.save(os.path.join(shots, "two-phones-in-sync.png"))
            check(True, "screenshot saved: " + os.path.join(shots, "two-phones-in-sync.png"))
        except ImportError:
            print("PIL is not installed: the two phones are in two files", flush=True)
        consoles = severe(first) + severe(second)
        check(not consoles, "no SEVERE entries in the phones' consoles", repr(consoles))
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, a browser failed, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
