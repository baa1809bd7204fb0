"""How the accessibility test reaches each page state of page_states.py, one line each in REACH.

A state belongs to a stage: the room as it must be served for it (tables with no vote, a vote
open, the vote closed, a room of individuals that takes one phone). Stages run in order; each
state is reached once per language. A reacher gets the rooms, the browser and a function that puts
the language into a link, and leaves the page in its state.
"""
import subprocess

from a11y_browser import PHONE, PROJECTOR, in_language, offline, post_json, viewport
from browsers import check, wait_for
from room import Room, make_project, plan_activities
from selenium.webdriver.common.by import By

SESSION = "stirling-2015"
# Covered elsewhere: the exported report is a file, not a page the room serves.
ELSEWHERE = {"report-html": "Tests/exports/report_a11y_test.py"}


class Rooms:
    """The served rooms the states need, started and stopped as the stages go."""

    def __init__(self, binary, example):
        self.binary, self.example = binary, example
        self.root = make_project(example, binary=binary)
        self.room, self.individuals, self.closed, self.ideas, self.after = None, None, None, {}, []

    def serve(self):
        self.room = Room(self.binary, self.root, extra=["--assign", "table-1=academic"])
        self.activities, self.scale = plan_activities(self.room.journal)

    def vote(self, *words):
        """The facilitator's `workshop vote`, with serve stopped (it holds the session)."""
        if self.room is not None:
            self.room.stop()
        self.room = None
        subprocess.run([self.binary, "vote", SESSION, *words, "--root", self.root], check=True, capture_output=True)
        self.serve()

    def stop(self):
        for room in (self.room, self.individuals, self.closed):
            if room is not None:
                room.stop()
        self.room = self.individuals = self.closed = None


def answer(rooms, group, activity, key, note="", persona="academic"):
    link = rooms.room.links[group] if group in rooms.room.links else group
    reply = post_json(link + "/answers", {"activity": activity, "persona": persona, "answer": key, "note": note})
    check(reply.get("saved") or reply.get("answer"), "answer %s=%s saved for %s" % (activity, key, group), repr(reply))


def stage_tables(rooms):
    """Tables, no vote: table-1 (Academic) has answers, a note and an idea, as have two other tables."""
    rooms.serve()
    for index, activity in enumerate(rooms.activities[:3]):
        answer(rooms, "table-1", activity, rooms.scale[index], note="Ask the Schools first" if index == 0 else "")
        # Three tables on a cell, so the projector colours it (fewer is printed grey, never toned).
        answer(rooms, "table-3", activity, rooms.scale[index + 2])
        answer(rooms, "table-5", activity, rooms.scale[(index + 4) % 5])
    for group, text in (("table-1", "Start in freshers' week"), ("table-2", "Run it at lunchtime"), ("table-3", "Posters")):
        reply = post_json(rooms.room.links[group] + "/ideas", {"prompt": "try-first", "text": text, "persona": "academic"})
        rooms.ideas[group] = reply["idea"]


def stage_individuals(rooms):
    """A room of individuals that takes one phone (a project of its own, served beside the tables)."""
    root = make_project(rooms.example, binary=rooms.binary)
    rooms.individuals = Room(rooms.binary, root, extra=["--individuals", "--most-phones", "1"])
    rooms.join = next(line.split(": ", 1)[1] for line in rooms.individuals.preamble if line.startswith("room link"))


def stage_window(rooms):
    """A room whose days are over (`serve --until` a day long past): its phones see that it closed."""
    root = make_project(rooms.example, binary=rooms.binary)
    rooms.closed = Room(rooms.binary, root, extra=["--until", "2020-01-31"])


def phone(driver, url, ready="section.activity"):
    viewport(driver, PHONE, True)
    driver.get(url)
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ready), "%s on %s" % (ready, url))


def projector(rooms, driver, lang, slide):
    viewport(driver, PROJECTOR, False)
    driver.get(lang(rooms.room.projector + "?slide=" + slide))
    wait_for(driver, lambda d: d.execute_script(
        "var b = document.getElementById('slide-body'); return b && b.dataset.slide === arguments[0];", slide),
        "the projector's %s slide" % slide)


def refused(rooms, driver, lang):
    """A plain form post the server refuses (an activity the plan lacks): the message page, with Back."""
    phone(driver, lang(rooms.room.links["table-3"] + "?persona=academic"))
    driver.execute_script("var f = document.querySelector('section.activity form'); f.elements.activity.value = 'no-such';"
                          "HTMLFormElement.prototype.submit.call(f);")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main.message a"), "the refusal's message page")


def changed_elsewhere(rooms, driver, lang):
    """table-1's page with answers, a note, and a card another phone changes while it is open."""
    phone(driver, lang(rooms.room.links["table-1"]), "section.activity.answered")
    card = "#a-" + rooms.activities[1] + " .status"
    before = driver.find_element(By.CSS_SELECTOR, card).text
    key = rooms.scale[4] if driver.find_element(By.CSS_SELECTOR, card).text.endswith(rooms.scale[3]) else rooms.scale[3]
    answer(rooms, "table-1", rooms.activities[1], key)
    wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, card).text not in ("", before), "the card changed elsewhere")


