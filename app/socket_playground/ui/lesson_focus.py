"""What a lesson step talks about, and the highlight on it.

The target is derived from the step's action and arguments, not written into
the lessons: the pane it names (``pane``, or the pane ``start_server`` and
``connect`` made), the tab ``show_tab`` showed, the widget that shows the
property an ``expect``/``wait_prop`` checks, and for a step about chunks (a
send, a wait for bytes or for the peer's close) that pane's newest rows: those
no step pointed at yet (what a wait step waits for may have come during the
step before). The target gets an amber frame (``lessonFocusFrame``) until
the next step: drawn over a large target, inside its edge; around a line of
text (a badge, the counters, an address or error line), just outside it and
on its parent, so the frame never covers the letters; the rows are
selected; both are scrolled into view. A widget on a tab not shown (or not
built) is not looked for: the whole pane is framed instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QScrollBar,
    QWidget,
)

FRAME_COLOR = QColor("#f59e0b")
FRAME_WIDTH = 4  # drawn inside a large target's edge
OUTSIDE_WIDTH = 3  # around a small one, with a gap of GAP
GAP = 1
PAD = OUTSIDE_WIDTH + GAP
TINT = QColor(245, 158, 11, 28)  # FRAME_COLOR, faint: the text under it stays readable
MARGIN = 8  # around a target scrolled into view

# the widget (objectName, inside the pane) that shows a pane property
PROP_WIDGETS = {
    "state": "stateBadge",
    "tcpState": "tcpStateLabel",
    "segmentsOut": "tcpStateLabel",
    "lastError": "errorExplanation",
    "localPort": "addressLabel",
    "acceptedCount": "connectionTable",
    "peerPort": "addressLabel",
    "bytesReceived": "counters",
    "bytesSent": "counters",
    "recvCalls": "counters",
    "sendCalls": "counters",
    "receiveRate": "counters",
    "partialSends": "chunkTable",
    "messageCount": "messagesPanel",
    "waitingBytes": "messagesPanel",
    "unsyncedBytes": "messagesPanel",
    "sha256Received": "integrityRow",
    "sha256Sent": "integrityRow",
}
# the widget an action works, or shows its effect
ACTION_WIDGETS = {
    "send": "chunkTable",
    "trickle": "chunkTable",
    "repeat": "chunkTable",
    "wait_received": "chunkTable",
    "wait_state": "stateBadge",
    "shutdown": "stateBadge",
    "close": "stateBadge",
    "abort": "stateBadge",
    "pause_reading": "pauseReadingButton",
    "pause_accepting": "pauseAcceptButton",
    "set_recv_size": "recvSizeSpin",
    "set_option": "optionsEditor",
    "set_io_mode": "ioModeCombo",
    "echo": "echoCheck",
    "show_tab": "viewTabs",
    "select_bytes": "bytesTab",
    "set_framing": "messagesPanel",
    "show_code": "showCodeButton",
}
# actions whose new chunk-table rows are what the step is about
ROW_ACTIONS = {"send", "trickle", "repeat", "wait_received", "wait_state", "shutdown"}


@dataclass
class Target:
    widgets: list[QWidget] = field(default_factory=list)  # framed
    table: QAbstractItemView | None = None  # with rows selected
    pane: object = None  # the table's
    rows: range = range(0)


def chunk_count(pane) -> int:
    store = getattr(getattr(pane, "session", None), "store", None)
    return len(store) if store is not None and hasattr(pane, "model") else 0


def _shown(pane, name: str) -> QWidget | None:
    """The pane's widget of that name if it exists and is shown (QObject's own
    findChild: a pane's override would build every tab)."""
    w = QObject.findChild(pane, QWidget, name)
    return w if isinstance(w, QWidget) and w.isVisible() else None


