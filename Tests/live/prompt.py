"""The facilitator's prompt in a pseudo-terminal, for the live-room tests: readline runs as it does
for a person, lines are typed, and what it prints is read back (escape sequences left out)."""
import os
import pty
import re
import subprocess
import threading
import time

from room import LINK

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[>=]|\r")


class Prompt:
    def __init__(self, binary, root, session, occupied=0):
        """`occupied`: descriptors 3 to this one start open (on /dev/null), so that every descriptor
        the prompt opens itself is above it."""
        self.binary, self.root, self.session, self.occupied = binary, root, session, occupied
        self.process = None
        self.restart()

    def restart(self):
        master, slave = pty.openpty()
        environment = dict(os.environ, TERM="dumb", NO_COLOR="1")
        self.process = subprocess.Popen([self.binary, "--root", self.root], stdin=slave, stdout=slave, stderr=slave,
                                        env=environment, close_fds=not self.occupied,
                                        preexec_fn=self._occupy if self.occupied else None, start_new_session=True)
        os.close(slave)
        self.master, self.text, self.lock = master, "", threading.Lock()
        # Drained all the time: answers arriving fill a pseudo-terminal's small buffer quickly.
        threading.Thread(target=self._read, args=(master,), daemon=True).start()
        self.wait_for("> ", timeout=20)
        # At the prompt, commands take the open session: `serve` then serves it.
        if not self.command("open " + self.session, self.session + ">", timeout=20):
            self.process.kill()
            self.process.wait()
            raise RuntimeError("the prompt did not open " + self.session + ": " + self.since(0)[-2000:])

    def _occupy(self):
        null = os.open(os.devnull, os.O_RDONLY)
        for number in range(3, self.occupied + 1):
            if number != null:
                os.dup2(null, number, inheritable=True)
        os.set_inheritable(null, True)

    def _read(self, master):
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.text += ESCAPE.sub("", data.decode("utf-8", "replace"))

    def alive(self):
        return self.process.poll() is None

    def status(self):
        code = self.process.poll()
        return "running" if code is None else f"exit status {code}"

    def mark(self):
        with self.lock:
            return len(self.text)

    def since(self, mark):
        with self.lock:
            return self.text[mark:]

    def wait_for(self, needle, timeout, mark=0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.since(mark):
                return True
            if not self.alive():
                time.sleep(0.1)
                return needle in self.since(mark)
            time.sleep(0.02)
        return False

    def command(self, line, expect, timeout):
        """Types `line` and Enter; whether `expect` was printed after it within `timeout`."""
        mark = self.mark()
        try:
            os.write(self.master, (line + "\n").encode())
        except OSError:
            return False
        return self.wait_for(expect, timeout, mark)

    def serve(self, extra):
        """`serve` (the open session) in the background on any free port; the join links and the
        room's address."""
        mark = self.mark()
        line = " ".join(["serve", "--listen", "127.0.0.1:0", "--no-qr", *extra])
        if not self.command(line, "serving in the background", timeout=20):
            raise RuntimeError("serve did not start at the prompt: " + self.since(mark)[-2000:])
        links, base = {}, None
        for text in self.since(mark).splitlines():
            match = LINK.match(text.strip())
            if match:
                links[match.group(1)] = match.group(3)
                base = re.match(r"(http://[^/]+)", match.group(3)).group(1)
        return links, base

    def quit(self):
        if self.alive():
            self.command("quit", "\n", timeout=2)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        os.close(self.master)
