#!/usr/bin/env python3
"""Merge crash test: kill `workshop merge` with SIGKILL at random moments, then check that the session
always opens, that every answer acknowledged before is still in it, and that each merge happened
whole or not at all (all of the other journal's answers in, or none).

Each round records two answers (acknowledged: `score` printed its confirmation), writes another
journal of the same session holding hundreds of new answers, runs `workshop merge ... --same-groups`
and kills it after a random delay. A merge that printed its report was acknowledged: its answers must
be there. The journal is replaced by one written beside it, synced and renamed, so a kill leaves the
old journal or the new one. The second phase (merge_room_phase.py) kills re-runs of a `--room` merge:
room B's answers stay renamed, and a re-run that adds nothing leaves the journal as it was.
"""
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from crash_report import finish
from merge_room_phase import room_phase


def other_journal(path, start_line, round_number, count, rng):
    """Another laptop's copy of the session: the same start line and `count` new answers."""
    now = time.time()
    with open(path, "w", encoding="utf-8") as journal:
        journal.write(start_line)
        for index in range(count):
            at = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now + index / 1000)) + f".{index % 1000:03d}Z"
            journal.write(
                f'{{"type":"answer","id":"{rng.getrandbits(64):016x}","at":"{at}","by":"room-b",'
                f'"activity":"{rng.choice(["drop-in", "induction", "consultations"])}","persona":"academic",'
                f'"group":"table-2","answer":"{rng.choice("12345")}","note":"o{round_number}-{index}"}}\n')


def notes_in(binary, root):
    """The notes the session's log shows, and whether it opened at all."""
    log = subprocess.run([binary, "log", "s1", "--root", root], capture_output=True, text=True, cwd=root)
    return log.returncode == 0, set(re.findall(r'— "([^"]+)"$', log.stdout, re.M)), log.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--kills", type=int, default=100, help="SIGKILLs during a merge to reach")
    parser.add_argument("--max-rounds", type=int, default=400)
    parser.add_argument("--size", type=int, default=500, help="answers in each other journal")
    parser.add_argument("--room-kills", type=int, default=30, help="SIGKILLs during re-runs of a --room merge")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    folder = tempfile.mkdtemp(prefix="workshop-merge-crash-")
    root = os.path.join(folder, "ws")
    for part in ("personas", "sessions"):
        shutil.copytree(os.path.join(args.example, part), os.path.join(root, part))
    env = {**os.environ, "WORKSHOP_FACILITATOR": "crash-test"}
    try:
        subprocess.run([args.binary, "start", "stirling-2015", "--as", "s1", "--root", root], check=True, cwd=root,
                       stdout=subprocess.DEVNULL, env=env)
        start_line = open(os.path.join(root, "sessions", "s1.jsonl"), encoding="utf-8").readline()
        acknowledged, merges_done, kills, failures, counter = set(), set(), 0, [], 0
        # Kills land anywhere from before the merge reads to after it renamed: the delay is drawn up to a
        # little more than the longest merge seen (the first is never killed, to measure one).
        longest = None
        round_number = -1
        while kills < args.kills and round_number + 1 < args.max_rounds:
            round_number += 1
            for _ in range(2):
                counter += 1
                score = subprocess.run(
                    [args.binary, "score", "s1", "drop-in", "academic", rng.choice("12345"), "--group", "table-1",
                     "--note", f"k{counter}", "--root", root], capture_output=True, text=True, cwd=root, env=env)
                if score.stdout.startswith("recorded "):
                    acknowledged.add(f"k{counter}")
            other = os.path.join(folder, f"other-{round_number}.jsonl")
            other_journal(other, start_line, round_number, args.size, rng)
            process = subprocess.Popen(
                [args.binary, "merge", "s1", other, "--same-groups", "--root", root], stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, cwd=root, env=env)
            began = time.monotonic()
            delay = None if longest is None else rng.uniform(0, longest * 1.4)
            try:
                process.wait(timeout=delay)
                longest = max(longest or 0, time.monotonic() - began)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                # The journal grows with each merge, and so does a merge: reach further next time.
                longest = max(longest, delay * 1.2)
                kills += 1
            output = process.stdout.read().decode()
            process.wait()
            if output.startswith("merged "):
                merges_done.add(round_number)
            opened, notes, errors = notes_in(args.binary, root)
            if not opened:
                failures.append(f"round {round_number}: the session does not open: {errors.strip()}")
                break
            lost = acknowledged - notes
            if lost:
                failures.append(f"round {round_number}: {len(lost)} acknowledged answers lost, e.g. {sorted(lost)[:3]}")
            merged = {round_number for round_number in range(round_number + 1)
                      if f"o{round_number}-0" in notes}
            for done in range(round_number + 1):
                inside = sum(1 for index in range(args.size) if f"o{done}-{index}" in notes)
                if inside not in (0, args.size):
                    failures.append(f"round {round_number}: merge {done} is half in ({inside} of {args.size})")
            if not merges_done <= merged:
                failures.append(f"round {round_number}: acknowledged merges missing: {sorted(merges_done - merged)}")
            os.remove(other)
        if kills < args.kills:
            failures.append(f"only {kills} SIGKILLs landed during a merge in {round_number + 1} rounds")
        print(f"merge crash test (seed {seed}): {round_number + 1} merges, {kills} SIGKILLs during merge, "
              f"{len(merges_done)} merges acknowledged, {len(merged)} in the journal, "
              f"{len(acknowledged)} answers acknowledged before, none may be lost")
        room_failures, room_summary = room_phase(
            args.binary, args.example, folder, root, args.room_kills, args.max_rounds, min(args.size, 200), rng, env)
        failures += room_failures
        print(f"merge crash test (seed {seed}): {room_summary}")
        return finish(failures)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
