#!/usr/bin/env python3
"""The live room on a shared network: every safety point of `serve`, tried from outside.

Wrong or missing tokens, malformed bodies, unknown activities, answers off the scale, bodies too
large, a table sending too fast, hostile text in titles and names, paths outside the embedded
assets, and where the server binds. Each refusal must carry its status and one line, and none may
write anything: the journal is compared byte for byte around every hostile request.
"""
import argparse
import html
import json
import os
import socket
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import fail, check, Room, make_project, answers, notes  # noqa: E402
from probe import Client, other_address  # noqa: E402
import hostile_ideas  # noqa: E402

HOSTILE = '<img src=x onerror=alert(1)> & "q" \u202e'


def one_line(text):
    return len(text.strip().splitlines()) == 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(args.example, binary=binary)
    # Hostile text where the pages show it: an activity's title and description, a persona's name.
    subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True,
                   input=f"open stirling-2015\nadd-activity clinic '{HOSTILE}' --description '{HOSTILE}'\n")
    persona = os.path.join(root, "personas", "academic.yaml")
    text = open(persona, encoding="utf-8").read().replace("name: Academic", "name: '<b>Acad</b>emic'", 1)
    open(persona, "w", encoding="utf-8").write(text)
    # The persona file changed after the start: the session keeps its snapshot; start another.
    subprocess.run([binary, "start", "stirling-2015", "--root", root], check=True, capture_output=True)
    subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True,
                   input=f"open stirling-2015-2\nadd-activity clinic '{HOSTILE}' --description '{HOSTILE}'\n")
    room = Room(binary, root, session="stirling-2015-2", extra=["--assign", "table-1=academic"])
    try:
        run(room, Client(room.base), binary, root)
    finally:
        if room.process.poll() is None:
            room.stop()
    print("hostile input: all checks passed")


