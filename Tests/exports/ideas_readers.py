"""The ideas export's JSON and HTML read back: the JSON by its schema, the report laid out by
Chromium (ideas_checks.py runs them)."""
import json
import os
import re
import shutil

from ideas_hostile import BIDI, ESCAPE, FORMULA, HIDDEN, HOSTILE, LONG, SCRIPT, THEME  # noqa: F401


def check_json(check, path, ids):
    import jsonschema
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "export-schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    try:
        jsonschema.validate(document, schema)
        check("ideas json matches docs/export-schema.json", True)
    except jsonschema.ValidationError as error:
        check("ideas json matches docs/export-schema.json", False, error.message)
    prompts = document["summary"].get("ideas", [])
    ideas = [idea for prompt in prompts for theme in prompt["themes"] for idea in theme["ideas"]]
    check("ideas json: every hostile text as typed", sorted(i["text"] for i in ideas) == sorted(HOSTILE))
    check("ideas json: themes in order, the unthemed last", [t.get("theme") for t in prompts[0]["themes"]] == [THEME, None])
    ranking = prompts[0]["vote"]["ranking"]
    check("ideas json: the winners first, ties as ties",
          [item["rankLabel"] for item in ranking[:3]] == ["1=", "1=", "3"] and ranking[0]["dots"] == 2, str(ranking[:3]))
    check("ideas json: ids are the records'", {i["id"] for i in ideas} == set(ids))


def check_html(check, path, folder):
    html = open(path, encoding="utf-8").read()
    check("ideas html: the script is escaped", "<script" not in html and "&lt;script&gt;" in html)
    check("ideas html: the theme's markup is escaped", "<i>Timing" not in html and "&lt;i&gt;Timing&lt;/i&gt;" in html)
    outside = [m for m in re.finditer("\u202E", html)
               if html.rfind("<bdi", 0, m.start()) < html.rfind("</bdi>", 0, m.start())]
    check("ideas html: the bidi override sits inside a bdi", "\u202E" in html and not outside)
    check("ideas html: the vote is a table with a caption", re.search(r"<table class=\"votes\"><caption>Vote on ideas", html))
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        check("ideas html: selenium is installed", False)
        return
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=800,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    try:
        driver.get("file://" + path)
        check("ideas html in Chromium: no script ran", driver.title != "pwned" and not driver.find_elements(By.TAG_NAME, "script"))
        # The section alone: the matrix above it is as wide as its personas make it.
        wide = driver.execute_script("return [...document.querySelectorAll('section.ideas, section.ideas *')]"
                                     ".filter(e => e.getBoundingClientRect().right > window.innerWidth).length")
        tall = driver.execute_script("return [...document.querySelectorAll('ul.idea-list li')]"
                                     ".map(e => e.getBoundingClientRect().height)")
        check("ideas html in Chromium: nothing in the ideas wider than the window", wide == 0, str(wide))
        check("ideas html in Chromium: the long idea wraps onto lines of its own", max(tall) > 2.5 * min(tall), str(tall))
        caption = driver.find_element(By.CSS_SELECTOR, "table.votes caption").text
        check("ideas html in Chromium: the caption is read", caption.startswith("Vote on ideas, closed"), caption)
        rows = driver.find_elements(By.CSS_SELECTOR, "table.votes tbody tr")
        ranks = [row.find_element(By.CSS_SELECTOR, "td.rank").text for row in rows]
        check("ideas html in Chromium: ranks with ties", ranks[:3] == ["1=", "1=", "3"], str(ranks))
        bars = [row.find_element(By.CSS_SELECTOR, ".bar").size["width"] for row in rows]
        check("ideas html in Chromium: bars drawn in proportion", bars[0] > 0 and bars[0] == bars[1] and bars[2] < bars[0],
              str(bars))
        texts = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "ul.idea-list bdi.text")]
        check("ideas html in Chromium: each idea reads as typed", FORMULA in texts and SCRIPT in texts, str(texts)[:200])
        driver.save_screenshot(os.path.join(folder, "ideas.png"))
    finally:
        driver.quit()
