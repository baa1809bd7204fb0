#!/usr/bin/env python3
"""Prints the XLSX export the way a user would: LibreOffice (headless) converts the workbook to
PDF once, and poppler's pdfinfo and pdftotext read the pages back. Asserts every page is landscape
A4, the Matrix sheet is one page wide with every header, activity and title on it whole and the
numbers rounded, dates show as dates, and a sheet spanning pages repeats its header row on each.
Each page is told by its footer, which names the sheet. Prints 'N passed, N failed'."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TITLE = "<b>Bold</b> | =1+1 \"quoted\""
SESSION_NOTE = "Room ran ten minutes late; coffee arrived at 11"


def pages_of(pdf):
    """Each page's size in points and its text laid out as on the page."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], capture_output=True, text=True, check=True).stdout
    sizes = [(float(width), float(height)) for width, height in
             re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)]
    texts = [subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                            capture_output=True, text=True, check=True).stdout for page in range(1, len(sizes) + 1)]
    return sizes, texts


def lines(text):
    """Non-empty lines, runs of spaces between cells brought to one."""
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


def check_pages(check, book, pdf):
    """The PDF LibreOffice printed `book` to, page by page."""
    sizes, texts = pages_of(pdf)
    check("every page is landscape A4", sizes and all(abs(w - 841.9) < 2 and abs(h - 595.3) < 2 for w, h in sizes),
          str(sorted(set(sizes))))

    # The footer's left part names the sheet; group the pages by it.
    pages = {name: [] for name in book.sheetnames}
    for number, text in enumerate(texts, start=1):
        footer = lines(text)[-1] if lines(text) else ""
        name = footer.split(" Page ")[0]
        check(f"page {number} has a footer naming its sheet", name in pages, footer)
        pages.setdefault(name, []).append(lines(text))
    for name in book.sheetnames:
        check(f"sheet {name} prints", pages[name], str(len(pages[name])))

    matrix = book["Matrix"]
    header = [cell.value for cell in matrix[1]]
    for page in pages["Matrix"]:
        check("a Matrix page holds every header in order (one page wide)",
              any(re.search(".*".join(map(re.escape, header)), line) for line in page), str(header))
    matrix_lines = [line for page in pages["Matrix"] for line in page]
    for activity, title, *numbers in matrix.iter_rows(min_row=2, values_only=True):
        if title is None:
            continue  # the blank row and the legend under the table
        row = next((line for line in matrix_lines if line.startswith(f"{activity} {title}")), None)
        check(f"Matrix shows {activity} and its title whole", row, title)
        standing = numbers[-3]
        if row and standing is not None:
            shown = f"{standing:.2f}"[:-1] if f"{standing:.2f}".endswith("0") else f"{standing:.2f}"
            check(f"Matrix shows {activity}'s standing rounded ({shown})", f" {shown} " in f" {row} ", row)
    check("no number on the Matrix shows more than two decimals",
          not any(re.search(r"\d\.\d{3,}", line) for line in matrix_lines))
    check("no cell shows ### (too narrow for its number)", not any("###" in line for page in texts for line in lines(page)))

    answers = book["Answers"]
    tidy = " ".join(cell.value for cell in answers[1])
    check("the Answers sheet spans more than one page", len(pages["Answers"]) > 1, str(len(pages["Answers"])))
    for number, page in enumerate(pages["Answers"][1:], start=2):
        check(f"Answers page {number} starts with the header row", page[0] == tidy, page[0])
    first = pages["Answers"][0][1] if pages["Answers"] else ""
    check("Answers show the date and time as dates",
          re.search(r"^demo-2015 2015-11-19 .* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", first), first)
    check("the Notes sheet prints the note on the session",
          any(SESSION_NOTE in line for page in pages["Notes"] for line in page))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".", help="the folder holding the example's personas/ and sessions/")
    args = parser.parse_args()
    missing = [tool for tool in ("soffice", "pdfinfo", "pdftotext") if not shutil.which(tool)]
    if missing:
        print(f"FAIL: {', '.join(missing)} not found (make test-deps installs libreoffice-calc-nogui, poppler-utils)")
        return 1
    binary = os.path.abspath(args.binary)
    folder = tempfile.mkdtemp(prefix="workshop-xlsx-print-")
    root = os.path.join(folder, "ws")
    for part in ("personas", "sessions"):
        shutil.copytree(os.path.join(args.example, part), os.path.join(root, part))
    os.remove(os.path.join(root, "sessions", "demo-2016.jsonl"))
    results = []

    def check(name, condition, detail=""):
        results.append((name, bool(condition), detail))

    def workshop(*words):
        result = subprocess.run([binary, *words, "--root", root], capture_output=True, text=True, cwd=folder,
                                env={**os.environ, "WORKSHOP_FACILITATOR": "checker", "NO_COLOR": "1"})
        assert result.returncode == 0, result.stderr
        return result

    try:
        workshop("add-activity", "demo-2015", "hostile", TITLE)
        workshop("note", "demo-2015", SESSION_NOTE)
        workbook = os.path.join(folder, "demo.xlsx")
        workshop("export", "demo-2015", "--format", "xlsx", "--output", workbook)
        import openpyxl
        book = openpyxl.load_workbook(workbook)
        started = time.monotonic()
        # A profile of its own, so runs in parallel (or a desktop LibreOffice) do not clash.
        converted = subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                                    "--convert-to", "pdf", "--outdir", folder, workbook],
                                   capture_output=True, text=True, timeout=300)
        seconds = time.monotonic() - started
        pdf = os.path.join(folder, "demo.pdf")
        check("LibreOffice converts the workbook to PDF", os.path.exists(pdf), converted.stderr[-300:])
        if os.path.exists(pdf):
            print(f"converted in {seconds:.1f} s: xlsx {os.path.getsize(workbook)} bytes, pdf {os.path.getsize(pdf)} bytes")
            check_pages(check, book, pdf)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    failed = [result for result in results if not result[1]]
    for name, _, detail in failed:
        print(f"FAIL: {name} {detail}")
    print(f"xlsx print checks: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
