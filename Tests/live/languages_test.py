"""A phone switched to Welsh shows no English word the program wrote, in a real browser: headless
Chromium at 390x844 through Selenium, against `workshop serve` on loopback.

The phone opens its link with `?lang=cy` (the switch's own link), answers an activity and adds an
idea (so the words the scripts write count too); every text node and aria-label/title outside the
plan's own text (`lang="en"`) is checked against the English catalogue (room.* and scale.* of
en.yaml): none may equal an English entry, or hold an English phrase of two words or more, unless
Welsh has the same. Then the projector (the cookie keeps Welsh), and, served again with a vote open,
the phone's vote with a dot placed. Screenshots: the rating page in Welsh and in Simplified
Chinese, and a small Arabic plan (a temporary copy of the example) laid out right to left.

    python3 Tests/live/languages_test.py [--binary PATH] [--example DIR] [--shots DIR]

Prints one `ok:` line per check; exits 1 with a `FAIL:` line at the first failure.
"""
import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browsers  # noqa: E402
from browsers import browser, check, failed, severe, shoot, tear_down, wait_for  # noqa: E402
from language_words import english_found, no_english  # noqa: E402
from phone_ideas_phases import open_vote  # noqa: E402
from room import Room, make_project  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ARABIC_PERSONA = """name: طالب جامعي
language: ar
summary: يدرس في السنة الأولى ويستخدم المكتبة قليلاً.
needs: [مصادر متاحة على الإنترنت.]
pains: [لا يعرف من أين يبدأ البحث.]
"""
ARABIC_PLAN = """title: ورشة المكتبة
date: 2026-12-07
language: ar
scale: agreement
personas: [talib]
groups: [table-1]
prompts: [{id: first, text: ما الذي ستجربه أولاً؟}]
activities:
  - {id: desk, title: مكتب المساعدة في الكلية, description: أمين المكتبة متاح في الكلية مرة في الأسبوع.}
  - {id: tour, title: جولة تعريفية, description: جولة في المكتبة للطلاب الجدد.}
"""


