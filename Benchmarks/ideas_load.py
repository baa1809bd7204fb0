#!/usr/bin/env python3
"""Ideas and dots under load, for `make bench`: on loopback only, bounded in count and time.

50 tables each post 10 ideas (then, with a vote open, 3 dots) through the phone's JSON routes while
50 projector streams (`/f/TOKEN/events`) are connected. Prints, for the closing note: the p50 and
p99 of the acknowledgement (each one after the journal's fsync), and of the time from an idea's
acknowledgement to its first appearance in each connected stream. Every acknowledged idea and dot
must be in the journal (checked), or the run fails.
"""
import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "live"))
from room import Room, answers, make_project  # noqa: E402

PROMPT = "try-first"


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def post(link, path, fields):
    """One JSON POST on its own connection, as a phone makes it; returns (status, body, seconds)."""
    url = urllib.parse.urlsplit(link)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = json.dumps(fields)
    began = time.monotonic()
    connection.request("POST", url.path + path, body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    data = response.read()
    took = time.monotonic() - began
    connection.close()
    return response.status, data, took


class Stream(threading.Thread):
    """A projector's event stream: the first time each idea text appears in it."""

    def __init__(self, projector, stop):
        super().__init__(daemon=True)
        self.projector, self.stop, self.seen, self.ready = projector, stop, {}, threading.Event()

    def run(self):
        url = urllib.parse.urlsplit(self.projector)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        connection.request("GET", url.path.rstrip("/") + "/events")
        response = connection.getresponse()
        self.ready.set()
        while not self.stop.is_set():
            line = response.fp.readline()
            if not line:
                return
            now = time.monotonic()
            for text in re.findall(rb"idea-t\d+-n\d+", line):
                self.seen.setdefault(text.decode(), now)


def phase(room, tables, work):
    """Each table runs `work(table, link)` in a thread; returns the (status, took, what) it reports."""
    results, threads = [], []
    for table in tables:
        thread = threading.Thread(target=lambda t=table: results.extend(work(t, room.links[t])))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build-static/release/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--ideas", type=int, default=10)
    parser.add_argument("--streams", type=int, default=50)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(args.example, binary=binary)
    tables = [f"table-{n}" for n in range(1, 51)]
    subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True,
                   input="open stirling-2015\n" + "".join(f"add-group {t}\n" for t in tables[5:]))
    room = Room(binary, root)
    stop = threading.Event()
    streams = [Stream(room.projector, stop) for _ in range(args.streams)]
    for stream in streams:
        stream.start()
    for stream in streams:
        stream.ready.wait(30)
    acked = {}

    def ideas(table, link):
        out = []
        for n in range(args.ideas):
            text = f"idea-t{table.split('-')[1]}-n{n}"
            status, body, took = post(link, "/ideas", {"prompt": PROMPT, "text": text, "key": text})
            if status == 200:
                acked[text] = time.monotonic()
                out.append((took, json.loads(body).get("idea")))
            else:
                out.append((None, body[:200]))
        return out

    began = time.monotonic()
    idea_results = phase(room, tables, ideas)
    idea_seconds = time.monotonic() - began
    time.sleep(1.5)
    stop.set()
    room.stop()
    failures = [what for took, what in idea_results if took is None]
    if failures:
        sys.exit(f"FAIL: {len(failures)} ideas refused, e.g. {failures[0]!r}")
    delays = [max(0.0, stream.seen[text] - at) for stream in streams for text, at in acked.items() if text in stream.seen]
    missing = sum(1 for stream in streams for text in acked if text not in stream.seen)
    if missing:
        sys.exit(f"FAIL: {missing} (stream, idea) pairs never showed the idea")

    subprocess.run([binary, "vote", "stirling-2015", "open", PROMPT, "--on", "ideas", "--dots", "3", "--root", root],
                   check=True, capture_output=True, text=True)
    room = Room(binary, root)
    ids = [record["id"] for record in answers(room.journal, kind="idea")]

    def dots(table, link):
        number = int(table.split("-")[1])
        out = []
        for n in range(3):
            item = ids[(number * 7 + n * 13) % len(ids)]
            status, body, took = post(link, "/dots", {"prompt": PROMPT, "item": item, "count": 1, "key": f"dot-{table}-{n}"})
            out.append((took if status == 200 else None, body[:200]))
        return out

    dot_results = phase(room, tables, dots)
    room.stop()
    failures = [what for took, what in dot_results if took is None]
    if failures:
        sys.exit(f"FAIL: {len(failures)} dots refused, e.g. {failures[0]!r}")
    journal_ideas = {record["text"] for record in answers(room.journal, kind="idea")}
    lost = [text for text in acked if text not in journal_ideas]
    if lost:
        sys.exit(f"FAIL: {len(lost)} acknowledged ideas not in the journal, e.g. {lost[0]}")
    dot_lines = len(answers(room.journal, kind="dot"))
    idea_ms = [took * 1000 for took, _ in idea_results]
    dot_ms = [took * 1000 for took, _ in dot_results]
    stream_ms = [delay * 1000 for delay in delays]
    print(json.dumps({
        "ideas": len(idea_ms), "idea_seconds": round(idea_seconds, 2), "streams": len(streams),
        "idea_ack_ms": {"p50": round(percentile(idea_ms, 0.5), 2), "p99": round(percentile(idea_ms, 0.99), 2)},
        "dots": dot_lines, "dot_ack_ms": {"p50": round(percentile(dot_ms, 0.5), 2), "p99": round(percentile(dot_ms, 0.99), 2)},
        "idea_to_stream_ms": {"p50": round(percentile(stream_ms, 0.5), 1), "p99": round(percentile(stream_ms, 0.99), 1),
                              "max": round(max(stream_ms), 1), "pairs": len(stream_ms)},
    }))


if __name__ == "__main__":
    main()
