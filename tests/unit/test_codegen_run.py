"""Show the code, run: a generated script run against a real peer on the
loopback interface puts the same bytes on the wire as the recorded socket
(no Qt; real sockets on 127.0.0.1, port 0; every wait bounded)."""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from socket_playground.core.codegen import generate
from socket_playground.core.events import (
    Accept,
    Close,
    Connect,
    Event,
    Send,
    SetOption,
    Shutdown,
)

from .test_codegen import (
    ALL_BYTES,
    HOST,
    ODD,
    Rec,
    client_log,
    connected_client,
    listener_log,
)

TIMEOUT = 20.0


def listen_local() -> socket.socket:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind((HOST, 0))
    srv.listen(1)
    srv.settimeout(TIMEOUT)
    return srv


def read_to_eof(conn: socket.socket, result: dict) -> None:
    got = bytearray()
    for _ in range(100_000):  # bounded; each recv() also has the socket's timeout
        try:
            chunk = conn.recv(65536)
        except ConnectionResetError:
            result["reset"] = True
            break
        if not chunk:
            result["eof"] = True
            break
        got += chunk
    result["got"] = bytes(got)


def serve_once(srv: socket.socket, reply: bytes, result: dict) -> None:
    """The peer: accept, send ``reply``, record everything until EOF, close."""
    try:
        conn, _ = srv.accept()
        with conn:
            conn.settimeout(TIMEOUT)
            if reply:
                conn.sendall(reply)
            read_to_eof(conn, result)
    except Exception as e:  # reported by the test
        result["error"] = repr(e)


def run_client(
    tmp_path, events_for: Callable[[int], list[Event]], reply: bytes = b"", **gen: str
) -> tuple[subprocess.CompletedProcess, dict, str]:
    """Generate the client script for ``events_for(port)`` (port: the peer's;
    ``gen``: style, lang) and run it against :func:`serve_once`, which sends
    ``reply``."""
    srv = listen_local()
    port = srv.getsockname()[1]
    result: dict = {}
    peer = threading.Thread(target=serve_once, args=(srv, reply, result), daemon=True)
    peer.start()
    try:
        code = generate("client", events_for(port), host=HOST, port=port, **gen)
        path = tmp_path / "client.py"
        path.write_text(code, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(path)],
            timeout=TIMEOUT,
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        peer.join(TIMEOUT)
    finally:
        srv.close()
    assert not peer.is_alive()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in result, result
    return proc, result, code


def test_client_script_puts_the_same_bytes_on_the_wire(tmp_path):
    sends = [b"hello, ", ALL_BYTES * 3, ODD]  # the long one is a pattern
    reply = b"world"
    proc, result, code = run_client(
        tmp_path, lambda port: client_log(port, sends, reply).events(), reply
    )
    assert "s.sendall(bytes(range(256)) * 3)" in code
    assert result["got"] == b"".join(sends)
    assert result.get("eof") is True
    assert "world" in proc.stdout.splitlines()  # what it received, used


@pytest.mark.parametrize("option", [True, False], ids=["linger-recorded", "abort-only"])
def test_client_script_abort_resets_the_connection(tmp_path, option):
    def events(port):
        rec = connected_client(port)
        rec.send(ODD)
        if option:
            rec.add(SetOption, name="SO_LINGER", value=0)
        rec.add(Shutdown, how=socket.SHUT_RD, wake=True)
        rec.add(Close, abort=True)
        return rec.events()

    _, result, _ = run_client(tmp_path, events)
    assert result["got"] == ODD
    assert result.get("reset") is True  # RST, not FIN


def test_placeholders_put_as_many_bytes_on_the_wire(tmp_path):
    datas = [bytes([i + 1]) * 20 for i in range(10)]

    def events(port):
        rec = connected_client(port, Rec(byte_cap=64))
        for d in datas:
            rec.send(d)
        rec.add(Close)
        evs = rec.events()
        assert any(isinstance(ev, Send) and not ev.kept for ev in evs)  # some are gone
        return evs

    _, result, code = run_client(tmp_path, events)
    got = result["got"]
    assert len(got) == 200 and result.get("eof") is True
    for i, d in enumerate(datas):
        piece = got[20 * i : 20 * i + 20]
        assert piece in (d, bytes(20))  # the original, or zero bytes
        assert (piece == d) == (f"s.sendall({d!r})" in code)
    assert got[-20:] == datas[-1]  # the newest bytes are kept