def arabic_plan(root):
    """A small plan written in Arabic, with its one persona, in the temporary copy only."""
    for path, text in (("personas/talib.yaml", ARABIC_PERSONA), ("sessions/arabic-demo.yaml", ARABIC_PLAN)):
        with open(os.path.join(root, path), "w", encoding="utf-8") as file:
            file.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    parser.add_argument("--shots", default="/tmp/shots-languages")
    args = parser.parse_args()
    binary, shots = os.path.abspath(args.binary), os.path.abspath(args.shots)
    os.makedirs(shots, exist_ok=True)
    browsers.PHONE_WIDTH, browsers.PHONE_HEIGHT = 390, 844
    started = time.monotonic()
    room, root, drivers, saved, consoles = None, None, [], [], []
    try:
        root = make_project(os.path.abspath(args.example), binary=binary)
        arabic_plan(root)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        phone = browser("phone")
        drivers.append(phone)
        link = room.links["table-1"]
        phone.get(link + "?lang=cy")
        check(phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy", "?lang=cy: the page is Welsh")
        current = phone.find_element(By.CSS_SELECTOR, "nav.languages a[aria-current=true]")
        check(current.text == "Cymraeg" and current.get_attribute("lang") == "cy", "the switch marks Cymraeg current")
        first = phone.find_element(By.CSS_SELECTOR, "section.activity")
        button = first.find_element(By.CSS_SELECTOR, "button[name=answer][value='4']")
        check(button.accessible_name.endswith(": 4"), "the button's name says the activity", button.accessible_name)
        button.click()
        status = first.find_element(By.CSS_SELECTOR, "p.status")
        wait_for(phone, lambda d: status.text.startswith("Wedi’i gadw: 4"), "the answer saved, said in Welsh")
        check(phone.find_element(By.ID, "progress").text == "1 o 14 wedi’u hateb", "the progress in Welsh")
        box = phone.find_element(By.ID, "t-try-first")
        box.send_keys("Gofyn i'r myfyrwyr yn gyntaf")
        check("o 280 nod" in phone.find_element(By.ID, "c-try-first").text, "the count in Welsh")
        box.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button.add").click()
        idea_status = phone.find_element(By.CSS_SELECTOR, "#i-try-first p.status")
        wait_for(phone, lambda d: "wedi’i ychwanegu" in idea_status.text, "the idea added, said in Welsh")
        no_english(phone, "the rating page after answering, with an idea added")
        # The walk can fail: an English line of ours planted in the page is found.
        phone.execute_script("var p = document.createElement('p'); p.textContent = 'Add a note'; document.body.append(p);")
        planted = [entry[1] for entry in english_found(phone)]
        check(planted == ["Add a note"], "a planted English line of ours is found", repr(planted))
        phone.refresh()
        phone.execute_script("window.scrollTo(0, 0)")
        saved.append(shoot(phone, os.path.join(shots, "phone-rating-cy.png")))
        phone.execute_script("document.querySelector('section.legend').scrollIntoView()")
        saved.append(shoot(phone, os.path.join(shots, "phone-rating-cy-buttons.png")))
        phone.find_element(By.CSS_SELECTOR, "nav.languages a[lang=zh-Hans]").click()
        wait_for(phone, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans", "the page in Chinese")
        check("如何作答" in phone.find_element(By.CSS_SELECTOR, "section.legend").text, "the legend in Chinese")
        saved.append(shoot(phone, os.path.join(shots, "phone-rating-zh-Hans.png")))
        phone.execute_script("document.querySelector('section.legend').scrollIntoView()")
        saved.append(shoot(phone, os.path.join(shots, "phone-rating-zh-Hans-buttons.png")))
        phone.find_element(By.CSS_SELECTOR, "nav.languages a[lang=cy]").click()
        wait_for(phone, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy", "back to Welsh")
        phone.get(room.projector)
        check(phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy", "the projector: the cookie keeps Welsh")
        wait_for(phone, lambda d: d.find_element(By.ID, "summary").text.startswith("0 o 5"), "the projector's summary in Welsh")
        no_english(phone, "the projector")
        consoles += severe(phone)
        room.stop()
        room = None
        open_vote(binary, root)
        room = Room(binary, root, extra=["--assign", "table-1=academic"])
        phone.get(room.links["table-1"])
        check(phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy", "served again: the cookie keeps Welsh")
        vote = wait_for(phone, lambda d: d.find_element(By.ID, "v-try-first"), "the open vote")
        vote.find_element(By.CSS_SELECTOR, "form.plus button").click()
        vote_status = phone.find_element(By.CSS_SELECTOR, "#i-try-first p.status")
        wait_for(phone, lambda d: vote_status.text == "Dotiau wedi’u cadw", "the dot saved, said in Welsh")
        check(vote.find_element(By.CSS_SELECTOR, ".left").text == "2 ddot ar ôl", "two dots left, in Welsh's 'two' form")
        no_english(phone, "the ideas and the open vote")
        consoles += severe(phone)
        room.stop()
        room = None
        subprocess.run([binary, "start", "arabic-demo", "--root", root], check=True, capture_output=True)
        room = Room(binary, root, session="arabic-demo", extra=["--assign", "table-1=talib"])
        phone.get(room.links["table-1"] + "?lang=en")
        html = phone.find_element(By.TAG_NAME, "html")
        check(html.get_attribute("dir") == "rtl", "an Arabic plan lays the page out right to left")
        check(phone.find_element(By.TAG_NAME, "h1").get_attribute("lang") == "ar", "its title says it is Arabic")
        saved.append(shoot(phone, os.path.join(shots, "phone-arabic-plan-rtl.png")))
        phone.execute_script("document.querySelector('section.activity').scrollIntoView()")
        saved.append(shoot(phone, os.path.join(shots, "phone-arabic-plan-rtl-buttons.png")))
        consoles += severe(phone)
        check("stopped serving" in room.stop(), "serve stopped and said so")
        room = None
        check(not consoles, "no SEVERE entries in the console", repr(consoles))
        print("screenshots:\n  " + "\n  ".join(saved))
        print("all checks passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Exception as error:  # noqa: BLE001 - the room did not start, a check failed, ...
        return failed(error)
    finally:
        tear_down(drivers, room, root)


if __name__ == "__main__":
    sys.exit(main())
