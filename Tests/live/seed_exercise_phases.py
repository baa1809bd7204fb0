"""What seed_exercise_test.py uses: the two plans it writes, a phone writing ideas and placing dots
through its page (JavaScript on or off), the ranking read from the projector and from the HTML
report, and the lines the facilitator's prompt prints."""
import os
import re
from html.parser import HTMLParser

import browsers
from browsers import check
from room import answers
from selenium.webdriver.common.by import By

PERSONAS = ["academic", "undergraduate", "international-student", "phd-candidate", "professional-services"]
QUESTIONS = [("time-again", "Knowing what you know now, what would have helped you, and when?"),
             ("pitfalls", "Which pitfalls could others avoid, and how can a blockage be cleared?"),
             ("advice", "What would you tell a colleague who is just starting out?")]


def write_plan(root, name, date):
    """A roadmap meeting of the series `library-roadmap`: the three questions, five tables with a
    persona each, three dots a table."""
    lines = ["title: Library roadmap review", "date: " + date, "venue: Seminar room 2",
             "facilitator: Liaison team", "series: library-roadmap", "scale: 1-5",
             "personas: [%s]" % ", ".join(PERSONAS), "dots: 3", "groups:"]
    lines += ["  - {id: table-%d, persona: %s}" % (n + 1, persona) for n, persona in enumerate(PERSONAS)]
    lines.append("prompts:")
    lines += ["  - id: %s\n    text: \"%s\"" % pair for pair in QUESTIONS]
    lines += ["activities:",
              "  - {id: welcome, title: Welcome and the year in review, description: Where the programme stands.}",
              "  - {id: wall, title: Ideas wall, description: Tables write what they learned on the three questions.}",
              "  - {id: dots, title: Dot vote, description: Each table places three dots on the themes.}"]
    with open(os.path.join(root, "sessions", name + ".yaml"), "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


def mine(phone, prompt):
    return [li.text.strip() for li in phone.find_elements(By.CSS_SELECTOR, "#i-%s ul.mine li.idea p.text" % prompt)]


def write_ideas(phone, link, group, scripted, texts, prompt="pitfalls"):
    """The table's ideas typed into the prompt's box and sent, each shown back in the table's list."""
    phone.get(link)
    for text in texts:
        def send():
            section = phone.find_element(By.ID, "i-" + prompt)
            box = section.find_element(By.CSS_SELECTOR, "form.add-idea textarea")
            box.clear()
            box.send_keys(text)
            section.find_element(By.CSS_SELECTOR, "form.add-idea button").click()
        browsers.again(send, "%s's idea box" % group)
        browsers.wait_for(phone, lambda d: any(t.endswith(text) for t in mine(d, prompt)),
                          "%s's idea %r in its list" % (group, text))
    check(len(mine(phone, prompt)) == len(texts), "%s: its %d ideas listed on its phone" % (group, len(texts)))


def left(phone, prompt):
    return phone.find_element(By.CSS_SELECTOR, "#v-%s .left" % prompt).text.strip()


def place_dots(phone, link, group, spread, prompt="pitfalls"):
    """`spread` {theme: dots} placed with the + buttons, each tap seen in the dots left."""
    phone.get(link)
    remaining = 3
    check(left(phone, prompt) == "3 dots left", "%s: its phone offers 3 dots on the themes" % group, left(phone, prompt))
    for theme, count in spread.items():
        for _ in range(count):
            css = "#v-%s li.item[data-item='%s'] form.plus button" % (prompt, theme)
            browsers.again(lambda: phone.find_element(By.CSS_SELECTOR, css).click(), "%s's + on %s" % (group, theme))
            remaining -= 1
            want = "%d dot%s left" % (remaining, "" if remaining == 1 else "s")
            browsers.wait_for(phone, lambda d: left(d, prompt) == want, "%s: %r after a dot on %s" % (group, want, theme))
    browsers.wait_for(phone, lambda d: not d.find_elements(By.CSS_SELECTOR, "li.item.saving"), group + "'s dots saved")


def dots_in(journal, group):
    """The group's dots as the journal leaves them: the last count per theme, zeros left out."""
    placed = {}
    for record in answers(journal, "dot"):
        if record.get("group") == group:
            placed[record.get("target") or record.get("idea")] = int(record["count"])
    return {item: count for item, count in placed.items() if count}


def projector_ranking(driver):
    """The results table's rows on the projector: [rank label, theme, dots]."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('table.results tbody tr')).map(function (tr) { return ["
        "tr.querySelector('td.rank').textContent.trim(), tr.querySelector('th').textContent.trim(),"
        "tr.querySelector('span.count').textContent.trim()]; });")


def projector_bars(driver):
    """Each results row's bar width in pixels, and how its dots cell is displayed (a table cell)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('table.results tbody tr')).map(function (tr) { return ["
        "tr.querySelector('span.bar').getBoundingClientRect().width, getComputedStyle(tr.querySelector('td.dots')).display]; });")


class VotesTable(HTMLParser):
    """The HTML report's `table.votes` rows as [rank label, item, dots] (the bar carries no text)."""

    def __init__(self):
        super().__init__()
        self.rows, self.inside, self.cell = [], False, None

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and "votes" in classes:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("td", "th") and self.rows:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif self.inside and tag in ("td", "th") and self.cell is not None and self.rows:
            self.rows[-1].append(" ".join(self.cell.split()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def report_ranking(path):
    parser = VotesTable()
    with open(path, encoding="utf-8") as file:
        parser.feed(file.read())
    return [row for row in parser.rows if row and row[0] != "Rank"]


def at_prompt(prompt, line, expect, what, timeout=15):
    """`line` typed at the prompt; what it printed after."""
    mark = prompt.mark()
    printed = prompt.command(line, expect, timeout)
    text = prompt.since(mark)
    check(printed, what, repr(text[-600:]))
    return text


IDEA_LINE = re.compile(r"^\s*(%\d+)\s+(table-\d) \(([^)]+)\)\s+(.+?)\s*$")


def listed_ideas(text):
    """`ideas` at the prompt, read back: {idea text: (label, group, persona)}."""
    found = {}
    for line in text.splitlines():
        match = IDEA_LINE.match(line)
        if match:
            found[match.group(4)] = (match.group(1), match.group(2), match.group(3))
    return found
