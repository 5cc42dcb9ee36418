"""What a listener's connection table does to the selected connections:
close, abort (RST), send the same bytes to each. Buttons under the table and
the same actions in its context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QTableView

from ..core.sendinput import SendInputError, parse_text
from ..workers.session import Session, stop_sessions
from .plain import clean


class ConnectionActions(QObject):
    def __init__(self, table: QTableView, selected: Callable[[], list[Session]]) -> None:
        super().__init__(table)
        self.table = table
        self.selected = selected
        self.row = QHBoxLayout()
        self.close_button = self._button(
            "closeSelectedButton",
            self.tr("Close selected"),
            self.tr("close() each selected connection (the peer reads EOF)"),
            self.close_selected,
        )
        self.abort_button = self._button(
            "abortSelectedButton",
            self.tr("Abort selected"),
            self.tr("Close each selected connection with SO_LINGER 0: the peer gets RST"),
            self.abort_selected,
        )
        self.send_button = self._button(
            "sendSelectedButton",
            self.tr("Send to selected…"),
            self.tr("Send the same bytes to each selected connection"),
            self.ask_and_send,
        )
        self.row.addStretch(1)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        self.row.addWidget(b)
        action = QAction(text, self.table)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return b

    @Slot()
    def _enable(self) -> None:
        any_selected = self.table.selectionModel().hasSelection()
        for b in (self.close_button, self.abort_button, self.send_button):
            b.setEnabled(any_selected)
        for a in self.table.actions():
            a.setEnabled(any_selected)

    @Slot()
    def close_selected(self) -> None:
        stop_sessions([s for s in self.selected() if s.alive])

    @Slot()
    def abort_selected(self) -> None:
        stop_sessions([s for s in self.selected() if s.alive], abort=True)

    def send_to_selected(self, data: bytes) -> int:
        """Queue ``data`` on each selected connection; how many took it."""
        return sum(1 for s in self.selected() if s.send(data))

    @Slot()
    def ask_and_send(self) -> None:
        text, ok = QInputDialog.getText(
            self.table,
            self.tr("Send to selected"),
            self.tr("Bytes to send to each selected connection (escapes: \\n \\r \\t \\xNN):"),
            QLineEdit.EchoMode.Normal,
        )
        if not ok or not text:
            return
        try:
            data = parse_text(text)
        except SendInputError as e:
            self.table.window().statusBar().showMessage(clean(str(e)), 8000)  # type: ignore[attr-defined]
            return
        n = self.send_to_selected(data)
        self.table.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Sent {0} bytes to {1} connections").format(len(data), n), 8000
        )
