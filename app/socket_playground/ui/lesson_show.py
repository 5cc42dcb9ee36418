"""What a lesson's final screen must show, and scrolling several targets into
view at once.

A step may name what its text is about (``Step.show``) instead of what its
action derives (:func:`.lesson_focus.derive`): each entry is ``"pane"``,
``"pane:tab"`` (that tab is shown), ``"pane.prop"`` (the widget showing a pane
property, or a widget's object name; nothing when it is not shown, e.g. an
error line without an error), ``"pane:tab.prop"``, or ``"script"``
(the lesson script's output). ``.partialSends`` also selects the first chunk
row whose ``send()`` took fewer bytes than it offered.

One pane of a column is in view at a time (two rarely fit): the targets in one
column are scrolled into view together when they fit, otherwise the first ones
listed, so a lesson lists what matters most first, and puts the panes its last
step compares in different columns.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QWidget

from ..core.events import Direction
from .lesson_focus import (
    MARGIN,
    PROP_WIDGETS,
    Target,
    _shown,
    holder_top,
    reveal,
    scroll_into_view,
)

ENTRY = re.compile(r"^(?P<pane>\w+)(?::(?P<tab>\w+))?(?:\.(?P<prop>\w+))?$")


def parse(entry: str) -> tuple[str, str, str]:
    """(pane, tab, prop) of a ``show`` entry; ValueError when malformed."""
    m = ENTRY.match(entry)
    if m is None:
        raise ValueError(f"bad show entry {entry!r}")
    return m["pane"], m["tab"] or "", m["prop"] or ""


def first_partial_send(pane) -> int | None:
    """The chunk row of the pane's first send() that took fewer bytes than
    it offered."""
    store = getattr(getattr(pane, "session", None), "store", None)
    if store is None:
        return None
    for r in range(len(store)):
        if store.direction[r] == Direction.OUT and store.size[r] < store.asked[r]:
            return r
    return None


def final_target(runner, entries: tuple[str, ...]) -> Target:
    """The widgets a step's ``show`` names (tabs shown first), in its order."""
    target = Target()
    for entry in entries:
        if entry == "script":
            script = getattr(runner, "script", None)
            if script is not None and script.isVisible():
                script.show_output()
                target.widgets.append(script.out)
            continue
        name, tab, prop = parse(entry)
        pane = runner.names.get(name)
        if pane is None:
            continue
        if tab and hasattr(pane, "show_tab"):
            part = pane.show_tab(tab)
            if not prop and isinstance(part, QWidget):
                target.widgets.append(part)
                continue
        widget = _shown(pane, PROP_WIDGETS.get(prop, prop)) if prop else pane
        if widget is not None:  # (a widget not shown, e.g. no error line: nothing)
            target.widgets.append(widget)
        table = getattr(pane, "table", None)
        if prop == "partialSends" and isinstance(table, QAbstractItemView):
            row = first_partial_send(pane)
            if row is not None and target.table is None:
                target.table, target.rows, target.pane = table, range(row, row + 1), pane
    return target


def _column(widget: QWidget) -> QScrollArea | None:
    """The outermost scroll area around the widget (a pane column)."""
    found = None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            found = parent
        parent = parent.parentWidget()
    return found


def scroll_all(widgets: list[QWidget]) -> None:
    """Each widget scrolled into view in the areas inside its column (the
    first listed last, so it wins), then each column shows as many of its
    targets as fit, from the first listed."""
    for widget in reversed(widgets):
        scroll_into_view(widget)
    columns: dict[QScrollArea, list[QWidget]] = {}
    for widget in widgets:
        column = _column(widget)
        if column is not None:
            columns.setdefault(column, []).append(widget)
    for column, group in columns.items():
        inner = column.widget()
        if inner is None:
            continue
        view = column.viewport().height()
        while group:
            tops = [w.mapTo(inner, QPoint(0, 0)).y() for w in group]
            bottoms = [t + w.height() for t, w in zip(tops, group, strict=True)]
            top, bottom = min(tops), max(bottoms)
            head = holder_top(group[0], inner)  # the first one's pane title, if it fits
            if bottom - min(top, head) + 2 * MARGIN <= view:
                top = min(top, head)
            if len(group) == 1 or bottom - top + 2 * MARGIN <= view:
                reveal(column.verticalScrollBar(), top, bottom - top, view)
                break
            group = group[:-1]


class KeepRows(QObject):
    """Keeps a table's selected rows in view while the step is shown: a pane
    scrolls its chunk table to the newest row whenever its socket changes
    (a non-blocking reader's EAGAIN, a send that completes), which would take
    an older row a step points at (the partial send) out of view. A scroll to
    the end that leaves the row out of view is undone; a person's drag is not."""

    def __init__(self, table: QAbstractItemView, row: int) -> None:
        super().__init__(table)
        self.table, self.row = table, row
        self.bar = table.verticalScrollBar()
        self.bar.valueChanged.connect(self._moved)

    @Slot(int)
    def _moved(self, value: int) -> None:
        if value != self.bar.maximum() or self.bar.isSliderDown():
            return
        index = self.table.model().index(self.row, 0)
        if not self.table.viewport().rect().intersects(self.table.visualRect(index)):
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def release(self) -> None:
        if shiboken6.isValid(self.bar):
            self.bar.valueChanged.disconnect(self._moved)
        self.deleteLater()
