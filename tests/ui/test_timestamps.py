"""View → Timestamps: every pane's timeline and chunk table read their times
since the session, since the socket was created, or by the wall clock; the
choice applies at once, is remembered after a restart, and a session file
of an older version (no clock pair) says it has no wall clock."""

from __future__ import annotations

import datetime
import re
import sqlite3

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from socket_playground.core.clock import NO_WALL
from socket_playground.ui.chunk_model import ChunkTableModel

WALL = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3})  ")
SIGNED = re.compile(r"^([+-]\d+\.\d{6})  ")
COL = ChunkTableModel.COL_TIME


def choose(window, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None and action.isCheckable(), name
    action.trigger()
    assert action.isChecked()


def first_row(pane) -> str:
    lines = pane.timeline.lines()
    return lines[0] if lines else ""


def table_time(pane, row: int = 0) -> str:
    return str(pane.model.data(pane.model.index(row, COL)))


def header(pane) -> str:
    return str(pane.model.headerData(COL, Qt.Orientation.Horizontal))


def near_now(text: str) -> bool:
    """``hh:mm:ss.mmm`` within a few seconds of datetime.now() (local time)."""
    shown = datetime.time.fromisoformat(text)
    now = datetime.datetime.now()
    seconds = (now - datetime.datetime.combine(now.date(), shown)).total_seconds()
    return min(abs(seconds), 86400 - abs(seconds)) < 5


def exchange(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(cli, "ping")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=5000)
    qtbot.waitUntil(lambda: srv.model.rowCount() == 1 and cli.model.rowCount() == 1, timeout=5000)
    for p in (cli, srv):
        assert p.timeline is not None  # the tab built: its rows from the pane's lines
    qtbot.waitUntil(lambda: len(srv.timeline.lines()) >= 2, timeout=5000)  # accept, recv
    return cli, srv


def test_the_choice_changes_every_timeline_and_table(qtbot, window, connect_pair, click_send):
    menu = window.findChild(QMenu, "timestampsMenu")
    assert menu is not None
    assert window.findChild(QAction, "timesSinceSessionAction").isChecked()  # the default
    cli, srv = exchange(qtbot, window, connect_pair, click_send)
    log = srv.session.log
    accept = log.events[0]
    since_session = f"{(accept.t_end - log.t0_ns) / 1e9:+.6f}"
    qtbot.waitUntil(lambda: first_row(srv).startswith(since_session + "  accept()"), timeout=5000)
    assert header(srv) == "Time (s)"
    session_cell = table_time(srv)
    assert abs(float(session_cell) - srv.session.store.t_us[0] / 1e6) < 2e-6

    choose(window, "timesSinceSocketAction")
    # the accepted socket was created when accept() returned it; the client's by socket()
    qtbot.waitUntil(lambda: first_row(srv).startswith("+0.000000  accept()"), timeout=5000)
    qtbot.waitUntil(lambda: first_row(cli).startswith("+0.000000  socket("), timeout=5000)
    assert header(srv) == header(cli) == "Since socket (s)"
    for p in (cli, srv):
        t = float(table_time(p))
        assert 0 <= t < 5  # the first recv()/send() soon after the socket was made
    assert table_time(srv) != session_cell
    created = log.events[0].t_end
    assert abs(float(table_time(srv)) - (log.store.t_end_ns[0] - created) / 1e9) < 2e-6

    choose(window, "timesWallClockAction")
    for p in (cli, srv):
        qtbot.waitUntil(lambda p=p: bool(WALL.match(first_row(p))), timeout=5000)
        assert all(WALL.match(line) for line in p.timeline.lines())
        assert near_now(WALL.match(first_row(p)).group(1))
        cell = table_time(p)
        assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3}", cell) and near_now(cell)
        assert header(p) == "Wall clock"
    assert QSettings().value("view/timestamps") == "wall"

    choose(window, "timesSinceSessionAction")
    qtbot.waitUntil(lambda: first_row(srv).startswith(since_session), timeout=5000)
    assert table_time(srv) == session_cell and header(srv) == "Time (s)"


def test_new_rows_follow_the_choice(qtbot, window, connect_pair, click_send):
    choose(window, "timesSinceSocketAction")
    cli, srv = exchange(qtbot, window, connect_pair, click_send)
    click_send(srv, "pong")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 4, timeout=5000)
    qtbot.waitUntil(lambda: any("recv(" in line for line in cli.timeline.lines()), timeout=5000)
    times = [float(SIGNED.match(line).group(1)) for line in cli.timeline.lines()]
    assert times[0] == 0.0 and times == sorted(times) and times[-1] < 5
    assert 0 <= float(table_time(cli, 1)) < 5


