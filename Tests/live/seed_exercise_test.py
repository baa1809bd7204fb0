"""The seed exercise of issue 25 end to end, through the doors a user uses: a roadmap meeting's five
tables write pitfalls on their phones, the facilitator themes them at the prompt and opens a dot
vote, the phones place three dots each, the vote closes; the projector, `summary --format json` and
the HTML report rank the themes alike; the winner's idea becomes an action that the series' next
meeting carries in.

The facilitator's prompt runs in a pseudo-terminal and serves the room in the background on
loopback; the phones are headless Chromium at 390x844 (table-5's with JavaScript off, plain forms),
the projector a desktop-sized one. Screenshots of a phone's voting view and the projector's results
go to --shots.

    python3 Tests/live/seed_exercise_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure. Bounded: every
wait times out, the whole run takes well under a minute.
"""
import argparse
import fcntl
import json
import os
import re
import struct
import subprocess
import sys
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import failed, tear_down, browser, check, severe, shoot, wait_for  # noqa: E402
from prompt import Prompt  # noqa: E402
from room import answers, make_project  # noqa: E402
from seed_exercise_phases import (PERSONAS, at_prompt, dots_in, listed_ideas, place_dots,  # noqa: E402
                                  projector_bars, projector_ranking, report_ranking, write_ideas, write_plan)

OWNERS, TOLD, TIMING = "Who owns it", "Keeping people told", "Timing"
# Each table's pitfalls, and the theme the facilitator puts each in.
IDEAS = {
    "table-1": [("No named owner for the project", OWNERS), ("Launching in the middle of exam season", TIMING),
                ("Nobody told the School office", TOLD)],
    "table-2": [("Students heard about it too late", TOLD), ("Two teams each thought the other led", OWNERS)],
    "table-3": [("Sessions clashed with welcome week", TIMING), ("Jargon in the emails put people off", TOLD),
                ("Decisions waited months for a committee", OWNERS)],
    "table-4": [("Rooms booked a term too late", TIMING), ("No one to ask when plans changed", OWNERS)],
    "table-5": [("Agree a sponsor before starting", OWNERS), ("Updates went only to the managers", TOLD)],
}
# Each table's three dots: the owners' theme wins with 7, the two others tie at 4 below it.
SPREADS = {"table-1": {OWNERS: 3}, "table-2": {OWNERS: 2, TOLD: 1}, "table-3": {TOLD: 1, TIMING: 2},
           "table-4": {OWNERS: 1, TOLD: 1, TIMING: 1}, "table-5": {TIMING: 1, TOLD: 1, OWNERS: 1}}
RANKING = [["1", OWNERS, "7"], ["2=", TOLD, "4"], ["2=", TIMING, "4"]]


def same_ranking(rows, what):
    """Ties may list in either order; the ranks, names and dots must be these."""
    key = sorted(map(tuple, rows[1:]))
    check(rows[:1] == RANKING[:1] and key == sorted(map(tuple, RANKING[1:])), what, repr(rows))


