"""The merge crash test's second phase: SIGKILL during re-runs of a `--room` merge.

Room A and room B each started session s2 of the same plan (two start records) and both answer in
table-1. The first merge, `merge s2 B --room strand-b`, keeps its rule in the journal. Each round
room A records two answers (acknowledged), room B's journal gains new answers (or, one round in three,
nothing: a re-run that adds nothing), and the merge is run again, with no option or with the same
`--room`, and killed at a random moment. After every round the journal must be the one before the
merge or the one after it, never one where room B's answers are back under `table-1` (the renaming
reverted) or a merge that added nothing rewrote the file.
"""
import json
import os
import shutil
import signal
import subprocess
import time

OPTIONS = ([], ["--room", "strand-b"])


def append_answers(path, tag, count, rng):
    """Room B's new answers in its table-1, each with a note naming it."""
    now = time.time()
    with open(path, "a", encoding="utf-8") as journal:
        for index in range(count):
            at = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now + index / 1000)) + f".{index % 1000:03d}Z"
            journal.write(
                f'{{"type":"answer","id":"{rng.getrandbits(64):016x}","at":"{at}","by":"room-b",'
                f'"activity":"{rng.choice(["drop-in", "induction", "consultations"])}","persona":"academic",'
                f'"group":"table-1","answer":"{rng.choice("12345")}","note":"{tag}-{index}"}}\n')


def records(path):
    with open(path, encoding="utf-8") as journal:
        return [json.loads(line) for line in journal if line.strip()]


def check(journal, acknowledged, rounds, size, merges_done, before, added_nothing, number):
    """What is wrong with the journal after round `number`, as lines."""
    failures = []
    lines = records(journal)
    reverted = [line["note"] for line in lines if line.get("by") == "room-b" and line.get("group") != "strand-b_table-1"
                and line["type"] == "answer"]
    if reverted:
        failures.append(f"round {number}: {len(reverted)} of room B's answers are not under strand-b_table-1, "
                        f"e.g. {reverted[:3]}")
    rules = [line for line in lines if line["type"] == "merge-rule"]
    if len(rules) != 1:
        failures.append(f"round {number}: {len(rules)} merge-rule records, not 1")
    notes = {line.get("note") for line in lines if line["type"] == "answer"}
    lost = acknowledged - notes
    if lost:
        failures.append(f"round {number}: {len(lost)} acknowledged answers lost, e.g. {sorted(lost)[:3]}")
    for tag in rounds:
        inside = sum(1 for index in range(size) if f"{tag}-{index}" in notes)
        if inside not in (0, size):
            failures.append(f"round {number}: merge of {tag} is half in ({inside} of {size})")
    missing = [tag for tag in merges_done if f"{tag}-0" not in notes]
    if missing:
        failures.append(f"round {number}: acknowledged merges missing: {missing}")
    if added_nothing:
        with open(journal, "rb") as file:
            if file.read() != before:
                failures.append(f"round {number}: a merge that added nothing changed the journal")
    return failures


def room_phase(binary, example, folder, root, kills_wanted, max_rounds, size, rng, env):
    """Runs the phase; returns (failures, a summary line)."""
    root_b = os.path.join(folder, "room-b")
    for part in ("personas", "sessions"):
        shutil.copytree(os.path.join(example, part), os.path.join(root_b, part))
    for where in (root, root_b):
        subprocess.run([binary, "start", "stirling-2015", "--as", "s2", "--root", where], check=True, cwd=where,
                       stdout=subprocess.DEVNULL, env=env)
    journal, other = os.path.join(root, "sessions", "s2.jsonl"), os.path.join(root_b, "sessions", "s2.jsonl")
    acknowledged, rounds, merges_done, failures, kills, longest, counter = set(), ["b0"], ["b0"], [], 0, None, 0
    acknowledged.add("a0")
    append_answers(other, "b0", size, rng)
    subprocess.run([binary, "score", "s2", "drop-in", "academic", "4", "--group", "table-1", "--note", "a0", "--root", root],
                   check=True, cwd=root, stdout=subprocess.DEVNULL, env=env)
    first = subprocess.run([binary, "merge", "s2", other, "--room", "strand-b", "--root", root], capture_output=True,
                           text=True, cwd=root, env=env)
    if first.returncode != 0:
        return [f"the first --room merge failed: {first.stderr.strip()}"], "room phase did not start"
    number = 0
    while kills < kills_wanted and number < max_rounds:
        number += 1
        for _ in range(2):
            counter += 1
            score = subprocess.run(
                [binary, "score", "s2", "induction", "academic", rng.choice("12345"), "--group", "table-1",
                 "--note", f"a{counter}", "--root", root], capture_output=True, text=True, cwd=root, env=env)
            if score.stdout.startswith("recorded "):
                acknowledged.add(f"a{counter}")
        if rng.randrange(3) != 0:
            rounds.append(f"b{number}")
            append_answers(other, f"b{number}", size, rng)
        with open(journal, "rb") as file:
            before = file.read()
        held = {line.get("note") for line in records(journal)}
        pending = [tag for tag in rounds if f"{tag}-0" not in held]
        process = subprocess.Popen([binary, "merge", "s2", other, *OPTIONS[number % 2], "--root", root],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root, env=env)
        began = time.monotonic()
        delay = None if longest is None else rng.uniform(0, longest * 1.4)
        try:
            process.wait(timeout=delay)
            longest = max(longest or 0, time.monotonic() - began)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            longest = max(longest, delay * 1.2)
            kills += 1
        output = process.stdout.read().decode()
        process.wait()
        if output.startswith("merged "):
            merges_done += pending
        opened = subprocess.run([binary, "log", "s2", "--root", root], capture_output=True, text=True, cwd=root)
        if opened.returncode != 0:
            failures.append(f"room round {number}: the session does not open: {opened.stderr.strip()}")
            break
        failures += check(journal, acknowledged, rounds, size, merges_done, before, not pending, number)
    if kills < kills_wanted:
        failures.append(f"only {kills} SIGKILLs landed during a --room re-run in {number} rounds")
    return failures, (f"--room re-runs: {number} merges, {kills} SIGKILLs, {len(merges_done)} acknowledged; "
                      "none reverted a renaming")
