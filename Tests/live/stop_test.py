#!/usr/bin/env python3
"""Stopping the live room under load, on loopback only, bounded in count and time.

`serve` is stopped while phones post answers, --stops times in all, a third each by Ctrl-C
(SIGINT), SIGTERM and `serve stop` typed at the prompt (in a pseudo-terminal, so readline runs as
a facilitator's does). Every stop must be clean: the process exits 0 (no SIGILL, no hang),
"stopped serving" is printed, every answer acknowledged with 200 is in the journal, no request is
answered 500, and at the prompt a command still answers afterwards.
"""
import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, make_project  # noqa: E402
from room import notes as room_notes  # noqa: E402
from prompt import Prompt  # noqa: E402
from probe import Client  # noqa: E402

ASSIGN = "table-1=academic,table-2=undergraduate,table-3=academic,table-4=undergraduate,table-5=academic"
CLEAN = {200, 409, 429}
# The prompt keeps the session it served open, so the shell's rounds use another.
PROMPT_SESSION = "at-prompt"


class Load:
    """Threads posting answers to every table until stopped, a new connection for each (so the
    server always has connections just accepted when it stops); the notes acknowledged with 200."""

    def __init__(self, base, links, tag, threads=8):
        self.client = Client(base)
        self.tokens = [link.rsplit("/", 1)[1] for link in links.values()]
        self.tag, self.done = tag, threading.Event()
        self.acked, self.statuses, self.lock = [], {}, threading.Lock()
        self.threads = [threading.Thread(target=self._post, args=(n,), daemon=True) for n in range(threads)]
        for thread in self.threads:
            thread.start()

    def _post(self, number):
        for sequence in range(10_000):
            if self.done.is_set():
                return
            note = f"{self.tag}-{number}-{sequence}"
            body = json.dumps({"activity": "drop-in", "answer": "3", "key": note, "note": note})
            token = self.tokens[(number + sequence) % len(self.tokens)]
            try:
                status, _, _ = self.client.request("POST", f"/g/{token}/answers", body, {"Content-Type": "application/json"})
            except OSError:
                # Refused or reset once the room no longer listens: the phone retries later.
                status = "no connection"
                time.sleep(0.05)
            with self.lock:
                self.statuses[status] = self.statuses.get(status, 0) + 1
                if status == 200:
                    self.acked.append(note)

    def finish(self):
        self.done.set()
        for thread in self.threads:
            thread.join(timeout=15)
        return self.acked, self.statuses


def address(base):
    host, port = base.split("//", 1)[1].rsplit(":", 1)
    return host, int(port)


def lost(journal, acked):
    notes = {record.get("text") for record in room_notes(journal)}
    return [note for note in acked if note not in notes]


# RoomServer's graceful shutdown (RoomServer.swift): a request still unanswered after GRACE seconds
# is cancelled, and the cancellation may take CANCELLATION more. MARGIN covers the writer's drain and
# the process exit on a loaded 2-core CI machine running a debug build.
GRACE, CANCELLATION, MARGIN = 3, 2, 5
STOP_BOUND = GRACE + CANCELLATION + MARGIN


def stop_by_signal(binary, root, number, which, rng):
    room = Room(binary, root, extra=["--assign", ASSIGN])
    load = Load(room.base, room.links, f"s{number}")
    # Held open across the stop: the projector's event stream, and in every fifth round a body
    # that never ends (it may hold the stop up for the grace period, 3 s, only).
    held = [socket.create_connection(address(room.base)) for _ in range(1 if number % 5 else 2)]
    held[0].sendall(f"GET /f/{room.projector.rsplit('/', 1)[1]}/events HTTP/1.1\r\nHost: room\r\n\r\n".encode())
    if len(held) == 2:
        token = room.links["table-1"].rsplit("/", 1)[1]
        held[1].sendall(f"POST /g/{token}/answers HTTP/1.1\r\nHost: room\r\nContent-Length: 90\r\n\r\n{{".encode())
    time.sleep(rng.uniform(0.4, 1.2))
    asked = time.monotonic()
    room.process.send_signal(which)
    try:
        status = room.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        room.kill()
        status = "hung for 20 s"
    took = time.monotonic() - asked
    for connection in held:
        connection.close()
    acked, statuses = load.finish()
    time.sleep(0.05)
    said = "\n".join(room.printed())
    problems = []
    if status != 0:
        problems.append(f"exit status {status}" + (" (SIGILL)" if status == -signal.SIGILL else ""))
    if "stopped serving" not in said:
        problems.append("'stopped serving' not printed")
    if took > STOP_BOUND:
        problems.append(f"the stop took {took:.1f} s, over {STOP_BOUND} s (a request that never ends may"
                        f" hold it {GRACE} s, then {CANCELLATION} s to cancel)")
    return problems, acked, statuses, room.journal


