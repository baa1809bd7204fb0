"""What the projector wall's browser test uses: ideas posted as a phone posts them, the wall read in
one script (the event stream may redraw it between two WebDriver calls), the keyboard's Tab, a
screenshot of one part of the page, and the results page checked from its golden rendering."""
import base64
import json
import os
import shutil
import tempfile
import urllib.request
import uuid

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browsers import Failure, browser, check

def post_idea(room, group, text, prompt="try-first"):
    """An idea as a phone's script posts it; its 16-hex id, once acknowledged (on disk)."""
    body = json.dumps({"prompt": prompt, "text": text, "key": uuid.uuid4().hex}).encode()
    request = urllib.request.Request(room.links[group] + "/ideas", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.loads(response.read())
    check(answer.get("saved") is True, "%s's idea acknowledged" % group, repr(answer))
    return answer["idea"]


def cards(driver):
    """The ideas on the wall, by id (read in one script: the stream may redraw the wall meanwhile)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#wall li.idea')).map(function (li) { return li.id.slice(5); });")


def card(driver, idea, script):
    """`script` run on the card of `idea` (as `li`), in the page."""
    return driver.execute_script("var li = document.getElementById('idea-' + arguments[0]); " + script, idea)


def shoot_part(driver, css, path):
    """A PNG of the first element matching `css`, whole, however tall (CDP, beyond the viewport)."""
    box = driver.execute_script(
        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};", css)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "fromSurface": True, "clip": dict(box, scale=1)})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    check(os.path.getsize(path) > 1000, "screenshot saved: " + path)


def headings(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#wall h4.theme')).map(function (h) { return h.textContent; });")


def tab_to(driver, element_id, limit=60):
    """Presses Tab until the element with `element_id` has the focus (the keyboard only)."""
    for _ in range(limit):
        if driver.switch_to.active_element.get_attribute("id") == element_id:
            return
        ActionChains(driver).send_keys(Keys.TAB).perform()
    raise Failure("Tab never reached #" + element_id)



def results_page(room, drivers, shots):
    """The results as the golden test renders them (a closed vote needs the prompt's `vote`), with
    the stylesheet the room serves: ranked rows, the rank and dots as text, bars no longer than the
    last row's above them, nothing wider than the window."""
    folder = tempfile.mkdtemp(prefix="workshop-results-")
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "WorkshopServerTests", "Golden",
                          "projector-results.html")
    with open(golden, encoding="utf-8") as file:
        page = file.read().replace('href="/assets/room.css"', 'href="room.css"').replace('src="/assets/projector.js"', 'src=""')
    with open(os.path.join(folder, "results.html"), "w", encoding="utf-8") as file:
        file.write(page)
    with urllib.request.urlopen(room.base + "/assets/room.css", timeout=10) as response, \
            open(os.path.join(folder, "room.css"), "wb") as file:
        file.write(response.read())
    viewer = browser("projector")
    drivers.append(viewer)
    viewer.get("file://" + os.path.join(folder, "results.html"))
    rows = viewer.execute_script(
        "return Array.from(document.querySelectorAll('table.results tbody tr')).map(function (tr) { return ["
        "tr.querySelector('td.rank').textContent, tr.querySelector('span.count').textContent,"
        "tr.querySelector('span.bar').getBoundingClientRect().width]; });")
    check([r[:2] for r in rows] == [["1=", "2"], ["1=", "2"], ["3", "1"]],
          "results: ranks with the tie as 1=, dots printed, winners first", repr(rows))
    check(all(rows[i][2] >= rows[i + 1][2] for i in range(len(rows) - 1)) and rows[0][2] > rows[2][2] > 0,
          "results: the bars shorten down the ranking", repr([r[2] for r in rows]))
    wide = viewer.execute_script("return document.documentElement.scrollWidth - window.innerWidth;")
    check(wide <= 0, "results: no wider than the window", str(wide))
    shoot_part(viewer, "#wall", os.path.join(shots, "projector-results.png"))
    shutil.rmtree(folder, ignore_errors=True)

