"""A live room in real browsers: headless Chromium, driven by Selenium, against `workshop serve`.

One window is the projector (desktop size), left open the whole time: it must follow the answers
over server-sent events without being reloaded. A second window is table-1's phone (360 px wide,
a persona assigned), which answers every activity with JavaScript on; a third is table-2's phone
with JavaScript off, which chooses its persona and answers one activity with a plain form post.
Each phone then saves a note on its own, typed after the answer; table-1's also types one while an
answer is saving, which must still be said to be unsent after the reply, and taps Save note and an
answer at once with a note typed, which must be recorded once (`browser_notes.py`).
Each answer is checked on the page, in the journal and on the projector; the consoles must hold no
errors (a Content-Security-Policy violation would show there); screenshots go to --shots.

    cd /work/main && python3 Tests/live/browser_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, answers, make_project, plan_activities  # noqa: E402
from room import notes as room_notes  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402

from browser_phases import (open_projector, phone_with_javascript, phone_without_javascript,  # noqa: E402
                            projector_live, table_item)
from browser_notes import note_after_answer, note_sent_twice, note_typed_in_flight, note_without_javascript  # noqa: E402
from browsers import Failure, failed, tear_down, browser, check, close, no_alert, ok, severe, shoot, text_of, wait_for  # noqa: E402


def wait_binary(binary):
    """Another person may be rebuilding: the binary can be missing for a moment."""
    deadline = time.monotonic() + 120
    while not os.access(binary, os.X_OK):
        if time.monotonic() > deadline:
            raise Failure("no executable at " + binary)
        time.sleep(1)


def journal_checks(room, activities, chosen, notes):
    """3. The journal."""
    mine = [r for r in answers(room.journal) if r.get("group") == "table-1"]
    per_activity = {a: [r for r in mine if r.get("activity") == a] for a in activities}
    check(len(mine) == 14 and all(len(v) == 1 for v in per_activity.values()),
          "the journal has exactly one answer per activity from table-1",
          repr({a: len(v) for a, v in per_activity.items()}) + " of " + str(len(mine)))
    for activity in activities:
        record = per_activity[activity][0]
        check(record.get("persona") == "academic" and record.get("by") == "phone:table-1"
              and record.get("answer") == chosen[activity],
              "journal: %s = %s for academic by phone:table-1" % (activity, chosen[activity]), repr(record))
        check(record.get("note") in (None, ""), "journal: the answer on %s carries no note" % activity, repr(record))
        want_note = notes.get(activity)
        if want_note is not None:
            # A phone's note is a note record of its own on the cell, so it stays when the answer changes.
            kept = [n for n in room_notes(room.journal) if n.get("activity") == activity and n.get("group") == "table-1"
                    and n.get("persona") == "academic" and n.get("by") == "phone:table-1"]
            check(len(kept) == 1 and kept[0].get("text") == want_note,
                  "journal: the note on %s is a note record of its own, stored exactly as typed" % activity, repr(kept))


def join_cards_and_extras(room, projector, phone, shots, saved, drivers):
    """The projector shows table-2 live, table-1's phone reloaded, the join cards; returns the cards."""
    wait_for(projector, lambda d: (table_item(d, "table-2") is not None
                                   and "1/14" in table_item(d, "table-2").text),
             "the projector to show table-2 at 1/14")
    ok("projector: table-2 shows %r (live)" % table_item(projector, "table-2").text[:40])
    saved.append(shoot(projector, os.path.join(shots, "projector.png"), full=True, scale=1.0))

    # The phone page rendered again by the server: everything answered, still no alert.
    phone.refresh()
    wait_for(phone, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.activity.answered")) == 14,
             "14 answered sections after reloading table-1's phone")
    check(text_of(phone, "#progress") == "14 of 14 answered", "after a reload the server renders 14 of 14")
    no_alert(phone, "reloaded phone")

    # Join cards.
    cards = browser("projector")
    drivers.append(cards)
    cards.get(room.cards)
    articles = cards.find_elements(By.CSS_SELECTOR, "article.card")
    check(len(articles) == 5 and all(a.find_elements(By.CSS_SELECTOR, "svg.qr") for a in articles),
          "join cards: five cards, each with a QR code", str(len(articles)))
    links = [a.find_element(By.CSS_SELECTOR, "p.link").text.strip() for a in articles]
    check(room.links["table-1"] in links and room.links["table-2"] in links,
          "join cards carry the tables' links", repr(links))
    saved.append(shoot(cards, os.path.join(shots, "join-cards.png"), full=True, scale=1.0))
    return cards


def read_consoles(phone, projector, plain, cards):
    """6. Consoles: read now, judged last, so that the room is still stopped and checked first."""
    consoles = {name: severe(driver) for name, driver in (
        ("phone", phone), ("projector", projector), ("JS-off phone", plain), ("join cards", cards))}
    return consoles


def judge_consoles(consoles):
    bad = ["%s: %s" % (name, entry.get("message", "")) for name, entries in consoles.items() for entry in entries]
    for name, entries in consoles.items():
        if not entries:
            ok("no SEVERE entries in the %s's console" % name)
    check(not bad, "no SEVERE entries in any console", "\n  " + "\n  ".join(bad))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default=None, help="folder for the screenshots (default: a new temporary one)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    example = os.path.abspath(args.example)
    shots = os.path.abspath(args.shots) if args.shots else tempfile.mkdtemp(prefix="workshop-shots-")
    os.makedirs(shots, exist_ok=True)
    started = time.monotonic()
    room, root, drivers, saved = None, None, [], []
    try:
        wait_binary(binary)
        root = make_project(example, binary=binary)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        check(room.personas.get("table-1") == "academic" and "table-2" in room.links
              and room.personas.get("table-2") is None,
              "serve printed table-1 (plays academic), table-2 (chooses), the projector and the cards",
              repr(room.personas))
        activities, scale = plan_activities(room.journal)
        check(len(activities) == 14 and set(scale) >= {"1", "2", "3", "4", "5"},
              "the session has 14 activities on a 1-5 scale", "%r %r" % (activities, scale))

        projector, academic = open_projector(room, drivers)
        phone, chosen, notes = phone_with_javascript(room, activities, shots, saved, drivers)
        journal_checks(room, activities, chosen, notes)
        projector_live(projector, academic, activities, chosen)
        note_after_answer(room, phone, activities)
        note_typed_in_flight(room, phone, activities)
        note_sent_twice(room, phone, activities)
        plain = phone_without_javascript(room, activities, shots, saved, drivers)
        note_without_javascript(room, plain, activities)
        cards = join_cards_and_extras(room, projector, phone, shots, saved, drivers)
        consoles = read_consoles(phone, projector, plain, cards)

        # 8. Stop.
        for driver in drivers:
            close(driver)
        drivers = []
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped on Ctrl-C and said so", repr(out[-300:]))

        judge_consoles(consoles)
        print("screenshots in " + shots)
        for path in saved:
            print("  " + path)
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Failure as failure:
        print("FAIL: %s" % failure, flush=True)
        if saved:
            print("screenshots so far in " + shots)
            for path in saved:
                print("  " + path)
        return 1
    except Exception as error:  # noqa: BLE001 - the room did not start, the journal did not parse, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
