#!/usr/bin/env python3
"""Back to the laptop by git (issue 29, item 5), with real processes: a "server" clone and a
"laptop" clone of one bare repository, `git-setup` run in both. The server serves the session with
`--commit-every` while phones answer through the room's routes; its commits hold the journal and
nothing else, come only when it changed, and a failing one (git's index locked) is said in one
line on stderr and tried again while the room goes on answering. The test pushes from the server
clone (serve never pulls); the laptop records answers in the same groups with `workshop score`,
commits and pulls, and the journals merge through the merge driver set up with `--same-groups`:
no conflict, and every answer from both sides in the laptop's summary. The last answers before
Ctrl-C are in the commit serve makes as it stops.

WORKSHOP_TESTS_COMMIT_FLOOR (test-only) lowers the 10 s floor of --commit-every so that a few
commits take seconds, not minutes."""
import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import check, Room, make_project, answers, plan_activities  # noqa: E402
from git_roundtrip_parts import (SESSION, JOURNAL, git, workshop, commits, wait_for, post, clones,  # noqa: E402
                                 summary_counts, expected)

SUBJECT = "Session %s: %%s, committed by workshop serve" % SESSION


def refusals(binary, server, example):
    """Refused at start, in one line, with exit 1 and no room (no token file)."""
    plain = make_project(example, binary=binary)
    tokens = os.path.join(plain, JOURNAL + ".room")
    for folder, interval, env, words in [
        (plain, "10s", None, "is not a git repository; run 'workshop git-setup' in a git repository first"),
        (server, "5s", {k: v for k, v in os.environ.items() if k != "WORKSHOP_TESTS_COMMIT_FLOOR"}, "give 10s or more"),
        (server, "5x", None, "give a duration such as 30s, 5m or 1h"),
    ]:
        result = workshop(binary, folder, "serve", SESSION, "--listen", "127.0.0.1:0", "--no-qr", "--commit-every", interval,
                          env=env)
        error = result.stderr.strip()
        check(result.returncode == 1 and words in error and "\n" not in error,
              "--commit-every %s in %s refused in one line: %s" % (interval, os.path.basename(folder), error))
    check(not os.path.exists(tokens), "   and no room was made")


