"""The keyboard alone, in headless Chromium against `workshop serve`: table-1's phone (390x844)
answers every activity, writes an idea and, with a vote opened, places a dot, with Tab, Space and
Enter only (keys sent to the focused element, never a click). After each step the focused element
is read from Chromium's accessibility tree (role and name) and checked; it must show a focus ring
and not be hidden behind anything fixed or sticky (2.4.7, 2.4.11); each answer, the idea and the dot
must be in the journal. Then the projector: the arrow keys step the slides, and hiding the results
needs Ctrl+Shift+H (a lone 'h' does nothing: 2.1.4).

    python3 Tests/a11y/keyboard_test.py [--binary PATH] [--example DIR]
"""
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "live"))
from a11y_browser import PHONE, PROJECTOR, viewport  # noqa: E402
from browsers import Failure, browser, check, failed, ok, tear_down, wait_for  # noqa: E402
from room import Room, answers, make_project, plan_activities  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

# The focused element: its DOM facts, whether a ring shows, and whether it is the topmost thing there.
FOCUS = """
var e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
var x = r.left + r.width / 2, y = r.top + r.height / 2, top = document.elementFromPoint(x, y);
return {tag: e.tagName.toLowerCase(), id: e.id, value: e.value || '', cls: e.className,
  section: (e.closest('section[id]') || {}).id || '', item: (e.closest('li.item') || {dataset: {}}).dataset.item || '',
  ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
  seen: r.bottom > 0 && r.top < innerHeight && !!top && (top === e || e.contains(top)),
  width: r.width, height: r.height};"""


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def ax_focus(driver):
    """(role, name) of the focused node in Chromium's accessibility tree."""
    for node in driver.execute_cdp_cmd("Accessibility.getFullAXTree", {}).get("nodes", []):
        focused = any(p.get("name") == "focused" and (p.get("value") or {}).get("value") for p in node.get("properties", []))
        if focused and (node.get("role") or {}).get("value") != "RootWebArea":  # the page itself is focused too
            return (node.get("role") or {}).get("value"), ((node.get("name") or {}).get("value") or "").strip()
    return None, ""


def focus_is(driver, what, role, test, contains=""):
    """Checks the focus: its role and name in the tree, `test` on its DOM facts, a ring, in view."""
    facts = driver.execute_script(FOCUS)
    got_role, name = ax_focus(driver)
    check(got_role == role and contains in name and test(facts) and facts["ring"] and facts["seen"]
          and facts["width"] >= 24 and facts["height"] >= 24,
          "focus on %s: %s %r, ring shown, in view, %dx%d px" % (what, got_role, name, facts["width"], facts["height"]),
          "%s %r %r" % (got_role, name, facts))
    return facts


def tab_to(driver, test, what, limit=40):
    """Tab (no more than `limit` times) until `test` holds for the focused element's DOM facts."""
    for presses in range(limit):
        if test(driver.execute_script(FOCUS)):
            return presses
        press(driver, Keys.TAB)
    raise Failure("Tab never reached " + what)


def answer_all(room, phone, activities, scale):
    """Every activity answered from the keyboard, Space and Enter in turn; each saved on disk."""
    phone.get(room.links["table-1"])
    wait_for(phone, lambda d: d.find_elements("css selector", "section.activity"), "the phone page")
    for index, activity in enumerate(activities):
        key, section = scale[index % len(scale)], "a-" + activity
        target = lambda f, s=section, k=key: f["section"] == s and f["tag"] == "button" and f["value"] == k  # noqa: E731
        presses = tab_to(phone, target, "%s's button %s" % (activity, key))
        focus_is(phone, "%s's answer %s (%d Tab)" % (activity, key, presses), "button", target, key)
        press(phone, Keys.SPACE if index % 2 == 0 else Keys.ENTER)
        wait_for(phone, lambda d: d.execute_script(
            "var s = document.getElementById(arguments[0]); return s.classList.contains('answered') && !s.classList.contains('saving');",
            section), "%s saved" % activity)
        focus_is(phone, "the same button after %s" % ("Space" if index % 2 == 0 else "Enter"), "button", target, key)
        pressed = phone.execute_script("return Array.from(document.querySelectorAll('#' + arguments[0] + ' button[name=answer]'))"
                                       ".filter(function (b) { return b.getAttribute('aria-pressed') === 'true'; }).map(function (b) { return b.value; });", section)
        check(pressed == [key], "%s: only %s is a pressed button (aria-pressed)" % (activity, key), repr(pressed))
    saved = {r["activity"]: r["answer"] for r in answers(room.journal) if r.get("group") == "table-1"}
    want = {a: scale[i % len(scale)] for i, a in enumerate(activities)}
    check(saved == want, "the journal has every answer typed on the keyboard (%d)" % len(want), repr(saved))


