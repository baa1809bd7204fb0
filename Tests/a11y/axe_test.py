"""Every page state a delegate sees (Tests/a11y/page_states.py), in English and in Welsh, checked
in one headless Chromium against `workshop serve`: axe-core 4.10 or later (the pinned copy `make
test-deps` fetches) with zero violations at the WCAG 2.0, 2.1 and 2.2 A and AA tags, and Chromium's
accessibility tree (DevTools protocol) giving every button, link, field, box and choice a name.

A state page_states.py lists with no way to reach it here (reach.py's REACH) fails the test, so a
new page is one line in each. The room's language is the link's `?lang=` (a cookie after that).

    python3 Tests/a11y/axe_test.py [--binary PATH] [--example DIR] [--languages en,cy]

Prints one `ok:` line per state and language; each violation as state, language, rule, target and
summary; exits 1 with a `FAIL:` line when anything was found.
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "live"))
from a11y_browser import axe_source, run_axe, structure, unnamed, version_tuple  # noqa: E402
from browsers import browser, check, failed, ok, severe, tear_down  # noqa: E402
from page_states import NAMES  # noqa: E402
from reach import ELSEWHERE, REACH, STAGES, Rooms, language  # noqa: E402


def check_state(driver, source, state, lang, problems):
    """axe and the accessibility tree on the page as it stands; what they find goes to `problems`."""
    version, violations = run_axe(driver, source)
    check(version_tuple(version) >= (4, 10), "axe-core %s (at least 4.10) on %s [%s]" % (version, state, lang))
    before = len(problems)
    for violation in violations:
        for node in violation["nodes"] or [{"target": "-", "summary": ""}]:
            problems.append("%s [%s] %s: %s | %s | %s" % (state, lang, violation["rule"], node["target"],
                                                          violation["help"], node["summary"]))
    for name in unnamed(driver):
        problems.append("%s [%s] no accessible name: %s" % (state, lang, name))
    for line in structure(driver):
        problems.append("%s [%s] structure: %s" % (state, lang, line))
    actual = driver.execute_script("return document.documentElement.lang;")
    if len(problems) == before:
        ok("%s [%s]: no axe violations, every control named, headings and landmarks in order (html lang=%s)" % (state, lang, actual))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--languages", default="en,cy")
    parser.add_argument("--only", default="", help="comma-separated state names (default: every state)")
    args = parser.parse_args()
    started = time.monotonic()
    rooms, drivers, problems = None, [], []
    try:
        unreachable = [name for name in NAMES if name not in REACH and name not in ELSEWHERE]
        check(not unreachable, "every page state in page_states.py has a way to reach it here", repr(unreachable))
        unknown = [name for name in REACH if name not in NAMES]
        check(not unknown, "every state reached here is listed in page_states.py", repr(unknown))
        for name, where in ELSEWHERE.items():
            ok("%s: checked by %s" % (name, where))
        source = axe_source()
        wanted = [n for n in args.only.split(",") if n] or list(REACH)
        rooms = Rooms(os.path.abspath(args.binary), os.path.abspath(args.example))
        driver = browser("projector")
        drivers.append(driver)
        for stage, setup in STAGES:
            states = [name for name in REACH if REACH[name][0] == stage and name in wanted]
            setup(rooms)
            for name in states:
                for lang in args.languages.split(","):
                    REACH[name][1](rooms, driver, language(lang))
                    check_state(driver, source, name, lang, problems)
                    while rooms.after:
                        rooms.after.pop()()
        # The refused post, the network cut and the killed server log failed loads on purpose; a
        # script error or a Content-Security-Policy refusal (axe's own included) would not be.
        errors = [entry.get("message", "") for entry in severe(driver)
                  if "Uncaught" in entry.get("message", "") or "Content Security Policy" in entry.get("message", "")]
        for line in problems:
            print("  " + line)
        check(not problems, "no violations and no unnamed controls in any state", "%d found (above)" % len(problems))
        check(not errors, "no script errors or CSP refusals in the console", repr(errors[:5]))
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
