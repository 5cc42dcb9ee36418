"""The lesson focus: a frame that leaves a line of text readable, a step's
``show`` targets scrolled into view together, and the Lessons list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from socket_playground.core.lessons import all_lessons
from socket_playground.ui.lesson_focus import PAD, FocusFrame
from socket_playground.ui.lesson_show import parse


def run_steps(qtbot, panel, n: int) -> None:
    button = panel.findChild(QPushButton, "lessonNextButton")
    for _ in range(n):
        with qtbot.waitSignal(panel.runner.step_done, timeout=15000) as blocker:
            button.click()
        assert blocker.args[1], blocker.args


def shown_frames(window) -> list[FocusFrame]:
    found = window.findChildren(QWidget, "lessonFocusFrame")
    return [f for f in found if isinstance(f, FocusFrame) and not f.isHidden()]


def test_a_line_of_text_is_framed_around_not_over(qtbot, window):
    """recv-returns-empty, step 6 checks the connection's state: the badge is
    framed from outside (the frame on its parent, just around it), so no
    line of the frame lies on the badge's letters; it follows the badge."""
    panel = window.lessons
    panel.load("recv-returns-empty")
    run_steps(qtbot, panel, 6)
    conn = panel.runner.names["conn"]
    [frame] = shown_frames(window)
    badge = frame.target
    assert badge is conn.badge and frame.outside
    host = frame.parentWidget()
    assert host is not badge and badge.isAncestorOf(frame) is False
    at = badge.mapTo(host, QPoint(0, 0))
    inner = QRect(at, badge.size())
    assert frame.geometry() == inner.adjusted(-PAD, -PAD, PAD, PAD).intersected(host.rect())
    assert frame.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    badge.parentWidget().resize(badge.parentWidget().width() - 40, badge.parentWidget().height())
    qtbot.waitUntil(
        lambda: frame.geometry().contains(QRect(badge.mapTo(host, QPoint(0, 0)), badge.size()))
    )
    # a large target (a chunk table) is still framed inside its own edge
    run_steps(qtbot, panel, 1)  # the server sends "bye": its chunk table
    frames = shown_frames(window)
    assert [f.target for f in frames] == [conn.table]
    assert not frames[0].outside and frames[0].parentWidget() is conn.table


def test_is_small_for_labels_and_one_line_widgets(qtbot):
    from socket_playground.ui.lesson_focus import is_small

    label = QLabel("received 4 bytes in 1 recv()")
    big = QWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(big)
    big.resize(400, 300)
    assert is_small(label) and not is_small(big)


def test_show_frames_panes_of_both_columns(qtbot, window):
    """close-vs-abort ends on the FIN and the RST client in one column (both
    fit) and both connections in the other: all four framed, in view."""
    panel = window.lessons
    # the window as --lesson lays it out (main.py): 1680×1000, the panel 420 wide
    panel.show()
    window.resize(1680, 1000)
    window.resizeDocks([panel], [420], Qt.Orientation.Horizontal)
    runner = panel.load("close-vs-abort")
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.run_all()
    assert blocker.args == [True], panel.status.text()
    names = runner.names
    want = {names["client"].badge, names["c2"].errno_label, names["conn"].badge}
    got = {f.target for f in shown_frames(window)}
    assert want <= got
    for widget in (names["client"].badge, names["c2"].errno_label):
        column = window.client_column
        y = widget.mapTo(column.widget(), QPoint(0, 0)).y()
        seen = column.verticalScrollBar().value()
        assert seen <= y and y + widget.height() <= seen + column.viewport().height()


def test_every_show_entry_names_a_pane_of_its_lesson():
    for lesson in all_lessons():
        names: set[str] = set()
        for step in lesson.steps:
            a = step.args
            if step.action in ("start_server", "start_udp_server"):
                names.add(a.get("name", "server"))
            elif step.action == "udp_client":
                names.add(a.get("name", "client"))
            elif step.action == "connect":
                names |= {a.get("name", "client"), a.get("accepted", "conn")}
            elif step.action == "run_script" and a.get("accepted"):
                names.add(a["accepted"])
            for entry in step.show:
                if entry != "script":
                    assert parse(entry)[0] in names, (lesson.name, entry)


def test_the_list_numbers_lessons_as_listed_and_shows_the_current_one(qtbot, window):
    panel = window.lessons
    listing = panel.findChild(QListWidget, "lessonList")
    lessons = all_lessons()
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts == [f"{i}. {lesson.title_en}" for i, lesson in enumerate(lessons, 1)]
    tips = [listing.item(i).toolTip() for i in range(listing.count())]
    assert "HOWTO concept 14" in tips[[x.name for x in lessons].index("time-wait")]
    assert "MySocket" in tips[-1] and "--lesson mysocket" in tips[-1]
    panel.load(lessons[-1].name)
    item = listing.currentItem()
    assert item is listing.item(listing.count() - 1)
    qtbot.waitUntil(
        lambda: listing.viewport().rect().contains(listing.visualItemRect(item)), timeout=5000
    )
