"""A listener's accepted connections as a table: one row per connection,
whether or not it has a pane.

Adding a connection is one inserted row. The cells are read from the
sessions when painted, so only the rows on screen cost anything; a change
marks the model dirty and :meth:`ConnectionListModel.refresh` (the pane's
timer, while the pane is shown) says "every cell may have changed" once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Slot

from ..workers.session import Session, fmt_addr
from . import plain, texts

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
SORT = int(Qt.ItemDataRole.UserRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ConnectionListModel(QAbstractTableModel):
    """Rows: accepted sessions, in the order accept() returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[Session] = []
        self.dirty = False
        self.headers = [
            self.tr("#"),
            self.tr("Peer"),
            self.tr("State"),
            self.tr("Received"),
            self.tr("Sent"),
            self.tr("recv() calls"),
            self.tr("send() calls"),
            self.tr("Rate (B/s)"),
            self.tr("Last call"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=DISPLAY):
        if int(role) == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def add(self, session: Session) -> None:
        n = len(self.sessions)
        self.beginInsertRows(QModelIndex(), n, n)
        self.sessions.append(session)
        self.endInsertRows()
        session.changed.connect(self.mark_dirty)

    def remove(self, session: Session) -> None:
        """The session is gone (its pane removed): its row, and the model's
        hold on it, go too."""
        try:
            row = self.sessions.index(session)
        except ValueError:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.sessions[row]
        self.endRemoveRows()
        session.changed.disconnect(self.mark_dirty)

    @Slot(object)
    def mark_dirty(self, _batch: object = None) -> None:
        self.dirty = True

    def refresh(self) -> None:
        """Tell the views every cell may have changed (they repaint what they show)."""
        if self.dirty and self.sessions:
            self.dirty = False
            last = self.index(len(self.sessions) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [DISPLAY, SORT])

    def session_at(self, row: int) -> Session | None:
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def data(self, index, role=DISPLAY):
        role = int(role)
        if not index.isValid() or role not in (DISPLAY, SORT, ALIGN):
            return None
        s = self.sessions[index.row()]
        c = index.column()
        if role == ALIGN:
            return RIGHT if c in (0, 3, 4, 5, 6, 7) else None
        value = self._value(s, c)
        if role == SORT or not isinstance(value, int):
            return value
        return f"{value:,}"

    def _value(self, s: Session, c: int) -> int | str:
        if c == 0:
            return s.id
        if c == 1:  # a saved session's addresses and errno are the file's text
            if s.peer_addr == "":  # a Unix client that did not bind()
                return QCoreApplication.translate("Pane", "(unnamed)")
            return plain.clean(fmt_addr(s.peer_addr))
        if c == 2:
            return plain.clean(texts.state_text(s.state, s.last_error))
        if c == 3:
            return s.bytes_received
        if c == 4:
            return s.bytes_sent
        if c == 5:
            return s.recv_calls
        if c == 6:
            return s.send_calls
        if c == 7:
            return s.receive_rate()
        last = s.log.last_ns
        return f"+{(last - s.t0_ns) / 1e9:.3f} s" if last else ""
