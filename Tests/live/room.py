"""Shared by the live-room tests: a copy of the example project with a fresh session, `workshop
serve` started on loopback (any free port), its links read from what it prints, and the journal
read back."""
import atexit
import json
import os
import queue
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

LINK = re.compile(r"^(\S+) \((?:plays (\S+)|chooses a persona on the phone)\): (https?://\S+)$")


def fail(message):
    """The one line a failed check prints; the test stops there."""
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    """`ok: message`, or `FAIL: message` and exit 1."""
    if not condition:
        fail(message)
    print("ok: " + message)


def make_project(example, plan="stirling-2015", binary=None):
    """A temporary copy of the example's personas and plans, with session `plan` started."""
    folder = tempfile.mkdtemp(prefix="workshop-live-")
    atexit.register(shutil.rmtree, folder, True)
    shutil.copytree(os.path.join(example, "personas"), os.path.join(folder, "personas"))
    os.mkdir(os.path.join(folder, "sessions"))
    for name in os.listdir(os.path.join(example, "sessions")):
        if name.endswith(".yaml"):
            shutil.copy(os.path.join(example, "sessions", name), os.path.join(folder, "sessions", name))
    if binary:
        subprocess.run([binary, "start", plan, "--root", folder], check=True, capture_output=True)
    return folder


def plan_activities(journal):
    """The activity ids and scale keys of a session, from its start record."""
    with open(journal, encoding="utf-8") as file:
        start = json.loads(file.readline())
    plan = start["plan"]
    return [a["id"] for a in plan["activities"]], [level["key"] for level in plan["scale"]["levels"]]


class Room:
    """`workshop serve SESSION --listen 127.0.0.1:0` in its own process."""

    def __init__(self, binary, root, session="stirling-2015", extra=(), limits=None, listen="127.0.0.1:0"):
        """`listen`: the address to serve on (a test behind a proxy names its port). `limits`: resource limits to serve under, {resource.RLIMIT_...: (soft, hard)}, as `ulimit`
        sets them (with a file size limit, SIGXFSZ is ignored: a write past it fails as on a full disk)."""
        self.root, self.binary = root, binary
        self.journal = os.path.join(root, "sessions", session + ".jsonl")

        def limit():
            for which, values in limits.items():
                resource.setrlimit(which, values)
            if resource.RLIMIT_FSIZE in limits:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        self.process = subprocess.Popen(
            [binary, "serve", session, "--root", root, "--listen", listen, "--no-qr", *extra],
            stdout=subprocess.PIPE, stderr=open(os.path.join(root, "serve.err"), "a"), text=True,
            preexec_fn=limit if limits else None)
        # A thread reads what serve prints: select() on a buffered pipe misses lines already read.
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.links, self.personas, self.projector, self.cards, self.check = {}, {}, None, None, None
        self.arrivals, self.preamble = [], []
        try:
            self._started()
        except BaseException:
            # The caller gets no Room to stop, so no serve may be left behind.
            self.kill()
            raise

    def _started(self):
        """Reads the links serve prints, up to its cards line and the network check line after it."""
        root = self.root
        deadline = time.monotonic() + 30
        while self.cards is None:
            line = self._line(deadline)
            if line is None:
                raise RuntimeError("serve did not start: " + open(os.path.join(root, "serve.err")).read())
            match = LINK.match(line)
            if match:
                self.links[match.group(1)] = match.group(3)
                self.personas[match.group(1)] = match.group(2)
            elif line.startswith("projector (facilitator only): "):
                self.projector = line.split(": ", 1)[1]
            elif line.startswith("join cards to print: "):
                self.cards = line.split(": ", 1)[1]
            elif not self.links:
                self.preamble.append(line)
        line = self._line(deadline)
        if line is None or not line.startswith("network check: open "):
            raise RuntimeError("serve printed no network check line after the cards: %r" % line)
        self.check = line.split()[3]
        self.base = re.match(r"(https?://[^/]+)", self.projector).group(1)

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _line(self, deadline):
        try:
            return self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def printed(self):
        """What serve printed since the links (answers arriving, the closing line)."""
        out = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return out
            if line is None:
                return out
            out.append(line)

    def stop(self):
        """Ctrl-C, as a facilitator stops it; returns what it printed after."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)
        time.sleep(0.1)
        return "\n".join(self.printed())

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


def answers(journal, kind="answer"):
    """Every answer record in the journal (or record of `kind`), in order (a torn last line left out)."""
    found = []
    with open(journal, encoding="utf-8", errors="replace") as file:
        for line in file:
            if not line.endswith("\n"):
                break
            record = json.loads(line)
            if record.get("type") == kind:
                found.append(record)
    return found


def notes(journal):
    """Every note record in the journal, in order."""
    return answers(journal, kind="note")
