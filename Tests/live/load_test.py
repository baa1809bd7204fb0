#!/usr/bin/env python3
"""The live room under load, on loopback only, bounded in count and time.

1. 500 simulated phones across 50 tables (ten sharing each table's link) each send 20 answers at
   once, every seventh sent again with the same key as a phone whose acknowledgement was lost:
   every acknowledged answer must be in the journal, none twice, and every retry recognised.
2. The same load, with the server killed (SIGKILL) at a random moment, --kills times, started again
   each time on the same session: nothing acknowledged is ever lost or doubled, and the session opens.

The phones are `workshop-load` (a single-threaded poll loop, so the client's own cost barely shows
in the latencies it reports). Latency figures for the closing note come from `make bench`, which runs
this load against the release binary; here they are printed for information.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import Room, make_project, plan_activities  # noqa: E402
from room import notes as room_notes  # noqa: E402

PERSONAS = ["academic", "undergraduate", "international-student", "phd-candidate", "professional-services"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def fifty_tables(binary, root):
    """The example session with 45 tables added (50 in all), each assigned a persona."""
    extra = [f"table-{n}" for n in range(6, 51)]
    subprocess.run([binary, "--root", root], check=True, capture_output=True, text=True,
                   input="open stirling-2015\n" + "".join(f"add-group {g}\n" for g in extra))
    tables = [f"table-{n}" for n in range(1, 51)]
    return ",".join(f"{t}={PERSONAS[i % 5]}" for i, t in enumerate(tables))


def load(loader, room, acked, tag, seconds=60):
    links = os.path.join(room.root, "links.txt")
    with open(links, "w") as file:
        file.writelines(f"{group} {link}\n" for group, link in room.links.items())
    activities, keys = plan_activities(room.journal)
    return subprocess.Popen(
        [loader, "--links", links, "--activities", ",".join(activities), "--answers", ",".join(keys + ["?"]),
         "--phones-per-group", "10", "--count", "20", "--retry-every", "7", "--acked", acked, "--tag", tag,
         "--seconds", str(seconds)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def verify(journal, acked_files, label):
    """Every acknowledged note in the journal exactly once; no note there twice."""
    notes = collections.Counter(record.get("text") for record in room_notes(journal))
    twice = [note for note, count in notes.items() if note and count > 1]
    if twice:
        fail(f"{label}: {len(twice)} answers recorded twice, e.g. {twice[0]}")
    acked = set()
    for path in acked_files:
        if os.path.exists(path):
            acked.update(open(path).read().split())
    missing = [note for note in acked if note not in notes]
    if missing:
        fail(f"{label}: {len(missing)} acknowledged answers are not in the journal, e.g. {missing[0]}")
    return len(acked), sum(notes.values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--loader", default=".build/debug/workshop-load")
    parser.add_argument("--example", default=".")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1, help="times to run the full load (make bench: 3)")
    args = parser.parse_args()
    binary, loader = os.path.abspath(args.binary), os.path.abspath(args.loader)
    root = make_project(args.example, binary=binary)
    assign = ["--assign", fifty_tables(binary, root)]

    acked_files = []
    for run in range(args.runs):
        room = Room(binary, root, extra=assign)
        acked_files.append(os.path.join(root, f"acked-full-{run}.txt"))
        figures = json.loads(load(loader, room, acked_files[-1], f"full{run}").communicate(timeout=120)[0])
        room.stop()
        if figures["acked"] != 10000 or figures["statuses"] != {"200": 11000}:
            fail(f"the full load was not all acknowledged: {figures}")
        if figures["retries_recognised"] != figures["retries"]:
            fail(f"a retry was not recognised as one: {figures}")
        count, total = verify(room.journal, acked_files, "full load")
        print(f"ok: 500 phones × 20 answers: 10000 acknowledged, all on disk once; {figures['retries']} retries "
              f"recognised; acknowledged in p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, "
              f"max {figures['max_ms']} ms ({figures['per_second']} requests/s; {os.path.basename(binary)} "
              f"at {args.binary})")
        # The next run starts from a journal already holding this one's answers, as a room's second round.
    if args.kills == 0:
        return

    rng = random.Random(int(os.environ.get("LOAD_SEED", "15")))
    started = time.monotonic()
    for round_number in range(args.kills):
        room = Room(binary, root, extra=assign)
        acked = os.path.join(root, f"acked-{round_number}.txt")
        acked_files.append(acked)
        phones = load(loader, room, acked, f"r{round_number}", seconds=20)
        if "phones connected" not in phones.stderr.readline():
            fail(f"kill {round_number + 1}: the phones did not connect")
        time.sleep(rng.uniform(0.0, 1.0))
        room.kill()
        phones.communicate(timeout=60)
        count, total = verify(room.journal, acked_files, f"kill {round_number + 1}")
    opened = subprocess.run([binary, "status", "stirling-2015", "--root", root], capture_output=True, text=True)
    if opened.returncode != 0:
        fail("the session does not open after the kills: " + opened.stderr)
    print(f"ok: {args.kills} SIGKILLs under load in {time.monotonic() - started:.0f} s: {count} acknowledged answers, "
          f"all on disk once ({total} answers in the journal); the session opens")


if __name__ == "__main__":
    main()
