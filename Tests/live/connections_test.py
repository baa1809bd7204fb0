#!/usr/bin/env python3
"""The live room against too many connections, and the prompt with many descriptors open, on
loopback only, bounded in count and time.

1. The prompt started with descriptors 3 to 1100 taken, so that its own (the notice pipe) are above
   1024, where select's FD_SET is undefined: it must still open a session, serve, print an answer
   arriving from a phone, and answer a command.
"""
import argparse
import json
import os
import resource
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import make_project  # noqa: E402
from prompt import Prompt  # noqa: E402
from probe import Client  # noqa: E402


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


def high_descriptors(binary, root):
    try:
        prompt = Prompt(binary, root, "stirling-2015", occupied=1100)
    except RuntimeError as error:
        fail("with descriptors 3-1100 taken, the prompt does not open a session: " + str(error)[-200:])
    try:
        links, base = prompt.serve(["--assign", "table-1=academic"])
        token = links["table-1"].rsplit("/", 1)[1]
        mark = prompt.mark()
        status, _, _ = Client(base).request("POST", f"/g/{token}/answers", json.dumps(
            {"activity": "drop-in", "answer": "4", "key": "high-fd"}), {"Content-Type": "application/json"})
        check(status == 200, "with its descriptors above 1024, the prompt's room takes an answer")
        check(prompt.wait_for("drop-in", 5, mark), "   and the prompt prints its arrival")
        check(prompt.command("serve stop", "stopped serving", 10), "   and 'serve stop' answers")
        check(prompt.command("status", "persona × activity cells", 10), "   and so does 'status' after it")
    finally:
        prompt.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 2048:
        print(f"note: the descriptor limit here is {hard}; the checks that need 2048 are left out")
        return
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2048), hard))
    root = make_project(args.example, binary=binary)
    high_descriptors(binary, root)
    print("connections and descriptors: all checks passed")


if __name__ == "__main__":
    main()
