"""A real loopback conversation between our sessions, saved to a session file
and exported: the bytes, the script, and the command line."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

from socket_playground import __version__
from socket_playground.core.events import Direction
from socket_playground.core.export import export
from socket_playground.core.sessionfile import SocketSource, open_session, save_session
from socket_playground.workers.session import stop_sessions

APP_DIR = Path(__file__).resolve().parents[2] / "app"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(APP_DIR), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "socket_playground", "export", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_conversation_saved_and_exported(qtbot, own_pair, tmp_path):
    lst, cli, srv = own_pair()
    request, reply = b"hello server\r\n" * 100, b"hi client\x00\xff"
    cli.send(request)
    qtbot.waitUntil(lambda: srv.bytes_received == len(request), timeout=5000)
    srv.send(reply)
    qtbot.waitUntil(lambda: cli.bytes_received == len(reply), timeout=5000)
    stop_sessions([cli, srv, lst])
    path = tmp_path / "session.sps"
    save_session(path, [SocketSource.of(s) for s in (lst, cli, srv)], __version__)

    with open_session(path) as sf:
        ids = {s.role: s.id for s in sf.sockets}
        assert ids == {"listener": lst.id, "client": cli.id, "accepted": srv.id}
        assert sf.socket(srv.id).parent_id == lst.id
        raw = io.BytesIO()
        export(sf, srv.id, "raw-in", raw)
        assert raw.getvalue() == request  # what the client sent
        assert sf.socket(srv.id).sha256_in == hashlib.sha256(request).hexdigest()
        assert sf.read(cli.id, Direction.IN, 0, 100) == reply
        assert sf.events(cli.id) == cli.log.events
        assert list(sf.ordered(cli.id)) == list(cli.log.ordered())
        script = io.BytesIO()
        export(sf, cli.id, "python", script)
        compile(script.getvalue().decode(), "client.py", "exec")

    proc = run_cli(str(path), "--list")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    assert [line.split("\t")[:2] for line in lines] == [
        [str(lst.id), "listener"],
        [str(cli.id), "client"],
        [str(srv.id), "accepted"],
    ]
    assert lines[2].split("\t")[4:6] == [str(len(request)), str(len(reply))]

    bad = tmp_path / "bad.sps"
    bad.write_bytes(path.read_bytes()[:5000])
    proc = run_cli(str(bad), "--list")
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith("socket-playground: ")
