"""The crash test's ideas and dots: which printed lines confirm a record, and which acknowledged
ideas and dots a journal lacks."""
import json
import re

CONFIRMED = re.compile(r"^(recorded |idea %\d+ from |\S+: \d+ dots? on %)")
EXTRA_GROUPS = [f"crash-{n}" for n in range(1, 21)]
SEED_IDEAS = 3


def journal_records(journal_path, kind):
    """Every record of `kind` in the journal (a torn last line left out)."""
    found = []
    with open(journal_path, encoding="utf-8", errors="replace") as journal:
        for line in journal:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if record.get("type") == kind:
                found.append(record)
    return found


def lost_ideas_and_dots(journal, ideas, dots):
    """Acknowledged ideas whose text, and acknowledged dots whose record, the journal lacks."""
    texts = {record.get("text") for record in journal_records(journal, "idea")}
    numbered = {n + 1: record["id"] for n, record in enumerate(journal_records(journal, "idea")[:SEED_IDEAS])}
    held = {}
    for record in journal_records(journal, "dot"):
        key = (record["group"], record.get("idea"), record["count"])
        held[key] = held.get(key, 0) + 1
    wanted = {}
    for group, number, count in dots:
        key = (group, numbered.get(number), str(count))
        wanted[key] = wanted.get(key, 0) + 1
    return [text for text in ideas if text not in texts], [key for key, n in wanted.items() if held.get(key, 0) < n]
