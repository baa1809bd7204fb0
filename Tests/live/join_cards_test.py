"""Join cards as Chromium prints them: a session of eight tables, `workshop serve` on loopback, the
cards page printed to PDF (CDP `Page.printToPDF`, A4 from the page's own @page rule).

Eight cards print on two A4 pages, six on the first and two on the second, none cut across a page;
each card carries the workshop's title, its table, the persona when assigned and the link in text;
the QR codes print at least 5 cm wide. The PDF and a PNG of its first page go to --shots.

    python3 Tests/live/join_cards_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import browser, check, failed, tear_down  # noqa: E402
from room import Room, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

MM = 96 / 25.4  # CSS pixels to a millimetre


def pages_of(pdf):
    """The text of each page (pdftotext, from poppler), or None when it is not installed."""
    if not shutil.which("pdftotext"):
        return None
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return text.rstrip("\f").split("\f")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-cards")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    started = time.monotonic()
    room, root, drivers = None, None, []
    try:
        root = make_project(os.path.abspath(args.example), binary=binary)
        subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True,
                       input="open stirling-2015\n" + "".join("add-group table-%d\n" % n for n in range(6, 9)))
        room = Room(binary, root, extra=["--assign", "table-1=academic,table-7=phd-candidate"])
        check(len(room.links) == 8, "a session of eight tables", repr(sorted(room.links)))
        cards = browser("projector")
        drivers.append(cards)
        cards.get(room.cards)
        title = cards.find_element(By.TAG_NAME, "h1").text.replace("Join cards · ", "")
        cards.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        widths = [element.rect["width"] for element in cards.find_elements(By.CSS_SELECTOR, "article.card svg.qr")]
        check(len(widths) == 8 and min(widths) >= 50 * MM, "eight QR codes, each at least 5 cm wide (%.1f mm)"
              % (min(widths or [0]) / MM))
        printed = cards.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        pdf = os.path.join(shots, "join-cards.pdf")
        with open(pdf, "wb") as file:
            file.write(base64.b64decode(printed["data"]))
        raw = open(pdf, "rb").read()
        count = len(re.findall(rb"/Type\s*/Page(?![s\w])", raw))
        check(count == 2, "eight cards print on two pages", str(count))
        texts = pages_of(pdf)
        if texts is None:
            print("pdftotext is not installed: the cards on each page are not counted", flush=True)
        else:
            on = [sorted(set(re.findall(r"\btable-\d\b", text))) for text in texts]
            check([len(tables) for tables in on] == [6, 2], "six cards on the first page, two on the second", repr(on))
            first = re.sub(r"\s+", " ", texts[0])
            check(first.count(title[:20]) == 6, "each card on the first page names the workshop", title)
            check("You play Academic" in first and "Choose your persona on the phone" in first,
                  "a card names its persona when assigned, and says to choose one when not")
            check(all(room.links[t].split("/g/")[1][:12] in re.sub(r"\s+", "", texts[0] + texts[1]) for t in room.links),
                  "every card carries its link in text")
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf,
                            os.path.join(shots, "join-cards")], check=True)
            check(os.path.getsize(os.path.join(shots, "join-cards.png")) > 1000, "the first page as a PNG")
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, a browser failed, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
