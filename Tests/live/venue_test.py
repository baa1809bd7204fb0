#!/usr/bin/env python3
"""`serve` run unattended, as deploy/workshop-room.service runs it, on loopback only:

1. The unit passes `systemd-analyze verify` with its ExecStart pointed at the built binary (left
   out, with the reason printed, where systemd-analyze is not installed), restarts on failure, runs
   as a user of its own in the project folder, and names only options `serve --help` lists (bar
   --public-url and --trust-proxy, issue 29's proxy options, once they are there).
2. `serve --log-requests` writes one line per request to standard error (time, method, path with
   its token taken out, status, milliseconds) and no token, query, note or idea text, while the
   links still go to standard output; SIGTERM, as systemd stops it, ends it cleanly.

    python3 Tests/live/venue_test.py --binary .build/debug/workshop --example .
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, check, make_project, notes  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
UNIT = os.path.join(HERE, "..", "..", "deploy", "workshop-room.service")
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (GET|POST|HEAD) (\S+) (\d{3}) (\d+) ms$")


def unit_settings(text):
    """The unit's `Key=value` lines by section, comments left out."""
    sections, section = {}, None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = sections.setdefault(line[1:-1], {})
        elif line and not line.startswith("#") and "=" in line and section is not None:
            key, value = line.split("=", 1)
            section[key] = value
    return sections


def unit(binary):
    text = open(UNIT, encoding="utf-8").read()
    service = unit_settings(text)["Service"]
    check(service.get("Restart") == "on-failure", "the unit restarts serve on failure")
    output, logs = service.get("StandardOutput", ""), service.get("LogsDirectory", "")
    check(output.startswith("append:/var/log/%s/" % logs) and logs and service.get("LogsDirectoryMode") == "0700",
          "the links serve prints (tokens in them) go to a file only the service reads, not the journal: " + output)
    check("AF_NETLINK" in service.get("RestrictAddressFamilies", ""), "serve may ask for this machine's addresses (netlink)")
    check(service.get("User") not in (None, "root") and service.get("WorkingDirectory"),
          "the unit runs as a user of its own (%s), in the project folder (%s)" % (service.get("User"), service.get("WorkingDirectory")))
    command = service["ExecStart"].split()
    check(command[1] == "serve" and "--listen" in command and "--open-from" in command and "--log-requests" in command,
          "ExecStart serves with --listen, --open-from and --log-requests: " + " ".join(command[1:4]))
    helped = subprocess.run([binary, "serve", "--help"], capture_output=True, text=True).stdout
    offered = set(re.findall(r"--[a-z][a-z-]+", helped))
    unknown = [option for option in command if option.startswith("--") and option not in offered]
    check(not unknown, "every option ExecStart gives is one serve takes (%s)" % (", ".join(unknown) or "all known"))
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        print("skipped: systemd-analyze verify (systemd-analyze is not installed here; Debian's systemd package has it)")
        return
    folder = tempfile.mkdtemp(prefix="workshop-unit-")
    try:
        copy = os.path.join(folder, "workshop-room.service")
        with open(copy, "w", encoding="utf-8") as out:
            out.write(text.replace("/usr/local/bin/workshop", os.path.abspath(binary)))
        result = subprocess.run([analyze, "verify", copy], capture_output=True, text=True, timeout=60)
        said = (result.stdout + result.stderr).strip()
        check(result.returncode == 0 and not said, "systemd-analyze verify passes the unit with nothing to say" + (": " + said if said else ""))
    finally:
        shutil.rmtree(folder, True)


def logged(binary, example):
    root = make_project(example, binary=binary)
    room = Room(binary, root, extra=["--assign", "table-1=academic", "--log-requests"])
    try:
        link = room.links["table-1"]
        token = link.rsplit("/", 1)[1]
        with urllib.request.urlopen(link + "?persona=academic", timeout=10) as response:
            check(response.status == 200, "the phone's page answers")
        body = {"activity": "drop-in", "persona": "academic", "answer": "4", "key": "k1", "note": "Ask the Schools first"}
        request = urllib.request.Request(link + "/answers", data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            check(json.loads(response.read()).get("saved"), "an answer with a note is saved")
        try:
            urllib.request.urlopen(room.base + "/g/not-a-token", timeout=10)
        except urllib.error.HTTPError as error:
            check(error.code == 403, "a wrong token is refused")
    finally:
        room.process.send_signal(signal.SIGTERM)
        room.process.wait(timeout=30)
    time.sleep(0.1)
    check(room.process.returncode == 0, "SIGTERM, as systemd sends it, stops serve cleanly (exit 0)")
    lines = [line.rstrip("\n") for line in open(os.path.join(root, "serve.err"), encoding="utf-8")]
    shapes = [LINE.match(line) for line in lines]
    check(lines and all(shapes), "every line on standard error is one request's: %r" % lines[:5])
    check([m.group(1, 2, 3) for m in shapes] == [("GET", "/g/:token", "200"), ("POST", "/g/:token/answers", "200"),
                                                 ("GET", "/g/:token", "403")], "one line per request, in order: %r" % lines)
    secrets = [token, "not-a-token", "persona", "Schools", room.projector.rsplit("/", 1)[1]]
    check(not [s for s in secrets if any(s in line for line in lines)], "no token, query or note in the log")
    check(notes(room.journal)[0]["text"] == "Ask the Schools first", "the note itself is in the journal")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    started = time.monotonic()
    unit(args.binary)
    logged(os.path.abspath(args.binary), os.path.abspath(args.example))
    print("all checks passed in %.1f s" % (time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
