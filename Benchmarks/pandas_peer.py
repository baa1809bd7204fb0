#!/usr/bin/env python3
"""The peer `compare` and `trend` are benchmarked against: a short pandas script doing the same work
from the same journals. Each journal is read with pandas.read_json(lines=True); answers that were
undone are dropped, each (activity, persona, group, criterion) keeps its last answer or withdrawal,
and each cell's median and answer count are taken over the answers that are not withdrawn or '?'.

  pandas_peer.py compare A.jsonl B.jsonl   both medians per cell, the change, whether it is called
                                            (3 answers each side), activities by mean change
  pandas_peer.py trend M1.jsonl M2.jsonl... each cell's median per meeting, first-to-last change

Prints {"seconds": ..., "cells": ..., "called": ...} as JSON; the clock starts after the imports."""
import json
import sys
import time

import pandas as pd

KEY = ["activity", "persona", "group", "criterion"]
CELL = ["activity", "persona", "criterion"]


def cell_medians(path):
    """Each matrix cell's median and count over a journal's current answers."""
    with open(path, encoding="utf-8") as journal:
        journal.readline()  # the start record: plan and personas
        records = pd.read_json(journal, lines=True, dtype=False)
    if "criterion" not in records:
        records["criterion"] = ""
    records["criterion"] = records["criterion"].fillna("")
    undone = set(records.loc[records["type"] == "undo", "target"])
    answers = records[records["type"].isin(["answer", "withdraw"]) & ~records["id"].isin(undone)]
    current = answers.drop_duplicates(KEY, keep="last")
    current = current[(current["type"] == "answer") & (current["answer"] != "?")]
    current = current.assign(value=current["answer"].astype(float))
    return current.groupby(CELL)["value"].agg(["median", "count"])


def compare(first, second):
    merged = cell_medians(first).merge(
        cell_medians(second), how="outer", left_index=True, right_index=True, suffixes=("_from", "_to"))
    merged["change"] = merged["median_to"] - merged["median_from"]
    merged["called"] = (merged["count_from"] >= 3) & (merged["count_to"] >= 3)
    moved = merged.groupby(level="activity")["change"].mean().abs().sort_values(ascending=False)
    return {"cells": len(merged), "called": int(merged["called"].sum()), "activities": len(moved)}


def trend(paths):
    frames = [cell_medians(path).assign(meeting=number) for number, path in enumerate(paths, start=1)]
    points = pd.concat(frames).set_index("meeting", append=True)
    medians = points["median"].unstack("meeting")
    counts = points["count"].unstack("meeting")
    first = medians.apply(lambda row: row.dropna().iloc[0], axis=1)
    last = medians.apply(lambda row: row.dropna().iloc[-1], axis=1)
    first_count = counts.apply(lambda row: row.dropna().iloc[0], axis=1)
    last_count = counts.apply(lambda row: row.dropna().iloc[-1], axis=1)
    called = (medians.notna().sum(axis=1) > 1) & (first_count >= 3) & (last_count >= 3)
    change = last - first
    return {"cells": len(medians), "called": int(called.sum()), "changed": int((change != 0).sum())}


def main(mode, paths):
    start = time.perf_counter()
    result = compare(*paths) if mode == "compare" else trend(paths)
    result["seconds"] = time.perf_counter() - start
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
