"""The phases of the live-room browser test, in the order browser_test.py runs them: the projector
opened, table-1's phone answering everything with JavaScript on, (after the journal is checked) the
projector caught up live, and table-2's phone with JavaScript off."""
import os
import urllib.parse

from browsers import PHONE_WIDTH, browser, check, no_alert, ok, shoot, text_of, wait_for
from room import answers
from selenium.webdriver.common.by import By

HOSTILE = '<script>alert(1)</script> & "quotes" \'single\' café'


def expected_display(key):
    return "unsure (?)" if key == "?" else key


def table_item(driver, group):
    for li in driver.find_elements(By.CSS_SELECTOR, "#coverage li"):
        if li.text.strip().startswith(group + " ") or li.text.strip().startswith(group + ":"):
            return li
    return None


def academic_cells(driver, academic):
    return driver.execute_script("""
        var col = arguments[0];
        return Array.from(document.querySelectorAll('#matrix tbody tr')).map(function (tr) {
          var cell = tr.children[col];
          var small = cell.querySelector('small');
          var n = small ? small.textContent : '';
          return [tr.children[0].textContent, cell.textContent.slice(0, cell.textContent.length - n.length), n,
                  cell.getAttribute('data-shade')];
        });""", academic)


def open_projector(room, drivers):
    """1. The projector, open from the start and never reloaded; returns it and the Academic column."""
    projector = browser("projector")
    drivers.append(projector)
    projector.get(room.projector)
    wait_for(projector, lambda d: d.execute_script(
        "var p = document.getElementById('projector'); return p && p.dataset.answers === '0';"),
        "projector.js to render the first view from the event stream (data-answers=0)")
    ok("projector open at 1280x800 and drawn from the event stream")
    projector.execute_script("window.__notReloaded = true;")
    columns = [th.text.strip() for th in projector.find_elements(By.CSS_SELECTOR, "#matrix thead th")]
    check("Academic" in columns, "the matrix has an Academic column", repr(columns))
    academic = columns.index("Academic")  # the first th is the empty corner, so this is also the td+1 index
    rows = projector.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
    check(len(rows) == 14, "the matrix has one row per activity", str(len(rows)))
    owing = [li.text for li in projector.find_elements(By.CSS_SELECTOR, "#coverage li.owing")]
    check(len(owing) == 5 and not projector.find_elements(By.CSS_SELECTOR, "#coverage li.done"),
          "coverage lists five owing tables and none done", repr(owing))
    return projector, academic


