"""Show the code: generated scripts compile, and run against a real peer they
put the same bytes on the wire as the recorded session (no Qt)."""

from __future__ import annotations

import queue
import re
import socket
import subprocess
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core.codegen import (
    LITERAL_MAX,
    NOT_RETAINED,
    ROLES,
    bytes_literal,
    generate,
    suggested_filename,
)
from socket_playground.core.events import Event, Kind

HOST = "127.0.0.1"
TIMEOUT = 20.0
ODD = b"\x00\xff'\"\\"
ALL_BYTES = bytes(range(256))


class Clock:
    """Event times 1 ms apart."""

    def __init__(self) -> None:
        self.t = 5_000_000_000

    def __call__(self) -> int:
        self.t += 1_000_000
        return self.t


def send_ev(clock, data: bytes, asked: int | None = None) -> Event:
    return Event(Kind.SEND, clock(), "send", len(data), data, asked=asked or len(data))


def recv_ev(clock, *datas: bytes, asked: int = 4096) -> Event:
    times = [clock() for _ in datas]
    return Event(Kind.RECV, times[-1], "recv", sum(map(len, datas)), b"",
                 obj=(times, list(datas)), asked=asked)


def client_events(clock, port: int, sends: list[bytes], reply: bytes) -> list[Event]:
    conn = f"connect(('127.0.0.1', {port}))"
    evs = [Event(Kind.SOCKET, clock(), "socket(AF_INET, SOCK_STREAM)"),
           Event(Kind.SETOPT, clock(), "setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)", size=1),
           Event(Kind.CONNECTING, clock(), conn),
           Event(Kind.CONNECT, clock(), conn, detail=f"127.0.0.1:40000 → 127.0.0.1:{port}")]
    evs += [send_ev(clock, d) for d in sends]
    evs += [recv_ev(clock, reply[:3], reply[3:]),
            Event(Kind.SHUTDOWN, clock(), "shutdown(SHUT_WR)", size=socket.SHUT_WR),
            Event(Kind.EOF, clock(), "recv(4096)", asked=4096),
            Event(Kind.SHUTDOWN, clock(), "shutdown(SHUT_RD)", size=socket.SHUT_RD, obj="wake"),
            Event(Kind.CLOSE, clock(), "close()")]
    return evs


def listen_local() -> socket.socket:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind((HOST, 0))
    srv.listen(1)
    srv.settimeout(TIMEOUT)
    return srv


def read_to_eof(conn: socket.socket, result: dict) -> None:
    got = bytearray()
    for _ in range(100_000):   # bounded; each recv() also has the socket's timeout
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


def write_script(tmp_path, code: str, name: str = "gen.py"):
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    return path


