"""A pane assembled from parts: header, lazy tabs, send box, timeline, chunk table."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QSpinBox, QTableView

from socket_playground.core.lessons import ACTIONS
from socket_playground.ui.chunk_model import ChunkTableModel
from socket_playground.ui.lesson_runner import LessonRunner

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "socket_playground" / "ui"
LAZY = ["timeline", "socket", "send", "messages", "ruler"]


def listener(window):
    return next(
        p for p in window.findChildren(QObject, "socketPane") if p.property("role") == "listener"
    )


def test_ui_modules_stay_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in UI.glob("*.py")}
    assert all(n <= 400 for n in sizes.values()), sizes


def test_only_the_bytes_tab_is_built_at_first(qtbot, window, connect_pair):
    cli, srv = connect_pair(window)
    for pane in (cli, srv):
        assert pane.tabs.unbuilt() == LAZY
        assert pane.tabs.built_part("bytes") is pane.bytes_tab
        assert pane.findChild(QObject, "bytesView", Qt.FindChildOption.FindChildrenRecursively)
    # showing a tab builds it; the timeline shows what happened before
    cli.tabs.setCurrentIndex(1)
    view = cli.tabs.built_part("timeline")
    assert view is not None and view.objectName() == "timeline"
    assert any("connect((" in line and "connected" in line for line in view.lines())
    assert cli.tabs.unbuilt() == LAZY[1:]
    # asking for a tab builds it without showing it
    assert cli.tab("ruler").objectName() == "streamRuler"
    assert cli.tabs.currentIndex() == 1


def test_timeline_follows_new_events_once_built(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    view = srv.show_tab("timeline")
    before = view.count()
    click_send(cli, "hello")
    qtbot.waitUntil(
        lambda: view.count() > before and "recv(4096) → 5" in view.item(view.count() - 1).text(),
        timeout=5000,
    )


def test_find_child_builds_the_tabs(qtbot, window, connect_pair):
    cli, _srv = connect_pair(window)
    spin = cli.findChild(QSpinBox, "recvSizeSpin")
    assert spin is not None
    assert cli.tabs.unbuilt() == []
    assert cli.findChild(QSpinBox, "noSuchSpin") is None


def test_every_readme_automation_name_is_found(qtbot, window, connect_pair, tmp_path):
    from socket_playground.ui.about import about_box
    from socket_playground.ui.bind_question import bind_question
    from socket_playground.ui.recovery_prompt import offer_recovery
    from socket_playground.ui.settings_dialog import SettingsDialog, reset_question
    from socket_playground.ui.unix_check import stale_question

    from .test_recovery_prompt import left_capture
    from .test_unix_forms import unix_client

    cli, srv = connect_pair(window)
    lst = listener(window)
    dialog = cli.show_code()
    left_capture(tmp_path / "captures")  # the question a killed run's capture brings
    box = offer_recovery(window, tmp_path / "captures", own=None)
    assert box is not None
    question = bind_question(window, "0.0.0.0")  # (modal when asked: made, not shown)
    stale = stale_question(window, str(tmp_path / "stale.sock"))  # (the same)
    unix = unix_client(qtbot, window, str(tmp_path / "parts.sock"))  # its Socket tab's names
    settings_dialog = SettingsDialog(window)  # (File → Settings, Help → About: the same)
    about, reset = about_box(window), reset_question(settings_dialog)
    window.server_family.setCurrentIndex(window.server_family.findData("auto"))
    window.server_host.setText("127.0.0.1")
    udp = window.start_udp(server=True)  # a UDP pane's names (udpPeerEdit, broadcastCheck)
    assert udp is not None
    udp_pane = window.panes[udp]
    relay = window.show_relay_dialog()  # File → New relay: the dialog's names
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Automation names", 1)[1].split("\n## ", 1)[0]
    names = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([a-z][A-Za-z]+)`", line.split("|")[1]))
    names.update(re.findall(r"`(lesson[A-Z][A-Za-z]+)`", section))
    assert {"stateBadge", "viewTabs", "recvSizeSpin", "sendBox", "paneHeader"} <= names
    missing = [
        n
        for n in sorted(names)
        if not any(x.findChild(QObject, n) for x in (window, cli, srv, lst, dialog, unix, udp_pane))
    ]
    assert missing == []
    dialog.close()
    relay.close()
    box.done(0)
    question.deleteLater()
    stale.deleteLater()
    for made in (reset, about, settings_dialog):
        made.deleteLater()
    # the pane properties the README lists
    for prop in (
        "role",
        "state",
        "localPort",
        "peerPort",
        "bytesReceived",
        "bytesSent",
        "recvCalls",
        "sendCalls",
        "lastError",
        "partialSends",
        "receiveRate",
        "messageCount",
        "waitingBytes",
    ):
        assert cli.property(prop) is not None, prop


def test_messages_properties_wait_for_the_tab_then_decode_the_store(
    qtbot, window, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    click_send(cli, r"one\ntwo\nthr")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 11, timeout=5000)
    assert srv.tabs.built_part("messages") is None
    assert srv.property("messageCount") == 0 and srv.property("waitingBytes") == 0
    srv.tab("messages").set_framing("delimiter", delimiter=r"\n")
    assert srv.property("messageCount") == 2
    assert srv.property("waitingBytes") == 3
    click_send(cli, r"ee\n")
    qtbot.waitUntil(lambda: srv.property("messageCount") == 3, timeout=5000)
    assert srv.property("waitingBytes") == 0


def test_gauges_poll_only_while_the_socket_tab_is_shown(qtbot, window, connect_pair):
    cli, _srv = connect_pair(window)
    controls = cli.tab("socket")
    assert not controls.timer.isActive()  # built, not shown
    cli.show_tab("socket")
    qtbot.waitUntil(controls.isVisible, timeout=2000)
    assert controls.timer.isActive()
    cli.show_tab("bytes")
    assert not controls.timer.isActive()
    tools = cli.tab("send")
    assert not [t for t in tools.findChildren(QTimer) if t.isActive()]


def test_job_progress_and_writer_state_follow_events(qtbot, window, connect_pair, tmp_path):
    cli, srv = connect_pair(window)
    path = tmp_path / "f.bin"
    path.write_bytes(bytes(200_000))
    tools = cli.tab("send")  # never shown: no timer drives it
    assert tools.send_file(str(path))
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 200_000, timeout=10000)
    qtbot.waitUntil(
        lambda: tools.progress.value() == tools.progress.maximum() == 1000, timeout=5000
    )
    assert "200,000 of 200,000" in tools.progress.format()
    assert cli.session.job is not None and cli.session.job.done
    assert cli.tab("socket").writer_label.text() == ""


def test_chunk_table_shows_how_long_each_call_blocked(
    qtbot, window, connect_pair, click_send, child
):
    cli, srv = connect_pair(window)
    click_send(cli, "hi")
    table = child(srv, QTableView, "chunkTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["#", "Call", "Bytes"] and "Waited" in headers
    col = ChunkTableModel.COL_WAITED
    assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    cell = model.data(model.index(0, col))
    assert re.fullmatch(r"\d+ µs|[\d,]+\.\d{3} ms", cell), cell
    assert "recv() blocked" in model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole)


def test_aborted_state_in_badge_list_and_send_box(qtbot, window, connect_pair, child):
    cli, srv = connect_pair(window)
    qtbot.mouseClick(child(srv, QPushButton, "abortButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: srv.property("state") == "aborted", timeout=5000)
    qtbot.waitUntil(lambda: cli.property("state") == "aborted", timeout=5000)
    assert cli.property("lastError") == "ECONNRESET"
    qtbot.waitUntil(lambda: cli.badge.text() == "aborted: ECONNRESET", timeout=2000)
    assert "RST" in cli.badge.toolTip()
    assert not cli.send_button.isEnabled()
    lst = listener(window)
    model = lst.table.model()
    qtbot.waitUntil(lambda: "aborted" in model.index(0, 2).data(), timeout=2000)


def test_listener_timeline_says_accept_waited(qtbot, window, start_server, child):
    lst = start_server(window)
    from socket_playground.core.events import Listen, now_ns

    (listen,) = [e for e in lst.session.log.events if isinstance(e, Listen)]
    # accept() has waited a while when the client comes: its line says so
    qtbot.waitUntil(lambda: now_ns() - listen.t_end >= 30_000_000, timeout=5000)
    qtbot.mouseClick(child(window, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("accept() →" in line for line in lst.timeline.lines()), timeout=5000
    )
    line = next(x for x in lst.timeline.lines() if "accept() →" in x)
    assert re.search(r"\(waited [\d.,]+ (ms|s)\)$", line), line


def test_lesson_actions_are_an_explicit_table(qtbot, window, connect_pair):
    assert set(LessonRunner.ACTIONS) == set(ACTIONS)
    source = (UI / "lesson_runner.py").read_text(encoding="utf-8")
    assert '"do_" +' not in source and "getattr(self" not in source
    cli, srv = connect_pair(window)
    from socket_playground.core.lessons import Lesson

    runner = LessonRunner(window, Lesson("t", 0, "t", ()))
    runner.names.update(cli=cli, srv=srv)
    done = runner.ACTIONS["shutdown"](runner, pane="cli", how="SHUT_WR")
    qtbot.waitUntil(done, timeout=5000)
    qtbot.waitUntil(lambda: srv.property("state") == "peer-closed", timeout=5000)
    runner.ACTIONS["set_framing"](runner, pane="srv", kind="fixed", size=4)
    assert srv.tabs.currentIndex() == srv.tabs.index_of("messages")
