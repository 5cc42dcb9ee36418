"""The Messages tab's table: one row per reassembled message."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.sendinput import to_escaped_text

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ROWS_MAX = 100_000  # messages listed; older rows are dropped


class MessagesModel(QAbstractTableModel):
    """Rows: (index, start, end, first chunk, last chunk, preview), as
    core.message_feed makes them (preview None: a skipped message)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []
        self._shown = 0
        self._headers = [
            self.tr("#"),
            self.tr("Message"),
            self.tr("Bytes"),
            self.tr("Offsets"),
            self.tr("From recv() chunks"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=DISPLAY):
        if int(role) == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if int(role) != DISPLAY:
            return None
        i, start, end, c0, c1, preview = self.rows[index.row()]
        c = index.column()
        if c == 0:
            return i
        if c == 1:
            if preview is None:  # announced more than the limit: not kept
                return self.tr("(longer than the limit: skipped)")
            return to_escaped_text(preview) + ("…" if end - start > len(preview) else "")
        if c == 2:
            return end - start
        if c == 3:  # inclusive, as the byte inspector writes ranges
            return f"{start}–{end - 1}" if end > start else f"{start} (—)"
        return f"#{c0}" if c0 == c1 else f"#{c0}–#{c1}"

    def reset(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self._shown = 0
        self.endResetModel()

    def sync(self) -> None:
        if len(self.rows) > ROWS_MAX:  # keep memory bounded: drop the oldest tenth
            drop = len(self.rows) - ROWS_MAX + ROWS_MAX // 10
            shown_drop = min(drop, self._shown)
            if shown_drop:
                self.beginRemoveRows(QModelIndex(), 0, shown_drop - 1)
            del self.rows[:drop]
            self._shown -= shown_drop
            if shown_drop:
                self.endRemoveRows()
        n = len(self.rows)
        if n > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, n - 1)
            self._shown = n
            self.endInsertRows()
