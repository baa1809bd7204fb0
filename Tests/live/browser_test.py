"""A live room in real browsers: headless Chromium, driven by Selenium, against `workshop serve`.

One window is the projector (desktop size), left open the whole time: it must follow the answers
over server-sent events without being reloaded. A second window is table-1's phone (360 px wide,
a persona assigned), which answers every activity with JavaScript on; a third is table-2's phone
with JavaScript off, which chooses its persona and answers one activity with a plain form post.
Each answer is checked on the page, in the journal and on the projector; the consoles must hold no
errors (a Content-Security-Policy violation would show there); screenshots go to --shots.

    cd /work/main && python3 Tests/live/browser_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import base64
import os
import signal
import shutil
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, answers, make_project, plan_activities  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException, TimeoutException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_WIDTH, PHONE_HEIGHT = 360, 740
MOBILE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/126.0.0.0 Mobile Safari/537.36")
HOSTILE = '<script>alert(1)</script> & "quotes" \'single\' café'
WAIT = 10


class Failure(Exception):
    pass


def ok(message):
    print("ok: " + message, flush=True)


def check(condition, message, detail=""):
    if not condition:
        raise Failure(message + (": " + detail if detail else ""))
    ok(message)


def wait_for(driver, condition, what, timeout=WAIT):
    """The condition's value once truthy; a Failure naming `what` after `timeout` seconds."""
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))
    except TimeoutException:
        raise Failure("timed out after %d s waiting for %s" % (timeout, what)) from None