def derive(runner, index: int, shown: dict[object, int]) -> Target:
    """The target of step ``index`` of ``runner``'s lesson, once it ran;
    ``shown``: each pane's rows pointed at so far (the first that were not)."""
    step = runner.lesson.steps[index]
    if step.show:  # the step names what it is about (its final screen)
        from .lesson_show import final_target

        return final_target(runner, step.show)
    args = step.args
    names = runner.names
    target = Target()
    if step.action == "start_server":
        pane = names.get(args.get("name", "server"))
        target.widgets = [pane] if pane is not None else []
        return target
    if step.action in ("run_script", "script_input", "expect_script"):
        script = getattr(runner, "script", None)  # its output, and the server's end
        target.widgets = [script.out] if script is not None and script.isVisible() else []
        pane = names.get(args.get("accepted", ""))
        if pane is not None:
            target.widgets.append(pane)
        return target
    if step.action == "connect":
        for key in (args.get("name", "client"), args.get("accepted", "conn")):
            if names.get(key) is not None:
                target.widgets.append(names[key])
        return target
    pane = names.get(args.get("pane", ""))
    if pane is None:
        return target  # wait_ms, or the step failed before its pane existed
    if step.action in ("expect", "wait_prop"):
        name = PROP_WIDGETS.get(args.get("prop", ""), "")
    else:
        name = ACTION_WIDGETS.get(step.action, "")
    widget = _shown(pane, name) if name else None
    target.widgets = [widget if widget is not None else pane]
    table = getattr(pane, "table", None)
    n = chunk_count(pane)
    if step.action in ROW_ACTIONS and isinstance(table, QAbstractItemView) and n:
        first = shown.get(pane, 0)
        if first < n:
            target.table, target.rows, target.pane = table, range(first, n), pane
            if table not in target.widgets and table.isVisible():
                target.widgets.append(table)
    return target


def _is_content(widget: QWidget) -> bool:
    """Whether the widget is what a scroll area scrolls (a frame drawn on
    anything above it would not move with the target)."""
    view = widget.parentWidget()
    area = view.parentWidget() if view is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is view


def _host(target: QWidget) -> QWidget:
    """Where a frame around (outside) the target is drawn: the nearest
    ancestor with room for it, not above the scrolled content it is in."""
    host = target.parentWidget()
    assert host is not None
    while not _is_content(host):
        at = target.mapTo(host, QPoint(0, 0))
        if host.rect().contains(QRect(at, target.size()).adjusted(-PAD, -PAD, PAD, PAD)):
            break
        above = host.parentWidget()
        if above is None:
            break
        host = above
    return host


def is_small(target: QWidget) -> bool:
    """A line or two of text (a label, a badge): framed from outside, since a
    frame drawn over it would cover its letters."""
    return isinstance(target, QLabel) or target.height() <= 3 * target.fontMetrics().height()


class FocusFrame(QWidget):
    """An amber frame on the target, following it: drawn over a large one
    (a pane, a table: inside its edge), around a small one (a line of text:
    just outside it, on the parent, over a faint tint), so its text stays
    readable."""

    def __init__(self, target: QWidget) -> None:
        outside = target.parentWidget() is not None and is_small(target)
        host = _host(target) if outside else target
        super().__init__(host)
        self.setObjectName("lessonFocusFrame")
        self.target = target
        self.outside = outside
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        # the target and every widget between it and the host move it
        self._watched: list[QWidget] = []
        w: QWidget | None = target
        while w is not None and w is not host:
            self._watched.append(w)
            w.installEventFilter(self)
            w = w.parentWidget()
        host.installEventFilter(self)
        self.done = False
        self.show()
        self._place()

    def release(self) -> None:
        """Gone with the step: hidden now, deleted by the event loop."""
        self.done = True
        self.hide()
        self.deleteLater()

    def _place(self) -> None:
        target, host = self.target, self.parentWidget()
        if self.done or not shiboken6.isValid(target) or host is None:
            return
        if not self.outside:
            self.setGeometry(target.rect())
        else:
            at = target.mapTo(host, QPoint(0, 0))
            rect = QRect(at, target.size()).adjusted(-PAD, -PAD, PAD, PAD)
            self.setGeometry(rect.intersected(host.rect()))
            self.setVisible(target.isVisibleTo(host) or target is host)
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            if watched is not self.parentWidget() or kind == QEvent.Type.Resize:
                self._place()
        elif kind == QEvent.Type.ChildAdded and watched is self.parentWidget():
            self.raise_()  # above a child added after it
        return False

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        width = OUTSIDE_WIDTH if self.outside else FRAME_WIDTH
        p.setPen(QPen(FRAME_COLOR, width))
        p.setBrush(TINT if self.outside else Qt.BrushStyle.NoBrush)
        half = width // 2
        p.drawRect(self.rect().adjusted(half, half, -half - width % 2, -half - width % 2))
        p.end()


