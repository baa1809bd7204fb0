#!/usr/bin/env python3
"""Prints the HTML report the way a user would: headless Chromium prints it to PDF (A4, its own
print stylesheet) and poppler's pdfinfo and pdftotext read the pages back. Asserts every page is
portrait A4 and that nothing was cut off: every activity title, persona name and the matrix's last
columns (Standing, Rank) are on the pages, with an extra long activity title and a meeting with a
prompt note. Prints 'N passed, N failed'."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

LONG_TITLE = "An unusually long activity title that keeps going to test how the report wraps it"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--example", required=True)
    args = parser.parse_args()
    passed, failed = 0, 0

    def check(name, condition, detail=""):
        nonlocal passed, failed
        if condition:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {name} {detail}")

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    folder = tempfile.mkdtemp(prefix="workshop-html-print-")
    try:
        for part in ("personas", "sessions"):
            shutil.copytree(os.path.join(args.example, part), os.path.join(folder, part))
        binary = os.path.abspath(args.binary)

        def run(*words):
            return subprocess.run([binary, *words, "--root", folder], capture_output=True, text=True, timeout=60)

        run("add-activity", "demo-2015", "long-one", LONG_TITLE)
        run("score", "demo-2015", "long-one", "academic", "4", "--group", "table-1")
        run("note", "demo-2015", "--prompt", "try-first", "The", "drop-in", "desk", "first")
        report = os.path.join(folder, "report.html")
        result = run("export", "demo-2015", "--format", "html", "--output", report)
        check("the report is written", result.returncode == 0, result.stderr)
        summary = subprocess.run([binary, "summary", "demo-2015", "--format", "json", "--root", folder],
                                 capture_output=True, text=True).stdout
        titles = re.findall(r'"title" : "([^"]+)"', summary)
        names = re.findall(r'"name" : "([^"]+)"', summary)
        pdf = os.path.join(folder, "report.pdf")
        if chromium:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={pdf}", "file://" + report], capture_output=True, timeout=120)
        check("Chromium printed the report", os.path.exists(pdf), f"chromium={chromium}")
        if not os.path.exists(pdf):
            raise SystemExit(finish(passed, failed))
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True).stdout
        sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
        check("every page is portrait A4", sizes and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2
                                                         for w, h in sizes), str(set(sizes)))
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"\s+", " ", text)
        for title in set(titles):
            check(f"the printed report holds the title {title!r}", title in flat or all(w in flat for w in title.split()))
        for name in set(names):
            check(f"the printed report holds the persona {name!r}", all(w in flat for w in name.split()))
        check("the matrix's last columns are on the page", "Standing" in flat and "Rank" in flat)
        check("the prompt's question prints above its note",
              0 <= flat.find("Which of these would you try first") < flat.find("The drop-in desk first"))
        check("the legend prints", "Each cell is the middle answer of the groups" in flat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return finish(passed, failed)


def finish(passed, failed):
    print(f"html print checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
