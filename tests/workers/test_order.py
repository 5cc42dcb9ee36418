"""True order: every event carries a sequence number taken when its call
starts, so a send() is always before the recv() of the reply it caused, even
though the writer and the reader are different threads and the reader hands
its results over in runs."""

import subprocess
import sys

import pytest

from socket_playground.core import events as ev
from socket_playground.core.codegen import generate
from socket_playground.core.events import Direction, State

from .conftest import wait_state

EXCHANGES = 100

# An external HTTP/1.1 server (stdlib http.server, keep-alive): it answers
# each request at once, which is what made replies overtake their requests.
SERVER = r"""
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = b"pong " + self.path.encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
print(srv.server_address[1], flush=True)
srv.serve_forever()
"""


@pytest.fixture
def http_server():
    proc = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline())
        yield port
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()


def directions_collapsed(store) -> list[int]:
    out: list[int] = []
    for i in range(len(store)):
        d = store.direction[i]
        if not out or out[-1] != d:
            out.append(d)
    return out


def test_request_before_reply_against_an_external_server(qtbot, sessions, http_server, tmp_path):
    cli = sessions("client", host="127.0.0.1", port=http_server)
    cli.start()
    wait_state(qtbot, cli, State.CONNECTED)
    for k in range(EXCHANGES):
        req = f"GET /{k} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        assert cli.send(req)
        body = f"pong /{k}\n".encode()  # the reply's last bytes: wait for all of it
        qtbot.waitUntil(lambda b=body: cli.store.retained(0, 1 << 30).endswith(b), timeout=5000)
    store = cli.store
    # the chunk table's rows: request, reply, request, reply, ... never a
    # reply's recv() before the send() that caused it
    assert directions_collapsed(store) == [Direction.OUT, Direction.IN] * EXCHANGES
    seqs = list(store.seq)
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    # the same order in the merged record (timeline and "show the code" read it)
    kinds = [type(e) for e in cli.log.ordered() if isinstance(e, ev.Send | ev.Recv)]
    collapsed = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] is not k]
    assert collapsed == [ev.Send, ev.Recv] * EXCHANGES
    # each reply's first recv() starts after its request's send() started
    sends = [i for i in range(len(store)) if store.direction[i] == Direction.OUT]
    for i in sends:
        assert store.t_start_ns[i] <= store.t_start_ns[i + 1]
    # "show the code": the script sends each request before it waits for the
    # reply, and runs against the real server without hanging
    script = generate("client", list(cli.log.ordered()), host="127.0.0.1", port=http_server)
    lines = [ln for ln in script.splitlines() if ln.startswith(("s.sendall(", "while len("))]
    assert [ln.split("(")[0] for ln in lines] == ["s.sendall", "while len"] * EXCHANGES
    cli.stop()
    path = tmp_path / "client.py"
    path.write_text(script)
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("HTTP/1.") >= EXCHANGES  # each reply received and printed


def test_both_ends_share_one_clock(qtbot, own_pair):
    """The two sockets of one loopback connection: the client's send() has a
    lower number than the server's recv() of those bytes, and the server's
    reply send() a lower one than the client's recv() of it."""
    _lst, cli, srv = own_pair()
    sent = 0
    for k in range(20):
        msg = b"ping %d\n" % k
        sent += len(msg)
        cli.send(msg)
        qtbot.waitUntil(lambda n=sent: srv.bytes_received == n, timeout=5000)
        srv.send(b"pong\n")
        qtbot.waitUntil(
            lambda k=k: cli.bytes_received == srv.bytes_sent == 5 * (k + 1), timeout=5000
        )
    mine = sorted(
        [
            (e.seq, "cli", type(e).__name__)
            for e in cli.log.ordered()
            if isinstance(e, ev.Send | ev.Recv)
        ]
        + [
            (e.seq, "srv", type(e).__name__)
            for e in srv.log.ordered()
            if isinstance(e, ev.Send | ev.Recv)
        ]
    )
    steps = [(who, kind) for _seq, who, kind in mine]
    collapsed = [s for i, s in enumerate(steps) if i == 0 or steps[i - 1] != s]
    assert collapsed == [("cli", "Send"), ("srv", "Recv"), ("srv", "Send"), ("cli", "Recv")] * 20
