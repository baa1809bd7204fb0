"""Ideas in every export format, opened by the real readers, with hostile wording: a formula
(`=HYPERLINK(...)`), a script, a bidi override (U+202E), an escape character and a 280-character
idea. Called by check_exports.py with a root holding the example: starts a session of the
stirling-2015 plan, appends idea, theme, vote and dot records to its journal as the encoder writes
them (FORMAT.md, format 5), exports it and checks that each reader sees the text as typed and
inert. LibreOffice opens the workbook and saves it again (a text it took for a formula would come
back as one); Chromium lays out the report (nothing wider than the window, no script run)."""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess

from ideas_readers import check_html, check_json

from ideas_hostile import BIDI, ESCAPE, FORMULA, HIDDEN, HOSTILE, LONG, SCRIPT, SESSION, THEME  # noqa: F401
COLUMNS = ["session", "prompt", "number", "theme", "group", "persona", "activity", "stage", "text", "dots", "rank",
           "hidden"]


def record_lines(kind, fields, serial, start):
    """One journal line as the encoder writes it: type, id, at, by, the fields, then the format."""
    at = start + datetime.timedelta(seconds=serial)
    line = {"type": kind, "id": f"{0x1dea000000000000 + serial:016x}",
            "at": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z", "by": "checker"}
    line.update(fields)
    line["format"] = "5"
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"


def build(workshop, root):
    """The session: five hostile ideas and a hidden one for 'try-first' (two themed), a closed vote on
    ideas with a tie for first; returns the ideas' texts by id."""
    result = workshop("start", "stirling-2015", "--as", SESSION)
    assert result.returncode == 0, result.stderr
    start = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=5)
    records, ids, serial = [], [], 0

    def add(kind, **fields):
        nonlocal serial
        serial += 1
        records.append(record_lines(kind, fields, serial, start))
        return f"{0x1dea000000000000 + serial:016x}"

    for index, text in enumerate(HOSTILE):
        ids.append(add("idea", group=f"table-{index + 1}", prompt="try-first", text=text))
    hidden = add("idea", group="table-1", prompt="try-first", text=HIDDEN)
    add("idea-mark", target=hidden, status="hidden")
    add("theme", text=THEME, ideas=f"{ids[0]} {ids[4]}")
    add("vote", prompt="try-first", on="ideas", status="open", count="3")
    for group, idea, count in [("table-1", ids[0], 2), ("table-2", ids[1], 2), ("table-3", ids[4], 1)]:
        add("dot", group=group, prompt="try-first", idea=idea, count=str(count))
    add("vote", prompt="try-first", on="ideas", status="closed", count="3")
    with open(os.path.join(root, "sessions", SESSION + ".jsonl"), "a", encoding="utf-8") as journal:
        journal.write("".join(records))
    return ids


def expected_csv(text):
    return "'" + text if text[:1] in "=+-@\t\r" else text