def test_the_choice_is_remembered_after_a_restart(qtbot, window, connect_pair, click_send):
    from socket_playground.ui.main_window import MainWindow

    choose(window, "timesWallClockAction")
    window.close()
    QSettings().sync()
    again = MainWindow()  # as at the next start: the settings say how times read
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.findChild(QAction, "timesWallClockAction").isChecked()
        assert not again.findChild(QAction, "timesSinceSessionAction").isChecked()
        _cli, srv = exchange(qtbot, again, connect_pair, click_send)
        qtbot.waitUntil(lambda: bool(WALL.match(first_row(srv))), timeout=5000)
        assert near_now(table_time(srv)) and header(srv) == "Wall clock"
    finally:
        again.close()


def test_a_file_without_the_clock_pair_has_no_wall_clock(
    qtbot, window, connect_pair, click_send, tmp_path, panes
):
    _cli, srv = exchange(qtbot, window, connect_pair, click_send)
    path = tmp_path / "old.sps"
    assert window.session_menu.save(str(path))
    conn = sqlite3.connect(path)  # as an older version wrote it
    assert conn.execute("SELECT count(*) FROM meta WHERE name LIKE 'clock_%'").fetchone()[0] == 2
    conn.execute("DELETE FROM meta WHERE name LIKE 'clock_%'")
    conn.commit()
    conn.close()
    good = tmp_path / "new.sps"
    assert window.session_menu.save(str(good))
    choose(window, "timesWallClockAction")
    old = window.session_menu.open(str(path))
    qtbot.addWidget(old)
    assert "older version" in old.statusBar().currentMessage()
    saved = {p.session.role: p for p in panes(old)}["accepted"]
    qtbot.waitUntil(lambda: first_row(saved).startswith(NO_WALL + "  accept()"), timeout=5000)
    assert table_time(saved) == NO_WALL and header(saved) == "No wall clock"
    new = window.session_menu.open(str(good))  # the pair kept: its wall clock as it was live
    qtbot.addWidget(new)
    same = {p.session.role: p for p in panes(new)}["accepted"]
    qtbot.waitUntil(lambda: bool(WALL.match(first_row(same))), timeout=5000)
    qtbot.waitUntil(lambda: bool(WALL.match(first_row(srv))), timeout=5000)
    assert first_row(same) == first_row(srv) and table_time(same) == table_time(srv)
    old.findChild(QAction, "timesSinceSessionAction").trigger()  # other windows follow
    assert window.findChild(QAction, "timesSinceSessionAction").isChecked()
    qtbot.waitUntil(lambda: bool(SIGNED.match(first_row(saved))), timeout=5000)
    for w in (old, new):
        w.close()


def test_a_lookup_before_the_socket_reads_before_it(qtbot):
    """ "Since the socket": a row recorded before socket() (getaddrinfo) is
    rewritten once the socket exists, and reads as before it."""
    from socket_playground.core import events as ev
    from socket_playground.core.record import SocketLog
    from socket_playground.ui import times
    from socket_playground.ui.timeline import TimelineView

    t0 = 7_000_000_000
    times.choose("socket")
    log = SocketLog("client", t0_ns=t0)
    view = TimelineView(log)
    qtbot.addWidget(view)
    resolve = ev.Resolve(1, t0 + 1000, t0 + 2000, host="localhost", port=80, address="127.0.0.1")
    log.add([resolve])
    view.append([resolve])
    assert view.lines()[0].startswith("+0.000000  getaddrinfo(")  # its first event stands in
    made = ev.SocketCall(2, t0 + 500_001_000, t0 + 500_002_000)
    log.add([made])
    view.append([made])
    assert view.lines()[0].startswith("-0.500000  getaddrinfo(")
    assert view.lines()[1].startswith("+0.000000  socket(")


def test_a_million_rows_switch_without_reading_them(qtbot):
    """The table's switch is one dataChanged for the column: a repaint reads
    the rows in view, never every row (STYLE §8)."""
    from socket_playground.core.record import SocketLog
    from socket_playground.ui import times
    from socket_playground.ui.chunk_model import ChunkTable

    n, t0 = 1_000_000, 9_000_000_000
    log = SocketLog("accepted", t0_ns=t0)
    ends = list(range(t0 + 1000, t0 + 1000 + 1000 * n, 1000))
    log.store.add_calls(0, 4096, list(range(1, n + 1)), ends, ends, [b"x"] * n, t0)
    model = ChunkTableModel(log.store, None, log)
    model.sync()
    table = ChunkTable(model)
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    table.scrollToBottom()
    read: list[int] = []
    real = model.times.table_text
    model.times.table_text = lambda t_us: (read.append(t_us), real(t_us))[1]
    times.choose("wall")
    qtbot.waitUntil(lambda: len(read) > 0, timeout=5000)  # the rows in view, repainted
    assert len(read) < 2000
    assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3}", str(model.data(model.index(n - 1, COL))))
    assert header_of(model) == "Wall clock"


def header_of(model) -> str:
    return str(model.headerData(COL, Qt.Orientation.Horizontal))
