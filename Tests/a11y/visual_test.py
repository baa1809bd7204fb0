"""What axe cannot see, over the same page states as axe_test.py (reach.py), in one headless Chromium
with `prefers-reduced-motion: reduce` emulated:

- contrast computed from the rendered styles: every heatmap tone's text on its background (4.5:1,
  not faded by opacity, and some text there: 1.4.1), a chosen answer's ring, a saved card's bar and edge, a disabled
  button's text (4.5:1) and edge, the status lines, and the focus ring of the first controls Tab
  reaches (3:1, at least 2 px) (WCAG 1.4.3, 1.4.11, 2.4.7);
- reflow: each phone state at 320 CSS px and at 200% zoom (195 CSS px at a device scale of 2), each
  projector state at 200% of 1280x720, with no sideways scroll and nothing past the edge (1.4.10, 1.4.4);
- no transition or animation runs under reduced motion (2.3.3);
- screenshots to --shots: the phone's rating page at 200% and in forced colours, the projector's
  matrix at 1280x720.

    python3 Tests/a11y/visual_test.py [--binary PATH] [--example DIR] [--shots DIR]
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "live"))
from a11y_browser import PROJECTOR  # noqa: E402
from browsers import browser, check, failed, ok, shoot, tear_down  # noqa: E402
from reach import REACH, STAGES, Rooms, language  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from visual_parts import MOTION, RING, STATES, TARGETS, TONES, WIDER  # noqa: E402

PRINTED = {"join-cards", "join-poster"}  # A4 sheets to print: their layout is the paper's
TABS = 12


def media(driver, *features):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": n, "value": v} for n, v in features]})


def metrics(driver, width, height, scale=1, mobile=False):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})


def contrast(driver, state, problems):
    found = driver.execute_script(TONES) + driver.execute_script(STATES)
    for _ in range(TABS):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        ring = driver.execute_script(RING)
        if ring:
            found.append(ring)
            if ring["style"] == "none" or ring["width"] < 2 or not ring["seen"]:
                problems.append("%s: %s is %s %.0f px%s" % (state, ring["what"], ring["style"], ring["width"],
                                                              "" if ring["seen"] else ", hidden or out of view"))
    for item in found:
        if item.get("text") == "":
            problems.append("%s: %s is a colour with nothing printed on it" % (state, item["what"]))
        if item["ratio"] < item["want"] or item["opacity"] < 0.99:
            problems.append("%s: %s %.2f:1 (wants %.1f:1), opacity %.2f" % (state, item["what"], item["ratio"], item["want"], item["opacity"]))
    return len(found)


def reflow(driver, state, problems):
    if state.startswith("projector"):
        sizes = [("200% of 1280x720", (PROJECTOR[0] // 2, PROJECTOR[1] // 2, 2, False))]
    else:
        sizes = [("320 CSS px", (320, 640, 1, True)), ("200% of a 390 px phone", (195, 422, 2, True))]
    for where, size in sizes:
        metrics(driver, *size)
        wide = driver.execute_script(WIDER)
        if wide["scroll"] > 0 or wide["count"]:
            problems.append("%s at %s: %d px sideways scroll, %d elements past the edge %r" % (state, where, wide["scroll"], wide["count"], wide["out"]))
    return " and ".join(where for where, _ in sizes)


def screenshots(rooms, driver, shots):
    """The rating page at 200% and in forced colours; the projector's matrix at 1280x720."""
    REACH["phone-rating-answered"][1](rooms, driver, language("en"))
    card = "document.getElementById(arguments[0]).scrollIntoView();"  # the first card: answered, chosen, saved
    metrics(driver, 195, 422, 2, True)
    driver.execute_script(card, "a-" + rooms.activities[0])
    shoot(driver, os.path.join(shots, "phone-rating-200.png"))
    metrics(driver, 390, 844, 1, True)
    media(driver, ("prefers-reduced-motion", "reduce"), ("forced-colors", "active"))
    driver.execute_script(card, "a-" + rooms.activities[0])
    shoot(driver, os.path.join(shots, "phone-rating-forced-colours.png"))
    media(driver, ("prefers-reduced-motion", "reduce"))
    REACH["projector-matrix"][1](rooms, driver, language("en"))
    shoot(driver, os.path.join(shots, "projector-matrix-1280x720.png"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default=os.environ.get("WORKSHOP_SHOTS", "/tmp/shots-a11y"))
    args = parser.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    started, rooms, drivers, problems = time.monotonic(), None, [], []
    try:
        rooms = Rooms(os.path.abspath(args.binary), os.path.abspath(args.example))
        driver = browser("projector")
        drivers.append(driver)
        media(driver, ("prefers-reduced-motion", "reduce"))
        for stage, setup in STAGES:
            setup(rooms)
            if stage == "tables":
                screenshots(rooms, driver, args.shots)
            for state in [name for name in REACH if REACH[name][0] == stage]:
                REACH[state][1](rooms, driver, language("en"))
                moving = driver.execute_script(MOTION)
                if moving:
                    problems.append("%s: moving under reduced motion: %r" % (state, moving))
                targets = driver.execute_script(TARGETS)
                if targets["count"]:
                    problems.append("%s: %d targets under 24x24 px: %r" % (state, targets["count"], targets["small"]))
                checked = contrast(driver, state, problems)
                where = "its own size (printed)" if state in PRINTED else reflow(driver, state, problems)
                least = "no targets" if targets["least"] > 9999 else "targets >= %d px" % targets["least"]
                ok("%s: %d colours measured, %s, reflow at %s, nothing moving" % (state, checked, least, where))
                while rooms.after:
                    rooms.after.pop()()
        for line in problems:
            print("  " + line)
        check(not problems, "contrast, reflow and motion hold in every state", "%d found (above)" % len(problems))
        print("screenshots in " + args.shots)
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - one FAIL line for whatever stopped the test
        return failed(error)
    finally:
        tear_down(drivers, None, None)
        if rooms is not None:
            try:
                rooms.stop()
            except Exception:  # noqa: BLE001 - cleanup goes on
                pass


if __name__ == "__main__":
    sys.exit(main())