def phone_with_javascript(room, activities, shots, saved, drivers):
    """2. table-1's phone, JavaScript on, answers everything; returns it, the keys chosen and the notes."""
    phone = browser("phone")
    drivers.append(phone)
    phone.get(room.links["table-1"])
    wait_for(phone, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.activity")) == 14,
             "14 activity sections on table-1's phone")
    check(phone.execute_script("return window.innerWidth") == PHONE_WIDTH,
          "the phone viewport is %d CSS px wide" % PHONE_WIDTH)
    header = text_of(phone, "header")
    check("Academic" in header and "table-1" in header, "the phone says table-1 rates as Academic", header)
    check(text_of(phone, "#progress") == "0 of 14 answered", "progress starts at 0 of 14",
          text_of(phone, "#progress"))
    saved.append(shoot(phone, os.path.join(shots, "phone-top.png")))
    sections = phone.find_elements(By.CSS_SELECTOR, "section.activity")
    ids = [section.get_attribute("id") for section in sections]
    check(ids == ["a-" + a for a in activities], "the sections follow the plan's activities", repr(ids))
    keys = ["1", "2", "3", "4", "5"]
    chosen, notes = {}, {}
    for index, activity in enumerate(activities):
        key = "?" if index == 6 else keys[(index * 2 + index // 5) % 5]
        chosen[activity] = key
        section = phone.find_element(By.ID, "a-" + activity)
        if index == 2:
            section.find_element(By.CSS_SELECTOR, "details summary").click()
            textarea = section.find_element(By.CSS_SELECTOR, "textarea[name=note]")
            wait_for(phone, lambda d: textarea.is_displayed(), "the note box to open")
            textarea.send_keys(HOSTILE)
            check(textarea.get_attribute("value") == HOSTILE, "typed the hostile note for " + activity)
            notes[activity] = HOSTILE
        selector = "button.unsure" if key == "?" else 'button[name=answer][value="%s"]' % key
        section.find_element(By.CSS_SELECTOR, selector).click()
        status = section.find_element(By.CSS_SELECTOR, "p.status")
        wait_for(phone, lambda d: status.text.strip().startswith("Saved: "),
                 "'Saved: ...' on %s (it reads %r)" % (activity, status.text))
        want = "Saved: " + expected_display(key) + (", with the note" if activity in notes else "")
        check(status.text.strip() == want and "answered" in section.get_attribute("class").split(),
              "%s: clicked %s, the page says %r and marks it answered" % (activity, key, want),
              "status %r, class %r" % (status.text, section.get_attribute("class")))
        if activity in notes:
            check(section.find_element(By.CSS_SELECTOR, "textarea").get_attribute("value") == "",
                  "the note box is emptied once saved")
    progress = text_of(phone, "#progress")
    check(progress == "14 of 14 answered", "progress reads 14 of 14 answered", progress)
    width = phone.execute_script("return document.documentElement.scrollWidth")
    check(width <= PHONE_WIDTH + 1, "no horizontal scroll at %d px (scrollWidth %d)" % (PHONE_WIDTH, width))
    no_alert(phone, "phone")
    saved.append(shoot(phone, os.path.join(shots, "phone-answered-full.png"), full=True, scale=0.5))
    phone.execute_script("document.getElementById(arguments[0]).scrollIntoView()", "a-" + activities[1])
    saved.append(shoot(phone, os.path.join(shots, "phone-answered.png")))
    return phone, chosen, notes


def projector_live(projector, academic, activities, chosen):
    """4. The projector caught up over the event stream, without a reload."""
    wait_for(projector, lambda d: (table_item(d, "table-1") is not None
                                   and "done" in table_item(d, "table-1").get_attribute("class").split()),
             "table-1's coverage item on the projector to turn 'done'")
    ok("projector: table-1 is done (%s)" % table_item(projector, "table-1").text)

    wait_for(projector, lambda d: all(c[2] == "n=1" for c in academic_cells(d, academic)),
             "n=1 in every Academic cell of the projector")
    cells = academic_cells(projector, academic)
    ok("projector: every Academic cell shows n=1")
    for (title, text, _, shade), activity in zip(cells, activities):
        key = chosen[activity]
        check(text.strip() == key and (shade is None) == (key == "?"),
              "projector: %s shows %s%s" % (title, key, "" if shade is None else " (shade %s)" % shade),
              "text %r, shade %r" % (text, shade))
    summary = text_of(projector, "#summary")
    check(summary.startswith("1 of 5 tables done · 14 answers"), "projector summary: " + summary)
    check(projector.execute_script("return window.__notReloaded === true"),
          "the projector was updated live, not reloaded")
    no_alert(projector, "projector")


def phone_without_javascript(room, activities, shots, saved, drivers):
    """5. table-2's phone with JavaScript off: choose a persona, answer with a plain form post."""
    plain = browser("phone-nojs")
    drivers.append(plain)
    plain.get(room.links["table-2"])
    choices = plain.find_elements(By.CSS_SELECTOR, "a.choice")
    check(len(choices) == 5 and not plain.find_elements(By.CSS_SELECTOR, "section.activity"),
          "table-2's phone first asks for a persona (5 choices)", str(len(choices)))
    saved.append(shoot(plain, os.path.join(shots, "phone-nojs-choose.png")))
    persona_name = choices[0].text.split("\n")[0].strip()
    persona_id = choices[0].get_attribute("href").split("persona=")[-1]
    choices[0].click()
    wait_for(plain, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.activity")) == 14,
             "the activities after choosing a persona (JavaScript off)")
    header = text_of(plain, "header")
    check(persona_name in header, "table-2 now rates as %s (%s)" % (persona_name, persona_id), header)
    target, key = activities[2], "4"
    plain.find_element(By.CSS_SELECTOR, '#a-%s button[name=answer][value="%s"]' % (target, key)).click()
    wait_for(plain, lambda d: "saved=" in d.current_url and d.find_elements(By.CSS_SELECTOR, "p.flash"),
             "the redirect back with ?saved= and a flash (JavaScript off); at " + plain.current_url)
    flash = text_of(plain, "p.flash")
    landed = urllib.parse.urlsplit(plain.current_url)
    query = urllib.parse.parse_qs(landed.query)
    check(flash == "Saved: Drop-in desk in the School" and query.get("saved") == [target]
          and query.get("persona") == [persona_id],
          "redirected back (?%s#%s) with the flash %r" % (landed.query, landed.fragment, flash))
    if landed.fragment != "a-" + target:
        print("note: the redirect's fragment is #%s, not #a-%s (the server percent-encodes '-')"
              % (landed.fragment, target))
    top = plain.execute_script("return document.getElementById(arguments[0]).getBoundingClientRect().top",
                               "a-" + target)
    check(abs(top) < 40, "the page scrolled to the answered section (its top at %d px)" % top)
    section = plain.find_element(By.ID, "a-" + target)
    status = section.find_element(By.CSS_SELECTOR, "p.status").text.strip()
    check(status == "Saved: " + key and "answered" in section.get_attribute("class").split(),
          "the %s section reads %r and is marked answered" % (target, status),
          "class %r" % section.get_attribute("class"))
    check(text_of(plain, "#progress") == "1 of 14 answered", "JS-off progress reads 1 of 14 answered",
          text_of(plain, "#progress"))
    theirs = [r for r in answers(room.journal) if r.get("group") == "table-2"]
    check(len(theirs) == 1 and theirs[0].get("activity") == target and theirs[0].get("answer") == key
          and theirs[0].get("persona") == persona_id and theirs[0].get("by") == "phone:table-2",
          "journal: table-2's plain-form answer %s = %s for %s" % (target, key, persona_id), repr(theirs))
    saved.append(shoot(plain, os.path.join(shots, "phone-nojs.png"), full=True, scale=0.5))
    saved.append(shoot(plain, os.path.join(shots, "phone-nojs-viewport.png")))
    return plain
