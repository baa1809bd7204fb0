"""The projector as slides, in one headless Chromium, against `workshop serve` on loopback: a session
of 50 activities by 12 personas (made in a temporary project, ten of twelve tables answered with
`workshop row`), shown at 1920x1080 and at 1280x720.

At both sizes the page is no wider than the window and the matrix is paged to the screen's height;
at 720p every visible text is at least 18 CSS px; every activity's title is read on one of the
matrix's pages. The arrow keys step the pages, then the slides, and the room's view (what a second
screen is sent) follows. Ctrl+Shift+H hides the results and says so; a lone 'h' does nothing. When
the server is killed a banner (role=alert) says so; started again on the same port, the banner goes.
On a slow network, quick steps off the matrix's last page do not flash it back, and a busy room's
views still redraw the slide.
Screenshots: projector-matrix-50.png, projector-matrix-50-720p.png, single-activity-slide.png.

    python3 Tests/live/projector_slides_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure. Bounded: every
wait times out, the run takes well under a minute.
"""
import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room  # noqa: E402

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from browsers import browser, check, failed, ok, shoot, tear_down, wait_for  # noqa: E402
from projector_slides_parts import (COUNT_SWAPS, PAGE_NOTE, SLOW_AND_LOGGED, SMALL_TEXT, VISIBLE_TITLES, key,  # noqa: E402
                                    make_session, shown, size, titles, view)

def matrix_at(driver, room, width, height, shots, name):
    """The matrix at one size: no sideways scroll, big enough text, every title on a page."""
    size(driver, width, height)
    driver.get(room.projector)
    wait_for(driver, lambda d: shown(d) == "matrix" and d.execute_script(
        "return !!document.querySelector('#matrix tbody tr[hidden]')"), "the matrix paged at %dx%d" % (width, height))
    wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth;")
    check(wide <= 0, "%dx%d: no wider than the window (scrollWidth - innerWidth = %d)" % (width, height, wide))
    tall = driver.execute_script("return document.documentElement.scrollHeight - window.innerHeight;")
    check(tall <= 0, "%dx%d: a matrix page fits the height (%d px over)" % (width, height, tall))
    if height == 720:
        small = driver.execute_script(SMALL_TEXT)
        check(not small, "720p: every visible text is at least 18 px", repr(small[:5]))
    shoot(driver, os.path.join(shots, name))
    seen, pages = [], 0
    note = driver.execute_script(PAGE_NOTE)
    while shown(driver) == "matrix" and pages < 20:
        seen += driver.execute_script(VISIBLE_TITLES)
        pages += 1
        before = driver.execute_script(PAGE_NOTE)
        key(driver, Keys.ARROW_RIGHT)
        wait_for(driver, lambda d: shown(d) != "matrix" or d.execute_script(PAGE_NOTE) != before, "the next page")
    missing = [title for title in titles() if title not in seen]
    check(not missing, "%dx%d: all 50 titles read on %d pages (%s)" % (width, height, pages, note), repr(missing[:3]))
    check(shown(driver) == "activity-a1", "after the last page, → shows the first activity")
    return pages


def slow_steps(driver, room, pages):
    """On a slow network, → held through the matrix's pages leaves it for good: the stream's redraw
    of a page just left, landing after the step off the last, does not flash the matrix back."""
    size(driver, 1920, 1080)
    urllib.request.urlopen(urllib.request.Request(room.projector + "/slide", data=b"slide=matrix", method="POST"), timeout=10)
    driver.get(room.projector)
    wait_for(driver, lambda d: shown(d) == "matrix" and d.execute_script(PAGE_NOTE).startswith("Page 1 "), "the matrix's first page")
    driver.execute_script(SLOW_AND_LOGGED)
    for _ in range(pages):
        key(driver, Keys.ARROW_RIGHT)
        time.sleep(0.15)
    wait_for(driver, lambda d: shown(d) == "activity-a1" and view(room)["slide"] == "activity-a1", "activity 1 after the last page")
    time.sleep(2.0)  # past the echoes of every step
    log = driver.execute_script("return window.shownLog;")
    steps = ["matrix %d" % page for page in range(1, pages + 1)] + ["activity-a1"]
    check(log == steps, "slow network: %d quick steps went through the matrix's pages to activity 1 and stayed" % pages,
          repr(log))
    driver.execute_script(COUNT_SWAPS)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:  # a busy room: a view every 50 ms, each fetching the slide again
        urllib.request.urlopen(urllib.request.Request(room.projector + "/slide", data=b"slide=activity-a1", method="POST"), timeout=10)
        time.sleep(0.05)
    swaps = driver.execute_script("return window.swaps;")
    check(swaps >= 3, "slow network, a view every 50 ms for 3 s: the slide was redrawn %d times, not frozen" % swaps)


