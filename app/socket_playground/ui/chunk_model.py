"""The chunk table: one row per recv() result and per send() call."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ..core.capture import CaptureStore
from ..core.events import Direction
from ..core.sendinput import to_escaped_text

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

RECV_COLOUR = QColor("#1d4ed8")
SEND_COLOUR = QColor("#c2410c")
EOF_COLOUR = QColor("#7c3aed")


class ChunkTableModel(QAbstractTableModel):
    COLUMNS = 6  # index, call, size, time, preview, offset (most telling first)
    PREVIEW = 4

    def __init__(self, store: CaptureStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows = 0
        self._headers = [self.tr("#"), self.tr("Call"), self.tr("Bytes"),
                         self.tr("Time (s)"), self.tr("Preview"), self.tr("Stream offset")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=DISPLAY):
        if int(role) == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sync(self) -> None:
        """Insert the rows the store gained since the last call (once per drain)."""
        n = len(self.store)
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()

    def data(self, index, role=DISPLAY):
        role = int(role)
        r, c = index.row(), index.column()
        s = self.store
        if role == DISPLAY:
            if c == 0:
                return r
            if c == 1:
                name = "recv" if s.direction[r] == Direction.IN else "send"
                return f"{name}({s.asked[r]})"
            if c == 2:
                return s.size[r]
            if c == 3:
                return f"{s.t_us[r] / 1e6:.6f}"
            if c == 5:
                return s.offset[r]
            if s.size[r] == 0:
                return self.tr("b'' — end of stream")
            preview = s.preview(r)
            return to_escaped_text(preview) + ("…" if s.size[r] > len(preview) else "")
        if role == FOREGROUND:
            if s.size[r] == 0:
                return EOF_COLOUR
            return RECV_COLOUR if s.direction[r] == Direction.IN else SEND_COLOUR
        if role == ALIGN and c in (0, 2, 3, 5):
            return RIGHT
        if role == TOOLTIP and c == 2:
            if s.direction[r] == Direction.IN:
                return self.tr("recv() returned {0} bytes").format(s.size[r])
            return self.tr("send() returned {0}: the kernel took {0} bytes").format(s.size[r])
        return None
