"""docs/ACCESSIBILITY.md stays true: its table of success criteria lists every WCAG 2.2 Level A and
AA criterion once, with its right name and level and one of the four statuses, and its table of
page states lists exactly the states of Tests/a11y/page_states.py. No browser: it reads two files.

    python3 Tests/a11y/statement_test.py [--statement PATH]

Exits 1 with one line per problem; exits 0 with a one-line summary.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ left in Tests/a11y
from page_states import NAMES  # noqa: E402

STATEMENT = os.path.normpath(os.path.join(HERE, "..", "..", "docs", "ACCESSIBILITY.md"))

# Every WCAG 2.2 Level A and AA success criterion: number, name and level, as the W3C Recommendation
# gives them (https://www.w3.org/TR/WCAG22/). 4.1.1 Parsing is not here: WCAG 2.2 marks it obsolete
# and removed, so the statement mentions it in a note, never as a row. Level AAA is not claimed.
CRITERIA = [
    ("1.1.1", "Non-text Content", "A"),
    ("1.2.1", "Audio-only and Video-only (Prerecorded)", "A"),
    ("1.2.2", "Captions (Prerecorded)", "A"),
    ("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A"),
    ("1.2.4", "Captions (Live)", "AA"),
    ("1.2.5", "Audio Description (Prerecorded)", "AA"),
    ("1.3.1", "Info and Relationships", "A"),
    ("1.3.2", "Meaningful Sequence", "A"),
    ("1.3.3", "Sensory Characteristics", "A"),
    ("1.3.4", "Orientation", "AA"),
    ("1.3.5", "Identify Input Purpose", "AA"),
    ("1.4.1", "Use of Color", "A"),
    ("1.4.2", "Audio Control", "A"),
    ("1.4.3", "Contrast (Minimum)", "AA"),
    ("1.4.4", "Resize Text", "AA"),
    ("1.4.5", "Images of Text", "AA"),
    ("1.4.10", "Reflow", "AA"),
    ("1.4.11", "Non-text Contrast", "AA"),
    ("1.4.12", "Text Spacing", "AA"),
    ("1.4.13", "Content on Hover or Focus", "AA"),
    ("2.1.1", "Keyboard", "A"),
    ("2.1.2", "No Keyboard Trap", "A"),
    ("2.1.4", "Character Key Shortcuts", "A"),
    ("2.2.1", "Timing Adjustable", "A"),
    ("2.2.2", "Pause, Stop, Hide", "A"),
    ("2.3.1", "Three Flashes or Below Threshold", "A"),
    ("2.4.1", "Bypass Blocks", "A"),
    ("2.4.2", "Page Titled", "A"),
    ("2.4.3", "Focus Order", "A"),
    ("2.4.4", "Link Purpose (In Context)", "A"),
    ("2.4.5", "Multiple Ways", "AA"),
    ("2.4.6", "Headings and Labels", "AA"),
    ("2.4.7", "Focus Visible", "AA"),
    ("2.4.11", "Focus Not Obscured (Minimum)", "AA"),
    ("2.5.1", "Pointer Gestures", "A"),
    ("2.5.2", "Pointer Cancellation", "A"),
    ("2.5.3", "Label in Name", "A"),
    ("2.5.4", "Motion Actuation", "A"),
    ("2.5.7", "Dragging Movements", "AA"),
    ("2.5.8", "Target Size (Minimum)", "AA"),
    ("3.1.1", "Language of Page", "A"),
    ("3.1.2", "Language of Parts", "AA"),
    ("3.2.1", "On Focus", "A"),
    ("3.2.2", "On Input", "A"),
    ("3.2.3", "Consistent Navigation", "AA"),
    ("3.2.4", "Consistent Identification", "AA"),
    ("3.2.6", "Consistent Help", "A"),
    ("3.3.1", "Error Identification", "A"),
    ("3.3.2", "Labels or Instructions", "A"),
    ("3.3.3", "Error Suggestion", "AA"),
    ("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA"),
    ("3.3.7", "Redundant Entry", "A"),
    ("3.3.8", "Accessible Authentication (Minimum)", "AA"),
    ("4.1.2", "Name, Role, Value", "A"),
    ("4.1.3", "Status Messages", "AA"),
]

STATUSES = ("Supports", "Partially supports", "Does not support", "Not applicable")

# The header rows that start the two tables the statement must keep.
CRITERIA_HEADER = re.compile(r"^\|\s*Criterion\s*\|\s*Name\s*\|\s*Level\s*\|\s*Status\s*\|")
STATES_HEADER = re.compile(r"^\|\s*Page state\s*\|")


def table(lines, header):
    """The body rows (cells, stripped) of the first table whose header matches, with line numbers."""
    for index, line in enumerate(lines):
        if header.match(line):
            rows = []
            for number, row in enumerate(lines[index + 2:], start=index + 3):
                if not row.startswith("|"):
                    break
                rows.append((number, [cell.strip() for cell in row.strip().strip("|").split("|")]))
            return rows
    return None


def criteria_problems(lines):
    """Criteria missing, listed twice, unknown, misnamed, at the wrong level, or with another status."""
    rows = table(lines, CRITERIA_HEADER)
    if rows is None:
        return ["no table of success criteria (a header row '| Criterion | Name | Level | Status | ...')"], []
    official = {number: (name, level) for number, name, level in CRITERIA}
    problems, seen = [], {}
    for line, cells in rows:
        if len(cells) < 5:
            problems.append(f"line {line}: a criterion row needs 5 cells, has {len(cells)}")
            continue
        number, name, level, status = cells[0], cells[1], cells[2], cells[3]
        if number == "4.1.1":
            problems.append(f"line {line}: 4.1.1 Parsing is obsolete and removed in WCAG 2.2: mention it in a note, not a row")
            continue
        if number not in official:
            problems.append(f"line {line}: '{number}' is not a WCAG 2.2 Level A or AA success criterion")
            continue
        if number in seen:
            problems.append(f"line {line}: {number} is listed twice (first on line {seen[number]})")
            continue
        seen[number] = line
        if name != official[number][0]:
            problems.append(f"line {line}: {number} is named '{name}'; WCAG 2.2 calls it '{official[number][0]}'")
        if level != official[number][1]:
            problems.append(f"line {line}: {number} is Level {official[number][1]}, not '{level}'")
        if status not in STATUSES:
            problems.append(f"line {line}: {number} has status '{status}'; it must be one of: {', '.join(STATUSES)}")
    for number, name, level in CRITERIA:
        if number not in seen:
            problems.append(f"missing: {number} {name} (Level {level}) has no row")
    statuses = [cells[3] for _, cells in rows if len(cells) >= 5]
    return problems, statuses


def state_problems(lines):
    """Page states the statement misses, lists twice, or names that Tests/a11y/page_states.py lacks."""
    rows = table(lines, STATES_HEADER)
    if rows is None:
        return ["no table of page states (a header row '| Page state | ...')"]
    problems, seen = [], {}
    for line, cells in rows:
        match = re.fullmatch(r"`([^`]+)`", cells[0])
        if not match:
            problems.append(f"line {line}: a page state is written in backticks, exactly as in page_states.py: '{cells[0]}'")
            continue
        name = match.group(1)
        if name in seen:
            problems.append(f"line {line}: page state '{name}' is listed twice (first on line {seen[name]})")
        elif name not in NAMES:
            problems.append(f"line {line}: page state '{name}' is not in Tests/a11y/page_states.py")
        seen.setdefault(name, line)
    for name in NAMES:
        if name not in seen:
            problems.append(f"missing: page state '{name}' of Tests/a11y/page_states.py has no row")
    return problems


def problems(text):
    """Everything wrong with the statement's text, one line each."""
    lines = text.splitlines()
    found, statuses = criteria_problems(lines)
    found += state_problems(lines)
    # The conformance line must follow from the table: full only when nothing falls short.
    short = any(status in ("Partially supports", "Does not support") for status in statuses)
    if short and "partially compliant" not in text:
        found.append("some criteria fall short, but the statement does not say 'partially compliant'")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statement", default=STATEMENT)
    path = parser.parse_args().statement
    shown = os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError as error:
        print(f"FAIL: cannot read {path}: {error.strerror}")
        return 1
    found = problems(text)
    for problem in found:
        print(f"FAIL: {shown}: {problem}")
    if found:
        return 1
    print(f"ok: {shown} lists all {len(CRITERIA)} WCAG 2.2 A/AA criteria and all {len(NAMES)} page states")
    return 0


if __name__ == "__main__":
    sys.exit(main())
