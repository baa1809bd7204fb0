#!/usr/bin/env python3
"""A thousand tables' phone streams, for `make bench`: on loopback only, bounded in count and time.

A session of --tables tables (the example's five and the rest added), served; one phone stream per
table (`GET /g/TOKEN/events`) held open. Prints, for the closing note: the server's CPU while the
streams are open and nothing happens, and the p50 and p99 of the delay from an answer's
acknowledgement (after the journal's fsync) to its arrival on that table's stream, every table
answering once, --concurrency at a time. Then results are shown on the projector's page, a change for
the projectors alone: no phone's stream may wake for it. Fails if an answer never arrives, if showing
results wakes a phone, or if streams are woken by other tables' answers: each stream should carry its first view and
its own answer only (a view made again because the writer held the session past 90 ms adds one, so
a tenth of the streams' worth of extra events is let pass; woken by every answer, it would be ~1000 each).

    python3 Benchmarks/table_streams.py [--binary PATH] [--example DIR] [--tables 1000]
"""
import argparse
import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "live"))
from room import Room, make_project  # noqa: E402

DEADLINE = 240  # seconds for the whole run


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def cpu_seconds(pid):
    """User and system time of a process so far (/proc/PID/stat), in seconds."""
    with open("/proc/%d/stat" % pid) as file:
        fields = file.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Stream:
    """One table's event stream: when each event arrived, and when it first said `answered":1`."""

    def __init__(self, link):
        self.url = urllib.parse.urlsplit(link)
        self.events, self.answered, self.ready, self.last = 0, None, asyncio.Event(), None

    async def run(self):
        reader, writer = await asyncio.open_connection(self.url.hostname, self.url.port)
        self.writer = writer
        writer.write(("GET %s/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n" % self.url.path).encode())
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        while True:
            line = await reader.readline()
            if not line:
                return
            if line.startswith(b"data: ") or b"data: {" in line:
                self.events += 1
                self.last = time.monotonic()
                self.ready.set()
                if self.answered is None and b'"answered":1' in line:
                    self.answered = time.monotonic()


async def post(link, path, body, kind, expect=b" 200 "):
    """One POST on its own connection; the monotonic time its whole reply had arrived."""
    url = urllib.parse.urlsplit(link)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    writer.write(("POST %s%s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nAccept: application/json\r\n"
                  "Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (url.path, path, kind, len(body), body)).encode())
    status = await reader.readline()
    await reader.read()
    done = time.monotonic()
    writer.close()
    if expect not in status:
        raise RuntimeError("%s was refused: %r" % (path, status))
    return done


async def answer(link):
    """One JSON answer, as a phone posts it; the monotonic time its acknowledgement arrived."""
    body = json.dumps({"activity": "drop-in", "persona": "academic", "answer": "3", "note": "", "key": secrets.token_hex(16)})
    return await post(link, "/answers", body, "application/json")


async def measure(room, args):
    streams = [Stream(room.links[group]) for group in sorted(room.links)]
    tasks = [asyncio.create_task(stream.run()) for stream in streams]
    began = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(stream.ready.wait() for stream in streams)), 60)
    print("streams: %d open, each with its first view, in %.1f s" % (len(streams), time.monotonic() - began), flush=True)
    await asyncio.sleep(1)
    pid, before = room.process.pid, cpu_seconds(room.process.pid)
    await asyncio.sleep(args.idle)
    idle = (cpu_seconds(pid) - before) / args.idle
    print("idle CPU with %d streams open: %.1f%% of one core over %d s" % (len(streams), 100 * idle, args.idle), flush=True)
    gate, acked = asyncio.Semaphore(args.concurrency), {}

    async def one(stream, group):
        async with gate:
            acked[group] = await answer(room.links[group])
    await asyncio.wait_for(asyncio.gather(*(one(s, g) for s, g in zip(streams, sorted(room.links)))), 120)
    await asyncio.sleep(1.5)
    extra = sum(s.events - 2 for s in streams if s.events > 2)
    # Results shown: the projectors' change alone; a phone shows no results, so none may wake.
    before = [s.events for s in streams]
    await post(room.projector, "/results", "show=1", "application/x-www-form-urlencoded", expect=b" 303 ")
    await asyncio.sleep(2)
    woken = sum(1 for s, count in zip(streams, before) if s.events > count)
    print("results shown on the projector: %d of %d phone streams woken (none should be)" % (woken, len(streams)), flush=True)
    for task in tasks:
        task.cancel()
    delays = [(s.answered - acked[g]) * 1000 for s, g in zip(streams, sorted(room.links)) if s.answered is not None]
    missing = sum(1 for s in streams if s.answered is None)
    print("fan-out, acknowledgement to the table's stream: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d answers, %d at a time)"
          % (percentile(delays, 0.5), percentile(delays, 0.99), max(delays or [float("nan")]), len(delays), args.concurrency))
    print("events beyond each stream's first view and own answer: %d" % extra)
    if missing or woken or extra > len(streams) // 10:
        print("FAIL: %d answers never arrived on their stream; %d phone streams woken by results shown; %d events woke "
              "a stream for another table's answer" % (missing, woken, extra))
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--idle", type=int, default=5, help="seconds of idle CPU measured")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(os.path.abspath(args.example), binary=binary)
    subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True, timeout=DEADLINE,
                   input="open stirling-2015\n" + "".join("add-group table-%d\n" % n for n in range(6, args.tables + 1)))
    room = Room(binary, root)
    try:
        return asyncio.run(asyncio.wait_for(measure(room, args), DEADLINE))
    finally:
        try:
            room.stop()
        except Exception:  # noqa: BLE001 - a room that will not stop is killed
            room.kill()


if __name__ == "__main__":
    sys.exit(main())
