"""The live room behind a real reverse proxy, configured from the files the README shows:
`deploy/Caddyfile` and `deploy/nginx-workshop.conf`, each read as it is, its comments left out and
only these changed: the site's name and HTTPS port (https://localhost:PORT on 127.0.0.1), the room's
port (8080 there), the certificate (Caddy: `tls internal`, with test-only global options: admin off,
no redirect server on :80, its CA and state in a temporary folder, no trust store touched; nginx: a
self-signed certificate made here with `openssl req -x509`, its port-80 server on another loopback
port, and a main configuration around it: `daemon off;`, pid, logs and temporary folders in that
folder). The path prefix /stirling/ stays as the files have it, in front of
`workshop serve --listen 127.0.0.1:PORT --trust-proxy 127.0.0.1 --public-url https://localhost:PORT2/stirling/`.

Through each proxy, with a serve of its own: `serve` prints its links under the public URL and its
network check link starting with it; the join cards page names the public URL; /stirling without
its slash is sent to /stirling/; a headless Chromium phone (--ignore-certificate-errors) opens its
link over HTTPS, loads the stylesheet and scripts and the table's event stream; a form posted
without JavaScript (another phone at that table) is sent back (303) under /stirling/ and shows on
the phone without a reload, through the stream; the phone's own answer is acknowledged and both are
in the journal; the phone opens the check link and serve prints its `check:` line (the phone is on
this machine, so the line says so: that is right, and proves the link works through the proxy).

    python3 Tests/live/proxy_test.py [--binary PATH] [--example DIR] [--shots DIR] [--proxy caddy|nginx|all]

`all` (the default) runs through Caddy, and through nginx too when `nginx` is on PATH (`make test`
installs Caddy only, so CI tests through Caddy); a proxy not installed gets a `skipped:` line, and
none at all is a failure. Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import os
import re
import shutil
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import Failure, browser, check, failed, shoot, tear_down, wait_for  # noqa: E402
from room import Room, answers, make_project  # noqa: E402
from proxies import DEPLOY, PREFIX, Proxy, deployed, free_port, request  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


def printed_line(room, start, seen, timeout=10):
    """The first line serve prints starting with `start` (lines read on the way kept in `seen`);
    a Failure after `timeout` seconds or when serve ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in room.printed():
            seen.append(line)
            if line.startswith(start):
                return line
        if room.process.poll() is not None:
            break
        time.sleep(0.05)
    raise Failure("serve printed no line starting %r; it printed: %r" % (start, seen[-5:]))