class LessonFocus:
    """The highlight of the current step: set when a step is done, cleared
    when the next begins (or the lesson is loaded again)."""

    def __init__(self) -> None:
        self.frames: list[FocusFrame] = []
        self.table: QAbstractItemView | None = None
        self.keeper: QObject | None = None  # keeps the selected rows in view
        self.shown: dict[object, int] = {}  # a pane: its rows pointed at so far
        self.target = Target()

    def reset(self) -> None:
        """A lesson (re)starts: no row was pointed at."""
        self.clear()
        self.shown = {}

    def show(self, runner, index: int) -> Target:
        self.clear()
        for pane in runner.names.values():
            model = getattr(pane, "model", None)
            if model is not None and shiboken6.isValid(pane):
                model.sync()  # rows for every chunk applied so far
        from .lesson_show import scroll_all

        target = derive(runner, index, self.shown)
        self.target = target
        live = [w for w in target.widgets if shiboken6.isValid(w)]
        scroll_all(live)  # (before the frames: a frame is placed where its target is)
        for widget in live:
            self.frames.append(FocusFrame(widget))
        table = target.table
        if table is not None and target.rows and shiboken6.isValid(table):
            model = table.model()
            top = model.index(target.rows[0], 0)
            bottom = model.index(target.rows[-1], model.columnCount() - 1)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            table.selectionModel().select(QItemSelection(top, bottom), flags)
            table.scrollTo(model.index(target.rows[-1], 0))
            table.scrollTo(top)  # the first row shown, and as many after it as fit
            from .lesson_show import KeepRows

            self.keeper = KeepRows(table, target.rows[0])
            self.table = table
            self.shown[target.pane] = max(self.shown.get(target.pane, 0), target.rows.stop)
        return target

    def clear(self) -> None:
        for frame in self.frames:
            if shiboken6.isValid(frame):
                frame.release()
        self.frames = []
        if self.keeper is not None and shiboken6.isValid(self.keeper):
            self.keeper.release()  # type: ignore[attr-defined]  # (a KeepRows)
        self.keeper = None
        if self.table is not None and shiboken6.isValid(self.table):
            self.table.clearSelection()
        self.table = None
        self.target = Target()


def holder_top(widget: QWidget, inner: QWidget) -> int:
    """The top, in ``inner``, of what holds ``widget`` directly in it (in a
    column: the widget's pane, whose title and state are at its top)."""
    item = widget
    parent = item.parentWidget()
    while parent is not None and parent is not inner:
        item, parent = parent, parent.parentWidget()
    return item.mapTo(inner, QPoint(0, 0)).y()


def scroll_into_view(widget: QWidget) -> None:
    """Every scroll area around the widget (the pane's column, a tab's page)
    shows it, or its start when it is longer than the area; a column (no
    horizontal scroll bar) scrolls only up or down."""
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inner is not None:
            at = widget.mapTo(inner, QPoint(0, 0))
            view = parent.viewport()
            top, bottom = at.y(), at.y() + widget.height()
            head = holder_top(widget, inner)  # its pane's title and state too, if both fit
            if bottom - head <= view.height():
                top = head
            reveal(parent.verticalScrollBar(), top, bottom - top, view.height())
            if parent.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                reveal(parent.horizontalScrollBar(), at.x(), widget.width(), view.width())
        parent = parent.parentWidget()


def reveal(bar: QScrollBar, start: int, length: int, view: int) -> None:
    """Scroll as little as shows [start, start + length) (with a margin), or
    to its start when it does not fit."""
    value = bar.value()
    if length + 2 * MARGIN > view or start - MARGIN < value:
        value = start - MARGIN
    elif start + length + MARGIN > value + view:
        value = start + length + MARGIN - view
    bar.setValue(value)