def browser(kind):
    """A headless Chromium: `projector` (desktop), `phone` (360 px, mobile) or `phone-nojs`."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--lang=en-GB"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if kind == "projector":
        options.add_argument("--window-size=1280,800")
    else:
        # Touch emulation only with JavaScript on: with JavaScript off, chromedriver 156's element
        # click on a touch-emulated page never returns (a ReadTimeout after 120 s; Enter works).
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": PHONE_WIDTH, "height": PHONE_HEIGHT, "pixelRatio": 3.0,
                              "touch": kind == "phone"},
            "userAgent": MOBILE_AGENT})
    if kind == "phone-nojs":
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    driver.command_executor._client_config.timeout = 30  # a hung command fails the test, not blocks it
    return driver


def close(driver):
    """Quit; if chromedriver does not answer, end it and the browsers it started, by process id."""
    try:
        driver.quit()
        return
    except Exception:  # noqa: BLE001 - cleanup goes on
        pass
    process = getattr(driver.service, "process", None)
    if process is None:
        return
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry, encoding="utf-8") as file:
                    parents[int(entry)] = int(file.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    family, frontier = [], [process.pid]
    while frontier:
        pid = frontier.pop()
        family.append(pid)
        frontier.extend(child for child, parent in parents.items() if parent == pid)
    for pid in reversed(family):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def shoot(driver, path, full=False, scale=1.0):
    """A PNG of the viewport, or of the whole page (CDP, beyond the viewport), `scale` × CSS pixels."""
    if not full:
        driver.save_screenshot(path)
    else:
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        # Captured beyond the viewport, the page loses its scrollbar and lays out at the full window
        # width, so the clip takes the window's width, not the content's (which is narrower by the bar).
        width = max(size["width"], driver.execute_script("return window.innerWidth"))
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": size["height"], "scale": scale}})
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
    check(os.path.getsize(path) > 1000, "screenshot saved: " + path)
    return path


def no_alert(driver, where):
    try:
        alert = driver.switch_to.alert
        text = alert.text
    except NoAlertPresentException:
        ok("no alert open on the " + where + " (the note was not run as script)")
        return
    raise Failure("an alert is open on the %s: %r (the note ran as script)" % (where, text))


def severe(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def text_of(driver, css):
    return driver.find_element(By.CSS_SELECTOR, css).text.strip()


def wait_binary(binary):
    """Another person may be rebuilding: the binary can be missing for a moment."""
    deadline = time.monotonic() + 120
    while not os.access(binary, os.X_OK):
        if time.monotonic() > deadline:
            raise Failure("no executable at " + binary)
        time.sleep(1)


def expected_display(key):
    return "unsure (?)" if key == "?" else key


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

        # 1. The projector, open from the start and never reloaded.
        projector = browser("projector")
        drivers.append(projector)
        projector.get(room.projector)
        wait_for(projector, lambda d: d.execute_script(
            "var p = document.getElementById('projector'); return p && p.dataset.answers === '0';"),
            "projector.js to render the first view from the event stream (data-answers=0)")
        ok("projector open at 1280x800 and drawn from the event stream")
        projector.execute_script("window.__notReloaded = true;")
        columns = [th.text.strip() for th in projector.find_elements(By.CSS_SELECTOR, "#matrix thead th")]
        check("Academic" in columns, "the matrix has an Academic column", repr(columns))
        academic = columns.index("Academic")  # the first th is the empty corner, so this is also the td+1 index
        rows = projector.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
        check(len(rows) == 14, "the matrix has one row per activity", str(len(rows)))
        owing = [li.text for li in projector.find_elements(By.CSS_SELECTOR, "#coverage li.owing")]
        check(len(owing) == 5 and not projector.find_elements(By.CSS_SELECTOR, "#coverage li.done"),
              "coverage lists five owing tables and none done", repr(owing))

        # 2. table-1's phone, JavaScript on, answers everything.
        phone = browser("phone")
        drivers.append(phone)
        phone.get(room.links["table-1"])
        wait_for(phone, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.activity")) == 14,
                 "14 activity sections on table-1's phone")
        check(phone.execute_script("return window.innerWidth") == PHONE_WIDTH,
              "the phone viewport is %d CSS px wide" % PHONE_WIDTH)
        header = text_of(phone, "header")
        check("Academic" in header and "table-1" in header, "the phone says table-1 rates as Academic", header)
        check(text_of(phone, "#progress") == "0 of 14 answered", "progress starts at 0 of 14",
              text_of(phone, "#progress"))
        saved.append(shoot(phone, os.path.join(shots, "phone-top.png")))
        sections = phone.find_elements(By.CSS_SELECTOR, "section.activity")
        ids = [section.get_attribute("id") for section in sections]
        check(ids == ["a-" + a for a in activities], "the sections follow the plan's activities", repr(ids))
        keys = ["1", "2", "3", "4", "5"]
        chosen, notes = {}, {}
        for index, activity in enumerate(activities):
            key = "?" if index == 6 else keys[(index * 2 + index // 5) % 5]
            chosen[activity] = key
            section = phone.find_element(By.ID, "a-" + activity)
            if index == 2:
                section.find_element(By.CSS_SELECTOR, "details summary").click()
                textarea = section.find_element(By.CSS_SELECTOR, "textarea[name=note]")
                wait_for(phone, lambda d: textarea.is_displayed(), "the note box to open")
                textarea.send_keys(HOSTILE)
                check(textarea.get_attribute("value") == HOSTILE, "typed the hostile note for " + activity)
                notes[activity] = HOSTILE
            selector = "button.unsure" if key == "?" else 'button[name=answer][value="%s"]' % key
            section.find_element(By.CSS_SELECTOR, selector).click()
            status = section.find_element(By.CSS_SELECTOR, "p.status")
            wait_for(phone, lambda d: status.text.strip().startswith("Saved: "),
                     "'Saved: ...' on %s (it reads %r)" % (activity, status.text))
            want = "Saved: " + expected_display(key)
            check(status.text.strip() == want and "answered" in section.get_attribute("class").split(),
                  "%s: clicked %s, the page says %r and marks it answered" % (activity, key, want),
                  "status %r, class %r" % (status.text, section.get_attribute("class")))
            if activity in notes:
                check(section.find_element(By.CSS_SELECTOR, "textarea").get_attribute("value") == "",
                      "the note box is emptied once saved")
        progress = text_of(phone, "#progress")
        check(progress == "14 of 14 answered", "progress reads 14 of 14 answered", progress)
        width = phone.execute_script("return document.documentElement.scrollWidth")
        check(width <= PHONE_WIDTH + 1, "no horizontal scroll at %d px (scrollWidth %d)" % (PHONE_WIDTH, width))
        no_alert(phone, "phone")
        saved.append(shoot(phone, os.path.join(shots, "phone-answered-full.png"), full=True, scale=0.5))
        phone.execute_script("document.getElementById(arguments[0]).scrollIntoView()", "a-" + activities[1])
        saved.append(shoot(phone, os.path.join(shots, "phone-answered.png")))

        # 3. The journal.
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
            want_note = notes.get(activity)
            if want_note is None:
                check(record.get("note") in (None, ""), "journal: no note on " + activity, repr(record))
            else:
                check(record.get("note") == want_note, "journal: the note on %s is stored exactly as typed" % activity,
                      repr(record.get("note")))

        # 4. The projector caught up over the event stream, without a reload.
        def table_item(driver, group):
            for li in driver.find_elements(By.CSS_SELECTOR, "#coverage li"):
                if li.text.strip().startswith(group + " ") or li.text.strip().startswith(group + ":"):
                    return li
            return None

        wait_for(projector, lambda d: (table_item(d, "table-1") is not None
                                       and "done" in table_item(d, "table-1").get_attribute("class").split()),
                 "table-1's coverage item on the projector to turn 'done'")
        ok("projector: table-1 is done (%s)" % table_item(projector, "table-1").text)

        def academic_cells(driver):
            return driver.execute_script("""
                var col = arguments[0];
                return Array.from(document.querySelectorAll('#matrix tbody tr')).map(function (tr) {
                  var cell = tr.children[col];
                  var small = cell.querySelector('small');
                  var n = small ? small.textContent : '';
                  return [tr.children[0].textContent, cell.textContent.slice(0, cell.textContent.length - n.length), n,
                          cell.getAttribute('data-shade')];
                });""", academic)

        wait_for(projector, lambda d: all(c[2] == "n=1" for c in academic_cells(d)),
                 "n=1 in every Academic cell of the projector")
        cells = academic_cells(projector)
        ok("projector: every Academic cell shows n=1")
        for (title, text, _, shade), activity in zip(cells, activities):
            key = chosen[activity]
            check(text.strip() == key and (shade is None) == (key == "?"),
                  "projector: %s shows %s%s" % (title, key, "" if shade is None else " (shade %s)" % shade),
                  "text %r, shade %r" % (text, shade))
        summary = text_of(projector, "#summary")
        check(summary.startswith("1 of 5 tables done · 14 answers"), "projector summary: " + summary)
        check(projector.execute_script("return window.__notReloaded === true"),
              "the projector was updated live, not reloaded")
        no_alert(projector, "projector")

        # 5. table-2's phone with JavaScript off: choose a persona, answer with a plain form post.
        plain = browser("phone-nojs")
        drivers.append(plain)
        plain.get(room.links["table-2"])
        choices = plain.find_elements(By.CSS_SELECTOR, "a.choice")
        check(len(choices) == 5 and not plain.find_elements(By.CSS_SELECTOR, "section.activity"),
              "table-2's phone first asks for a persona (5 choices)", str(len(choices)))
        saved.append(shoot(plain, os.path.join(shots, "phone-nojs-choose.png")))
        persona_name = choices[0].text.split("\n")[0].strip()
        persona_id = choices[0].get_attribute("href").split("persona=")[-1]
        choices[0].click()
        wait_for(plain, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.activity")) == 14,
                 "the activities after choosing a persona (JavaScript off)")
        header = text_of(plain, "header")
        check(persona_name in header, "table-2 now rates as %s (%s)" % (persona_name, persona_id), header)
        target, key = activities[2], "4"
        plain.find_element(By.CSS_SELECTOR, '#a-%s button[name=answer][value="%s"]' % (target, key)).click()
        wait_for(plain, lambda d: "saved=" in d.current_url and d.find_elements(By.CSS_SELECTOR, "p.flash"),
                 "the redirect back with ?saved= and a flash (JavaScript off); at " + plain.current_url)
        flash = text_of(plain, "p.flash")
        landed = urllib.parse.urlsplit(plain.current_url)
        query = urllib.parse.parse_qs(landed.query)
        check(flash == "Saved: Drop-in desk in the School" and query.get("saved") == [target]
              and query.get("persona") == [persona_id],
              "redirected back (?%s#%s) with the flash %r" % (landed.query, landed.fragment, flash))
        if landed.fragment != "a-" + target:
            print("note: the redirect's fragment is #%s, not #a-%s (the server percent-encodes '-')"
                  % (landed.fragment, target))
        top = plain.execute_script("return document.getElementById(arguments[0]).getBoundingClientRect().top",
                                   "a-" + target)
        check(abs(top) < 40, "the page scrolled to the answered section (its top at %d px)" % top)
        section = plain.find_element(By.ID, "a-" + target)
        status = section.find_element(By.CSS_SELECTOR, "p.status").text.strip()
        check(status == "Saved: " + key and "answered" in section.get_attribute("class").split(),
              "the %s section reads %r and is marked answered" % (target, status),
              "class %r" % section.get_attribute("class"))
        check(text_of(plain, "#progress") == "1 of 14 answered", "JS-off progress reads 1 of 14 answered",
              text_of(plain, "#progress"))
        theirs = [r for r in answers(room.journal) if r.get("group") == "table-2"]
        check(len(theirs) == 1 and theirs[0].get("activity") == target and theirs[0].get("answer") == key
              and theirs[0].get("persona") == persona_id and theirs[0].get("by") == "phone:table-2",
              "journal: table-2's plain-form answer %s = %s for %s" % (target, key, persona_id), repr(theirs))
        saved.append(shoot(plain, os.path.join(shots, "phone-nojs.png"), full=True, scale=0.5))
        saved.append(shoot(plain, os.path.join(shots, "phone-nojs-viewport.png")))

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

        # 6. Consoles: read now, judged last, so that the room is still stopped and checked first.
        consoles = {name: severe(driver) for name, driver in (
            ("phone", phone), ("projector", projector), ("JS-off phone", plain), ("join cards", cards))}

        # 8. Stop.
        for driver in drivers:
            close(driver)
        drivers = []
        out = room.stop()
        room = None
        check("stopped serving" in out, "serve stopped on Ctrl-C and said so", repr(out[-300:]))

        bad = ["%s: %s" % (name, entry.get("message", "")) for name, entries in consoles.items() for entry in entries]
        for name, entries in consoles.items():
            if not entries:
                ok("no SEVERE entries in the %s's console" % name)
        check(not bad, "no SEVERE entries in any console", "\n  " + "\n  ".join(bad))
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
    except WebDriverException as error:
        print("FAIL: the browser failed: %s" % error.msg, flush=True)
        return 1
    except Exception as error:  # noqa: BLE001 - the room did not start, the journal did not parse, ...
        print("FAIL: %s: %s" % (type(error).__name__, error), flush=True)
        return 1
    finally:
        for driver in drivers:
            close(driver)
        if room is not None:
            try:
                room.stop()
            except Exception:  # noqa: BLE001
                room.kill()
        if root:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
