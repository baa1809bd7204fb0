#!/usr/bin/env python3
"""A plenary of individuals under load, for `make bench`: on loopback only, bounded in count and time.

1. `serve --individuals`: 1,000 phones each open the ONE room link (a 303 to a link of its own),
   then answer the 14 activities: first all at once with no pause (each phone sends its next answer
   the moment the last is acknowledged: the worst case, 1,000 requests always in flight), then at a
   person's pace (a pause of about 2 s between answers, `--think-ms`). The p50 and p99 of the
   acknowledgement, each after the journal's fsync.
2. Fan-out: the same 1,000 phones each hold their event stream (`/g/TOKEN/events`) while they all
   answer again, at a person's pace and then all at once: the delay from each acknowledgement to
   the answer's first appearance on its phone's stream, p50/p99 (a stream reader in its own
   process, on the same monotonic clock).
3. --kills SIGKILLs under that load, `serve` started again each time with no options (it must
   remember individuals mode and keep every minted link good): nothing acknowledged is lost.
"""
import argparse
import http.client
import json
import os
import re
import selectors
import socket
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "live"))
from room import Room, fail, make_project, plan_activities  # noqa: E402

NOTE = re.compile(rb"load-[a-z0-9]+-\d+-\d+")
THINK = 2000  # ms between a person's answers


class IndividualsRoom(Room):
    """`serve --individuals`: no table links, one room link."""

    def __init__(self, binary, root, options):
        super().__init__(binary, root, extra=options)
        lines = [line for line in self.preamble if line.startswith("room link")]
        if not lines:
            self.kill()
            fail("serve printed no room link: " + " / ".join(self.preamble))
        self.join = lines[0].split(": ", 1)[1]


