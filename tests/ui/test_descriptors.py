"""Running out of file descriptors: the program under ``ulimit -n 256`` (a
separate process), 150 clients from another process. Before, about 40 held
connections ended the program (exit 133: GLib could not make a new thread's
wake-up descriptor)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

resource = pytest.importorskip("resource")

CHILD = Path(__file__).with_name("descriptor_child.py")
LIMIT = 256
CLIENTS = 150

HOLDER = r"""
import socket, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
held = []
for _ in range(n):
    held.append(socket.create_connection(("127.0.0.1", port), timeout=10))
print(len(held), flush=True)
sys.stdin.readline()  # hold them until told
"""


def _low_limit() -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (LIMIT, hard))


class Child:
    def __init__(self, tmp_path: Path) -> None:
        self.p = subprocess.Popen(
            [sys.executable, str(CHILD), str(tmp_path / "captures")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_low_limit,
        )

    def read(self) -> dict:
        assert self.p.stdout is not None
        line = self.p.stdout.readline()
        assert line, f"the program ended: {self.p.wait()} {self.p.stderr.read()}"  # type: ignore[union-attr]
        return json.loads(line)

    def ask(self, cmd: str) -> dict:
        assert self.p.stdin is not None
        self.p.stdin.write(cmd + "\n")
        self.p.stdin.flush()
        return self.read()


def test_out_of_descriptors_the_listener_waits_and_nothing_crashes(tmp_path):
    if resource.getrlimit(resource.RLIMIT_NOFILE)[1] < 1024:
        pytest.skip("the hard open-file limit is too low to run the clients")
    child = Child(tmp_path)
    holder = None
    try:
        first = child.read()
        assert first["limit"] == LIMIT and first["state"] == "listening"
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(first["port"]), str(CLIENTS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None
        assert int(holder.stdout.readline()) == CLIENTS  # the rest wait in the backlog

        short = child.ask("wait-short")
        assert short["ok"], short
        assert short["state"] == "listening"  # still listening, not an error
        assert 0 < short["accepted"] < CLIENTS
        assert short["fds"] < LIMIT
        words = " ".join(short["explanation"])
        assert "Too many open files" in words and f"limit {LIMIT}" in words, words

        child.ask("fill")  # not one more socket can be afforded now
        refused = child.ask("connect")  # Connect refuses with the same words
        assert not refused["started"] and "Too many open files" in refused["form"]
        child.ask("unfill")

        before = child.ask("close-all")["accepted"]
        more = child.ask(f"wait-more {before}")  # accepting goes on from the backlog
        assert more["ok"] and more["state"] == "listening", more
    finally:
        if holder is not None:
            holder.communicate("\n", timeout=30)
        _out, err = child.p.communicate("quit\n", timeout=60)
    assert child.p.returncode == 0, err
    assert "Traceback" not in err, err
