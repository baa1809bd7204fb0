"""Browser plumbing for the live-room tests: headless Chromium through Selenium (a projector, a
phone with JavaScript on or off), screenshots, alerts and console errors, and the `ok:` / `FAIL:`
checks that stop a test at its first failure."""
import base64
import os
import shutil
import signal
import time

from selenium import webdriver
from selenium.common.exceptions import (NoAlertPresentException, NoSuchElementException, StaleElementReferenceException,
                                        TimeoutException, WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_WIDTH, PHONE_HEIGHT = 360, 740
MOBILE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/126.0.0.0 Mobile Safari/537.36")
WAIT = 10


class Failure(Exception):
    pass


def ok(message):
    print("ok: " + message, flush=True)


def check(condition, message, detail=""):
    if not condition:
        raise Failure(message + (": " + detail if detail else ""))
    ok(message)


def replaced(error):
    """Whether Selenium's error says the page replaced what a test had found: a phone's script
    swapped a section, or a plain form's redirect landed, between a find and its use. Chromium says
    so as a stale element or, mid-navigation, as a node that does not belong to the document."""
    return isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error)


def wait_for(driver, condition, what, timeout=WAIT):
    """The condition's value once truthy; a Failure naming `what` after `timeout` seconds. A page
    being replaced while the condition reads it is read as not yet."""
    def settled(d):
        try:
            return condition(d)
        except WebDriverException as error:
            if replaced(error) or isinstance(error, NoSuchElementException):
                return False
            raise
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1).until(settled)
    except TimeoutException:
        raise Failure("timed out after %d s waiting for %s" % (timeout, what)) from None


def browser(kind, extra=()):
    """A headless Chromium: `projector` (desktop), `phone` (360 px, mobile) or `phone-nojs`; `extra`
    command-line switches (`--ignore-certificate-errors` behind a proxy with its own CA)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--lang=en-GB", *extra):
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


def failed(error):
    """The one `FAIL:` line for whatever stopped a browser test (a check, the browser, the room), and
    the exit status."""
    if isinstance(error, Failure):
        print("FAIL: %s" % error, flush=True)
    elif isinstance(error, WebDriverException):
        print("FAIL: the browser failed: %s" % error.msg, flush=True)
    else:
        print("FAIL: %s: %s" % (type(error).__name__, error), flush=True)
    return 1


def tear_down(drivers, room, root):
    """Every browser closed (or anything else with `quit`), the room stopped (killed if it will not
    stop), the temporary project removed; each step whatever the one before did."""
    for driver in drivers:
        if hasattr(driver, "service"):
            close(driver)
        else:
            driver.quit()
    if room is not None:
        try:
            room.stop()
        except Exception:  # noqa: BLE001 - cleanup goes on
            room.kill()
    if root:
        shutil.rmtree(root, ignore_errors=True)


def again(action, what, tries=5):
    """`action` (find, then act) done again when the page replaced what it found in between: a
    phone's script swaps a section for the server's newer one, as a person's tap lands on the new
    one; a test's element reference does not follow, and Chromium says the node is gone."""
    for attempt in range(tries):
        try:
            return action()
        except WebDriverException as error:
            if not replaced(error) or attempt == tries - 1:
                raise
            ok("%s: the page replaced it meanwhile; again" % what)
            time.sleep(0.2)