def lost(rooms, driver, lang):
    """table-5 taps an answer with the network gone: its card says it is trying again."""
    phone(driver, lang(rooms.room.links["table-5"] + "?persona=academic"))
    offline(driver, True)
    rooms.after.append(lambda: offline(driver, False))
    saving = driver.execute_script("var s = document.querySelector('section.activity'); "
                                   "s.querySelector('button[name=answer]').click(); return s.querySelector('.status').textContent;")
    wait_for(driver, lambda d: d.execute_script(
        "var s = document.querySelector('section.activity.saving .status'); return s && s.textContent !== arguments[0];", saving),
        "the card to say the answer waits for the network")


def dot(rooms, driver, lang):
    phone(driver, lang(rooms.room.links["table-1"]), "section.vote li.item")
    driver.execute_script("document.querySelector('section.vote li.item form.plus button').click();")
    wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "section.vote li.item.saving"), "the dot saved")


def projector_gone(rooms, driver, lang):
    """The projector's banner while its server is gone (served again for the next language)."""
    if rooms.room is None:
        rooms.serve()
    projector(rooms, driver, lang, "matrix")
    rooms.room.kill()
    rooms.room = None
    wait_for(driver, lambda d: d.execute_script("var b = document.getElementById('offline'); return b && !b.hidden;"),
             "the projector's offline banner")


def full(rooms, driver, lang):
    """The one phone has answered; the room link now says the room is full."""
    if not getattr(rooms, "answered", False):
        phone(driver, lang(rooms.join), "a[href*='?persona=']")
        link = driver.current_url.split("?")[0]
        post_json(link + "/answers", {"activity": rooms.activities[0], "persona": "academic", "answer": rooms.scale[0], "note": ""})
        rooms.answered = True
    viewport(driver, PHONE, True)
    driver.get(lang(rooms.join))
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main.message h1"), "the room-full page")


STAGES = [("tables", stage_tables), ("vote-open", lambda r: r.vote("open", "try-first", "--on", "ideas", "--dots", "3")),
          ("vote-closed", lambda r: r.vote("close")), ("individuals", stage_individuals), ("window", stage_window)]

REACH = {
    "front-door": ("tables", lambda r, d, l: (viewport(d, PHONE, True), d.get(l(r.room.base + "/")))),
    "message-page": ("tables", refused),
    "phone-choose-persona": ("tables", lambda r, d, l: phone(d, l(r.room.links["table-2"]), "a.choice")),
    "phone-rating": ("tables", lambda r, d, l: phone(d, l(r.room.links["table-4"] + "?persona=academic"))),
    "phone-rating-answered": ("tables", changed_elsewhere),
    "phone-offline": ("tables", lost),
    "phone-ideas": ("tables", lambda r, d, l: phone(d, l(r.room.links["table-1"]) + "#ideas", "#ideas ul.mine li.idea")),
    "phone-idea-edit": ("tables", lambda r, d, l: phone(d, l(r.room.links["table-1"] + "/ideas/" + r.ideas["table-1"]), "main.edit-idea")),
    "join-cards": ("tables", lambda r, d, l: (viewport(d, (794, 1123), False), d.get(l(r.room.cards)))),
    "projector-matrix": ("tables", lambda r, d, l: projector(r, d, l, "matrix")),
    "projector-activity": ("tables", lambda r, d, l: projector(r, d, l, "activity-" + r.activities[0])),
    "projector-coverage": ("tables", lambda r, d, l: projector(r, d, l, "coverage")),
    "projector-highlights": ("tables", lambda r, d, l: projector(r, d, l, "highlights")),
    "projector-ideas": ("tables", lambda r, d, l: projector(r, d, l, "ideas")),
    "phone-vote-open": ("vote-open", dot),
    # The phone shows no ranking (a table's choice is its own): after the close, its ideas without the vote.
    "phone-vote-results": ("vote-closed", lambda r, d, l: phone(d, l(r.room.links["table-1"]), "#ideas ul.mine li.idea")),
    "projector-vote": ("vote-closed", lambda r, d, l: projector(r, d, l, "ideas")),
    "projector-offline": ("vote-closed", projector_gone),
    "individual-landing": ("individuals", lambda r, d, l: phone(d, l(r.join), "a[href*='?persona=']")),
    "phone-room-full": ("individuals", full),
    "phone-check": ("tables", lambda r, d, l: phone(d, l(r.room.check), "main.message h1")),
    "phone-window-closed": ("window", lambda r, d, l: phone(d, l(r.closed.links["table-1"]), "main.window h1")),
    "join-poster": ("individuals", lambda r, d, l: (viewport(d, (794, 1123), False), d.get(l(r.individuals.cards)))),
}


def language(lang):
    return lambda url: in_language(url, lang)

