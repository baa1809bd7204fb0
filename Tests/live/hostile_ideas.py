"""The hostile-input test's idea cases, against a live room: markup and a bidi override in an idea
stay text; another table's token cannot touch the idea (403) nor fetch its edit form (404); unknown
and malformed ids are 404; over-long (409), oversized (413), control characters (400) and dots with
no vote open (409) are refused with one line; nothing is written for any refusal."""
import json

from room import answers, check

JSON = {"Content-Type": "application/json", "Accept": "application/json"}


def one_line(text):
    return len(text.strip().splitlines()) == 1


def run(room, client, token, other, hostile):
    journal = room.journal
    status, _, text = client.request("POST", f"/g/{token}/ideas", json.dumps(
        {"prompt": "try-first", "text": hostile, "key": "hostile-idea"}), JSON)
    check(status == 200 and json.loads(text)["saved"], "an idea with markup and a bidi override is accepted as text")
    idea = json.loads(text)["idea"]
    check(answers(journal, "idea")[-1]["text"] == hostile.strip(), "   and stored exactly as sent")
    _, _, page = client.request("GET", f"/g/{token}")
    check("<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;" in page,
          "   the phone page shows it as text")
    before = open(journal, "rb").read()

    def unchanged(label):
        check(open(journal, "rb").read() == before, f"{label}: nothing written")

    for path, body in [(f"/g/{other}/ideas/{idea}", {"text": "theirs", "key": "x1"}),
                       (f"/g/{other}/ideas/{idea}/withdraw", {"key": "x2"})]:
        status, _, text = client.request("POST", path, json.dumps(body), JSON)
        check(status == 403 and one_line(json.loads(text)["error"]), f"another table's token on {path[-9:]}: 403, one line")
    status, _, page = client.request("GET", f"/g/{other}/ideas/{idea}")
    check(status == 404 and "img src" not in page, "another table's token fetching the edit form: 404")
    for bad in ["0123456789abcdef", "..%2f..%2fPackage.swift", idea.upper(), idea + "0"]:
        status, _, _ = client.request("GET", f"/g/{token}/ideas/{bad}")
        check(status == 404, f"GET ideas/{bad[:20]}: 404 ({status})")
    for body, want, words in [
        ({"prompt": "try-first", "text": "x" * 281, "key": "long"}, 409, "keep it to 280"),
        ({"prompt": "try-first", "text": "a\u0007b", "key": "bell"}, 400, "control characters"),
        ({"prompt": "nope", "text": "a", "key": "p"}, 400, "no prompt 'nope'"),
        ({"prompt": "try-first", "text": "a"}, 400, "no 'key' field"),
    ]:
        status, _, text = client.request("POST", f"/g/{token}/ideas", json.dumps(body), JSON)
        reason = json.loads(text)["error"]
        check(status == want and words in reason and one_line(reason), f"{words}: {want} with one line ({status})")
    status, _, text = client.request("POST", f"/g/{token}/ideas", "x" * 100_000, JSON)
    check(status == 413 and "larger than" in text, f"a 100 kB idea: 413 ({status})")
    status, _, text = client.request("POST", f"/g/{token}/dots", json.dumps(
        {"prompt": "try-first", "item": idea, "count": 1, "key": "d"}), JSON)
    check(status == 409 and "not open" in json.loads(text)["error"], "dots with no vote open: 409")
    unchanged("ideas refused")
    printed = "\n".join(room.printed())
    check("idea %1 for 'try-first'" in printed and "\u202e" not in printed and "<img" not in printed,
          "the terminal says an idea arrived, without its text: " + repr(printed[-120:]))
