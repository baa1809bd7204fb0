"""What the git round trip test uses: git and workshop run in a folder, a phone's answer posted as
its script posts it, two clones of one bare repository, and the laptop's summary counted."""
import json
import os
import subprocess
import time
import urllib.request
import uuid
from collections import Counter

from room import check, fail, make_project

SESSION = "stirling-2015"
JOURNAL = "sessions/%s.jsonl" % SESSION


def git(folder, *arguments, ok=True):
    result = subprocess.run(["git", "-c", "pull.rebase=false", *arguments], cwd=folder, capture_output=True, text=True)
    if ok and result.returncode != 0:
        fail("git %s in %s: %s%s" % (" ".join(arguments), folder, result.stdout, result.stderr))
    return result


def workshop(binary, folder, *arguments, env=None):
    result = subprocess.run([binary, *arguments, "--root", folder], capture_output=True, text=True, env=env, timeout=30)
    return result


def commits(folder):
    return int(git(folder, "rev-list", "--count", "HEAD").stdout)


def wait_for(what, condition, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    fail("waited %d s for %s" % (timeout, what))


def post(room, group, activity, answer):
    """A phone's answer as its script sends it; returns once acknowledged (on disk)."""
    body = json.dumps({"activity": activity, "answer": answer, "key": uuid.uuid4().hex}).encode()
    request = urllib.request.Request(room.links[group] + "/answers", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        reply = json.loads(response.read())
    if reply.get("saved") is not True:
        fail("%s's answer on %s not acknowledged: %r" % (group, activity, reply))


def clones(binary, example, top):
    """A bare origin holding the example with the session started and git set up; two clones."""
    seed = make_project(example, binary=binary)
    git(seed, "init", "-q", "-b", "main")
    check(workshop(binary, seed, "git-setup").returncode == 0, "git-setup in the seed repository")
    git(seed, "add", "-A")
    git(seed, "commit", "-qm", "seed")
    origin = os.path.join(top, "origin.git")
    git(top, "clone", "-q", "--bare", seed, origin)
    made = []
    for name, setup in [("server", ["git-setup"]), ("laptop", ["git-setup", "--same-groups"])]:
        folder = os.path.join(top, name)
        git(top, "clone", "-q", origin, folder)
        check(workshop(binary, folder, *setup).returncode == 0, "%s set up: %s" % (name, " ".join(setup)))
        made.append(folder)
    return made


def summary_counts(binary, folder, keys):
    """The laptop's summary as {(activity, persona): Counter of answer keys}."""
    result = workshop(binary, folder, "summary", SESSION, "--format", "json")
    if result.returncode != 0:
        fail("summary on the laptop: " + result.stderr)
    counts = {}
    for cell in json.loads(result.stdout)["cells"]:
        tally = Counter({key: n for key, n in zip(keys, cell.get("distribution", [])) if n})
        if tally:
            counts[(cell["activity"], cell["persona"])] = tally
    return counts


def expected(answered):
    counts = {}
    for activity, persona, key in answered:
        counts.setdefault((activity, persona), Counter())[key] += 1
    return counts