def run(room, client, binary, root):
    token = room.links["table-1"].rsplit("/", 1)[1]
    facilitator = room.projector.rsplit("/", 1)[1]
    journal = room.journal
    before = open(journal, "rb").read()

    def unchanged(label):
        check(open(journal, "rb").read() == before, f"{label}: nothing written")

    good = json.dumps({"activity": "drop-in", "answer": "4", "key": "good-1"})
    json_headers = {"Content-Type": "application/json", "Accept": "application/json"}

    # Tokens.
    for path in [f"/g/{'0' * 32}/answers", f"/g/{facilitator}/answers", "/g//answers", "/g/answers",
                 f"/g/{token[:-1]}/answers", f"/g/{token.upper()}/answers"]:
        status, headers, body = client.request("POST", path, good, json_headers)
        check(status == 403 and one_line(body), f"POST {path[:40]}: 403 with one line ({status})")
    for path in [f"/f/{token}", f"/f/{token}/events", f"/f/{token}/cards", f"/f/{token}/view", "/f/", "/f",
                 f"/g/{'a' * 32}"]:
        status, _, body = client.request("GET", path)
        check(status == 403, f"GET {path[:40]}: 403 ({status})")
    unchanged("wrong and missing tokens")

    # Bodies.
    for body, content_type, reason in [
        ("{not json", "application/json", "not a JSON object"),
        ("[1,2]", "application/json", "not a JSON object"),
        ('{"activity":"drop-in","answer":"4"}', "application/json", "no 'key' field"),
        ('{"activity":"nope","answer":"4","key":"k"}', "application/json", "no activity 'nope'"),
        ('{"activity":"drop-in","answer":"6","key":"k"}', "application/json", "is not on the scale"),
        ('{"activity":"drop-in","answer":"-1","key":"k"}', "application/json", "is not on the scale"),
        ('{"activity":"drop-in","answer":"4","key":"k","persona":"undergraduate"}', "application/json", "plays 'academic'"),
        ("activity=drop-in&answer=4&key=k&note=%00", "application/x-www-form-urlencoded", "control characters"),
        ("%%%", "application/x-www-form-urlencoded", "no 'activity' field"),
    ]:
        status, headers, text = client.request("POST", f"/g/{token}/answers", body, {"Content-Type": content_type})
        check(status == 400 and reason in html.unescape(text), f"{body[:30]!r}: 400 naming '{reason}'")
        if content_type == "application/json":
            check(one_line(json.loads(text)["error"]), "   the reason is one line")
    status, _, text = client.request("POST", f"/g/{token}/answers", "x" * 100_000, {"Content-Type": "application/json"})
    check(status == 413 and "larger than" in text, f"a 100 kB body: 413 ({status})")
    unchanged("malformed bodies")

    # Paths outside the assets.
    for path in ["/assets/../../Package.swift", "/assets/..%2f..%2fPackage.swift", "/assets/%2e%2e/sessions",
                 "/../sessions/stirling-2015.jsonl", "/sessions/stirling-2015.jsonl", "/assets/", "/assets/room.css/..",
                 "/etc/passwd", "/assets/room.css%00.js"]:
        status, _, text = client.request("GET", path)
        check(status == 404 and '"type":"start"' not in text and "swift-tools-version" not in text,
              f"GET {path}: 404, no file read ({status})")

    # Headers on everything, errors included.
    for method, path in [("GET", "/"), ("GET", "/assets/room.css"), ("GET", f"/g/{token}"), ("GET", "/nowhere"),
                         ("POST", f"/g/{'0' * 32}/answers")]:
        _, headers, _ = client.request(method, path, "" if method == "POST" else None)
        policy = headers.get("Content-Security-Policy", "")
        check("default-src 'none'" in policy and "script-src 'self'" in policy
              and headers.get("X-Content-Type-Options") == "nosniff", f"{method} {path[:30]}: CSP and nosniff")

    # Hostile text escaped on every page that shows it.
    for path in [f"/g/{token}", f"/f/{facilitator}", f"/f/{facilitator}/cards"]:
        _, _, page = client.request("GET", path)
        check("<img src=x" not in page and "<b>Acad" not in page, f"GET {path[:12]}…: titles and names escaped")
    _, _, page = client.request("GET", f"/g/{token}")
    check("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;" in page, "the phone page shows the title as text")
    status, _, _ = client.request("POST", f"/g/{token}/answers", json.dumps(
        {"activity": "clinic", "answer": "3", "key": "hostile-note", "note": HOSTILE}), json_headers)
    check(status == 200, "a note with markup is accepted as text")
    check(notes(journal)[-1]["text"] == HOSTILE.strip(), "   and stored exactly as sent, a note record of its own")
    hostile_ideas.run(room, client, token, room.links["table-2"].rsplit("/", 1)[1], HOSTILE)
    before = open(journal, "rb").read()

    # The facilitator hides the figures (groupthink) and shows them again; only the facilitator can.
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, _ = client.request("POST", f"/f/{token}/results", "show=1", form)
    check(status == 403, "a table's token cannot show or hide the results")
    status, headers, _ = client.request("POST", f"/f/{facilitator}/results", "show=0", form)
    view = json.loads(client.request("GET", f"/f/{facilitator}/view")[2])
    check(status == 303 and view["hidden"] and all("text" not in c for row in view["cells"] for c in row),
          "hidden: the projector's data carries counts, no figures")
    client.request("POST", f"/f/{facilitator}/results", "show=1", form)
    view = json.loads(client.request("GET", f"/f/{facilitator}/view")[2])
    check(not view["hidden"] and any("text" in c for row in view["cells"] for c in row), "shown again: figures back")

    # Rate limit: one table flooding, another unaffected.
    statuses = []
    for number in range(400):
        status, headers, text = client.request("POST", f"/g/{token}/answers", json.dumps(
            {"activity": "drop-in", "answer": "x", "key": f"flood-{number}"}), json_headers)
        statuses.append(status)
        if status == 429:
            check(headers.get("Retry-After", "").isdigit() and "wait" in json.loads(text)["error"],
                  f"the flood is slowed after {number} requests: 429 with Retry-After")
            break
    check(429 in statuses, "a table sending too fast is refused")
    other = room.links["table-2"].rsplit("/", 1)[1]
    status, _, _ = client.request("GET", f"/g/{other}")
    check(status == 200, "another table is not held back")
    unchanged("off-scale flood")

    # Where it binds: loopback only, so another address of this machine does not answer.
    check(room.base.startswith("http://127.0.0.1:"), "serve prints the loopback address it was given")
    outside = other_address()
    if outside is None:
        print("note: this machine has no address but loopback; the bind check is left out")
    else:
        probe = socket.socket()
        probe.settimeout(2)
        refused = probe.connect_ex((outside, client.port)) != 0
        probe.close()
        check(refused, f"nothing listens on {outside}:{client.port}")
    # Bad options: one line, exit 1, nothing created.
    for extra, expected in [(["--listen", "localhost:80"], "is not ADDRESS:PORT"),
                            (["--listen", f"127.0.0.1:{client.port}"], "cannot listen on"),
                            (["--assign", "table-9=academic"], "no group 'table-9'"),
                            (["--assign", "table-1"], "is not GROUP=PERSONA")]:
        result = subprocess.run([binary, "serve", "stirling-2015", "--root", root, "--no-qr", *extra],
                                capture_output=True, text=True, timeout=30)
        check(result.returncode == 1 and expected in result.stderr and one_line(result.stderr),
              f"serve {' '.join(extra)}: exit 1, one line naming the problem")
    check(not os.path.exists(os.path.join(root, "sessions", "stirling-2015.jsonl.room")),
          "a serve that could not start left no token file")


if __name__ == "__main__":
    main()
