#!/usr/bin/env python3
"""A peer for `workshop summary --format json` (`workshop-bench --whole`): one DuckDB query over the
journal (read_ndjson) computing the same per-cell medians of current answers as the summary's
matrix. The journal's rules as Benchmarks/python_peer.py applies them: an undo takes back its
target, each (activity, persona, group, criterion) keeps its last answer or withdrawal in journal
order (the line number, WITH ORDINALITY), and a cell's median is over the kept answers that are not
withdrawn or '?'.

Prints {"seconds": ..., "cells": ..., "medianSum": ...} as JSON (the clock starts after the import;
the benchmark times the whole process, interpreter start-up included)."""
import json
import sys
import time

import duckdb

QUERY = """
WITH records AS (
    SELECT * FROM read_ndjson(?, columns = {
        'type': 'VARCHAR', 'id': 'VARCHAR', 'activity': 'VARCHAR', 'persona': 'VARCHAR',
        'group': 'VARCHAR', 'criterion': 'VARCHAR', 'answer': 'VARCHAR', 'target': 'VARCHAR'})
    WITH ORDINALITY AS r(type, id, activity, persona, "group", criterion, answer, target, line)
),
kept AS (
    -- Each cell's last answer or withdrawal: its kind and answer at the highest line (arg_max took
    -- about half the time of row_number() OVER (PARTITION BY ... ORDER BY line DESC) = 1).
    SELECT arg_max(type, line) AS type, arg_max(answer, line) AS answer, activity, persona, criterion
    FROM records
    WHERE type IN ('answer', 'withdraw')
      AND id NOT IN (SELECT target FROM records WHERE type = 'undo' AND target IS NOT NULL)
    GROUP BY activity, persona, "group", criterion
)
SELECT activity, persona, criterion, median(CAST(answer AS DOUBLE)) AS median
FROM kept
WHERE type = 'answer' AND answer <> '?'
GROUP BY activity, persona, criterion
"""


def main(path):
    start = time.perf_counter()
    cells = duckdb.connect().execute(QUERY, [path]).fetchall()
    print(json.dumps({"seconds": time.perf_counter() - start, "cells": len(cells),
                      "medianSum": sum(row[3] for row in cells)}))


if __name__ == "__main__":
    main(sys.argv[1])