def xml_text(text):
    """What XLSX can carry of a text: XML 1.0 has no C0 controls but tab and line breaks."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def check_ideas(check, workshop, root, folder):
    ids = build(workshop, root)
    paths = {}
    for name, words in [("csv", ["--format", "csv", "--shape", "ideas"]),
                        ("tsv", ["--format", "tsv", "--shape", "ideas", "--hidden"]),
                        ("xlsx", ["--format", "xlsx"]), ("json", ["--format", "json"]),
                        ("html", ["--format", "html"]), ("md", ["--format", "markdown"])]:
        paths[name] = os.path.join(folder, f"ideas.{name}")
        result = workshop("export", SESSION, *words, "--output", paths[name])
        check(f"ideas: export {name} exits 0", result.returncode == 0, result.stderr)

    # CSV and TSV with the csv module: the documented columns, each text as typed, formulas guarded.
    for name, delimiter in [("csv", ","), ("tsv", "\t")]:
        with open(paths[name], newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter=delimiter))
            handle.seek(0)
            header = next(csv.reader(handle, delimiter=delimiter))
        check(f"ideas {name}: the documented columns", header == COLUMNS, str(header))
        texts = {row["text"] for row in rows}
        for text in HOSTILE:
            check(f"ideas {name} keeps {text[:30]!r}", expected_csv(text) in texts)
        check(f"ideas {name}: the formula is guarded by an apostrophe", "'" + FORMULA in texts)
        ranks = {row["text"]: row["rank"] for row in rows}
        check(f"ideas {name}: the tie for first shows as 1=",
              ranks.get("'" + FORMULA) == "1=" and ranks.get(SCRIPT) == "1=" and ranks.get(LONG) == "3", str(ranks))
        check(f"ideas {name}: the theme is guarded too", "'" + THEME in {row["theme"] for row in rows})
    with open(paths["csv"], newline="", encoding="utf-8") as handle:
        check("ideas csv leaves the hidden idea out", HIDDEN not in {row["text"] for row in csv.DictReader(handle)})
    with open(paths["tsv"], newline="", encoding="utf-8") as handle:
        hidden = [row for row in csv.DictReader(handle, delimiter="\t") if row["text"] == HIDDEN]
    check("ideas tsv --hidden shows the hidden idea, marked", len(hidden) == 1 and hidden[0]["hidden"] == "true")

    check_workbook(check, paths["xlsx"], folder)
    check_json(check, paths["json"], ids)
    check_html(check, paths["html"], folder)

    markdown = open(paths["md"], encoding="utf-8").read()
    check("ideas markdown escapes the script", "<script>" not in markdown and "\\<script\\>" in markdown)
    table = [line for line in markdown.splitlines() if line.startswith("| ") and "%" in line]
    check("ideas markdown: the vote's rows keep three columns",
          table and all(line.replace("\\|", "").count("|") == 4 for line in table), str(table))


def check_workbook(check, path, folder):
    import openpyxl
    import xlsx_checks
    book = openpyxl.load_workbook(path)
    # This session agreed no actions, so its workbook has no Actions sheet.
    check("ideas xlsx: an Ideas sheet after the others",
          book.sheetnames == [name for name in xlsx_checks.SHEETS if name != "Actions"],
          str(book.sheetnames))
    sheet = book["Ideas"]
    header = [cell.value for cell in sheet[1]]
    check("ideas xlsx: the documented columns", header == COLUMNS, str(header))
    text_column = COLUMNS.index("text")
    cells = [row[text_column] for row in sheet.iter_rows(min_row=2)]
    for text in HOSTILE:
        check(f"ideas xlsx keeps {text[:30]!r}", xml_text(text) in {cell.value for cell in cells})
    check("ideas xlsx: no cell is a formula", all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row))
    long_cell = next(cell for cell in cells if cell.value == LONG)
    check("ideas xlsx: the long idea wraps in a 50-wide column",
          long_cell.alignment.wrap_text and sheet.column_dimensions[long_cell.column_letter].width == 50)
    check("ideas xlsx: its row is as tall as its lines", (sheet.row_dimensions[long_cell.row].height or 0) > 12.75)
    xlsx_checks.check_widths(check, sheet)
    check("ideas xlsx: the header repeats when printed", (sheet.print_title_rows or "").replace("$", "") == "1:1")

    # LibreOffice opens the workbook and saves it again: a text it took for a formula would come back as one.
    if not shutil.which("soffice"):
        check("ideas xlsx: LibreOffice is installed", False, "soffice not found")
        return
    out = os.path.join(folder, "resaved")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile-ideas", "--headless",
                    "--convert-to", "xlsx", "--outdir", out, path], capture_output=True, timeout=180)
    resaved = os.path.join(out, os.path.basename(path))
    check("ideas xlsx: LibreOffice opens and saves it", os.path.exists(resaved))
    if os.path.exists(resaved):
        again = openpyxl.load_workbook(resaved)["Ideas"]
        values = {row[text_column].value for row in again.iter_rows(min_row=2)}
        check("ideas xlsx after LibreOffice: no formula, the text as typed",
              all(cell.data_type != "f" for row in again.iter_rows() for cell in row) and FORMULA in values, str(values))
