"""Show the code as a teacher would write it, run: sendall() of a message sent
in partial send() calls, a receive loop until the peer's end, a loop over a
file, the echo loop, in English and Chinese, each run in a subprocess against
a real peer on 127.0.0.1 (port 0; every wait bounded)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from socket_playground.core.codegen import generate
from socket_playground.core.events import Close, Shutdown

from .test_codegen import HOST, Rec, connected_client
from .test_codegen_board import DEMO_LINES, file_job, partial
from .test_codegen_run import TIMEOUT, Script, connect_local, listen_local, read_to_eof, run_client

BIG = bytes(range(256)) * 1200  # 307200 bytes: a pattern, no literal


@pytest.mark.parametrize("style", ["board", "calls"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_message_sent_in_partial_sends_arrives_whole(tmp_path, style, lang):
    def events(port):
        rec = connected_client(port)
        partial(rec, BIG, [65536, 32768, 100000, len(BIG) - 198304])
        rec.send(b"end\n")
        rec.add(Close)
        return rec.events()

    proc, result, code = run_client(tmp_path, events, style=style, lang=lang)
    assert result["got"] == BIG + b"end\n" and result.get("eof") is True
    if style == "board":
        assert "s.sendall(bytes(range(256)) * 1200)" in code
    else:  # the program's non-blocking calls, each printed
        assert "socket.MSG_DONTWAIT" in code
        assert f"send({len(BIG)}) -> " in proc.stdout  # offered all; took what fitted


def serve_request(srv: socket.socket, size: int, reply: bytes, result: dict) -> None:
    """The peer: read a request of ``size`` bytes, send ``reply``, close."""
    try:
        conn, _ = srv.accept()
        with conn:
            conn.settimeout(TIMEOUT)
            got = bytearray()
            for _ in range(10_000):  # bounded; each recv() has the timeout
                if len(got) >= size:
                    break
                chunk = conn.recv(65536)
                if not chunk:
                    break
                got += chunk
            result["got"] = bytes(got)
            conn.sendall(reply)
    except Exception as e:  # reported by the test
        result["error"] = repr(e)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_demo_client_receives_until_the_peers_end(tmp_path, lang):
    request = b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
    reply = b"HTTP/1.0 200 OK\r\n\r\n" + DEMO_LINES
    srv = listen_local()
    port = srv.getsockname()[1]
    rec = connected_client(port)
    rec.send(request)
    rec.recv(*(reply[k : k + 4096] for k in range(0, len(reply), 4096)))
    rec.eof()
    rec.add(Shutdown, how=socket.SHUT_RD, wake=True)
    rec.add(Close)
    code = generate("client", rec.events(), host=HOST, port=port, lang=lang)
    assert "while True:" in code and code.count(".recv(") == 1
    path = tmp_path / "demo_client.py"
    path.write_text(code, encoding="utf-8")
    result: dict = {}
    peer = threading.Thread(target=serve_request, args=(srv, len(request), reply, result))
    peer.start()
    try:
        proc = subprocess.run(
            [sys.executable, str(path)], timeout=TIMEOUT, capture_output=True, text=True
        )
        peer.join(TIMEOUT)
    finally:
        srv.close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert result.get("got") == request
    assert f"received {len(reply)} bytes" in proc.stdout


@pytest.mark.parametrize("stopped", [False, True], ids=["whole", "stopped-early"])
def test_a_file_job_script_sends_the_file(tmp_path, stopped):
    data = bytes(range(251)) * 1000 + b"tail"  # 251004 bytes
    path = tmp_path / "payload.bin"
    path.write_bytes(data)
    sent = 131072 if stopped else len(data)

    def events(port):
        rec = connected_client(port)
        rec.send(b"FILE\n")
        file_job(rec, str(path), data, sent=sent)
        rec.add(Close)
        return rec.events()

    _, result, code = run_client(tmp_path, events)
    assert f"with open({str(path)!r}, 'rb') as f:" in code
    assert result["got"] == b"FILE\n" + data[:sent]


def test_the_echo_loop_sends_back_what_it_receives(tmp_path):
    rec = Rec("accepted")
    for chunk in (b"hello\n", b"echo me\n"):
        rec.recv(chunk)
        rec.send(chunk)
    rec.eof()
    rec.add(Close)
    path = tmp_path / "echo.py"
    path.write_text(generate("accepted", rec.events(), host=HOST, port=0), encoding="utf-8")
    script = Script(path, tmp_path)
    message = b"any bytes at all \x00\xff" * 1000
    result: dict = {}
    try:
        with connect_local(script.listening_port()) as s:
            s.sendall(message)
            s.shutdown(socket.SHUT_WR)
            read_to_eof(s, result)
    finally:
        rc = script.finish()
    assert rc == 0, "".join(script.output)
    assert result["got"] == message and result.get("eof") is True


def test_pieces_with_a_pause_arrive_as_the_same_text(tmp_path):
    text = b"The quick brown fox jumps over the lazy dog\n"

    def events(port):
        rec = connected_client(port)
        for i in range(0, len(text), 5):
            rec.t += 20_000_000
            rec.send(text[i : i + 5])
        rec.add(Close)
        return rec.events()

    _, result, code = run_client(tmp_path, events)
    assert "time.sleep(0.02)" in code
    assert result["got"] == text