def stop_at_prompt(prompt, journal, number, rng):
    """`serve` at the prompt, load, `serve stop`, then a command that must still answer."""
    if not prompt.alive():
        prompt.restart()
    links, base = prompt.serve(["--assign", ASSIGN])
    load = Load(base, links, f"p{number}")
    time.sleep(rng.uniform(0.4, 1.2))
    problems = []
    stopped = prompt.command("serve stop", "stopped serving", timeout=20)
    acked, statuses = load.finish()
    if not stopped:
        problems.append("'stopped serving' not printed" + ("" if prompt.alive() else f"; the prompt died ({prompt.status()})"))
    elif not prompt.command("status", "persona × activity cells", timeout=10):
        problems.append("the prompt does not answer 'status' after 'serve stop'")
    return problems, acked, statuses, journal


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--stops", type=int, default=30)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(args.example, binary=binary)
    subprocess.run([binary, "start", "stirling-2015", "--as", PROMPT_SESSION, "--root", root], check=True, capture_output=True)
    rng = random.Random(int(os.environ.get("STOP_SEED", "23")))
    started = time.monotonic()
    prompt = Prompt(binary, root, PROMPT_SESSION)
    failures, acked_total, statuses_total = [], 0, {}
    try:
        for number in range(args.stops):
            kind = ["SIGINT", "SIGTERM", "serve stop"][number % 3]
            try:
                if kind == "serve stop":
                    problems, acked, statuses, journal = stop_at_prompt(
                        prompt, os.path.join(root, "sessions", PROMPT_SESSION + ".jsonl"), number, rng)
                else:
                    which = signal.SIGINT if kind == "SIGINT" else signal.SIGTERM
                    problems, acked, statuses, journal = stop_by_signal(binary, root, number, which, rng)
            except RuntimeError as error:
                # A room that did not start (after an earlier stop crashed, most likely).
                line = f"stop {number + 1} ({kind}): {str(error)[:300]}"
                print("FAIL: " + line, flush=True)
                failures.append(line)
                continue
            missing = lost(journal, acked)
            if missing:
                problems.append(f"{len(missing)} acknowledged answers not in the journal, e.g. {missing[0]}")
            unclean = {status: count for status, count in statuses.items() if status not in CLEAN and status != "no connection"}
            if unclean:
                problems.append(f"requests answered {unclean}")
            if not acked:
                problems.append("no answer was acknowledged before the stop (no load)")
            acked_total += len(acked)
            for status, count in statuses.items():
                statuses_total[status] = statuses_total.get(status, 0) + count
            line = f"stop {number + 1} ({kind}): " + ("; ".join(problems) if problems else f"clean, {len(acked)} acknowledged")
            print(("FAIL: " if problems else "ok: ") + line, flush=True)
            if problems:
                failures.append(line)
    finally:
        prompt.quit()
    seconds = time.monotonic() - started
    if failures:
        print(f"FAIL: {len(failures)} of {args.stops} stops under load were not clean ({seconds:.0f} s)")
        sys.exit(1)
    print(f"ok: {args.stops} stops under load (Ctrl-C, SIGTERM, 'serve stop' at the prompt) all clean in {seconds:.0f} s: "
          f"{acked_total} answers acknowledged, all in the journal; statuses {statuses_total}")


if __name__ == "__main__":
    main()
