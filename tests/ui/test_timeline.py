"""The timeline: typed events grouped into lines, and the words made from them."""

from __future__ import annotations

import re
import socket

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from socket_playground.core.events import (
    Accept,
    Close,
    Connect,
    ConnectStarted,
    Direction,
    JobProgress,
    Recv,
    Send,
    SetOption,
    Shutdown,
    Unsent,
    WriterBlocked,
    run_of,
)
from socket_playground.ui.timeline import TIMELINE_MAX, Run, TimelineView, blocked_ns, group

MS = 1_000_000
S = 1_000_000_000
CJK = re.compile(r"[\u4e00-\u9fff]")


def recv_run(seq: int, n: int, size: int = 4000, bufsize: int = 4096, t: int = 0, waited: int = 0):
    seqs = list(range(seq, seq + n))
    starts = [t + i * 1000 for i in range(n)]
    ends = [s + 500 for s in starts]
    return run_of(bufsize, seqs, starts, ends, [b"x" * size] * n, waited)


@pytest.fixture
def view(qtbot):
    v = TimelineView(0)
    qtbot.addWidget(v)
    return v


def test_runs_group_across_events_of_one_call_and_size():
    lines: list = []
    group([recv_run(1, 5), recv_run(6, 7)], lines)  # two runs, one line
    group(
        [
            Send(20, 0, 10, offered=3, sent=3, data=b"abc"),
            Send(21, 0, 10, offered=3, sent=3, data=b"abc"),
        ],
        lines,
    )
    group([recv_run(30, 2, bufsize=16, size=16)], lines)  # another size: a new line
    assert [(type(x), x.direction, x.asked, x.calls, x.nbytes) for x in lines] == [
        (Run, Direction.IN, 4096, 12, 48_000),
        (Run, Direction.OUT, 3, 2, 6),
        (Run, Direction.IN, 16, 2, 32),
    ]


def test_events_between_calls_break_a_run_and_progress_is_left_out():
    lines: list = []
    eof = Recv(9, 0, 0, bufsize=4096)
    group(
        [
            recv_run(1, 2),
            WriterBlocked(3, 0, 0),
            JobProgress(4, 0, 0, job="file", sent=10, total=100),
            recv_run(5, 2),
            eof,
            JobProgress(10, 0, 0, job="file", sent=100, total=100, done=True),
        ],
        lines,
    )
    kinds = [type(x).__name__ for x in lines]
    assert kinds == ["Run", "WriterBlocked", "Run", "Recv", "JobProgress"]


def test_run_words(view):
    lines: list = []
    group([recv_run(1, 12)], lines)
    group([Send(20, 0, 10, offered=5, sent=5, data=b"hello")], lines)
    view.append(lines)
    texts = view.lines()
    assert texts[0].endswith("recv(4096) ×12 → 48,000 bytes in all")
    assert texts[1].endswith("send(5) → 5")
    assert texts[0].startswith("+0.000000  ")


def test_a_call_that_blocked_says_how_long(view):
    accept = Accept(1, 0, 12 * S, peer=("127.0.0.1", 5555), local=("127.0.0.1", 8000))
    send = Send(2, 20 * S, 20 * S + 800 * MS, offered=5, sent=5, data=b"hello", waited_ns=1 * S)
    quick = Send(3, 21 * S, 21 * S + 200_000, offered=5, sent=5, data=b"hello")
    recv = recv_run(4, 1, t=22 * S, waited=3 * MS)
    for ev in (accept, send, quick, recv):
        view.append(group_one(ev))
    texts = view.lines()
    assert "accept() → a new socket connected to 127.0.0.1:5555" in texts[0]
    assert texts[0].endswith("(waited 12 s)")
    assert texts[1].endswith("(waited 1.8 s)")  # the wait for room + the call
    assert "waited" not in texts[2]  # 0.2 ms: not notable
    assert texts[3].endswith("(waited 3.0 ms)")
    assert blocked_ns(recv) == 3 * MS + 500


def group_one(ev):
    lines: list = []
    group([ev], lines)
    return lines


def test_event_words(view):
    events = [
        SetOption(1, 0, 0, name="SO_RCVBUF", value=4096, applied=8192),
        ConnectStarted(2, 0, 0, host="127.0.0.1", port=8000),
        Connect(
            3,
            0,
            10,
            host="127.0.0.1",
            port=8000,
            local=("127.0.0.1", 40000),
            peer=("127.0.0.1", 8000),
        ),
        Recv(4, 0, 0, bufsize=4096),
        Recv(5, 0, 0, bufsize=4096, errno="ECONNRESET", message="Connection reset by peer"),
        Shutdown(6, 0, 0, how=socket.SHUT_WR),
        Shutdown(7, 0, 0, how=socket.SHUT_RD, wake=True),
        Close(8, 0, 0, abort=True),
        Unsent(9, 0, 0, nbytes=1234),
        WriterBlocked(10, 0, 0, waiting=True),
    ]
    for ev in events:
        view.append(group_one(ev))
    texts = [t.split("  ", 1)[1] for t in view.lines()]
    assert texts[0] == "setsockopt(SOL_SOCKET, SO_RCVBUF, 4096) → getsockopt() reads 8,192"
    assert texts[1] == "connect(('127.0.0.1', 8000)) …"
    assert texts[2] == "connect(('127.0.0.1', 8000)) → connected, local address 127.0.0.1:40000"
    assert texts[3] == "recv(4096) → b''  (the peer closed its sending side)"
    assert texts[4].startswith("recv(4096) ✗ ECONNRESET — Connection reset by peer")
    assert texts[5] == "shutdown(SHUT_WR)"
    assert texts[6].startswith("shutdown(SHUT_RD)  (the program's own")
    assert "RST" in texts[7] and texts[7].startswith("close()")
    assert "1,234 queued bytes were never sent" in texts[8]
    assert "send() would block" in texts[9]


def test_the_list_keeps_the_newest_lines(view):
    lines = [Unsent(i, i, i, nbytes=i) for i in range(1, TIMELINE_MAX + 11)]
    view.append(lines[:100])
    view.append(lines[100:])
    assert view.count() == TIMELINE_MAX
    assert "5,010 queued" in view.item(view.count() - 1).text()
    assert "11 queued" in view.item(0).text()


def test_words_are_translated(qtbot, qapp):
    from socket_playground.main import install_translator

    before = QLocale()
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None, "run packaging/build_resources.py"
    try:
        v = TimelineView(0)
        qtbot.addWidget(v)
        v.append(group_one(recv_run(1, 3)))
        v.append(group_one(Accept(9, 0, 2 * S, peer=("127.0.0.1", 1))))
        for text in v.lines():
            assert CJK.search(text), text
    finally:
        QApplication.removeTranslator(translator)
        QLocale.setDefault(before)
