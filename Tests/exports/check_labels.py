#!/usr/bin/env python3
"""Labels where people read them, through the subcommands and the files on disk: a RAG series of
two meetings scored with `score`, then `matrix`, `compare` and `trend` read as text, and the XLSX
(openpyxl) and CSV (csv) exports read back: medians named on a labelled scale and kept numeric,
medians on one answer marked with a legend, per-persona `n` columns, titles beside ids on the
Answers sheet, no empty Actions sheet, and a phone's note kept in the tidy CSV after the table
changed its answer. Prints 'N passed, N failed'."""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

DASH = "\u2013"
PHONE_NOTE = "We only heard about it by chance"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    folder = tempfile.mkdtemp(prefix="workshop-labels-")
    root = os.path.join(folder, "ws")
    os.makedirs(os.path.join(root, "sessions"))
    shutil.copytree(os.path.join(args.example, "personas"), os.path.join(root, "personas"))
    with open(os.path.join(args.example, "sessions", "partnership-review.yaml"), encoding="utf-8") as handle:
        plan = handle.read()
    # Two meetings of one RAG series: the second plan a week later.
    for name, day in [("review-1", "2016-06-15"), ("review-2", "2016-06-22")]:
        # A table plays one persona: five pairs, two per persona and one alone for the PhD candidate.
        text = plan.replace("date: 2016-06-15", f"date: {day}\nseries: review").replace(
            "groups: [pair-a, pair-b, pair-c]", "groups: [pair-a, pair-b, pair-c, pair-d, pair-e]")
        with open(os.path.join(root, "sessions", f"{name}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(text)
    results = []

    def check(name, condition, detail=""):
        results.append((name, bool(condition), detail))

    def workshop(*words, by="checker", columns=160):
        result = subprocess.run([binary, *words, "--root", root], capture_output=True, text=True, cwd=folder,
                                env={**os.environ, "WORKSHOP_FACILITATOR": by, "NO_COLOR": "1", "COLUMNS": str(columns)})
        assert result.returncode == 0, (words, result.stderr)
        return result.stdout

    try:
        workshop("start", "review-1")
        workshop("start", "review-2")
        # Meeting 1: scoping Amber for the academic (two pairs), Red–Amber for professional services.
        for group, answer in [("pair-a", "a"), ("pair-b", "a")]:
            workshop("score", "review-1", "scoping", "academic", answer, "--group", group)
        for group, answer in [("pair-c", "r"), ("pair-d", "a")]:
            workshop("score", "review-1", "scoping", "professional-services", answer, "--group", group)
        # Meeting 2: the academic goes Green; one answer alone for the PhD candidate.
        for group in ["pair-a", "pair-b"]:
            workshop("score", "review-2", "scoping", "academic", "g", "--group", group)
        for group, answer in [("pair-c", "a"), ("pair-d", "g")]:
            workshop("score", "review-2", "scoping", "professional-services", answer, "--group", group)
        # A phone answers with a note, then the table changes the score at the facilitator's laptop.
        workshop("score", "review-2", "scoping", "phd-candidate", "r", "--group", "pair-e", f"--note={PHONE_NOTE}",
                 by="phone:pair-e")
        workshop("score", "review-2", "scoping", "phd-candidate", "a", "--group", "pair-e")

        matrix = workshop("matrix", "review-2")
        check("matrix names medians on a RAG scale", "Green" in matrix and f"Amber{DASH}Green" in matrix, matrix)
        check("matrix marks the median on one answer", "Amber*" in matrix, matrix)
        compare = workshop("compare", "review-1", "review-2")
        check("compare shows Amber → Green, not 2 → 3", "Amber (2 answers) → Green (2 answers)" in compare, compare)
        check("compare names a median between two levels", f"Red{DASH}Amber (2 answers) → Amber{DASH}Green" in compare, compare)
        check("compare shows no level numbers as medians", "2 (2 answers)" not in compare, compare)
        trend = workshop("trend", "review")
        check("trend lists the medians by name where they fit",
              "Amber, Green  ~ up 1" in trend and f"Red{DASH}Amber, Amber{DASH}Green  ~ up 1" in trend, trend)
        # Too narrow for the medians column: a row that changed names its two ends in the change.
        narrow = " ".join(workshop("trend", "review", columns=70).split())
        check("trend prints the values on rows that changed when the medians do not fit",
              "since meeting 1: Amber → Green" in narrow and f"since meeting 1: Red{DASH}Amber → Amber{DASH}Green" in narrow,
              narrow)

        paths = {}
        for fmt, shape in [("xlsx", None), ("csv", "matrix"), ("csv", "tidy")]:
            path = os.path.join(folder, f"review-{fmt}-{shape or 'all'}.{fmt}")
            workshop("export", "review-2", "--format", fmt, "--output", path, *(["--shape", shape] if shape else []))
            paths[shape or fmt] = path

        book = openpyxl.load_workbook(paths["xlsx"])
        check("xlsx has no empty Actions sheet", "Actions" not in book.sheetnames, str(book.sheetnames))
        sheet = book["Matrix"]
        header = [cell.value for cell in sheet[1]]
        row = {name: cell for name, cell in zip(header, next(sheet.iter_rows(min_row=2)))}
        academic, services, phd = row["Academic"], row["Professional-services staff"], row["PhD candidate"]
        check("xlsx medians stay numbers", all(isinstance(c.value, (int, float)) for c in (academic, services, phd)),
              str([c.value for c in (academic, services, phd)]))
        check("xlsx shows a RAG median by its label", academic.value == 3 and academic.number_format == '"Green"',
              academic.number_format)
        check("xlsx shows a median between two levels as both", services.value == 2.5
              and services.number_format == f'"Amber{DASH}Green"', services.number_format)
        check("xlsx marks a median on one answer", phd.value == 2 and phd.number_format == '"Amber*"', phd.number_format)
        # A RAG matrix is coloured red, amber, green (light tints, black text readable), not blue to yellow.
        scales = [rule.colorScale for rng in sheet.conditional_formatting for rule in rng.rules if rule.colorScale]
        colours = [c.rgb[-6:].upper() for c in scales[0].color] if scales else []
        def hue(rgb):
            r, g, b = (int(rgb[i:i + 2], 16) for i in (0, 2, 4))
            return "red" if r > g + 40 and r > b + 40 else "amber" if r > 200 and g > 150 and b < 150 else "green" if g > r + 20 and g > b + 20 else "?"
        check("xlsx RAG matrix coloured red, amber, green", [hue(c) for c in colours] == ["red", "amber", "green"], str(colours))
        texts = [cell.value for cell in sheet["A"] if isinstance(cell.value, str)]
        check("xlsx legend says what the mark means", any(t.startswith("* ") and "one answer" in t for t in texts), str(texts))
        check("xlsx legend says what a dash means", any(t.startswith(f"A{DASH}B") for t in texts), str(texts))
        answers = book["Answers"]
        header = [cell.value for cell in answers[1]]
        check("xlsx Answers has titles beside ids", header[2:7] == ["activity", "title", "persona", "name", "group"], str(header))
        values = [dict(zip(header, r)) for r in answers.iter_rows(min_row=2, values_only=True)]
        check("xlsx Answers titles and names filled",
              all(v.get("title") == "Scoping the partnership" or v.get("activity") != "scoping" for v in values)
              and any(v.get("name") == "PhD candidate" for v in values), str(values[:2]))

        with open(paths["matrix"], newline="", encoding="utf-8") as handle:
            matrix_rows = list(csv.DictReader(handle))
        scoping = next(r for r in matrix_rows if r["activity"] == "scoping")
        check("csv matrix keeps medians numeric", scoping["Professional-services staff"] == "2.5", str(scoping))
        check("csv matrix has an n column per persona",
              scoping.get("n Academic") == "2" and scoping.get("n PhD candidate") == "1", str(scoping))
        with open(paths["tidy"], newline="", encoding="utf-8") as handle:
            tidy = list(csv.DictReader(handle))
        phd_rows = [r for r in tidy if r["persona"] == "phd-candidate"]
        check("tidy CSV keeps the phone's note after the table changed the answer",
              len(phd_rows) == 1 and phd_rows[0]["answer"] == "a" and phd_rows[0]["note"] == PHONE_NOTE, str(phd_rows))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    for name, ok, detail in results:
        if not ok:
            print(f"FAIL {name}: {detail[:2000]}")
    passed = sum(ok for _, ok, _ in results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
