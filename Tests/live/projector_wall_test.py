"""The projector's wall of ideas in a real browser: headless Chromium, driven by Selenium, against
`workshop serve` on loopback.

Tables post ideas the way their phones do (`POST /g/TOKEN/ideas`, JSON). The projector, loaded once
and never reloaded, must show an idea posted after it loaded within a second of its acknowledgement;
a long idea must wrap without widening the page; hostile text must stay text. Then the facilitator
themes two ideas with the keyboard only (Tab to each checkbox, Space, Tab to the theme's name, type,
Enter): the journal gains the theme record and the wall redraws under the theme's heading. With
JavaScript off the same form posts and comes back. The results page (rendered by the golden test)
is checked with the served stylesheet. Screenshots of the wall and the results go to --shots.
Ideas are posted to the phone's route, `POST /g/TOKEN/ideas` (the phone's part of issue 25).

    python3 Tests/live/projector_wall_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure. Bounded: every
wait times out (10 s), the whole run takes well under a minute.
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, answers, make_project  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from browsers import failed, tear_down, browser, check, no_alert, severe, shoot, wait_for  # noqa: E402
from projector_wall_parts import (card, cards, headings, post_idea, results_page, shoot_part,  # noqa: E402
                                  tab_to)

LONG = "Supercalifragilistic" * 12
HOSTILE = "<script>alert(1)</script> & <b>bold</b>"


def live_wall(room, projector, seeded):
    """An idea posted after the page loaded appears within a second, without a reload."""
    projector.get(room.projector + "?slide=ideas")  # the wall is a slide of its own
    wait_for(projector, lambda d: len(cards(d)) == len(seeded), "the wall with the %d seeded ideas" % len(seeded))
    projector.execute_script("window.notReloaded = true;")
    late = post_idea(room, "table-4", "Drop-in hours in the students' union building")
    acknowledged = time.monotonic()
    wait_for(projector, lambda d: late in cards(d), "the late idea on the wall", timeout=5)
    took = time.monotonic() - acknowledged
    check(took < 1.0, "the idea posted after loading is on the wall %.0f ms after its acknowledgement" % (took * 1000))
    check(projector.execute_script("return window.notReloaded === true;"), "the page was not reloaded")
    return late


def layout(projector, ids):
    """A long idea wraps; hostile text is text."""
    width = projector.execute_script("return document.documentElement.scrollWidth - window.innerWidth;")
    check(width <= 0, "the page is no wider than the window with a 240-letter word on the wall", str(width))
    long_width = card(projector, ids["long"], "return li.getBoundingClientRect().width;")
    check(long_width < 600, "the long idea's card keeps its column's width (%d px)" % long_width)
    hostile = card(projector, ids["hostile"], "return li.querySelector('label').textContent;")
    check(HOSTILE in hostile, "hostile text shows as typed", repr(hostile))
    check(not projector.find_elements(By.CSS_SELECTOR, "#wall li.idea script, #wall li.idea label b b"),
          "no element was made from an idea's text")
    no_alert(projector, "projector")


def keyboard_theming(room, projector, first, second):
    """Two ideas put in a theme with Tab, Space and Enter only."""
    for idea in (first, second):
        tab_to(projector, "pick-" + idea)
        ActionChains(projector).send_keys(Keys.SPACE).perform()
    ticked = projector.execute_script(
        "return Array.from(document.querySelectorAll('#prompts input:checked')).map(function (box) { return box.value; });")
    check(sorted(ticked) == sorted([first, second]), "Space ticked the two ideas", repr(ticked))
    tab_to(projector, "theme-name")
    ActionChains(projector).send_keys("Partners").send_keys(Keys.ENTER).perform()
    wait_for(projector, lambda d: headings(d) == ["Partners"],
             "the wall redrawn under the heading 'Partners'", timeout=5)
    under = projector.execute_script(
        "var h = document.querySelector('#wall h4.theme'); return Array.from(h.nextElementSibling.children).map(function (li) { return li.id.slice(5); });")
    check(sorted(under) == sorted([first, second]), "the two ideas sit under 'Partners'", repr(under))
    status = wait_for(projector, lambda d: d.execute_script("return document.getElementById('theme-status').textContent;") or None,
                      "the status line")
    check(status.startswith("Saved: 2"), "the status line says the theme was saved", repr(status))
    themes = answers(room.journal, kind="theme")
    check(len(themes) == 1 and themes[0].get("text") == "Partners" and sorted(themes[0].get("ideas", "").split()) == sorted([first, second]),
          "journal: one theme record naming both ideas", repr(themes))


def plain_form(room, drivers, idea):
    """JavaScript off: the same form, posted and redirected back."""
    plain = browser("phone-nojs")
    drivers.append(plain)
    plain.set_window_size(1280, 800)
    plain.get(room.projector + "?slide=ideas&still=1")
    plain.find_element(By.ID, "pick-" + idea).click()
    field = plain.find_element(By.ID, "theme-name")
    field.send_keys("Timing")
    field.send_keys(Keys.ENTER)
    wait_for(plain, lambda d: "Timing" in headings(d),
             "the page back with the heading 'Timing'")
    check(plain.current_url.endswith("?slide=ideas&still=1#wall"), "redirected back to the page that does not reload", plain.current_url)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default=None, help="folder for the screenshots (default: a new temporary one)")
    args = parser.parse_args()
    shots = os.path.abspath(args.shots) if args.shots else tempfile.mkdtemp(prefix="workshop-shots-")
    os.makedirs(shots, exist_ok=True)
    room, root, drivers = None, None, []
    try:
        root = make_project(os.path.abspath(args.example), binary=os.path.abspath(args.binary))
        # Every table plays a persona, so that no idea waits for one to be chosen on the phone.
        room = Room(os.path.abspath(args.binary), root, extra=["--assign", "table-1=academic", "table-2=undergraduate",
                                                              "table-3=international-student", "table-4=phd-candidate",
                                                              "table-5=professional-services"])
        ids = {"union": post_idea(room, "table-1", "Ask the students' union to co-host"),
               "lunch": post_idea(room, "table-2", "Run the sessions at lunchtime"),
               "long": post_idea(room, "table-3", LONG),
               "hostile": post_idea(room, "table-5", HOSTILE),
               "mentor": post_idea(room, "table-2", "Pair each student with a mentor", prompt="make-it-work")}
        projector = browser("projector")
        drivers.append(projector)
        live_wall(room, projector, ids)
        layout(projector, ids)
        keyboard_theming(room, projector, ids["union"], ids["lunch"])
        plain_form(room, drivers, ids["long"])
        wait_for(projector, lambda d: len(headings(d)) == 2,
                 "the live projector showing the second theme")
        shoot(projector, os.path.join(shots, "projector-wall-themes.png"), full=True)
        shoot_part(projector, "#wall", os.path.join(shots, "projector-wall.png"))
        results_page(room, drivers, shots)
        errors = severe(projector)
        check(not errors, "no SEVERE entries in the projector's console", repr(errors))
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped on Ctrl-C", repr(out[-200:]))
        print("all checks passed; screenshots in " + shots)
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, a post was refused, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())

