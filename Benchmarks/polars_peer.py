#!/usr/bin/env python3
"""A peer for `workshop summary --format json` (`workshop-bench --whole`): a short polars script
computing the same per-cell medians of current answers as the summary's matrix, from the journal.
The journal's rules as Benchmarks/python_peer.py applies them: an undo takes back its target, each
(activity, persona, group, criterion) keeps its last answer or withdrawal in journal order, and a
cell's median is over the kept answers that are not withdrawn or '?'.

Prints {"seconds": ..., "cells": ..., "medianSum": ...} as JSON (the clock starts after the import;
the benchmark times the whole process, interpreter start-up included)."""
import json
import sys
import time

import polars as pl

SCHEMA = {name: pl.String for name in
          ["type", "id", "activity", "persona", "group", "criterion", "answer", "target"]}
KEY = ["activity", "persona", "group", "criterion"]


def medians(path):
    # Only the fields the rules need; the start record's plan is not read into a column. (Reading
    # eagerly, then a window for each cell's last line, was the fastest of the forms tried:
    # scan_ndjson with sort + unique(keep="last") or group_by + last took about 1.4× as long.)
    records = pl.read_ndjson(path, schema=SCHEMA).with_row_index("line").lazy()
    undone = records.filter(pl.col("type") == "undo").select(pl.col("target").alias("id"))
    kept = (records.filter(pl.col("type").is_in(["answer", "withdraw"]))
            .join(undone, on="id", how="anti")
            .filter(pl.col("line") == pl.col("line").max().over(KEY)))
    return (kept.filter((pl.col("type") == "answer") & (pl.col("answer") != "?"))
            .group_by(["activity", "persona", "criterion"])
            .agg(pl.col("answer").cast(pl.Float64).median().alias("median"))
            .collect())


def main(path):
    start = time.perf_counter()
    cells = medians(path)
    print(json.dumps({"seconds": time.perf_counter() - start, "cells": cells.height,
                      "medianSum": float(cells["median"].sum())}))


if __name__ == "__main__":
    main(sys.argv[1])
