"""The live-room browser test's note phases: a note typed after the answer, saved on its own, with
JavaScript on (table-1's phone) and off (table-2's). It must be shown as saved only once the server
has it, land in the journal as a note record of its own on the cell, and a note in the box that is
not on its way must be said to be unsent whatever reply or retry the card shows."""
import time
import urllib.parse

from browsers import check, text_of, wait_for
from room import answers, notes
from selenium.webdriver.common.by import By

NOTE = "the desk was empty at lunchtime — ask at reception"


def their_notes(journal, group, activity):
    return [n for n in notes(journal) if n.get("group") == group and n.get("activity") == activity
            and n.get("by") == "phone:" + group]


def note_after_answer(room, phone, activities):
    """6. table-1's phone taps 3 on an activity, then opens "Add a note", types and saves it."""
    activity = activities[5]
    section = phone.find_element(By.ID, "a-" + activity)
    section.find_element(By.CSS_SELECTOR, 'button[name=answer][value="3"]').click()
    status = section.find_element(By.CSS_SELECTOR, "p.status")
    wait_for(phone, lambda d: status.text.strip() == "Saved: 3", "'Saved: 3' on " + activity)
    section.find_element(By.CSS_SELECTOR, "details summary").click()
    textarea = section.find_element(By.CSS_SELECTOR, "textarea[name=note]")
    wait_for(phone, lambda d: textarea.is_displayed(), "the note box to open")
    textarea.send_keys(NOTE)
    check(status.text.strip() == "Note not saved yet: tap Save note",
          "a note typed after the answer says it is not saved yet", repr(status.text))
    check(not their_notes(room.journal, "table-1", activity), "   and nothing is in the journal yet")
    section.find_element(By.CSS_SELECTOR, "button.save-note").click()
    wait_for(phone, lambda d: status.text.strip().startswith("Note saved"),
             "'Note saved' on %s (it reads %r)" % (activity, status.text))
    # Shown as saved only once the server acknowledged it, so it is on disk by now.
    kept = their_notes(room.journal, "table-1", activity)
    check(len(kept) == 1 and kept[0].get("text") == NOTE and kept[0].get("persona") == "academic",
          "journal: the note is a note record on %s · academic · table-1, as typed" % activity, repr(kept))
    check(status.text.strip() == "Note saved · Saved: 3", "the card reads 'Note saved · Saved: 3'", repr(status.text))
    check(textarea.get_attribute("value") == "", "the note box is emptied once the note is saved")
    standing = [a for a in answers(room.journal) if a.get("group") == "table-1" and a.get("activity") == activity]
    check(standing[-1].get("answer") == "3", "   and the answer 3 stands", repr(standing[-1]))
    section.find_element(By.CSS_SELECTOR, "button.save-note").click()
    wait_for(phone, lambda d: status.text.strip() == "Type a note first", "an empty note is not sent")
    check(len(their_notes(room.journal, "table-1", activity)) == 1, "   and nothing more is written")


def note_without_javascript(room, plain, activities):
    """7. table-2's phone, JavaScript off: a note saved on its own with a plain form post."""
    activity = activities[2]
    section = plain.find_element(By.ID, "a-" + activity)
    section.find_element(By.CSS_SELECTOR, "details summary").click()
    section.find_element(By.CSS_SELECTOR, "textarea[name=note]").send_keys(NOTE)
    section.find_element(By.CSS_SELECTOR, "button.save-note").click()
    wait_for(plain, lambda d: "noted=1" in d.current_url and d.find_elements(By.CSS_SELECTOR, "p.flash"),
             "the redirect back with ?noted=1 and a flash (JavaScript off); at " + plain.current_url)
    flash = text_of(plain, "p.flash")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(plain.current_url).query)
    check(flash.startswith("Note saved: ") and query.get("saved") == [activity],
          "JS off: 'Save note' posts the note alone and the page says %r" % flash)
    kept = their_notes(room.journal, "table-2", activity)
    check(len(kept) == 1 and kept[0].get("text") == NOTE, "journal: table-2's note is a note record of its own", repr(kept))
    theirs = [a for a in answers(room.journal) if a.get("group") == "table-2"]
    check(len(theirs) == 1, "   and no answer was written with it", repr(theirs))


def settled(section):
    """The card's answer and note requests are all answered (none is saving)."""
    return "saving" not in (section.get_attribute("class") or "")


def note_typed_in_flight(room, phone, activities):
    """6b. A note typed while an answer is in flight: the reply must not hide that it is unsent."""
    activity, text = activities[8], "typed while the answer was saving"
    section = phone.find_element(By.ID, "a-" + activity)
    section.find_element(By.CSS_SELECTOR, "details summary").click()
    status = section.find_element(By.CSS_SELECTOR, "p.status")
    # In one script, so the typing lands before the answer's reply can arrive.
    phone.execute_script("""var s = arguments[0], box = s.querySelector('textarea[name=note]');
        s.querySelector('button[name=answer][value="4"]').click();
        box.value = arguments[1]; box.dispatchEvent(new Event('input', { bubbles: true }));""", section, text)
    wait_for(phone, lambda d: settled(section) and status.text.strip().startswith("Saved: 4"),
             "'Saved: 4' on %s (it reads %r)" % (activity, status.text))
    check("note not saved yet: tap Save note" in status.text,
          "a note typed while the answer was saving is still said to be unsent", repr(status.text))
    check(not [n for n in their_notes(room.journal, "table-1", activity) if n.get("text") == text],
          "   and it is not in the journal")
    section.find_element(By.CSS_SELECTOR, "button.save-note").click()
    wait_for(phone, lambda d: status.text.strip() == "Note saved · Saved: 4",
             "'Note saved · Saved: 4' on %s (it reads %r)" % (activity, status.text))
    kept = [n for n in their_notes(room.journal, "table-1", activity) if n.get("text") == text]
    check(len(kept) == 1, "   then Save note saves it once", repr(kept))


def note_sent_twice(room, phone, activities):
    """6c. A note with an answer and Save note tapped while either is saving: one note record."""
    for activity, first, then in ((activities[9], 'button[name=answer][value="2"]', "button.save-note"),
                                  (activities[10], "button.save-note", 'button[name=answer][value="2"]')):
        text = "one note, two taps on " + activity
        section = phone.find_element(By.ID, "a-" + activity)
        section.find_element(By.CSS_SELECTOR, "details summary").click()
        section.find_element(By.CSS_SELECTOR, "textarea[name=note]").send_keys(text)
        phone.execute_script("arguments[0].querySelector(arguments[1]).click();"
                             "arguments[0].querySelector(arguments[2]).click();", section, first, then)
        def mine():
            return [n for n in their_notes(room.journal, "table-1", activity) if n.get("text") == text]
        wait_for(phone, lambda d: settled(section) and "Saving" not in section.text and mine(),
                 "the note saved on " + activity)
        time.sleep(0.5)  # a second copy, if one was sent, is written by now
        answered = [a for a in answers(room.journal) if a.get("group") == "table-1" and a.get("activity") == activity]
        check(answered and answered[-1].get("answer") == "2", "%s: the answer 2 stands" % activity, repr(answered[-1:]))
        kept = mine()
        check(len(kept) == 1, "   the note is recorded once (%s, then %s)" % (first, then), repr(kept))