def test_a_failed_connect_fails_in_the_script_too(tmp_path):
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind((HOST, 0))  # bound, not listening: refused
    port = closed.getsockname()[1]
    rec = Rec()
    rec.add(
        Connect,
        host=HOST,
        port=port,
        errno="ECONNREFUSED",
        message="[Errno 111] Connection refused",
    )
    rec.add(Close)
    path = tmp_path / "refused.py"
    path.write_text(generate("client", rec.events(), host=HOST, port=port), encoding="utf-8")
    try:
        proc = subprocess.run(
            [sys.executable, str(path)],
            timeout=TIMEOUT,
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
    finally:
        closed.close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "connect() failed:" in proc.stdout


class Script:
    """A generated script run with Popen; its output lines arrive in a queue."""

    def __init__(self, path, cwd) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(path)],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue = queue.Queue()
        self.output: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.output.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def listening_port(self) -> int:
        """Wait (bounded) for the script's 'listening on (host, port)' line."""
        prefix = f"listening on ('{HOST}', "
        for _ in range(1000):
            line = self.lines.get(timeout=TIMEOUT)
            assert line is not None, "".join(self.output)
            if line.startswith(prefix):
                return int(line[len(prefix) :].split(")")[0])
        raise AssertionError("".join(self.output))

    def finish(self) -> int:
        try:
            rc = self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=TIMEOUT)
            self.reader.join(TIMEOUT)
            self.proc.stdout.close()
        return rc


def connect_local(port: int) -> socket.socket:
    s = socket.create_connection((HOST, port), timeout=TIMEOUT)
    s.settimeout(TIMEOUT)
    return s


def test_accepted_script_puts_the_same_bytes_on_the_wire(tmp_path):
    request = b"GET / \x00\xff\r\n"
    replies = [ODD + ALL_BYTES, b"bye"]
    listener = listener_log(rcvbuf=65536)
    listener.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    rec = Rec("accepted", seq=listener.seq)
    rec.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    rec.recv(request[:4], request[4:])
    rec.send(replies[0])
    rec.eof()
    rec.send(replies[1])
    rec.add(Shutdown, how=socket.SHUT_RD, wake=True)
    rec.eof(own=True)
    rec.add(Close)
    code = generate(
        "accepted", rec.events(), host=HOST, port=0, listener_events=listener.log.events
    )
    assert "srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)" in code
    path = tmp_path / "accepted.py"
    path.write_text(code, encoding="utf-8")
    script = Script(path, tmp_path)
    result: dict = {}
    try:
        port = script.listening_port()
        with connect_local(port) as s:
            s.sendall(request)
            s.shutdown(socket.SHUT_WR)
            read_to_eof(s, result)
    finally:
        rc = script.finish()
    assert rc == 0, "".join(script.output)
    assert result["got"] == b"".join(replies)
    assert result.get("eof") is True


def test_listener_script_accepts_as_many_connections(tmp_path):
    rec = listener_log()
    rec.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    rec.add(Accept, peer=(HOST, 40001), local=(HOST, 5000))
    rec.add(Close)
    code = generate("listener", rec.events(), host=HOST, port=0)
    path = tmp_path / "listener.py"
    path.write_text(code, encoding="utf-8")
    script = Script(path, tmp_path)
    results: list[dict] = [{}, {}]
    try:
        port = script.listening_port()
        clients = [connect_local(port) for _ in range(2)]
        for s, r in zip(clients, results, strict=True):
            with s:
                read_to_eof(s, r)  # the script closes them at the end
    finally:
        rc = script.finish()
    assert rc == 0, "".join(script.output)
    assert all(r.get("eof") and r["got"] == b"" for r in results)
    assert "".join(script.output).count("accepted") == 2