def mint(join, count):
    """`count` visits to the room link, as that many phones scanning it: each 303 names a phone's
    own landing `/i/N-CODE`; its page is `/g/N-CODE`. Returns {group: link}."""
    url = urllib.parse.urlsplit(join)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    links = {}
    for _ in range(count):
        connection.request("GET", url.path)
        response = connection.getresponse()
        response.read()
        location = response.getheader("Location", "")
        if response.status != 303 or not location.startswith("/i/"):
            fail(f"the room link answered {response.status} {location!r}, not a 303 to a phone's landing")
        token = location[len("/i/"):]
        links["p-%03d" % int(token.split("-")[0])] = f"http://{url.hostname}:{url.port}/g/{token}"
    connection.close()
    return links


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def streams(links, ready_path, out_path, seconds):
    """Run as its own process: holds one event stream per link; writes `NOTE NS` the first time
    each note is seen, once `out_path + ".stop"` appears (or `seconds` pass)."""
    selector = selectors.DefaultSelector()
    tails = {}
    for link in links:
        url = urllib.parse.urlsplit(link)
        sock = socket.create_connection((url.hostname, url.port))
        sock.sendall(f"GET {url.path}/events HTTP/1.1\r\nHost: {url.hostname}\r\nAccept: text/event-stream\r\n\r\n".encode())
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
        tails[sock] = b""
    open(ready_path, "w").close()
    seen = {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not os.path.exists(out_path + ".stop"):
        for key, _ in selector.select(timeout=0.5):
            try:
                data = key.fileobj.recv(65536)
            except BlockingIOError:
                continue
            now = time.monotonic_ns()
            if not data:
                selector.unregister(key.fileobj)
                continue
            chunk = tails[key.fileobj] + data
            for note in NOTE.findall(chunk):
                seen.setdefault(note.decode(), now)
            tails[key.fileobj] = chunk[-48:]
    with open(out_path, "w") as file:
        file.writelines(f"{note} {at}\n" for note, at in seen.items())


def load(loader, root, links, acked, tag, times=None, seconds=120, think=0):
    path = os.path.join(root, f"links-{tag}.txt")
    with open(path, "w") as file:
        file.writelines(f"{group} {link}\n" for group, link in links.items())
    activities, keys = plan_activities(os.path.join(root, "sessions", "stirling-2015.jsonl"))
    extra = ["--acked-times", times] if times else []
    return subprocess.Popen(
        [loader, "--links", path, "--activities", ",".join(activities), "--answers", ",".join(keys),
         "--phones-per-group", "1", "--count", str(len(activities)), "--acked", acked, "--tag", tag,
         "--seconds", str(seconds), "--think-ms", str(think), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def fan_out(loader, root, links, acked, think):
    """All phones answer while a reader process holds every phone's stream; returns the delays
    (ms) from acknowledgement to arrival, how many never arrived, and the loader's figures."""
    tag = f"fan{think}"
    link_file, ready, seen_file = (os.path.join(root, f"{name}-{tag}") for name in ("stream-links", "ready", "seen"))
    with open(link_file, "w") as file:
        file.write("\n".join(links.values()))
    reader = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--streams-only", link_file, ready, seen_file])
    for _ in range(600):
        if os.path.exists(ready):
            break
        time.sleep(0.1)
    else:
        reader.kill()
        fail("2: the stream reader did not connect its streams within a minute")
    times = os.path.join(root, f"acked-times-{tag}")
    acked.append(os.path.join(root, f"acked-{tag}"))
    second = json.loads(load(loader, root, links, acked[-1], tag, times=times, think=think).communicate(timeout=240)[0])
    time.sleep(3)
    open(seen_file + ".stop", "w").close()
    reader.wait(timeout=60)
    if not os.path.exists(seen_file):
        fail("2: the stream reader wrote nothing")
    seen = dict(line.split() for line in open(seen_file))
    delays, missing = [], 0
    for line in open(times):
        note, at = line.split()
        if note in seen:
            delays.append((int(seen[note]) - int(at)) / 1e6)
        else:
            missing += 1
    return delays, missing, second


def acknowledged(files):
    notes = set()
    for path in files:
        if os.path.exists(path):
            notes.update(open(path).read().split())
    return notes


def journal_notes(journal):
    found = set()
    with open(journal, encoding="utf-8", errors="replace") as file:
        for line in file:
            if line.endswith("\n"):
                found.update(NOTE.findall(line.encode()))
    return {note.decode() for note in found}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--loader", default=".build/debug/workshop-load")
    parser.add_argument("--example", default=".")
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--streams-only", nargs=3, metavar=("LINKS", "READY", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.streams_only:
        links, ready, out = args.streams_only
        return streams(open(links).read().split(), ready, out, seconds=150)
    binary, loader = os.path.abspath(args.binary), os.path.abspath(args.loader)
    root = make_project(args.example, binary=binary)
    journal = os.path.join(root, "sessions", "stirling-2015.jsonl")
    options = ["--individuals", "--assign-round-robin", "--most-phones", str(args.phones)]
    room = IndividualsRoom(binary, root, options)
    links = mint(room.join, args.phones)
    if len(set(links.values())) != args.phones:
        fail(f"{args.phones} visits to the room link minted {len(set(links.values()))} distinct links")
    acked = []
    expected = args.phones * 14
    for think, how in ((0, "all at once, no pause"), (THINK, f"at a person's pace (~{THINK / 1000:.0f} s between answers)")):
        acked.append(os.path.join(root, f"acked-first-{think}.txt"))
        figures = json.loads(load(loader, root, links, acked[-1], f"first{think}", think=think).communicate(timeout=240)[0])
        if figures["acked"] != expected:
            fail(f"1: {figures['acked']} of {expected} answers acknowledged: {figures}")
        print(f"ok: {args.phones} individual phones × 14 answers {how}, all acknowledged after fsync: p50 "
              f"{figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms ({figures['per_second']} answers/s)")

    # 2. Every phone holds its stream; all answer again; each acknowledgement timed against its arrival.
    for think, how in ((THINK, "at a person's pace"), (0, "all at once")):
        delays, missing, second = fan_out(loader, root, links, acked, think)
        print(f"ok: fan-out with {args.phones} streams connected, answering {how}: {second['acked']} answers "
              f"acknowledged (p50 {second['p50_ms']} ms, p99 {second['p99_ms']} ms); arrival on the phone's own "
              f"stream after the acknowledgement: p50 {percentile(delays, 0.5):.1f} ms, p99 {percentile(delays, 0.99):.1f} ms, "
              f"max {max(delays):.1f} ms; {missing} never seen")
    room.stop()

    # 3. SIGKILLs under load; served again each time with no options.
    started = time.monotonic()
    for number in range(args.kills):
        room = IndividualsRoom(binary, root, [])
        acked.append(os.path.join(root, f"acked-kill-{number}.txt"))
        # The same phones' links, on the port this serve was given.
        moved = {group: room.base + link[link.index("/g/"):] for group, link in links.items()}
        phones = load(loader, root, moved, acked[-1], f"k{number}", seconds=20)
        said = phones.stderr.readline()
        if "phones connected" not in said:
            room.kill()
            fail(f"kill {number + 1}: the phones did not connect: {said.strip()}")
        time.sleep(0.2 + (number * 0.37) % 1.0)
        room.kill()
        phones.communicate(timeout=60)
        lost = acknowledged(acked) - journal_notes(journal)
        if lost:
            fail(f"kill {number + 1}: {len(lost)} acknowledged answers are not in the journal, e.g. {sorted(lost)[0]}")
    if args.kills:
        opened = subprocess.run([binary, "status", "stirling-2015", "--root", root], capture_output=True, text=True)
        if opened.returncode != 0:
            fail("the session does not open after the kills: " + opened.stderr)
        print(f"ok: {args.kills} SIGKILLs under load in {time.monotonic() - started:.0f} s, serve started again "
              f"without options each time: {len(acknowledged(acked))} acknowledged answers, all in the journal")


if __name__ == "__main__":
    main()
