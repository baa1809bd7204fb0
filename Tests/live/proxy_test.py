"""The live room behind a real reverse proxy: Caddy (Debian's `caddy`) on loopback with `tls internal`,
serving the room under the path /room/ (`handle_path`, which strips it, and says it in
X-Forwarded-Prefix), in front of `workshop serve --listen 127.0.0.1:PORT --trust-proxy 127.0.0.1
--public-url https://localhost:PORT2/room/`.

`serve` prints its links under the public URL; a headless Chromium phone (taking Caddy's own CA
with --ignore-certificate-errors) opens its link over HTTPS, loads the stylesheet and scripts and
the table's event stream through the proxy, answers, and the answer is in the journal; a form
posted without JavaScript is sent back (303) to an address under /room/; the join cards page,
asked through the proxy, names the public URL. Caddy runs from a Caddyfile in a temporary folder
(`caddy run --config`), bound to 127.0.0.1 only, admin endpoint off, its CA and state in that
folder; the test starts and stops it.

    python3 Tests/live/proxy_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import Failure, browser, check, failed, shoot, tear_down, wait_for  # noqa: E402
from room import Room, answers, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

CADDYFILE = """{
\tadmin off
\tauto_https disable_redirects
\tskip_install_trust
\tstorage file_system {
\t\troot %(state)s
\t}
}
https://localhost:%(proxy)d {
\tbind 127.0.0.1
\ttls internal
\thandle_path /room/* {
\t\treverse_proxy 127.0.0.1:%(app)d {
\t\t\theader_up X-Forwarded-Prefix /room
\t\t}
\t}
}
"""


def free_port():
    """A port free on loopback now (the kernel's choice; taken again by the server a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Caddy:
    """`caddy run` on a Caddyfile of its own in `folder`, until `stop`."""

    def __init__(self, folder, proxy, app):
        self.folder = folder
        config = os.path.join(folder, "Caddyfile")
        with open(config, "w", encoding="utf-8") as file:
            file.write(CADDYFILE % {"state": os.path.join(folder, "state"), "proxy": proxy, "app": app})
        # Its home and XDG folders here too, so nothing of it is left outside the temporary folder.
        env = dict(os.environ, HOME=folder, XDG_DATA_HOME=folder, XDG_CONFIG_HOME=folder)
        self.log = open(os.path.join(folder, "caddy.log"), "w", encoding="utf-8")
        self.process = subprocess.Popen(["caddy", "run", "--config", config, "--adapter", "caddyfile"],
                                        stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure("caddy ended at once: " + open(self.log.name, encoding="utf-8").read()[-2000:])
            try:
                socket.create_connection(("127.0.0.1", proxy), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise Failure("caddy did not listen on 127.0.0.1:%d within 15 s" % proxy)

    def quit(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


def request(url, method="GET", body=None):
    """(status, headers by lower-case name, text) of one request over HTTPS to the proxy, its certificate not checked
    (Caddy's own CA signed it)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=10,
                                             context=ssl._create_unverified_context())
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    connection.request(method, parts.path + ("?" + parts.query if parts.query else ""), body=body, headers=headers)
    response = connection.getresponse()
    headers = {name.lower(): value for name, value in response.getheaders()}
    result = (response.status, headers, response.read().decode("utf-8", "replace"))
    connection.close()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-proxy")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    if not shutil.which("caddy"):
        print("FAIL: caddy is not installed ('make test-deps' installs it)")
        return 1
    started = time.monotonic()
    room, root, drivers = None, None, []
    folder = tempfile.mkdtemp(prefix="workshop-caddy-")
    try:
        app, proxy = free_port(), free_port()
        public = "https://localhost:%d/room/" % proxy
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, listen="127.0.0.1:%d" % app,
                    extra=["--assign", "table-1=academic", "--trust-proxy", "127.0.0.1", "--public-url", public])
        check(all(link.startswith(public + "g/") for link in room.links.values()) and len(room.links) == 5,
              "serve prints every join link under the public URL", repr(room.links))
        check(room.projector.startswith(public + "f/") and room.cards == room.projector + "/cards",
              "and the projector's and the join cards' links")
        check(not any(line.startswith("warning:") for line in room.preamble),
              "no warning about loopback: the proxy on this machine reaches it")
        drivers.append(Caddy(folder, proxy, app))
        check(True, "caddy runs on 127.0.0.1:%d with tls internal, admin off" % proxy)

        status, _, cards = request(room.cards)
        check(status == 200 and room.links["table-2"] in cards, "the join cards page, through the proxy, names the public URL")
        token = room.links["table-1"].rsplit("/", 1)[1]
        status, headers, _ = request(public + "g/%s/answers" % token, "POST", "activity=bring-a-friend&answer=3&key=proxy-form-1")
        check(status == 303 and headers.get("location", "").startswith("/room/g/%s?" % token),
              "a form posted without JavaScript is sent back under /room/", "%d %r" % (status, headers.get("location")))

        phone = browser("phone", extra=("--ignore-certificate-errors",))
        drivers.insert(0, phone)
        phone.get(room.links["table-1"])
        check(phone.current_url.startswith(public + "g/"), "the phone opens its link over HTTPS through the proxy")
        wait_for(phone, lambda d: d.execute_script("return document.body.dataset.stream") == "live",
                 "the table's event stream through the proxy")
        check(True, "its script runs and its event stream is live through the proxy")
        styled = phone.execute_script("return document.styleSheets.length > 0 && "
                                      "getComputedStyle(document.body).fontFamily !== ''")
        check(styled, "its stylesheet loads from under /room/")
        phone.find_element(By.CSS_SELECTOR, "#a-drop-in button[name=answer][value='4']").click()
        wait_for(phone, lambda d: d.find_element(By.CSS_SELECTOR, "#a-drop-in .status").text.startswith("Saved"),
                 "the phone's acknowledgement")
        check(True, "the phone's answer is acknowledged")
        shoot(phone, os.path.join(shots, "phone-behind-proxy.png"))
        recorded = [(a.get("group"), a.get("activity"), a.get("answer")) for a in answers(room.journal)]
        check(("table-1", "drop-in", "4") in recorded and ("table-1", "bring-a-friend", "3") in recorded,
              "both answers are in the journal", repr(recorded))
        took = time.monotonic() - started
        check(took < 30, "the proxy test took %.1f s (under 30 s)" % took)
        return 0
    except Exception as error:  # noqa: BLE001 - one FAIL line whatever stopped it
        return failed(error)
    finally:
        tear_down(drivers, room, root)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
