"""The kernel's TCP state of a connection, followed through a close."""

from __future__ import annotations

import socket
import sys

import pytest

from socket_playground.core.events import State
from socket_playground.net.tcpinfo import TcpInfo, table_state, tcp_info

from .conftest import wait_state

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="TCP_INFO and /proc/net/tcp are Linux's"
)


def state(s) -> str | None:
    info = s.tcp_state()
    return info.state if info is not None else None


def test_tcp_info_of_a_plain_pair():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    c = socket.create_connection(ls.getsockname())
    s, _ = ls.accept()
    try:
        c.sendall(b"x" * 1000)
        assert s.recv(2000)
        info = tcp_info(c)
        assert isinstance(info, TcpInfo) and info.state == "ESTABLISHED"
        assert info.segs_out >= 2 and info.cwnd > 0  # the SYN and the data at least
        assert tcp_info(ls).state == "LISTEN"
        row = table_state(c.getsockname(), c.getpeername())
        assert row is not None and row.state == "ESTABLISHED" and row.from_table
    finally:
        for x in (c, s, ls):
            x.close()


def test_established_fin_wait2_close_wait_then_time_wait(qtbot, own_pair):
    _lst, cli, srv = own_pair()
    qtbot.waitUntil(lambda: state(cli) == "ESTABLISHED" == state(srv), timeout=5000)
    cli.shutdown(socket.SHUT_WR)  # FIN from the client: it closes first
    wait_state(qtbot, srv, State.PEER_CLOSED)
    qtbot.waitUntil(lambda: state(cli) == "FIN_WAIT2", timeout=5000)
    assert state(srv) == "CLOSE_WAIT"  # its FIN is not sent until it closes
    srv.stop()  # the server closes too: its FIN
    qtbot.waitUntil(lambda: state(cli) == "TIME_WAIT", timeout=5000)  # the one that closed first
    assert cli.tcp_state().from_table  # (the kernel's table: no socket of ours has it now)
    # the server's side is gone (or about to be: LAST_ACK until the client's ACK)
    qtbot.waitUntil(lambda: state(srv) in (None, "CLOSE"), timeout=5000)
