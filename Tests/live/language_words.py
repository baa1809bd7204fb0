"""The words the program writes, in English, found on a page: the English catalogue's room.* and
scale.* (read from en.yaml) against every text node and aria-label/title of the page outside the
plan's own text (the nearest `lang` is the plan's). Used by languages_test.py."""
import os
import re

import yaml

from browsers import check

CATALOGUES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "WorkshopCatalogues", "Assets")

# Every text node and named element of the page, with the nearest `lang` above it.
WALK = """
var found = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
function lang(node) { var el = node.nodeType === 1 ? node : node.parentElement, at = el && el.closest('[lang]');
  return at ? at.getAttribute('lang') : document.documentElement.lang; }
while (walker.nextNode()) {
  var node = walker.currentNode, parent = node.parentElement;
  if (!node.nodeValue.trim() || parent.closest('script, style, noscript')) continue;
  found.push([node.nodeValue.trim(), lang(node), 'text']);
}
document.querySelectorAll('[aria-label], [title]').forEach(function (el) {
  ['aria-label', 'title'].forEach(function (name) { if (el.hasAttribute(name)) found.push([el.getAttribute(name), lang(el), name]); });
});
return found;
"""


def texts(language):
    """The catalogue's room.* and scale.* texts (each plural form one text)."""
    with open(os.path.join(CATALOGUES, language + ".yaml"), encoding="utf-8") as file:
        top = yaml.safe_load(file)[language]
    out = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        else:
            out.append(str(node))
    walk(top["room"])
    walk(top["scale"])
    return out


def english_words():
    """Whole English entries (without placeholders), and the phrases of 2+ words between placeholders."""
    welsh = " \n ".join(texts("cy")).lower()
    whole, phrases = set(), set()
    for text in texts("en"):
        if "%{" not in text:
            whole.add(text.strip())
        for part in re.split(r"%\{\w+\}", text):
            part = part.strip(" .,:;·()…‘’'\"?")
            if len(part.split()) >= 2 and part.lower() not in welsh:
                phrases.add(part)
    return {w for w in whole if w.lower() not in welsh.split(" \n ")}, phrases


def english_found(driver, plan="en"):
    """The texts of ours still in English: outside the plan's own text, equal to an English entry or
    holding one of its phrases."""
    whole, phrases = english_words()
    bad = []
    for text, lang, kind in driver.execute_script(WALK):
        if lang == plan:
            continue
        if text in whole:
            bad.append((kind, text))
            continue
        low = text.lower()
        hits = [p for p in phrases if re.search(r"(?<![\w])" + re.escape(p.lower()) + r"(?![\w])", low)]
        if hits:
            bad.append((kind, text, hits))
    return bad


def no_english(driver, where):
    bad = english_found(driver)
    check(not bad, "%s: no English word of ours" % where, repr(bad[:8]))
