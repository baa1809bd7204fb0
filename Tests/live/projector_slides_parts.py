"""Helpers of projector_slides_test.py: the session of 50 activities by 12 personas, the room's view
as a second screen is sent it, the viewport, and the scripts that read the page."""
import json
import os
import subprocess
import urllib.request

from selenium.webdriver.common.action_chains import ActionChains

from browsers import ok

PERSONAS = ["Academic", "Undergraduate", "International student", "PhD candidate", "Professional services",
            "Distance learner", "Part-time postgraduate", "Library assistant", "Research funder", "Alumni volunteer",
            "Widening-participation student", "Visiting scholar"]
WORDS = ["Drop-in desk", "Research cafés", "Reading-list reviews", "Embedded skills teaching", "Newsletter",
         "Librarian in the VLE", "Induction", "Student champions", "Liaison report", "Planning meeting"]


def titles():
    """Fifty titles, some long enough to wrap."""
    long = " for every School, with a follow-up session in the second term"
    return ["%s %d%s" % (WORDS[i % len(WORDS)], i + 1, long if i % 7 == 3 else "") for i in range(50)]


def make_session(binary, root):
    """Twelve personas, a plan of 50 activities and twelve tables, ten of which answered everything."""
    os.makedirs(os.path.join(root, "personas"))
    os.makedirs(os.path.join(root, "sessions"))
    ids = []
    for name in PERSONAS:
        ident = name.lower().replace(" ", "-")
        ids.append(ident)
        with open(os.path.join(root, "personas", ident + ".yaml"), "w", encoding="utf-8") as file:
            file.write("name: %s\nsummary: Someone the library serves.\nweight: 1\nneeds:\n  - Help.\npains:\n  - Time.\n" % name)
    lines = ["title: Fifty activities, twelve personas", "date: 2026-12-07", "scale: 1-5",
             "personas: [%s]" % ", ".join(ids), "groups: [%s]" % ", ".join("table-%d" % i for i in range(1, 13)),
             "prompts:", "  - id: try-first", "    text: Which would you try first?", "activities:"]
    for index, title in enumerate(titles()):
        lines += ["  - id: a%d" % (index + 1), "    title: %s" % title, "    description: What activity %d is." % (index + 1)]
    with open(os.path.join(root, "sessions", "big.yaml"), "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    subprocess.run([binary, "start", "big", "--root", root], check=True, capture_output=True)
    for table in range(1, 11):
        answers = [str((table * 7 + activity * 3) % 5 + 1) for activity in range(50)]
        subprocess.run([binary, "row", "big", ids[table - 1], "table-%d" % table, *answers, "--root", root],
                       check=True, capture_output=True)
    ok("a session of 50 activities x 12 personas, ten tables answered")


def view(room):
    with urllib.request.urlopen(room.projector + "/view", timeout=10) as response:
        return json.loads(response.read())


def size(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def shown(driver):
    return driver.execute_script("var b = document.getElementById('slide-body'); return b && b.dataset.slide;")


SMALL_TEXT = """
var small = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  var node = walker.currentNode, parent = node.parentElement;
  if (!node.textContent.trim() || !parent) continue;
  var box = parent.getBoundingClientRect();
  if (!parent.getClientRects().length || box.width <= 1 || box.height <= 1) continue;
  var size = parseFloat(getComputedStyle(parent).fontSize);
  if (size < 18) small.push(parent.tagName + ' ' + size + 'px: ' + node.textContent.trim().slice(0, 30));
}
return small;"""

VISIBLE_TITLES = """
return Array.from(document.querySelectorAll('#matrix tbody tr')).filter(function (tr) { return !tr.hidden; })
  .map(function (tr) { return tr.querySelector('th').textContent.replace(/^A\\d+ /, ''); });"""


PAGE_NOTE = "var p = document.getElementById('pages'); return p ? p.textContent : null;"


def key(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


# The page's fetches of a slide answered 400 ms late (a slow venue network), and every slide the
# screen shows logged in order (the matrix with its page), so that a step's race with the stream's own redraw is seen.
SLOW_AND_LOGGED = """
var real = window.fetch;
window.fetch = function (url) {
  var answer = real.apply(this, arguments);
  if (String(url).indexOf('/slide?') < 0) return answer;
  return answer.then(function (r) { return new Promise(function (done) { setTimeout(function () { done(r); }, 400); }); });
};
window.shownLog = [];
function note() {
  var b = document.getElementById('slide-body'), p = document.getElementById('pages');
  var s = b && b.dataset.slide, at = s === 'matrix' && p && /\d+/.exec(p.textContent);
  if (at) s += ' ' + at[0];
  if (s && window.shownLog[window.shownLog.length - 1] !== s) window.shownLog.push(s);
}
note();
new MutationObserver(note).observe(document.getElementById('slide'), { childList: true, subtree: true, characterData: true });"""

# How many times the slide is swapped in from now on.
COUNT_SWAPS = ("window.swaps = 0; new MutationObserver(function () { window.swaps += 1; })"
               ".observe(document.getElementById('slide'), { childList: true });")
