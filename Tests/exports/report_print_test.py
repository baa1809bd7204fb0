#!/usr/bin/env python3
"""The HTML report's first page, printed the way a head of service gets it: headless Chromium
prints it to A4 PDF (DevTools Page.printToPDF, the page's own print stylesheet) and pdftotext reads
it back page by page. For the conference workshop (demo-2015, with an action agreed) and the action
learning set (learning-set-1, its first meeting, and learning-set-3): page 1 holds the findings and
the actions and none of the words alpha, kappa, ICC, bootstrap; the appendix ("Appendix: statistics
and method") holds them, on a later page. On screen the appendix is closed until its checkbox is
ticked by keyboard (no script on the page); a first meeting draws no trend chart. A RAG session's
cells are red, amber and green (within a tolerance) with their letters R, A, G. Page 1 of each is
saved as PNG (pdftoppm -r 60) under --shots. About 15 s. Prints 'N passed, N failed'."""
import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "live"))
import browsers  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

STATISTICS = ["alpha", "kappa", "icc", "bootstrap"]
RAG = {"R": (198, 40, 40), "A": (255, 176, 0), "G": (46, 125, 50)}
TOLERANCE = 40
ACTION = "Send the drop-in desk rota to every School"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default=".build/shots28", help="where page 1 of each report is saved as PNG")
    args = parser.parse_args()
    results = {"passed": 0, "failed": 0}

    def check(name, condition, detail=""):
        results["passed" if condition else "failed"] += 1
        print(("ok: " if condition else "FAIL: ") + name + ("" if condition else " " + str(detail)[:400]), flush=True)

    folder = tempfile.mkdtemp(prefix="workshop-report-print-")
    driver = None
    try:
        for part in ("personas", "sessions"):
            shutil.copytree(os.path.join(args.example, part), os.path.join(folder, part))
        binary = os.path.abspath(args.binary)

        def run(*words):
            return subprocess.run([binary, *words, "--root", folder], capture_output=True, text=True, timeout=60)

        # An action is agreed at the latest meeting only: without the 2016 meeting, 2015 is the latest.
        os.remove(os.path.join(folder, "sessions", "demo-2016.jsonl"))
        result = run("action", "demo-2015", *ACTION.split(), "--owner", "Ewan", "--due", "2015-12-18")
        check("an action is agreed at demo-2015", result.returncode == 0, result.stderr)
        rag = rag_session(run, check)
        driver = browsers.browser("projector")
        os.makedirs(args.shots, exist_ok=True)
        for session, action in (("demo-2015", ACTION), ("learning-set-1", None), ("learning-set-3", None)):
            report = os.path.join(folder, session + ".html")
            result = run("export", session, "--format", "html", "--output", report)
            check(f"{session}: the report is written", result.returncode == 0, result.stderr)
            pages = print_pages(driver, report, os.path.join(folder, session + ".pdf"), args.shots, session, check)
            if not pages:
                continue
            first, rest = pages[0], " ".join(pages[1:])
            check(f"{session}: page 1 holds the findings", "Findings" in first and "What worked best overall" in first, first[:300])
            check(f"{session}: page 1 holds the actions", "Actions" in first and (action is None or all(w in first for w in action.split())),
                  first[-400:])
            words = [w for w in STATISTICS if w in first.lower()]
            check(f"{session}: page 1 has no statistics words", not words, words)
            check(f"{session}: page 1 holds the heatmap", "Median answer per persona" in first, first[:200])
            matrix = re.search(r'<table class="matrix">.*?</table>', open(report, encoding="utf-8").read(), re.S)[0]
            titles = set(re.findall(r'<th scope="row">([^<]+)</th>', matrix))
            # A title may wrap in its cell, with the row's figures between its lines: each word is on page 1.
            cut = [t for t in titles if not all(w in first for w in t.replace("&amp;", "&").split())]
            check(f"{session}: page 1 stands alone, the heatmap's every row on it", titles and not cut, cut)
            appendix = rest[rest.find("Appendix: statistics and method"):] if "Appendix: statistics and method" in rest else ""
            check(f"{session}: the appendix is printed after page 1", bool(appendix))
            missing = [w for w in ("alpha", "bootstrap", "ICC", "Kendall") if w.lower() not in appendix.lower()]
            check(f"{session}: the appendix holds the statistics", not missing, missing)
            screen(driver, report, session, check)
        first_meeting = open(os.path.join(folder, "learning-set-1.html"), encoding="utf-8").read()
        check("a first meeting draws no one-point trend chart", "Across the series" not in first_meeting
              and "Meeting 1 of the series action-learning-set" in first_meeting)
        if rag:
            colours(driver, rag, check, args.shots)
    finally:
        if driver is not None:
            browsers.close(driver)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"report print checks: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def print_pages(driver, report, pdf, shots, session, check):
    """The report printed to A4 PDF by Chromium, each page's text; page 1 saved as a PNG."""
    driver.get("file://" + report)
    data = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
    with open(pdf, "wb") as out:
        out.write(base64.b64decode(data["data"]))
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    check(f"{session}: printed on A4", size and abs(float(size[1]) - 595.3) < 2 and abs(float(size[2]) - 841.9) < 2, info)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = [re.sub(r"\s+", " ", page) for page in text.split("\f") if page.strip()]
    check(f"{session}: the report runs to more than one page", len(pages) > 1, len(pages))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf,
                    os.path.join(shots, session + "-page1")], capture_output=True)
    return pages


