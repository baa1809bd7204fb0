#!/usr/bin/env python3
"""The live room's smaller points, from outside, on loopback: HEAD answered as GET without a body,
a malformed chunked body refused with 400, a full disk answered 507 with its reason, a token file
readable by others made private (and said so), a loopback address called this machine's only,
and a bind that fails blaming the address or the port, whichever is at fault.
"""
import argparse
import http.client
import json
import os
import resource
import socket
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import fail, check, Room, make_project, answers  # noqa: E402
from probe import Client  # noqa: E402

JSON = {"Content-Type": "application/json", "Accept": "application/json"}


def raw(client, data):
    """Sends bytes as they are on one connection; what came back."""
    connection = socket.create_connection((client.host, client.port), timeout=5)
    connection.sendall(data)
    received = b""
    try:
        while chunk := connection.recv(65536):
            received += chunk
    except socket.timeout:
        pass
    connection.close()
    return received.decode("utf-8", "replace")


def head_and_chunks(room, client):
    token = room.links["table-1"].rsplit("/", 1)[1]
    connection = http.client.HTTPConnection(client.host, client.port, timeout=10)
    projector = "/" + room.projector.split("/", 3)[3]
    for path in [f"/g/{token}", "/assets/room.css", "/assets/phone.js", "/", projector, projector + "/cards"]:
        connection.request("GET", path)
        got = connection.getresponse()
        body = got.read()
        connection.request("HEAD", path)
        headed = connection.getresponse()
        empty = headed.read()
        check(headed.status == got.status == 200 and empty == b"" and headed.getheader("Content-Type") == got.getheader("Content-Type")
              and headed.getheader("Content-Length") == str(len(body)),
              f"HEAD {path[:24]}: {headed.status} as GET, no body, Content-Length {headed.getheader('Content-Length')}")
    connection.close()
    before = open(room.journal, "rb").read()
    reply = raw(client, (f"POST /g/{token}/answers HTTP/1.1\r\nHost: room\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n").encode())
    status, body = reply.split("\r\n", 1)[0], reply.split("\r\n\r\n", 1)[-1]
    check(status == "HTTP/1.1 400 Bad Request" and len(body.strip().splitlines()) == 1,
          f"a malformed chunked body: {status[9:]}, one line: {body.strip()}")
    check(open(room.journal, "rb").read() == before, "   and nothing written")


def full_disk(binary, root):
    """Writes past a file size limit fail as on a full disk (EFBIG, as ENOSPC): the same refusal."""
    size = os.path.getsize(os.path.join(root, "sessions", "stirling-2015.jsonl"))
    room = Room(binary, root, extra=["--assign", "table-1=academic"],
                limits={resource.RLIMIT_FSIZE: (size + 1500, size + 1500)})
    client, token = Client(room.base), room.links["table-1"].rsplit("/", 1)[1]
    try:
        acked, status, text = [], 200, ""
        for number in range(40):
            status, _, text = client.request("POST", f"/g/{token}/answers", json.dumps(
                {"activity": "drop-in", "answer": "3", "key": f"disk-{number}"}), JSON)
            if status != 200:
                break
            acked.append(f"disk-{number}")
        error = json.loads(text).get("error", "")
        check(status == 507 and "disk refused the write" in error and "\n" not in error,
              f"a full disk: 507 Insufficient Storage after {len(acked)} answers, one line: {error}")
        status, _, text = client.request("POST", f"/g/{token}/answers", "activity=drop-in&answer=2&key=form-1",
                                         {"Content-Type": "application/x-www-form-urlencoded"})
        check(status == 507 and "disk refused the write" in text, "   the same for a plain form (JavaScript off)")
    finally:
        room.stop()
    check(len([a for a in answers(room.journal) if a.get("group") == "table-1"]) == len(acked),
          "   every acknowledged answer is in the journal, and nothing else")


def tokens_and_addresses(binary, root):
    tokens = os.path.join(root, "sessions", "stirling-2015.jsonl.room")
    os.chmod(tokens, 0o644)
    room = Room(binary, root)
    room.stop()
    said = "\n".join(room.preamble)
    check(stat.S_IMODE(os.stat(tokens).st_mode) == 0o600 and "mode 0644" in said and "0600" in said,
          "a token file left 0644 is made 0600, and serve says so: " + said[:160])
    check("(reachable from this machine only)" in said, "serve on 127.0.0.1 says it is reachable from this machine only")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    for address, words, never in [
        ("1.2.3.4:8099", "1.2.3.4 is not one of this machine's addresses", "another port"),
        (f"127.0.0.1:{taken.getsockname()[1]}", "the port is in use; choose another port", "not one of"),
    ]:
        run = subprocess.run([binary, "serve", "stirling-2015", "--root", root, "--listen", address, "--no-qr"],
                             capture_output=True, text=True, timeout=30)
        line = run.stderr.strip()
        check(run.returncode == 1 and words in line and never not in line and len(line.splitlines()) == 1,
              f"--listen {address}: exit 1, {line}")
    taken.close()
    # A FIFO where the token file belongs is refused at once, not read (which would wait for ever).
    os.rename(tokens, tokens + ".kept")
    os.mkfifo(tokens)
    run = subprocess.run([binary, "serve", "stirling-2015", "--root", root, "--listen", "127.0.0.1:0", "--no-qr"],
                         capture_output=True, text=True, timeout=30)
    line = run.stderr.strip()
    check(run.returncode == 1 and "FIFO" in line and "stirling-2015.jsonl.room" in line and len(line.splitlines()) == 1,
          f"a FIFO as the token file: exit 1, {line}")
    os.remove(tokens)
    os.rename(tokens + ".kept", tokens)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--example", default=".")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    root = make_project(args.example, binary=binary)
    room = Room(binary, root, extra=["--assign", "table-1=academic"])
    try:
        head_and_chunks(room, Client(room.base))
    finally:
        room.stop()
    full_disk(binary, root)
    tokens_and_addresses(binary, root)
    print("the room's edges: all checks passed")


if __name__ == "__main__":
    main()
