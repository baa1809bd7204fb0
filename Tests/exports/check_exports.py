#!/usr/bin/env python3
"""Opens every export format with a real reader, with hostile text in the notes and titles:
CSV and TSV with Python's csv module, XLSX with openpyxl, JSON with jsonschema against
docs/export-schema.json, HTML in headless Chromium (a screenshot, its size checked), Markdown by
counting table cells; then the same for a session with hostile ideas (ideas_checks.py). Prints
'N passed, N failed'."""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import ideas_checks
import xlsx_checks

HOSTILE = [
    "=SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tTabbed", "<script>alert(1)</script>",
    'He said "yes", then left', "pipe | in | text", "line one\nline two", "中文 العربية हिन्दी", "emoji 🎉👍", "windows\r\nline end",
]
TITLE = "<b>Bold</b> | =1+1 \"quoted\""
# Notes not kept with an answer: on the whole session, and on one of the plan's prompts.
SESSION_NOTE = "Room ran ten minutes late; coffee arrived at 11"
PROMPT_NOTE = "-start with the research cafés, \"then\" the drop-in"
QUESTION = "Which of these would you try first, and why?"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".", help="the folder holding the example's personas/ and sessions/")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    folder = tempfile.mkdtemp(prefix="workshop-exports-")
    root = os.path.join(folder, "ws")
    for part in ("personas", "sessions"):
        shutil.copytree(os.path.join(args.example, part), os.path.join(root, part))
    # demo-2015 takes the actions below only while it is the latest meeting of its series.
    os.remove(os.path.join(root, "sessions", "demo-2016.jsonl"))
    results = []

    def check(name, condition, detail=""):
        results.append((name, bool(condition), detail))

    def workshop(*words):
        # Run from the temporary folder, so a command whose --root went astray cannot touch the repository.
        return subprocess.run([binary, *words, "--root", root], capture_output=True, text=True, cwd=folder,
                              env={**os.environ, "WORKSHOP_FACILITATOR": "checker", "NO_COLOR": "1"})

    try:
        assert workshop("add-activity", "demo-2015", "hostile", TITLE).returncode == 0
        groups = ["table-1", "table-2", "table-3", "table-4", "table-5", "table-6", "table-7", "table-8", "table-9", "table-10", "table-1", "table-2"]
        personas = ["academic", "academic", "undergraduate", "undergraduate", "international-student", "phd-candidate",
                    "undergraduate", "international-student", "phd-candidate", "professional-services", "academic", "academic"]
        for index, text in enumerate(HOSTILE):
            result = workshop("score", "demo-2015", "hostile" if index < 10 else "newsletter", personas[index],
                              str(index % 5 + 1), "--group", groups[index], f"--note={text}", "--persona-change")
            assert result.returncode == 0, result.stderr
        for index, text in enumerate(HOSTILE):
            due = ["--due", f"2016-03-{index + 1:02d}"] if index % 3 else []
            result = workshop("action", "demo-2015", f"--owner={text}", *due, text)
            assert result.returncode == 0, result.stderr
        dated = [text for index, text in enumerate(HOSTILE) if index % 3]
        for words in ([SESSION_NOTE], ["--prompt", "try-first", PROMPT_NOTE]):
            result = workshop("note", "demo-2015", *words)
            assert result.returncode == 0, result.stderr
        paths = {}
        for fmt, shape in [("csv", "matrix"), ("csv", "tidy"), ("tsv", "tidy"), ("markdown", None), ("json", None),
                           ("html", None), ("xlsx", None), ("csv", "actions"), ("ics", None)]:
            path = os.path.join(folder, f"export-{fmt}-{shape or 'all'}.{fmt}")
            extra = ["--shape", shape] if shape else []
            result = workshop("export", "demo-2015", "--format", fmt, "--output", path, *extra)
            check(f"export {fmt} {shape or ''} exits 0", result.returncode == 0, result.stderr)
            paths[(fmt, shape)] = path

        # CSV and TSV: every note reads back; formula-leading text carries the documented apostrophe.
        def expected(text):
            return "'" + text if text[:1] in "=+-@\t\r" else text
        for fmt, delimiter in [("csv", ","), ("tsv", "\t")]:
            with open(paths[(fmt, "tidy")], newline="", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle, delimiter=delimiter))
            notes = {row["note"] for row in rows}
            for text in HOSTILE:
                check(f"{fmt} tidy keeps note {text!r}", expected(text) in notes)
            check(f"{fmt} values are plain numbers", all(row["value"] == "" or float(row["value"]) >= 0 for row in rows))
        with open(paths[("csv", "matrix")], newline="", encoding="utf-8") as handle:
            matrix = list(csv.reader(handle))
        # After answers, one `n <persona>` column per persona: the answers each median rests on.
        counts = [name for name in matrix[0] if name.startswith("n ")]
        check("csv matrix header", matrix[0][:2] == ["activity", "title"] and counts
              and matrix[0][-3 - len(counts):] == ["standing", "rank", "answers"] + counts, str(matrix[0]))
        check("csv matrix keeps the hostile title", any(row[1] == TITLE for row in matrix[1:]))
        check("csv matrix numbers parse", all(float(cell) >= 0 for row in matrix[1:] for cell in row[2:] if cell))

        # XLSX with openpyxl: contents here, formats (widths, numbers, dates, Notes, printing) in xlsx_checks.
        book, note_texts = xlsx_checks.check_workbook(check, paths[("xlsx", None)], paths[("csv", "tidy")],
                                                      SESSION_NOTE, PROMPT_NOTE, QUESTION)
        for text in HOSTILE:
            check(f"xlsx notes sheet keeps {text!r}", text in note_texts)
        actions_sheet = book["Actions"]
        action_texts = {row[2] for row in actions_sheet.iter_rows(min_row=2, values_only=True)}
        for text in HOSTILE:
            check(f"xlsx actions keep {text!r}", text in action_texts)
        with open(paths[("csv", "actions")], newline="", encoding="utf-8") as handle:
            action_rows = list(csv.DictReader(handle))
        check("csv actions: one row per action, numbered 1..n",
              [int(row["number"]) for row in action_rows] == list(range(1, len(HOSTILE) + 1)))
        for text in HOSTILE:
            check(f"csv actions keep {text!r}", expected(text) in {row["text"] for row in action_rows})

        # ICS with a real iCalendar parser: one VTODO per dated action, the text intact.
        import icalendar
        with open(paths[("ics", None)], "rb") as handle:
            raw = handle.read()
        calendar = icalendar.Calendar.from_ical(raw)
        todos = [component for component in calendar.walk() if component.name == "VTODO"]
        check("ics has one VTODO per dated action", len(todos) == len(dated), f"{len(todos)} of {len(dated)}")
        check("ics UIDs are unique", len({str(todo["UID"]) for todo in todos}) == len(todos))
        check("ics lines are CRLF and at most 75 octets",
              all(len(line) <= 75 for line in raw.split(b"\r\n")) and b"\n" not in raw.replace(b"\r\n", b""))
        summaries = {str(todo["SUMMARY"]).split(" ", 1)[1] for todo in todos}
        for text in dated:
            check(f"ics keeps {text!r}", text.replace("\r\n", "\n") in summaries)
        check("ics due dates are dates", all(todo["DUE"].dt.year == 2016 for todo in todos))
        sheet = book["Matrix"]
        check("xlsx matrix numbers are numbers", isinstance(sheet["C2"].value, (int, float)))
        check("xlsx has a colour scale", len(list(sheet.conditional_formatting)) >= 1)
        answers = book["Answers"]
        header = [cell.value for cell in answers[1]]
        note_column = header.index("note")
        xlsx_notes = {row[note_column] for row in answers.iter_rows(min_row=2, values_only=True)}
        for text in HOSTILE:
            check(f"xlsx keeps note {text!r}", text in xlsx_notes)
        check("xlsx is a zip with the sheet parts",
              {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} <= set(zipfile.ZipFile(paths[("xlsx", None)]).namelist()))

        # JSON against the documented schema.
        import jsonschema
        with open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "export-schema.json"), encoding="utf-8") as handle:
            schema = json.load(handle)
        with open(paths[("json", None)], encoding="utf-8") as handle:
            document = json.load(handle)
        try:
            jsonschema.validate(document, schema)
            check("json matches docs/export-schema.json", True)
        except jsonschema.ValidationError as error:
            check("json matches docs/export-schema.json", False, error.message)
        json_notes = {answer.get("note") for answer in document["answers"]}
        for text in HOSTILE:
            check(f"json keeps note {text!r}", text in json_notes)

        # HTML: escaped, self-contained, and it renders.
        html = open(paths[("html", None)], encoding="utf-8").read()
        check("html escapes a script in notes", "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html)
        check("html escapes the hostile title", "&lt;b&gt;Bold&lt;/b&gt;" in html)
        check("html loads nothing from outside", "http://" not in html.replace("http://www.w3.org/2000/svg", "")
              and "https://" not in html)
        check("html keeps non-Latin text and emoji", "中文 العربية हिन्दी" in html and "🎉👍" in html)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        screenshot = os.path.join(folder, "report.png")
        if chromium:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1000,2000",
                            f"--screenshot={screenshot}", "file://" + paths[("html", None)]],
                           capture_output=True, timeout=120)
        size = os.path.getsize(screenshot) if os.path.exists(screenshot) else 0
        check("html renders in headless Chromium (screenshot over 50 KB)", size > 50_000, f"chromium={chromium} size={size}")

        # Markdown: a pipe in user text never adds a table column.
        markdown = open(paths[("markdown", None)], encoding="utf-8").read()
        # Each table's rows have as many columns as its header.
        tables, current = [], []
        for line in markdown.splitlines() + [""]:
            if line.startswith("| "):
                current.append(line.replace("\\|", "").count("|"))
            elif current:
                tables.append(current)
                current = []
        check("markdown has its tables", len(tables) >= 3, str(len(tables)))
        check("markdown rows keep their columns", all(len(set(table)) == 1 for table in tables), str(tables))
        check("markdown escapes the hostile title", "\\<b\\>Bold\\</b\\> \\| =1+1" in markdown)

        # Ideas, themes and a vote, with hostile wording, in every format.
        ideas_checks.check_ideas(check, workshop, root, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    failed = [result for result in results if not result[1]]
    for name, _, detail in failed:
        print(f"FAIL: {name} {detail}")
    print(f"export reader checks: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