def screen(driver, report, session, check):
    """On screen the appendix is closed; Tab to its checkbox and Space opens it, with no script."""
    html = open(report, encoding="utf-8").read()
    check(f"{session}: the page has no script", "<script" not in html)
    driver.get("file://" + report)
    body = driver.find_element(By.ID, "appendix-body")
    check(f"{session}: the appendix is closed on screen", not body.is_displayed())
    toggle = driver.find_element(By.ID, "show-appendix")
    label = driver.find_element(By.CSS_SELECTOR, "label[for=show-appendix]").text
    check(f"{session}: the disclosure has a name", label == "Show the statistics and method", label)
    # From the appendix's heading, Tab reaches the checkbox and Space ticks it: the keyboard's way.
    driver.execute_script("const h = document.getElementById('appendix'); h.setAttribute('tabindex', '-1'); h.focus()")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused = driver.execute_script("return document.activeElement.id")
    check(f"{session}: Tab reaches the disclosure", focused == "show-appendix", focused)
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    check(f"{session}: Space on the checkbox opens the appendix", body.is_displayed() and toggle.is_selected())


def rag_session(run, check):
    """A session of the bundled RAG plan with two pairs' answers: a red, an amber and a green cell."""
    steps = [("start", "partnership-review", "--as", "rag-review")]
    for pair, answers in (("pair-a", "rag"), ("pair-b", "rag")):
        for activity, answer in zip(("scoping", "finding-partners", "building-trust"), answers):
            steps.append(("score", "rag-review", activity, "academic", answer, "--group", pair))
    for step in steps:
        result = run(*step)
        if result.returncode != 0:
            check("the RAG session is recorded", False, f"{step}: {result.stderr}")
            return None
    check("the RAG session is recorded", True)
    return run


def colours(driver, run, check, shots):
    """Each RAG cell's rendered background within TOLERANCE of its tone, and its letter printed on
    page 1 of the PDF (saved as a shot beside the others)."""
    folder = tempfile.mkdtemp(prefix="workshop-rag-")
    try:
        report = os.path.join(folder, "rag.html")
        result = run("export", "rag-review", "--format", "html", "--output", report)
        check("the RAG report is written", result.returncode == 0, result.stderr)
        driver.get("file://" + report)
        cells = driver.execute_script(
            "return [...document.querySelectorAll('table.matrix td[data-palette=\"traffic\"]')]"
            ".map(td => [td.querySelector('b.letter') ? td.querySelector('b.letter').textContent.trim() : '',"
            " getComputedStyle(td).backgroundColor, td.textContent])")
        letters = sorted({letter for letter, _, _ in cells})
        check("the RAG heatmap has red, amber and green cells", letters == ["A", "G", "R"], cells)
        for letter, background, text in cells:
            rgb = tuple(int(x) for x in re.findall(r"\d+", background)[:3])
            want = RAG.get(letter)
            near = want is not None and all(abs(a - b) <= TOLERANCE for a, b in zip(rgb, want))
            check(f"a cell marked {letter} is {['red', 'amber', 'green'][list(RAG).index(letter)] if want else '?'}", near,
                  f"{background} {text!r}")
        pages = print_pages(driver, report, os.path.join(folder, "rag.pdf"), shots, "rag-review", check)
        # Each cell reads as its letter and its label (labels where people read them), never a level number.
        named = set(re.findall(r"\b(R Red|A Amber|G Green)\b", pages[0])) if pages else set()
        check("page 1 prints R Red, A Amber and G Green in the cells", named == {"R Red", "A Amber", "G Green"}, pages[:1])
        check("no RAG cell prints a level number", not re.search(r"\b[RAG] \d", pages[0] if pages else ""), pages[:1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
