"""The phases of phone_ideas_test.py: a phone with JavaScript on and one with it off each add ideas,
edit one and withdraw another; then, with a vote open, place and move dots. Each step is checked on
the page and in the journal."""
import json
import subprocess
import time

import browsers
from browsers import check, ok, text_of, wait_for
from room import answers
from selenium.webdriver.common.by import By


def section(phone, prompt="try-first"):
    return phone.find_element(By.ID, "i-" + prompt)


def mine(phone, prompt="try-first"):
    """The table's own ideas listed under the prompt, as their shown text."""
    return [li.find_element(By.CSS_SELECTOR, "p.text").text.strip()
            for li in section(phone, prompt).find_elements(By.CSS_SELECTOR, "ul.mine li.idea")]


def status(phone, prompt="try-first"):
    return section(phone, prompt).find_element(By.CSS_SELECTOR, "p.status").text.strip()


def records(journal, kind, group):
    return [r for r in answers(journal, kind) if r.get("group") == group]


def add(phone, text, scripted, prompt="try-first"):
    box = section(phone, prompt).find_element(By.CSS_SELECTOR, "form.add-idea textarea")
    box.send_keys(text)
    section(phone, prompt).find_element(By.CSS_SELECTOR, "form.add-idea button").click()
    if scripted:
        wait_for(phone, lambda d: status(d, prompt).endswith("added"), "the phone to say the idea was added")
    wait_for(phone, lambda d: any(t.endswith(text) for t in mine(d, prompt)), "the idea %r in the table's list" % text)


def idea_item(phone, text, prompt="try-first"):
    for li in section(phone, prompt).find_elements(By.CSS_SELECTOR, "ul.mine li.idea"):
        if li.find_element(By.CSS_SELECTOR, "p.text").text.strip().endswith(text):
            return li
    raise AssertionError("no idea " + text)


def edit(phone, old, new, scripted):
    def send():
        item = idea_item(phone, old)
        summary = item.find_element(By.CSS_SELECTOR, "details.edit summary")
        if not item.find_element(By.CSS_SELECTOR, "details.edit").get_attribute("open"):
            summary.click()
        box = item.find_element(By.CSS_SELECTOR, "details.edit textarea")
        check(box.get_attribute("value") == old, "the edit form is prefilled with the idea's words")
        box.clear()
        box.send_keys(new)
        item.find_element(By.CSS_SELECTOR, "details.edit button").click()
    browsers.again(send, "the edit form of " + repr(old))
    if scripted:
        wait_for(phone, lambda d: status(d) == "Idea changed", "the phone to say the idea changed")
    wait_for(phone, lambda d: any(t.endswith(new) for t in mine(d)), "the new wording in the list")


def withdraw(phone, text, scripted):
    item = idea_item(phone, text)
    item.find_element(By.CSS_SELECTOR, "details.withdraw summary").click()
    button = item.find_element(By.CSS_SELECTOR, "details.withdraw button")
    check(button.text.startswith("Yes, withdraw %"), "withdrawing asks a second time: " + button.text)
    button.click()
    if scripted:
        wait_for(phone, lambda d: status(d) == "Idea withdrawn", "the phone to say the idea was withdrawn")
    wait_for(phone, lambda d: not any(t.endswith(text) for t in mine(d)), "the withdrawn idea gone from the list")


def ideas_phase(room, phone, group, scripted, words):
    """Adds two ideas, edits the first and withdraws the second; checks the journal."""
    first, second, changed = words
    phone.get(room.links[group])
    phone.find_element(By.CSS_SELECTOR, "nav.jumps a[href='#ideas']").click()
    add(phone, first, scripted)
    add(phone, second, scripted)
    edit(phone, first, changed, scripted)
    withdraw(phone, second, scripted)
    ideas = records(room.journal, "idea", group)
    check(len(ideas) == 2 and [i.get("text") for i in ideas] == [first, second],
          "%s: the journal has the two ideas, once each" % group, json.dumps(ideas))
    edits = [r for r in answers(room.journal, "idea-edit") if r.get("by") == "phone:" + group]
    check(len(edits) == 1 and edits[0].get("text") == changed and edits[0].get("target") == ideas[0]["id"],
          "%s: the journal has the edit of the first" % group, json.dumps(edits))
    marks = [r for r in answers(room.journal, "idea-mark") if r.get("by") == "phone:" + group]
    check(len(marks) == 1 and marks[0].get("status") == "withdrawn" and marks[0].get("target") == ideas[1]["id"],
          "%s: the journal has the second withdrawn" % group, json.dumps(marks))
    return ideas[0]["id"]


def open_vote(binary, root, prompt="try-first", dots=3):
    """The facilitator opens a vote on the prompt's ideas, with serve stopped: `workshop vote ... open`."""
    subprocess.run([binary, "vote", "stirling-2015", "open", prompt, "--on", "ideas", "--dots", str(dots), "--root", root],
                   check=True, capture_output=True, text=True)


def dots_of(journal, group):
    """The group's dots as the journal leaves them: the last count per item."""
    placed = {}
    for record in records(journal, "dot", group):
        placed[record.get("idea") or record.get("target")] = int(record["count"])
    return {item: count for item, count in placed.items() if count}


def tap(phone, item, sign):
    css = "#v-try-first li.item[data-item='%s'] form.%s button" % (item, sign)
    browsers.again(lambda: phone.find_element(By.CSS_SELECTOR, css).click(), "the %s on %s" % (sign, item))


def left(phone):
    return text_of(phone, "#v-try-first .left")


def dots_phase(room, phone, group, scripted, items):
    """Places 2 on the first item and 1 on the second, then moves one from the first to the third."""
    a, b, c = items
    phone.get(room.links[group])
    check(phone.find_elements(By.CSS_SELECTOR, "nav.jumps a.vote-open"), "%s: a link at the top to the open vote" % group)
    check(left(phone) == "3 dots left", "%s: 3 dots to place" % group, left(phone))
    steps = [(a, "plus", "2 dots left"), (a, "plus", "1 dot left"), (b, "plus", "0 dots left"),
             (a, "minus", "1 dot left"), (c, "plus", "0 dots left")]
    for item, sign, after in steps:
        tap(phone, item, sign)
        wait_for(phone, lambda d: left(d) == after, "%r after %s on %s" % (after, sign, item))
    plus = phone.find_elements(By.CSS_SELECTOR, "#v-try-first form.plus button")
    check(all(not button.is_enabled() for button in plus), "%s: no dot left, so every + is off" % group)
    want = {a: 1, b: 1, c: 1}
    deadline = time.monotonic() + 10
    while dots_of(room.journal, group) != want and time.monotonic() < deadline:
        time.sleep(0.1)
    check(dots_of(room.journal, group) == want, "%s: the journal holds one dot on each of the three" % group,
          repr(dots_of(room.journal, group)))
    if scripted:
        wait_for(phone, lambda d: not d.find_elements(By.CSS_SELECTOR, "#v-try-first li.item.saving"), "every dot saved")
        phone.refresh()
        check(left(phone) == "0 dots left", "%s: after a reload the server renders 0 dots left" % group)
    ok("%s placed and moved its dots" % group)