# -- compiles -------------------------------------------------------------------
def odd_events(clock) -> list[Event]:
    return [
        Event(Kind.SOCKET, clock(), "socket(AF_INET, SOCK_STREAM)"),
        Event(Kind.SETOPT, clock(), "setsockopt(SOL_SOCKET, SO_RCVBUF, 8192)", size=16384),
        Event(Kind.SETOPT, clock(), "setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)"),
        Event(Kind.BIND, clock(), "bind(('127.0.0.1', 0))", detail="127.0.0.1:5000",
              obj=("127.0.0.1", 5000)),
        Event(Kind.LISTEN, clock(), "listen(5)"),
        Event(Kind.ACCEPT, clock(), "accept()", detail="127.0.0.1:40000\n'\"\\"),
        Event(Kind.CONNECTING, clock(), "connect(('127.0.0.1', 5000))"),
        Event(Kind.CONNECT, clock(), "connect(('127.0.0.1', 5000))"),
        send_ev(clock, ALL_BYTES),
        send_ev(clock, ALL_BYTES[:LITERAL_MAX]),
        send_ev(clock, ODD),
        send_ev(clock, "héllo ☃\n".encode()),
        send_ev(clock, b"\xc3\x28\xa0\xa1 not utf-8 \xfe\xff"),
        send_ev(clock, b"'" * 100 + b'"' * 100),
        send_ev(clock, b"x" * 9, asked=100),
        Event(Kind.SEND, clock(), "send", 50, b"", detail=NOT_RETAINED, asked=50),
        recv_ev(clock, ALL_BYTES, ODD),
        recv_ev(clock, b"abc", asked=3),
        Event(Kind.RECV, clock(), "recv", 70, b"", detail=NOT_RETAINED,
              obj=([1], [b""]), asked=4096),
        Event(Kind.NOTE, clock(), obj=("unsent", 5)),
        Event(Kind.SHUTDOWN, clock(), "shutdown(SHUT_RD)", size=0),
        Event(Kind.EOF, clock(), "recv(4096)", obj="shut_rd", asked=4096),
        Event(Kind.EOF, clock(), "recv(4096)", asked=4096),
        Event(Kind.ERROR, clock(), "send(10)", errno="EPIPE", detail="[Errno 32]\nBroken pipe"),
        Event(Kind.SETOPT, clock(), "setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', 1, 0))"),
        Event(Kind.SETOPT, clock(), "setsockopt(SOL_SOCKET, SO_WEIRD, 'x')"),
        Event(Kind.CLOSE, clock(), "close()"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_compiles_with_odd_bytes(role):
    code = generate(role, odd_events(Clock()), host="127.0.0.1", port=5000,
                    listener_events=odd_events(Clock()))
    compile(code, "<gen>", "exec")
    assert "from PySide6" not in code and "import PySide6" not in code
    assert "import struct" in code
    assert "struct.pack('ii', 1, 0)" in code
    assert "NOT the original" in code
    assert "\x00" not in code   # a source file cannot hold NUL


@pytest.mark.parametrize("role", ROLES)
def test_every_role_compiles_with_no_events(role):
    code = generate(role, [], host="::1", port=0)
    compile(code, "<gen>", "exec")
    assert "close()" in code


def test_unknown_role_is_rejected():
    with pytest.raises(ValueError):
        generate("server", [], host=HOST, port=1)
    with pytest.raises(ValueError):
        suggested_filename("server", 1)


def test_suggested_filename():
    assert suggested_filename("client", 3) == "client_3.py"
    assert suggested_filename("accepted", 12) == "accepted_12.py"
    assert suggested_filename("listener", 1) == "listener_1.py"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3 * LITERAL_MAX))
def test_bytes_literal_evaluates_to_the_same_bytes(data):
    lines = bytes_literal(data, indent="    ")
    src = "\n".join(lines)
    assert eval(compile(src, "<lit>", "eval")) == data
    assert all(len(line) <= 80 for line in lines)
    if len(data) > LITERAL_MAX:
        assert lines[0] == "bytes.fromhex("


def test_short_data_is_pythons_own_repr():
    assert bytes_literal(ODD) == [repr(ODD)]


def test_a_failed_call_is_made_in_try_except():
    c = Clock()
    call = "connect(('127.0.0.1', 9))"
    evs = [Event(Kind.SOCKET, c(), "socket(AF_INET, SOCK_STREAM)"),
           Event(Kind.CONNECTING, c(), call),
           Event(Kind.ERROR, c(), call, errno="ECONNREFUSED",
                 detail="[Errno 111] Connection refused"),
           Event(Kind.CLOSE, c(), "close()")]
    code = generate("client", evs, host=HOST, port=9)
    compile(code, "<gen>", "exec")
    assert re.search(r"try:\n    s\.connect\(\(HOST, PORT\)\)", code)
    assert "except OSError as e:" in code
    assert "ECONNREFUSED" in code


def test_wake_shutdown_is_not_in_the_script():
    code = generate("client", client_events(Clock(), 5000, [b"a"], b"hello"),
                    host=HOST, port=5000)
    assert "SHUT_RD" not in code
    assert "s.shutdown(socket.SHUT_WR)" in code
    assert "import struct" not in code


# -- runs: the same bytes on the wire ----------------------------------------------
def test_client_script_puts_the_same_bytes_on_the_wire(tmp_path):
    sends = [b"hello, ", ALL_BYTES * 3, ODD]   # the long one is a bytes.fromhex()
    reply = b"world"
    srv = listen_local()
    port = srv.getsockname()[1]
    result: dict = {}
    peer = threading.Thread(target=serve_once, args=(srv, reply, result), daemon=True)
    peer.start()
    try:
        code = generate("client", client_events(Clock(), port, sends, reply),
                        host=HOST, port=port)
        assert "bytes.fromhex(" in code
        path = write_script(tmp_path, code)
        proc = subprocess.run([sys.executable, str(path)], timeout=TIMEOUT,
                              capture_output=True, text=True, cwd=tmp_path)
        peer.join(TIMEOUT)
    finally:
        srv.close()
    assert not peer.is_alive()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in result, result
    assert result["got"] == b"".join(sends)
    assert result.get("eof") is True
    assert "recv(" in proc.stdout and "send(" in proc.stdout


