#!/usr/bin/env python3
"""The peer the journal benchmark compares against: a short script that reads a session journal
with json.loads and builds the same per-cell answer lists that opening a session builds.
Prints {"seconds": ..., "records": ..., "cells": ...} as JSON; the clock starts at open(). With
--medians, also each matrix cell's median over the current answers, as the summary's matrix has
them ("medianCells", "medianSum": what `workshop-bench --whole` checks against the summary)."""
import json
import statistics
import sys
import time


def main(path):
    start = time.perf_counter()
    cells = {}
    active = {}
    records = 0
    with open(path, encoding="utf-8") as journal:
        json.loads(journal.readline())  # the start record: plan and personas
        for line in journal:
            record = json.loads(line)
            records += 1
            kind = record["type"]
            if kind == "answer" or kind == "withdraw":
                key = (record["activity"], record["persona"], record["group"], record.get("criterion"))
                cells.setdefault(key, []).append(record["id"])
                active[record["id"]] = (key, record.get("answer"))
            elif kind == "undo":
                active.pop(record["target"], None)
    result = {"seconds": time.perf_counter() - start, "records": records, "cells": len(cells)}
    if "--medians" in sys.argv:
        # The same medians the summary shows: per activity and persona, over the current answers.
        current = {}
        for record_id, (key, answer) in active.items():
            current[key] = (record_id, answer)
        by_matrix_cell = {}
        for key, (_, answer) in current.items():
            if answer is not None and answer != "?":
                by_matrix_cell.setdefault((key[0], key[1], key[3]), []).append(float(answer))
        medians = {cell: statistics.median(values) for cell, values in by_matrix_cell.items()}
        result["medianCells"] = len(medians)
        result["medianSum"] = sum(medians.values())
        result["seconds"] = time.perf_counter() - start
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
