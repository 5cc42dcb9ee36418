"""A titled, scrollable column of panes (servers on the left, clients on the right)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from . import colors


class PaneColumn(QScrollArea):
    """A titled, scrollable column of panes."""

    def __init__(self, name: str, empty_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.box = QVBoxLayout(inner)
        self.box.setContentsMargins(4, 4, 4, 4)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(colors.css("muted") + " padding: 24px;")
        self.box.addWidget(self.empty)
        self.box.addStretch(1)
        self.setWidget(inner)
        self._placed_after: dict[QWidget, QWidget] = {}  # a pane, and the pane it follows
        self._guests: set[QWidget] = set()  # widgets that are not panes: the column's height
        self._reveal: QWidget | None = None  # a new pane, shown once it has its place
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def add_pane(self, pane: QWidget, after: QWidget | None = None) -> None:
        self.empty.hide()
        index = self.box.count() - 1  # before the stretch
        if after is not None:
            # after the given pane and the panes already placed after it
            i = self.box.indexOf(after)
            if i >= 0:
                index = i + 1
                while index < self.box.count() - 1:
                    item = self.box.itemAt(index)
                    w = item.widget() if item is not None else None
                    if w is None or self._placed_after.get(w) is not after:
                        break
                    index += 1
                self._placed_after[pane] = after
        self.box.insertWidget(index, pane)
        self.fit_height(pane)
        self.show_pane(pane)
        # again once the column has laid the new pane out (its scroll range
        # grows then): until then it has no place, and a new pane below the
        # others stayed out of sight
        self._reveal = pane

    def _range_changed(self, _lo: int, _hi: int) -> None:
        pane, self._reveal = self._reveal, None
        if pane is not None and shiboken6.isValid(pane) and self.box.indexOf(pane) >= 0:
            self.show_pane(pane)

    def fit_height(self, pane: QWidget) -> None:
        """A pane at most as tall as the column shows (down to its own minimum):
        scrolled to, it is seen whole, its state at the top and its send box at
        the bottom; its table and tabs take what height there is."""
        m = self.box.contentsMargins()
        room = self.viewport().height() - m.top() - m.bottom()
        if pane in self._guests:
            pane.setMinimumHeight(max(room, pane.minimumSizeHint().height()))
            pane.setMaximumHeight(pane.minimumHeight())
            return
        pane.setMaximumHeight(max(room, pane.minimumSizeHint().height(), pane.minimumHeight()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for i in range(self.box.count()):
            item = self.box.itemAt(i)
            pane = item.widget() if item is not None else None
            if pane is not None and pane is not self.empty:
                self.fit_height(pane)

    def show_pane(self, pane: QWidget) -> None:
        """Scroll to the pane. A column scrolls only up and down (no horizontal
        bar to scroll back): ensureWidgetVisible centres a pane wider than the
        column sideways, so its left edge is put back in view."""
        self.ensureWidgetVisible(pane)
        self.horizontalScrollBar().setValue(0)

    def add_guest(self, widget: QWidget) -> None:
        """A widget that is not a socket's pane (a lesson's script), placed
        like one; nothing if it is in this column already."""
        if self.box.indexOf(widget) < 0:
            self._guests.add(widget)
            self.add_pane(widget)
        else:
            self.show_pane(widget)

    def take(self, widget: QWidget, home: QWidget) -> None:
        """Take a guest back out, hidden, to ``home`` (it is not deleted)."""
        if self.box.indexOf(widget) < 0:
            return
        self._placed_after.pop(widget, None)
        self._guests.discard(widget)
        self.box.removeWidget(widget)
        widget.hide()
        widget.setParent(home)
        if self.box.count() <= 2:
            self.empty.show()

    def remove_pane(self, pane: QWidget) -> None:
        self._placed_after.pop(pane, None)
        if self._reveal is pane:  # (no reference may keep a removed pane and its socket)
            self._reveal = None
        self.box.removeWidget(pane)
        pane.hide()
        pane.deleteLater()
        if self.box.count() <= 2:
            self.empty.show()
