"""The Lessons panel's transcript (every step done, the current one
highlighted), Back (the lesson replayed with new sockets up to the step
before), and the highlight on what a step talks about."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from socket_playground.core.endpoint import may_bind_privileged

LESSON = "recv-returns-empty"  # start_server, connect, send(client), close(client),
# wait_state(conn, peer-closed), expect(conn, state), send(conn), …


def frames(window) -> list[QWidget]:
    """The highlight's frames now shown, by the widget each is drawn over."""
    found = window.findChildren(QWidget, "lessonFocusFrame")
    return [f.target for f in found if not f.isHidden()]


def selected_rows(table) -> list[int]:
    return sorted(i.row() for i in table.selectionModel().selectedRows())


def run_steps(qtbot, panel, n: int) -> None:
    button = panel.findChild(QPushButton, "lessonNextButton")
    for _ in range(n):
        with qtbot.waitSignal(panel.runner.step_done, timeout=10000) as blocker:
            button.click()
        assert blocker.args[1], blocker.args  # the step worked


def test_transcript_keeps_every_step_after_run_all(qtbot, window):
    panel = window.lessons
    runner = panel.load(LESSON)
    transcript = panel.findChild(QWidget, "lessonTranscript")
    assert transcript is panel.transcript and transcript.texts() == []
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        panel.findChild(QPushButton, "lessonRunAllButton").click()
    assert blocker.args == [True], panel.status.text()
    steps = runner.lesson.steps
    privileged = may_bind_privileged()
    assert transcript.texts() == [
        f"{i + 1}. {step.text(privileged)}" for i, step in enumerate(steps)
    ]
    last = transcript.entries[-1]
    assert transcript.current == len(steps) - 1
    assert "fef3c7" in last.styleSheet()  # the current step's colour
    assert all("fef3c7" not in e.styleSheet() for e in transcript.entries[:-1])
    # scrolled into view: the last line is inside the visible part of the list
    viewport = transcript.viewport()
    qtbot.waitUntil(
        lambda: viewport.rect().contains(last.geometry().translated(last.parentWidget().pos())),
        timeout=5000,
    )


def test_back_replays_up_to_the_step_before(qtbot, window, panes):
    panel = window.lessons
    panel.load(LESSON)
    run_steps(qtbot, panel, 3)  # server, connect, the client sends 10 bytes
    old = panel.runner
    old_sessions = list(window.sessions)
    client = panes(window, "client")[0]
    assert client.property("bytesSent") == 10
    back = panel.findChild(QPushButton, "lessonBackButton")
    assert back.isEnabled()
    back.click()
    runner = panel.runner
    assert runner is not old
    assert not back.isEnabled()  # while replaying
    qtbot.waitUntil(
        lambda: runner.index == 2 and not runner.busy and not runner.auto, timeout=10000
    )
    # new sockets, connected, and the send not made
    assert all(not s.alive for s in old_sessions)
    assert not set(window.sessions) & set(old_sessions)
    client, conn = panes(window, "client")[0], panes(window, "accepted")[0]
    assert client.property("state") == "connected" and conn.property("state") == "connected"
    assert client.property("bytesSent") == 0 and conn.property("bytesReceived") == 0
    assert len(panel.transcript.texts()) == 2 and panel.transcript.current == 1
    assert "Step 2 of" in panel.counter.text()
    assert set(frames(window)) == {client, conn}  # the connect step's highlight
    assert back.isEnabled() and panel.findChild(QPushButton, "lessonNextButton").isEnabled()
    assert panel.status.text() == ""
    # on from there, as before
    run_steps(qtbot, panel, 1)
    assert client.property("bytesSent") == 10
    # back to before the first step: nothing carried out, no pane
    panel.load(LESSON)
    run_steps(qtbot, panel, 1)
    back.click()
    assert panel.runner.index == 0 and window.panes == {}
    assert panel.transcript.texts() == [] and not back.isEnabled()


def test_highlight_lands_on_what_the_step_talks_about(qtbot, window, panes):
    window.resize(1000, 700)  # columns narrower than a pane
    panel = window.lessons
    panel.load(LESSON)
    run_steps(qtbot, panel, 1)
    listener = panes(window, "listener")[0]
    assert frames(window) == [listener]  # start_server: the new server's pane
    run_steps(qtbot, panel, 2)  # connect; the client sends 10 bytes
    client, conn = panes(window, "client")[0], panes(window, "accepted")[0]
    assert frames(window) == [client.table]  # send: the sender's chunk table …
    assert selected_rows(client.table) == [0]  # … and its new row: send(10)
    assert selected_rows(conn.table) == []
    run_steps(qtbot, panel, 1)  # the client closes
    assert frames(window) == [client.badge]
    assert selected_rows(client.table) == []  # the last step's rows are let go
    run_steps(qtbot, panel, 1)  # wait_state(conn, peer-closed)
    assert set(frames(window)) == {conn.badge, conn.table}
    assert selected_rows(conn.table) == [0, 1]  # recv() → 10 bytes, recv() → b''
    run_steps(qtbot, panel, 1)  # expect(conn, state): the widget showing the state
    assert frames(window) == [conn.badge]
    # the target is kept in view in its column
    column = window.server_column
    top = conn.badge.mapTo(column.widget(), conn.badge.rect().topLeft()).y()
    seen = column.verticalScrollBar().value()
    assert seen <= top <= seen + column.viewport().height()
    # a pane wider than its column shows its left edge (the column cannot be
    # scrolled sideways by hand; ensureWidgetVisible would centre the pane)
    across = column.horizontalScrollBar()
    assert across.maximum() > 0 and across.value() == 0