def test_client_script_abort_resets_the_connection(tmp_path):
    c = Clock()
    srv = listen_local()
    port = srv.getsockname()[1]
    result: dict = {}
    peer = threading.Thread(target=serve_once, args=(srv, b"", result), daemon=True)
    peer.start()
    conn = f"connect(('127.0.0.1', {port}))"
    evs = [Event(Kind.SOCKET, c(), "socket(AF_INET, SOCK_STREAM)"),
           Event(Kind.CONNECTING, c(), conn),
           Event(Kind.CONNECT, c(), conn),
           send_ev(c, ODD),
           Event(Kind.SETOPT, c(),
                 "setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', 1, 0))"),
           Event(Kind.SHUTDOWN, c(), "shutdown(SHUT_RD)", size=socket.SHUT_RD, obj="wake"),
           Event(Kind.CLOSE, c(), "close()")]
    try:
        path = write_script(tmp_path, generate("client", evs, host=HOST, port=port))
        proc = subprocess.run([sys.executable, str(path)], timeout=TIMEOUT,
                              capture_output=True, text=True, cwd=tmp_path)
        peer.join(TIMEOUT)
    finally:
        srv.close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in result, result
    assert result["got"] == ODD
    assert result.get("reset") is True   # RST, not FIN


class Script:
    """A generated script run with Popen; its output lines arrive in a queue."""

    def __init__(self, path, cwd) -> None:
        self.proc = subprocess.Popen([sys.executable, str(path)], cwd=cwd,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True)
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
        for _ in range(1000):
            line = self.lines.get(timeout=TIMEOUT)
            assert line is not None, "".join(self.output)
            m = re.match(r"listening on \('127\.0\.0\.1', (\d+)\)", line)
            if m:
                return int(m.group(1))
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
    c = Clock()
    request = b"GET / \x00\xff\r\n"
    replies = [ODD + ALL_BYTES, b"bye"]
    evs = [Event(Kind.ACCEPT, c(), "accept()", detail="127.0.0.1:40000"),
           recv_ev(c, request[:4], request[4:]),
           send_ev(c, replies[0]),
           Event(Kind.EOF, c(), "recv(4096)", asked=4096),
           send_ev(c, replies[1]),
           Event(Kind.SHUTDOWN, c(), "shutdown(SHUT_RD)", size=socket.SHUT_RD, obj="wake"),
           Event(Kind.CLOSE, c(), "close()")]
    listener = [Event(Kind.SOCKET, c(), "socket(AF_INET, SOCK_STREAM)"),
                Event(Kind.SETOPT, c(), "setsockopt(SOL_SOCKET, SO_RCVBUF, 65536)",
                      size=131072),
                Event(Kind.SETOPT, c(), "setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)"),
                Event(Kind.BIND, c(), "bind(('127.0.0.1', 0))"),
                Event(Kind.LISTEN, c(), "listen(5)")]
    code = generate("accepted", evs, host=HOST, port=0, listener_events=listener)
    assert code.count("socket.SO_REUSEADDR, 1)") == 1
    assert "srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)" in code
    script = Script(write_script(tmp_path, code), tmp_path)
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
    c = Clock()
    evs = [Event(Kind.SOCKET, c(), "socket(AF_INET, SOCK_STREAM)"),
           Event(Kind.SETOPT, c(), "setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)"),
           Event(Kind.BIND, c(), "bind(('127.0.0.1', 0))", detail="127.0.0.1:5000"),
           Event(Kind.LISTEN, c(), "listen(5)"),
           Event(Kind.ACCEPT, c(), "accept()", detail="127.0.0.1:40000"),
           Event(Kind.ACCEPT, c(), "accept()", detail="127.0.0.1:40001"),
           Event(Kind.CLOSE, c(), "close()")]
    code = generate("listener", evs, host=HOST, port=0)
    assert "for _ in range(2):" in code
    script = Script(write_script(tmp_path, code), tmp_path)
    results: list[dict] = [{}, {}]
    try:
        port = script.listening_port()
        clients = [connect_local(port) for _ in range(2)]
        for s, r in zip(clients, results):
            with s:
                read_to_eof(s, r)   # the script closes them at the end
    finally:
        rc = script.finish()
    assert rc == 0, "".join(script.output)
    assert all(r.get("eof") and r["got"] == b"" for r in results)
    assert "".join(script.output).count("accepted") == 2
