"""What the accessibility tests share: the pinned axe-core injected and run, Chromium's accessibility
tree read through the DevTools protocol, a page's language in its link, and the viewport of a phone
or a projector set on the one browser."""
import json
import os
import sys
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "live"))
from browsers import Failure  # noqa: E402

AXE = os.path.join(HERE, "..", "..", ".build-axe", "axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The roles a person operates: each must have a name that says what it does.
OPERABLE = {"button", "link", "textbox", "checkbox", "combobox", "radio", "searchbox", "spinbutton", "switch",
            "slider", "menuitem", "option", "tab", "listbox"}
PHONE, PROJECTOR = (390, 844), (1280, 720)


def axe_source():
    if not os.path.exists(AXE):
        raise Failure("no %s: run `make test-deps` (it fetches axe-core 4.10.2)" % os.path.normpath(AXE))
    with open(AXE, encoding="utf-8") as file:
        return file.read()


def version_tuple(text):
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def run_axe(driver, source):
    """axe's version and its violations at the WCAG 2.0-2.2 A/AA tags, each as a short dict."""
    driver.execute_script(source)
    version = driver.execute_script("return axe.version;")
    driver.set_script_timeout(30)
    found = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(function (r) {
          done(r.violations.map(function (v) {
            return {rule: v.id, help: v.help, nodes: v.nodes.map(function (n) {
              return {target: n.target.join(' '), summary: (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)};
            })};
          }));
        }, function (error) { done([{rule: 'axe-error', help: String(error), nodes: []}]); });""", TAGS)
    return version, found


def unnamed(driver):
    """Every operable node of Chromium's accessibility tree without a name: (role, DOM node id, text)."""
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    missing = []
    for node in tree.get("nodes", []):
        if node.get("ignored"):
            continue
        role = (node.get("role") or {}).get("value")
        name = ((node.get("name") or {}).get("value") or "").strip()
        if role in OPERABLE and not name:
            missing.append((role, node.get("backendDOMNodeId")))
    described = []
    for role, backend in missing:
        try:
            html = driver.execute_cdp_cmd("DOM.getOuterHTML", {"backendNodeId": backend})["outerHTML"][:120]
        except Exception:  # noqa: BLE001 - the node may be gone; its role still says what it was
            html = "?"
        described.append("%s %s" % (role, html))
    return described


# Headings and landmarks in order: one h1, a main, no level skipped going down, the language switch
# (links that set ?lang=) inside a nav, every status line a live region.
STRUCTURE = """
var out = [], h1 = document.querySelectorAll('h1').length;
if (h1 !== 1) out.push(h1 + ' h1 elements');
if (!document.querySelector('main, [role=main]')) out.push('no main landmark');
var last = 0;
document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {
  var level = +h.tagName[1];
  if (last && level > last + 1) out.push('h' + level + ' after h' + last + ': ' + h.textContent.trim().slice(0, 40));
  last = level;
});
document.querySelectorAll('a[href*="lang="]').forEach(function (a) {
  if (!a.closest('nav')) out.push('language link outside a nav: ' + a.textContent.trim());
});
document.querySelectorAll('.status, #offline, #announce').forEach(function (e) {
  if (!e.closest('[role=status], [role=alert], [aria-live]')) out.push('status line not a live region: ' + (e.id || e.className));
});
return out;"""


def structure(driver):
    return driver.execute_script(STRUCTURE)


def in_language(url, lang):
    """The link with `lang=` set (the room's language switch; it also sets a cookie)."""
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "lang"] + [("lang", lang)]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def viewport(driver, size, mobile):
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def offline(driver, cut):
    """The network cut (or given back) for this page, as a phone loses the Wi-Fi."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": cut, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def post_json(url, body):
    """A JSON post as the phone's script sends it; the reply's JSON."""
    request = urllib.request.Request(url, data=json.dumps(dict(body, key=uuid.uuid4().hex)).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())