def write_idea(room, phone, text):
    """Tab to the idea box, type, Tab to its button, Enter; the idea is on disk and focus stays put."""
    box = lambda f: f["tag"] == "textarea" and f["section"] == "i-try-first"  # noqa: E731
    tab_to(phone, box, "the idea box", limit=80)
    focus_is(phone, "the idea box", "textbox", box)
    press(phone, text)
    press(phone, Keys.TAB)
    add = lambda f: f["tag"] == "button" and f["section"] == "i-try-first"  # noqa: E731
    focus_is(phone, "the idea's add button", "button", add)
    press(phone, Keys.ENTER)
    deadline = time.monotonic() + 10
    while not [r for r in answers(room.journal, "idea") if r.get("text") == text] and time.monotonic() < deadline:
        time.sleep(0.1)
    check([r for r in answers(room.journal, "idea") if r.get("text") == text], "the journal has the idea typed")
    wait_for(phone, lambda d: text in d.execute_script("return document.querySelector('#i-try-first ul.mine').textContent;"),
             "the idea listed")
    focus_is(phone, "the add button after Enter", "button", add)


def place_dot(room, phone):
    phone.get(room.links["table-1"])
    plus = lambda f: f["tag"] == "button" and "plus" in (f["cls"] + phone.execute_script(  # noqa: E731
        "return document.activeElement.closest('form').className;")) and f["item"] != ""
    tab_to(phone, plus, "a vote's + button", limit=120)
    item = focus_is(phone, "an item's + button", "button", plus)["item"]
    press(phone, Keys.SPACE)
    wait_for(phone, lambda d: not d.find_elements("css selector", "li.item.saving")
             and d.execute_script("return document.querySelector(\"li.item[data-item='\" + arguments[0] + \"']\").dataset.count;", item) == "1",
             "the dot placed and saved")
    focus_is(phone, "the same + button after Space", "button", lambda f: f["item"] == item)
    deadline = time.monotonic() + 10
    while not answers(room.journal, "dot") and time.monotonic() < deadline:
        time.sleep(0.1)
    dots = [r for r in answers(room.journal, "dot") if r.get("group") == "table-1"]
    check(len(dots) == 1 and int(dots[0]["count"]) == 1, "the journal has the dot placed with Space", repr(dots))


def projector_keys(room, driver):
    """→ steps the deck; Ctrl+Shift+H hides the results, a lone 'h' does not."""
    viewport(driver, PROJECTOR, False)
    driver.get(room.projector)
    shown = ("var b = document.getElementById('slide-body'), p = document.getElementById('pages');"
             "return b && (b.dataset.slide + ' ' + (p ? p.textContent : ''));")
    first = wait_for(driver, lambda d: d.execute_script(shown), "the projector's first slide")
    press(driver, Keys.ARROW_RIGHT)
    second = wait_for(driver, lambda d: d.execute_script(shown) != first and d.execute_script(shown), "→ to step")
    press(driver, Keys.ARROW_LEFT)
    wait_for(driver, lambda d: d.execute_script(shown) == first, "← to step back")
    ok("→ stepped from %r to %r and ← back" % (first, second))

    def view():
        with urllib.request.urlopen(room.projector + "/view", timeout=10) as response:
            return json.loads(response.read())["hidden"]
    was = view()
    press(driver, "h")
    time.sleep(0.8)
    check(view() == was, "a lone 'h' leaves the results as they were (2.1.4)")
    ActionChains(driver).key_down(Keys.CONTROL).key_down(Keys.SHIFT).send_keys("h").key_up(Keys.SHIFT).key_up(Keys.CONTROL).perform()
    wait_for(driver, lambda d: view() != was, "Ctrl+Shift+H to hide or reveal the results")
    ok("Ctrl+Shift+H toggled the results (hidden: %r, then %r)" % (was, view()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary, started = os.path.abspath(args.binary), time.monotonic()
    room, root, drivers = None, None, []
    try:
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        activities, scale = plan_activities(room.journal)
        phone = browser("projector")
        drivers.append(phone)
        viewport(phone, PHONE, True)
        answer_all(room, phone, activities, [k for k in scale if k != "?"])
        write_idea(room, phone, "Start in freshers' week")
        room.stop()
        subprocess.run([binary, "vote", "stirling-2015", "open", "try-first", "--on", "ideas", "--dots", "3", "--root", root],
                       check=True, capture_output=True)
        room = Room(binary, root)
        place_dot(room, phone)
        projector_keys(room, phone)
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - one FAIL line for whatever stopped the test
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