def steps_and_shortcut(driver, room, shots):
    """Arrows step the deck and the room follows; Ctrl+Shift+H toggles results, 'h' alone does not."""
    size(driver, 1920, 1080)
    wait_for(driver, lambda d: view(room)["slide"] == "activity-a1", "the room's view to show activity-a1")
    ok("the room's view (what every screen is sent) follows the arrows")
    key(driver, Keys.ARROW_RIGHT)
    wait_for(driver, lambda d: shown(d) == "activity-a2", "→ to show activity 2")
    key(driver, Keys.PAGE_DOWN)
    wait_for(driver, lambda d: shown(d) == "activity-a3", "PageDown to show activity 3")
    key(driver, Keys.ARROW_LEFT)
    wait_for(driver, lambda d: shown(d) == "activity-a2" and view(room)["slide"] == "activity-a2", "← back to activity 2")
    ok("→, PageDown and ← step the slides")
    bars = driver.execute_script("return document.querySelectorAll('table.distribution tbody tr').length;")
    check(bars == 12, "the activity slide has a row per persona", str(bars))
    wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth;")
    check(wide <= 0, "the activity slide is no wider than the window", str(wide))
    shoot(driver, os.path.join(shots, "single-activity-slide.png"))
    size(driver, 1280, 720)
    small = driver.execute_script(SMALL_TEXT)
    check(not small, "720p: the activity slide's text is at least 18 px", repr(small[:5]))
    size(driver, 1920, 1080)

    for slide in ("coverage", "highlights"):  # put on the screen from elsewhere (a second screen, a plain form)
        urllib.request.urlopen(urllib.request.Request(room.projector + "/slide", data=("slide=" + slide).encode(),
                                                      method="POST"), timeout=10)
        wait_for(driver, lambda d: shown(d) == slide, "the %s slide, posted from elsewhere, on this screen" % slide)
        shoot(driver, os.path.join(shots, "projector-%s.png" % slide))
    ok("a slide posted from elsewhere is shown here (the room's slide rides in the stream)")
    hidden = view(room)["hidden"]
    driver.find_element("css selector", "body").click()
    key(driver, "h")
    time.sleep(1.0)
    check(view(room)["hidden"] == hidden, "a lone 'h' leaves the results as they were")
    ActionChains(driver).key_down(Keys.CONTROL).key_down(Keys.SHIFT).send_keys("h").key_up(Keys.SHIFT).key_up(Keys.CONTROL).perform()
    wait_for(driver, lambda d: view(room)["hidden"] != hidden, "Ctrl+Shift+H to toggle the results")
    wait_for(driver, lambda d: "Results" in d.execute_script("return document.getElementById('announce').textContent;"),
             "the live region to say so")
    ok("Ctrl+Shift+H toggled the results and the live region said %r"
       % driver.execute_script("return document.getElementById('announce').textContent;"))
    ActionChains(driver).key_down(Keys.CONTROL).key_down(Keys.SHIFT).send_keys("h").key_up(Keys.SHIFT).key_up(Keys.CONTROL).perform()
    wait_for(driver, lambda d: view(room)["hidden"] == hidden, "Ctrl+Shift+H to toggle them back")
    ok("Ctrl+Shift+H toggled them back")


def offline(driver, room, binary, root):
    """The banner when the server is gone, cleared when it is back on the same port."""
    port = int(room.base.rsplit(":", 1)[1])
    banner = "return (function (b) { return b && !b.hidden && b.getAttribute('role') === 'alert' ? b.textContent : ''; })(document.getElementById('offline'));"
    check(not driver.execute_script(banner), "no banner while the server is up")
    room.kill()
    text = wait_for(driver, lambda d: d.execute_script(banner), "the offline banner", timeout=10)
    ok("server killed: the banner reads %r" % text)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the port is free again once the killed process is reaped
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.1)
    again = subprocess.Popen([binary, "serve", "big", "--root", root, "--listen", "127.0.0.1:%d" % port, "--no-qr"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        wait_for(driver, lambda d: not d.execute_script(banner), "the banner to clear after the restart", timeout=20)
        ok("server started again on port %d: the banner is gone" % port)
    finally:
        again.terminate()
        try:
            again.wait(timeout=15)
        except subprocess.TimeoutExpired:
            again.kill()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(here, "..", "..", ".build", "debug", "workshop"))
    parser.add_argument("--example", default=os.path.join(here, "..", ".."))
    parser.add_argument("--shots", default=os.environ.get("WORKSHOP_SHOTS", tempfile.gettempdir()))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    os.makedirs(args.shots, exist_ok=True)
    root = tempfile.mkdtemp(prefix="workshop-slides-")
    drivers, room, started = [], None, time.monotonic()
    try:
        make_session(binary, root)
        room = Room(binary, root, session="big")
        driver = browser("projector")
        drivers.append(driver)
        pages = matrix_at(driver, room, 1920, 1080, args.shots, "projector-matrix-50.png")
        key(driver, Keys.ARROW_LEFT)  # back to the matrix's last page, then to its first
        wait_for(driver, lambda d: shown(d) == "matrix", "← back to the matrix")
        urllib.request.urlopen(urllib.request.Request(room.projector + "/slide", data=b"slide=matrix", method="POST"), timeout=10)
        matrix_at(driver, room, 1280, 720, args.shots, "projector-matrix-50-720p.png")
        slow_steps(driver, room, pages)
        steps_and_shortcut(driver, room, args.shots)
        offline(driver, room, binary, root)
        room = None
    except Exception as error:  # noqa: BLE001 - one FAIL line for whatever stopped the test
        tear_down(drivers, room, root)
        return failed(error)
    tear_down(drivers, room, root)
    print("projector slides: %.1f s" % (time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
