#!/usr/bin/env python3
"""The HTML report against WCAG 2.2 AA in headless Chromium, in English and in Welsh: axe-core
(4.10 or later, its version asserted; loaded into the page with execute_script from --axe, by
default .build-axe/axe.min.js, which CI fetches) with the tags wcag2a, wcag2aa, wcag21a, wcag21aa
and wcag22aa must find nothing, on the bundled meeting (demo-2015) and the one after it in its
series (demo-2016, with the change since the meeting before). Then what axe cannot judge alone:
every heatmap colour of every palette against its text (4.5:1, the figure's small n included),
every heatmap cell printing its figure, every chart with a text alternative, headings in order
and landmarks present, every table with header cells. One shared browser; about 15 s.
Prints 'N passed, N failed'."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "live"))
import browsers  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
REPORTS = [("demo-2015", "en"), ("demo-2015", "cy"), ("demo-2016", "en"), ("demo-2016", "cy")]

# Every [data-palette][data-tone] rule of the page's stylesheets, rendered in a heatmap cell with its
# figure and small n, and each text's contrast against the cell computed from the colours shown
# (opacity included), as WCAG 2.2's relative luminance defines it.
CONTRAST = r"""
function lum(c) {
  const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function rgba(text) { const m = text.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; }
function over(top, bottom) { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)); }
const table = document.querySelector('table.matrix tbody');
const results = [];
for (const sheet of document.styleSheets) {
  for (const rule of sheet.cssRules) {
    const m = rule.selectorText && rule.selectorText.match(/data-palette="(\w+)"\]\[data-tone="(\d+)"/);
    if (!m) continue;
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    cell.setAttribute('data-palette', m[1]); cell.setAttribute('data-tone', m[2]);
    cell.innerHTML = '<b class="letter">R </b>3.5<small>n = 2 · 3–4</small>';
    row.appendChild(cell); table.appendChild(row);
    const back = rgba(getComputedStyle(cell).backgroundColor);
    for (const part of [cell, cell.querySelector('small'), cell.querySelector('b')]) {
      const style = getComputedStyle(part);
      const colour = rgba(style.color); colour[3] *= Number(style.opacity);
      const shown = over(colour, back);
      const [a, b] = [lum(shown), lum(back)];
      results.push([m[1], m[2], part.tagName, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
    }
    row.remove();
  }
}
return results;
"""

STRUCTURE = r"""
const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]));
const skips = headings.filter((level, i) => i > 0 && level > headings[i - 1] + 1).length;
const charts = [...document.querySelectorAll('svg[role="img"]')];
const unlabelled = charts.filter(svg => !(svg.getAttribute('aria-label') || '').trim()).length;
const described = charts.filter(svg => (svg.getAttribute('aria-label') || '').match(/\d/)).length;
const cells = [...document.querySelectorAll('table.matrix tbody td')];
const blank = cells.filter(td => !td.textContent.trim()).length;
const tables = [...document.querySelectorAll('table')];
const headless = tables.filter(t => !t.querySelector('th')).length;
return {h1: headings.filter(l => l === 1).length, first: headings[0], skips: skips, charts: charts.length,
        unlabelled: unlabelled, described: described, cells: cells.length, blank: blank, tables: tables.length,
        headless: headless, main: document.querySelectorAll('main').length, header: document.querySelectorAll('body > header').length,
        lang: document.documentElement.lang};
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--axe", default=".build-axe/axe.min.js", help="axe-core's axe.min.js, 4.10 or later")
    parser.add_argument("--shots", help="a folder for a screenshot of each report")
    args = parser.parse_args()
    passed, failed = 0, 0

    def check(name, condition, detail=""):
        nonlocal passed, failed
        if condition:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {name} {detail}", flush=True)

    with open(args.axe, encoding="utf-8") as handle:
        axe = handle.read()
    folder = tempfile.mkdtemp(prefix="workshop-report-a11y-")
    driver = None
    try:
        for part in ("personas", "sessions"):
            shutil.copytree(os.path.join(args.example, part), os.path.join(folder, part))
        driver = browsers.browser("projector")
        for session, language in REPORTS:
            name = f"{session} in '{language}'"
            path = os.path.join(folder, f"{session}-{language}.html")
            result = subprocess.run([os.path.abspath(args.binary), "export", session, "--format", "html", "--language", language,
                                     "--output", path, "--root", folder], capture_output=True, text=True, timeout=60)
            check(f"{name}: written", result.returncode == 0, result.stderr)
            driver.get("file://" + path)
            driver.execute_script(axe)
            version = driver.execute_script("return axe.version")
            major, minor = (int(part) for part in version.split(".")[:2])
            check(f"{name}: axe-core {version} is 4.10 or later", (major, minor) >= (4, 10))
            found = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map(n => n.target.join(' '))])))"
                ".catch(e => done([['error', String(e), 0, []]]));", TAGS)
            check(f"{name}: axe finds no violations at {', '.join(TAGS)}", found == [], repr(found))
            shape = driver.execute_script(STRUCTURE)
            check(f"{name}: lang is '{language}'", shape["lang"] == language, repr(shape))
            check(f"{name}: one h1, first, no heading level skipped", shape["h1"] == 1 and shape["first"] == 1 and shape["skips"] == 0, repr(shape))
            check(f"{name}: a header and a main landmark", shape["header"] == 1 and shape["main"] == 1, repr(shape))
            check(f"{name}: every chart has a text alternative with its figures", shape["charts"] > 0 and shape["unlabelled"] == 0
                  and shape["described"] >= shape["charts"] - 1, repr(shape))
            check(f"{name}: every heatmap cell prints its figure", shape["cells"] > 0 and shape["blank"] == 0, repr(shape))
            check(f"{name}: every table has header cells", shape["tables"] > 0 and shape["headless"] == 0, repr(shape))
            contrasts = driver.execute_script(CONTRAST)
            low = [c for c in contrasts if c[3] < 4.5]
            check(f"{name}: {len(contrasts)} heatmap texts of every palette tone reach 4.5:1", len(contrasts) >= 39 and not low, repr(low))
            if args.shots:
                os.makedirs(args.shots, exist_ok=True)
                driver.set_window_size(1280, 2400)
                driver.save_screenshot(os.path.join(args.shots, f"report-{session}-{language}.png"))
                driver.set_window_size(1280, 800)
    finally:
        if driver is not None:
            browsers.close(driver)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