def run(binary, example, top):
    server, laptop = clones(binary, example, top)
    refusals(binary, server, example)
    activities, keys = plan_activities(os.path.join(server, JOURNAL))
    levels = [k for k in keys if k != "?"]
    plays = {"table-1": "academic", "table-2": "undergraduate"}
    answered = []

    room = Room(binary, server, extra=["--assign", "table-1=academic,table-2=undergraduate", "--commit-every", "2s"])
    stopped = False
    try:
        check(any("committing %s to git every 2s when it changed; serve never pulls" % JOURNAL in line for line in room.preamble),
              "serve says what it commits, how often, and that it never pulls")
        start = commits(server)
        post(room, "table-1", activities[0], levels[3])
        answered.append((activities[0], "academic", levels[3]))
        wait_for("the server's first commit", lambda: commits(server) == start + 1)
        subject = git(server, "log", "-1", "--format=%s").stdout.strip()
        check(subject == SUBJECT % "1 new record", "the commit names the session and its new records: " + subject)
        touched = git(server, "show", "--name-only", "--format=", "HEAD").stdout.split()
        check(touched == [JOURNAL], "it holds the journal and nothing else: %s" % touched)
        with open(os.path.join(server, JOURNAL), encoding="utf-8") as file:
            check(git(server, "show", "HEAD:" + JOURNAL).stdout == file.read(), "   the journal as it is on disk, whole lines")
        said = wait_for("the commit's line", lambda: [l for l in room.printed() if l.startswith("committed ")])
        check(said[0].startswith("committed %s to git: 1 new record (" % JOURNAL), "serve prints it: " + said[0])
        time.sleep(5)
        check(commits(server) == start + 1, "no answer, no commit (5 s, two intervals)")

        lock = os.path.join(server, ".git", "index.lock")
        open(lock, "w").close()
        errors = os.path.join(server, "serve.err")
        # Every answer from here on waits for the lock to go: the retry commits them in one.
        for group, activity, key in [("table-2", activities[0], levels[1]), ("table-1", activities[1], levels[2])]:
            post(room, group, activity, key)
            answered.append((activity, plays[group], key))
        failed = wait_for("a failed commit said", lambda: [l for l in open(errors).read().splitlines() if "could not commit" in l])
        check(failed[0].startswith("could not commit %s to git: fatal: Unable to create" % JOURNAL),
              "a failing commit (index locked) is one line on stderr: " + failed[0])
        post(room, "table-2", activities[1], levels[4])
        answered.append((activities[1], "undergraduate", levels[4]))
        check(room.process.poll() is None, "   the room goes on answering")
        os.remove(lock)
        wait_for("the commit tried again", lambda: commits(server) == start + 2)
        subject = git(server, "log", "-1", "--format=%s").stdout.strip()
        check(subject == SUBJECT % "3 new records", "tried again next time, with everything since: " + subject)

        git(server, "push", "-q")
        mine = [("table-1", activities[3], levels[4]), ("table-2", activities[3], levels[0]), ("table-2", activities[4], levels[2])]
        for group, activity, key in mine:
            result = workshop(binary, laptop, "score", SESSION, activity, plays[group], key, "--group", group)
            check(result.returncode == 0, "laptop: score %s %s %s --group %s" % (activity, plays[group], key, group))
            answered.append((activity, plays[group], key))
        git(laptop, "commit", "-qam", "laptop's answers")
        pulled = git(laptop, "pull", "--no-edit", ok=False)
        check(pulled.returncode == 0 and "CONFLICT" not in pulled.stdout + pulled.stderr,
              "the laptop pulls the server's answers with no conflict")
        check(summary_counts(binary, laptop, keys) == expected(answered),
              "every answer from both sides is in the laptop's summary (%d)" % len(answered))

        post(room, "table-2", activities[2], levels[3])
        answered.append((activities[2], "undergraduate", levels[3]))
        last = room.stop()
        stopped = True
    finally:
        if not stopped:
            room.kill()
    check(commits(server) == start + 3 and git(server, "log", "-1", "--format=%s").stdout.strip() == SUBJECT % "1 new record",
          "stopping commits the last answer")
    check("committed %s to git: 1 new record (" % JOURNAL in last, "   and says so")
    check(git(server, "status", "--porcelain", "--", "sessions").stdout == "", "   nothing of the session left uncommitted")
    git(server, "push", "-q")
    pulled = git(laptop, "pull", "--no-edit", ok=False)
    check(pulled.returncode == 0 and "CONFLICT" not in pulled.stdout + pulled.stderr, "the laptop pulls again, no conflict")
    check(summary_counts(binary, laptop, keys) == expected(answered),
          "every answer from both sides is in the laptop's summary (%d)" % len(answered))
    journal = answers(os.path.join(laptop, JOURNAL))
    ids = [record["id"] for record in journal]
    check(len(ids) == len(set(ids)) == len(answered), "   each answer once in the laptop's journal")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    began = time.monotonic()
    top = tempfile.mkdtemp(prefix="workshop-git-")
    atexit.register(shutil.rmtree, top, True)
    os.environ.update({
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": top,
        "GIT_CEILING_DIRECTORIES": tempfile.gettempdir(),
        "WORKSHOP_TESTS_COMMIT_FLOOR": "1", "WORKSHOP_FACILITATOR": "laptop",
    })
    run(os.path.abspath(args.binary), os.path.abspath(args.example), top)
    print("git round trip: all checks passed in %.1f s" % (time.monotonic() - began))


if __name__ == "__main__":
    main()
