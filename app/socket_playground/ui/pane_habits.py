"""A connection pane's keyboard habits, hooked in by :func:`install`:

- copy from the bytes view and the chunk table (:mod:`.copy_actions`);
- find in bytes (``findAction``, Ctrl+F; F3 / Shift+F3: next / previous);
- clear the views (``clearViewsAction``, Ctrl+L; the chunk table, the bytes
  view and the timeline start empty, the record stays);
- the send box's button keys (Alt+S Send, Alt+P payloads, Alt+E editor) and
  a file dropped on it, sent by the Send-more tab's file job.

Every key works in the pane that has the focus (``WidgetWithChildrenShortcut``),
so two panes never compete for one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QToolButton

from .copy_actions import CopyActions, bytes_view_spans, table_spans
from .plain import clean
from .status import show_status
from .texts import _t

if TYPE_CHECKING:
    from .pane import ConnectionPane

PANE = Qt.ShortcutContext.WidgetWithChildrenShortcut


class PaneHabits(QObject):
    def __init__(self, pane: ConnectionPane) -> None:
        super().__init__(pane)
        self.pane = pane
        store, bt = pane.session.store, pane.bytes_tab
        self.find_action = self._action(
            "findAction", _t("PaneHabits", "Find in bytes…"), "Ctrl+F", self.find
        )
        self.find_action.setToolTip(
            _t("PaneHabits", "Find bytes in this connection's capture (Ctrl+F)")
        )
        self.next_action = self._action(
            "findNextAction", _t("PaneHabits", "Find next"), "F3", self.find_next
        )
        self.prev_action = self._action(
            "findPreviousAction", _t("PaneHabits", "Find previous"), "Shift+F3", self.find_previous
        )
        self.clear_action = self._action(
            "clearViewsAction", _t("PaneHabits", "Clear views"), "Ctrl+L", self.clear_views
        )
        self.clear_action.setToolTip(
            _t(
                "PaneHabits",
                "Empty the chunk table, the bytes and the timeline from now on (Ctrl+L). "
                "Only the views: the capture, the counters, the SHA-256, Messages, Ruler "
                "and saved sessions keep every call and byte.",
            )
        )
        style = bt.clear_button.style()
        self.clear_action.setIcon(style.standardIcon(style.StandardPixmap.SP_DialogResetButton))
        bt.clear_button.setDefaultAction(self.clear_action)
        bt.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # narrow
        extra = lambda: [self.find_action, self.clear_action]  # noqa: E731
        self.bytes_copy = CopyActions(
            pane.bytes_view, store, bytes_view_spans(pane.bytes_view), pane.bytes_view, extra
        )
        self.table_copy = CopyActions(
            pane.table, store, table_spans(pane.table, pane.model), pane.bytes_view, extra
        )
        box = pane.send_box
        for button, key in (
            (box.button, "Alt+S"),
            (box.extras.saved_button, "Alt+P"),
            (box.extras.editor_button, "Alt+E"),
        ):
            self._button_key(button, key)
        box.button.setToolTip(box.button.toolTip() + " (Alt+S, Ctrl+Enter)")
        close = pane.findChild(QAbstractButton, "closeButton")
        if close is not None:  # close() this pane's socket
            self._button_key(close, "Ctrl+W")
            close.setToolTip(close.toolTip() + " (Ctrl+W)")
        box.extras.file_dropped.connect(self.send_file)

    def _action(self, name: str, text: str, key: str, slot) -> QAction:
        action = QAction(text, self.pane)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(PANE)
        action.triggered.connect(slot)
        self.pane.addAction(action)
        return action

    def _button_key(self, button: QAbstractButton, key: str) -> None:
        """``key`` clicks ``button`` in this pane only; its mnemonic (the
        underlined letter) would be window-wide, ambiguous with two panes."""
        button.setShortcut(QKeySequence())
        menu = isinstance(button, QToolButton) and button.menu() is not None
        click = button.showMenu if menu else button.animateClick  # type: ignore[attr-defined]
        QShortcut(QKeySequence(key), self.pane, click).setContext(PANE)

    # -- find --------------------------------------------------------------------------
    @Slot()
    def find(self) -> None:
        self.pane.show_tab("bytes")
        self.pane.bytes_tab.find_bar.open()

    @Slot()
    def find_next(self) -> None:
        bar = self.pane.bytes_tab.find_bar
        bar.find_next() if bar.isVisible() else self.find()

    @Slot()
    def find_previous(self) -> None:
        bar = self.pane.bytes_tab.find_bar
        bar.find_previous() if bar.isVisible() else self.find()

    # -- clear -------------------------------------------------------------------------
    @Slot()
    def clear_views(self) -> None:
        pane = self.pane
        pane.update_views()  # timeline lines not shown yet go to the history first
        pane.model.clear()
        pane.bytes_view.start_at(pane.session.store.combined_total)
        pane.history.clear()
        timeline = pane.timeline_view()
        if timeline is not None:
            timeline.clear()
        bar = pane.bytes_tab.find_bar
        if bar.search is not None:
            bar.restart()
        show_status(
            pane,
            _t(
                "PaneHabits",
                "Views cleared: the capture and the counters still hold every call and byte.",
            ),
        )

    # -- a dropped file ------------------------------------------------------------------
    @Slot(str)
    def send_file(self, path: str) -> None:
        pane = self.pane
        if not pane.session.can_send:
            pane.send_box.show_error(
                _t("PaneHabits", "This socket cannot send now: the file was not sent.")
            )
            return
        if pane.send_tools.send_file(path):
            show_status(
                pane,
                _t("PaneHabits", "Sending the file {0}…").format(clean(os.path.basename(path))),
            )
        else:
            pane.send_box.show_error(
                _t("PaneHabits", "{0} was not sent: it is not a regular file.").format(clean(path))
            )


def install(pane: ConnectionPane) -> PaneHabits:
    return PaneHabits(pane)