def exercise(binary, root, shots, drivers):
    write_plan(root, "roadmap-1", "2026-03-12")
    write_plan(root, "roadmap-2", "2026-06-11")
    started = subprocess.run([binary, "start", "roadmap-1", "--root", root], capture_output=True, text=True, timeout=30)
    check(started.returncode == 0, "workshop start roadmap-1", started.stderr)
    prompt = Prompt(binary, root, "roadmap-1")
    drivers.append(prompt)
    # A wide terminal: `ideas` and `actions` lines are read back whole.
    fcntl.ioctl(prompt.master, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 220, 0, 0))
    mark = prompt.mark()
    links, _ = prompt.serve([])
    projector_link = re.search(r"projector \(facilitator only\): (\S+)", prompt.since(mark)).group(1)
    check(sorted(links) == sorted(IDEAS) and projector_link.startswith("http://127.0.0.1:"),
          "serve at the prompt printed five tables' links and the projector's", repr(sorted(links)))
    journal = os.path.join(root, "sessions", "roadmap-1.jsonl")

    phones = {}
    for group in IDEAS:
        phones[group] = browser("phone-nojs" if group == "table-5" else "phone")
        drivers.append(phones[group])
    for group, ideas in IDEAS.items():
        write_ideas(phones[group], links[group], group, group != "table-5", [text for text, _ in ideas])
    written = answers(journal, "idea")
    by_table = {(r.get("by"), r.get("group"), r.get("persona"), r.get("prompt"), r.get("text")) for r in written}
    want = {("phone:" + g, g, PERSONAS[int(g[-1]) - 1], "pitfalls", text) for g, ideas in IDEAS.items() for text, _ in ideas}
    check(len(written) == len(want) and by_table == want,
          "the journal holds the %d ideas once each, each by phone:table-N with its persona" % len(want), repr(written[-3:]))

    listing = at_prompt(prompt, "ideas --prompt pitfalls", IDEAS["table-5"][-1][0], "`ideas` at the prompt lists them")
    listed = listed_ideas(listing)
    check(all(listed.get(text, ("",))[1:] == (g, PERSONAS[int(g[-1]) - 1]) for g, ideas in IDEAS.items() for text, _ in ideas),
          "`ideas` shows all %d, each with its table and persona" % len(want), repr(listed))
    labels = {text: listed[text][0] for ideas in IDEAS.values() for text, _ in ideas}
    for theme in (OWNERS, TOLD, TIMING):
        numbers = [labels[text] for ideas in IDEAS.values() for text, named in ideas if named == theme]
        at_prompt(prompt, "theme %s %s" % (theme, " ".join(numbers)), "theme '%s': %s" % (theme, " ".join(numbers)),
                  "theme %s: %s" % (theme, " ".join(numbers)))
    at_prompt(prompt, "vote open pitfalls --on themes", "voting open on the themes of pitfalls: 3 dots a group",
              "vote open pitfalls --on themes: 3 dots a table")

    for group, spread in SPREADS.items():
        place_dots(phones[group], links[group], group, spread)
        if group == "table-2":
            phones[group].execute_script("document.getElementById('v-pitfalls').scrollIntoView()")
            shoot(phones[group], os.path.join(shots, "phone-vote.png"))
    deadline = time.monotonic() + 5
    while any(dots_in(journal, g) != s for g, s in SPREADS.items()) and time.monotonic() < deadline:
        time.sleep(0.1)
    check(all(dots_in(journal, g) == s for g, s in SPREADS.items()), "the journal holds each table's three dots as placed",
          repr({g: dots_in(journal, g) for g in SPREADS}))
    closing = at_prompt(prompt, "vote close", "voting closed on pitfalls", "vote close")
    check(OWNERS in closing, "vote close printed the ranking", repr(closing[-400:]))

    projector = browser("projector")
    drivers.append(projector)
    projector.get(projector_link + "?slide=ideas")  # the wall and its votes are a slide of their own
    rows = wait_for(projector, lambda d: len(projector_ranking(d)) == 3 and projector_ranking(d), "the projector's results")
    same_ranking(rows, "the projector ranks %s first with 7 dots, the two others 2= with 4" % OWNERS)
    bars = projector_bars(projector)
    check(all(display == "table-cell" for _, display in bars) and bars[0][0] > 0
          and abs(bars[1][0] / bars[0][0] - 4 / 7) < 0.06 and bars[1][0] == bars[2][0],
          "the bars are 7 : 4 : 4 long, in cells of the table", repr(bars))
    projector.execute_script("document.querySelector('table.results').scrollIntoView()")
    shoot(projector, os.path.join(shots, "projector-results.png"))
    errors = [e for p in phones.values() for e in severe(p)] + severe(projector)
    check(not errors, "no SEVERE entries in the phones' and projector's consoles", repr(errors))
    at_prompt(prompt, "serve stop", "stopped serving roadmap-1", "serve stop")

    summary = subprocess.run([binary, "summary", "roadmap-1", "--root", root, "--format", "json"],
                             capture_output=True, text=True, timeout=30)
    check(summary.returncode == 0, "workshop summary roadmap-1 --format json", summary.stderr)
    pitfalls = [p for p in json.loads(summary.stdout).get("ideas", []) if p.get("prompt") == "pitfalls"]
    vote = pitfalls[0]["vote"] if pitfalls else {}
    same_ranking([[r.get("rankLabel"), r.get("theme"), str(r.get("dots"))] for r in vote.get("ranking", [])],
                 "summary's ideas[].vote.ranking: the same ranking")
    check(vote.get("status") == "closed" and vote.get("voters") == 5 and pitfalls[0].get("count") == len(want),
          "summary: the vote closed, 5 tables voted, %d ideas" % len(want), repr({k: vote.get(k) for k in ("status", "voters")}))
    report = os.path.join(root, "report.html")
    at_prompt(prompt, "export --format html --output " + report, "exported 'roadmap-1' as html", "export --format html")
    same_ranking(report_ranking(report), "the HTML report's results table: the same ranking")

    winner = IDEAS["table-1"][0][0]
    label = labels[winner]
    action = at_prompt(prompt, "action --from-idea %s --owner Morag --due next-meeting" % label, "from " + label,
                       "action --from-idea %s (an idea of the winning theme)" % label)
    check(winner in action, "the action starts from the idea's words", repr(action[-300:]))
    at_prompt(prompt, "close", "closed session", "close")
    carried = at_prompt(prompt, "start roadmap-2", "'actions' lists them", "start roadmap-2 carries the open action in")
    check("started session 'roadmap-2'" in carried, "the next meeting is the prompt's session", repr(carried[-300:]))
    listed = " ".join(at_prompt(prompt, "actions", "from " + label, "`actions` in roadmap-2 shows it").split())
    check(winner in listed and "Morag" in listed, "`actions` in the next meeting: the winner's idea, Morag's, from " + label,
          repr(listed[-300:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-e2e")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    browsers.PHONE_WIDTH, browsers.PHONE_HEIGHT = 390, 844
    started = time.monotonic()
    root, drivers = None, []
    try:
        root = make_project(os.path.abspath(args.example))
        exercise(binary, root, shots, drivers)
        print("all checks passed in %.1f s; screenshots in %s" % (time.monotonic() - started, shots))
        return 0
    except Exception as error:  # noqa: BLE001 - the prompt did not start, a file did not parse, ...
        return failed(error)
    finally:
        tear_down(drivers, None, root)


if __name__ == "__main__":
    sys.exit(main())