def through(name, phone, binary, example, folder, shots):
    """Every check through the proxy `name`, with a serve of its own; the proxy and serve stopped after."""
    room, root, proxy = None, None, None
    started = time.monotonic()
    try:
        app, port = free_port(), free_port()
        public = "https://localhost:%d%s" % (port, PREFIX)
        root = make_project(example, binary=binary)
        room = Room(binary, root, listen="127.0.0.1:%d" % app,
                    extra=["--assign", "table-1=academic", "--trust-proxy", "127.0.0.1", "--public-url", public])
        check(all(link.startswith(public + "g/") for link in room.links.values()) and len(room.links) == 5,
              "%s: serve prints every join link under the public URL" % name, repr(room.links))
        check(room.projector.startswith(public + "f/") and room.cards == room.projector + "/cards",
              "%s: and the projector's and the join cards' links" % name)
        check(not any(line.startswith("warning:") for line in room.preamble),
              "%s: no warning about loopback: the proxy on this machine reaches it" % name)
        seen = []
        check_link = room.check
        check(check_link.startswith(public + "check/"), "%s: and its network check link" % name, check_link)
        proxy = Proxy(name, folder, port, app)
        check(True, "%s runs deploy/%s on 127.0.0.1:%d with its test certificate"
              % (name, "Caddyfile" if name == "caddy" else "nginx-workshop.conf", port))

        status, _, cards = request(room.cards)
        check(status == 200 and room.links["table-2"] in cards,
              "%s: the join cards page, through the proxy, names the public URL" % name)
        status, headers, _ = request(public.rstrip("/"))
        check(status in (301, 308) and headers.get("location", "").endswith(PREFIX) and
              urllib.parse.urlsplit(headers["location"]).path == PREFIX,
              "%s: %s without its slash is sent to %s" % (name, PREFIX.rstrip("/"), PREFIX),
              "%d %r" % (status, headers.get("location")))

        phone.get(room.links["table-1"])
        check(phone.current_url.startswith(public + "g/"), "%s: the phone opens its link over HTTPS through the proxy" % name)
        wait_for(phone, lambda d: d.execute_script("return document.body.dataset.stream") == "live",
                 "the table's event stream through %s" % name)
        check(True, "%s: its script runs and its event stream is live through the proxy" % name)
        styled = phone.execute_script("return document.styleSheets.length > 0 && "
                                      "getComputedStyle(document.body).fontFamily !== ''")
        check(styled, "%s: its stylesheet loads from under %s" % (name, PREFIX))

        token = room.links["table-1"].rsplit("/", 1)[1]
        status, headers, _ = request(public + "g/%s/answers" % token, "POST", "activity=bring-a-friend&answer=3&key=proxy-form-1")
        check(status == 303 and headers.get("location", "").startswith("%sg/%s?" % (PREFIX, token)),
              "%s: a form posted without JavaScript is sent back under %s" % (name, PREFIX),
              "%d %r" % (status, headers.get("location")))
        posted = time.monotonic()
        wait_for(phone, lambda d: d.execute_script(
            "var b = document.querySelector('#a-bring-a-friend button[name=answer].chosen'); return b && b.value === '3'"),
            "the other phone's answer on the phone through %s's event stream" % name, timeout=5)
        check(True, "%s: that answer shows on the phone without a reload, %.1f s after, through the event stream"
              % (name, time.monotonic() - posted))

        phone.find_element(By.CSS_SELECTOR, "#a-drop-in button[name=answer][value='4']").click()
        wait_for(phone, lambda d: d.find_element(By.CSS_SELECTOR, "#a-drop-in .status").text.startswith("Saved"),
                 "the phone's acknowledgement")
        check(True, "%s: the phone's answer is acknowledged" % name)
        shoot(phone, os.path.join(shots, "phone-behind-%s.png" % name))
        recorded = [(a.get("group"), a.get("activity"), a.get("answer")) for a in answers(room.journal)]
        check(("table-1", "drop-in", "4") in recorded and ("table-1", "bring-a-friend", "3") in recorded,
              "%s: both answers are in the journal" % name, repr(recorded))

        phone.get(check_link)
        check(phone.current_url == check_link, "%s: the phone opens the network check link through the proxy" % name)
        checked = printed_line(room, "check: ", seen, timeout=5)
        # The phone is on this machine, so the line says its opening proves nothing: right here. Not
        # the hint to give --trust-proxy: the room believed the proxy's X-Forwarded-For.
        check("opened on this machine (127.0.0.1)" in checked and "--trust-proxy" not in checked,
              "%s: serve prints its check line, the phone's address taken from the proxy" % name, checked)
        return time.monotonic() - started
    finally:
        if proxy is not None:
            proxy.quit()
        tear_down([], room, root)


def readme_shows_the_deploy_files():
    """The README's ```caddyfile and ```nginx blocks are deploy/Caddyfile and nginx-workshop.conf
    as they are, comment lines aside: what a facilitator copies is what this test runs."""
    readme = open(os.path.join(DEPLOY, "..", "README.md"), encoding="utf-8").read()
    for fence, name in (("caddyfile", "Caddyfile"), ("nginx", "nginx-workshop.conf")):
        shown = re.search(r"```%s\n(.*?)```" % fence, readme, re.S)
        if not shown:
            raise Failure("README.md has no ```%s block showing deploy/%s" % (fence, name))
        file = re.sub(r"\n{3,}", "\n\n", deployed(name, [])).strip("\n")
        check(shown.group(1).strip("\n") == file, "the README shows deploy/%s as it is, comments aside" % name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-proxy")
    parser.add_argument("--proxy", choices=("caddy", "nginx", "all"), default="all")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    wanted = ("caddy", "nginx") if args.proxy == "all" else (args.proxy,)
    present = [name for name in wanted if shutil.which(name)]
    for name in wanted:
        if name not in present:
            print("skipped: %s is not installed%s" % (name, " ('make test-deps' installs it)" if name == "caddy" else ""))
    if not present:
        print("FAIL: no proxy to test through: %s" % ("neither caddy nor nginx is installed" if len(wanted) == 2
                                                      else wanted[0] + " is not installed"))
        return 1
    started = time.monotonic()
    phone = None
    try:
        readme_shows_the_deploy_files()
        phone = browser("phone", extra=("--ignore-certificate-errors",))
        times = []
        for name in present:
            folder = tempfile.mkdtemp(prefix="workshop-%s-" % name)
            try:
                times.append("%s %.1f s" % (name, through(name, phone, binary, os.path.abspath(args.example), folder, shots)))
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        took = time.monotonic() - started
        check(took < 30, "the proxy test took %.1f s, the browser's start included (%s; under 30 s)" % (took, ", ".join(times)))
        return 0
    except Exception as error:  # noqa: BLE001 - one FAIL line whatever stopped it
        return failed(error)
    finally:
        tear_down([phone] if phone else [], None, None)


if __name__ == "__main__":
    sys.exit(main())
