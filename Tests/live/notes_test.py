#!/usr/bin/env python3
"""A phone's note at the route, from outside, on loopback: a note sent on its own (no `answer`) or
with an answer becomes a `note` record of its own on the cell, acknowledged only once on disk and
never recorded twice; every bad note is refused with its status and one line, and writes nothing.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import fail, check, Room, make_project, answers, notes  # noqa: E402
from probe import Client  # noqa: E402

JSON = {"Content-Type": "application/json", "Accept": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def run(room, client):
    token = room.links["table-1"].rsplit("/", 1)[1]
    free = room.links["table-2"].rsplit("/", 1)[1]
    path = f"/g/{token}/answers"
    journal = room.journal

    status, _, text = client.request("POST", path, json.dumps({"activity": "drop-in", "note": "alone", "key": "n1"}), JSON)
    reply = json.loads(text)
    check(status == 200 and reply.get("noted") is True and "answer" not in reply, f"a note alone is acknowledged: {text}")
    kept = [n for n in notes(journal) if n.get("text") == "alone"]
    check(len(kept) == 1 and kept[0].get("activity") == "drop-in" and kept[0].get("persona") == "academic"
          and kept[0].get("group") == "table-1" and kept[0].get("by") == "phone:table-1",
          "   as a note record on drop-in · academic · table-1, by phone:table-1")
    check(not answers(journal), "   and no answer with it")
    status, _, text = client.request("POST", path, json.dumps({"activity": "drop-in", "note": "alone", "key": "n1"}), JSON)
    check(status == 200 and json.loads(text).get("duplicate") is True and len(notes(journal)) == 1,
          "the same note sent again with its key is a duplicate, not a second record")

    status, _, _ = client.request("POST", path, json.dumps(
        {"activity": "drop-in", "answer": "4", "note": "with it", "key": "n2"}), JSON)
    answer = answers(journal)[-1]
    check(status == 200 and answer.get("answer") == "4" and "note" not in answer
          and notes(journal)[-1].get("text") == "with it", "an answer with a note: the answer, and a note record of its own")
    client.request("POST", path, json.dumps({"activity": "drop-in", "answer": "2", "key": "n3"}), JSON)
    check(len([n for n in notes(journal) if n.get("activity") == "drop-in"]) == 2,
          "   the table changing its answer leaves both notes standing")

    tidy = subprocess.run([room.binary, "export", "stirling-2015", "--root", room.root, "--format", "csv", "--shape", "tidy"],
                          capture_output=True, text=True).stdout
    row = next(csv.DictReader(io.StringIO(tidy)))
    check(row["answer"] == "2" and row["note"].splitlines() == ["alone", "with it"],
          "the tidy CSV keeps both notes with the cell's standing answer")

    status, headers, _ = client.request("POST", path, "activity=drop-in&persona=academic&note=plain&key=n4&save=note", FORM)
    check(status == 303 and "noted=1" in headers.get("Location", "") and notes(journal)[-1].get("text") == "plain",
          "JavaScript off: 'Save note' posts the note alone and is sent back with ?noted=1")

    before = open(journal, "rb").read()
    for label, target, body, want, words in [
        ("an empty note alone", token, {"activity": "drop-in", "note": "  \n ", "key": "b1"}, 400, "nothing to save"),
        ("a note of 1,001 characters", token, {"activity": "drop-in", "note": "x" * 1001, "key": "b2"}, 400,
         "the note is 1001 characters; keep it to 1000"),
        ("a note with control characters", token, {"activity": "drop-in", "note": "a\u0007b", "key": "b3"}, 400,
         "control characters"),
        ("a note on an activity not in the session", token, {"activity": "nope", "note": "n", "key": "b4"}, 400,
         "no activity 'nope'"),
        ("a note as another persona than the table plays", token,
         {"activity": "drop-in", "persona": "undergraduate", "note": "n", "key": "b5"}, 400, "plays 'academic'"),
        ("a note from a table that has chosen no persona", free, {"activity": "drop-in", "note": "n", "key": "b6"}, 400,
         "choose a persona first"),
        ("a note with a wrong token", "0" * 32, {"activity": "drop-in", "note": "n", "key": "b7"}, 403, "not one of this room's"),
    ]:
        status, _, text = client.request("POST", f"/g/{target}/answers", json.dumps(body), JSON)
        error = json.loads(text).get("error", "")
        check(status == want and words in error and "\n" not in error, f"{label}: {status}, one line: {error}")
        check(open(journal, "rb").read() == before, f"{label}: nothing written")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(args.example, binary=binary)
    room = Room(binary, root, extra=["--assign", "table-1=academic"])
    try:
        run(room, Client(room.base))
    finally:
        room.stop()
    print("phone notes: all checks passed")


if __name__ == "__main__":
    main()
