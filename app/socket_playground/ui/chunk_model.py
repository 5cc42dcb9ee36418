"""The chunk table: one row per recv() result and per send() call.

Columns, most telling first: #, the call, the bytes it returned, when it
returned, a preview, how long it blocked, and its stream offset.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.capture import CaptureStore
from ..core.events import Direction
from ..core.record import SocketLog
from ..core.sendinput import to_escaped_text
from . import colors, times

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

ROW_CACHE = 512  # rows whose numbers are kept between repaints


def waited_text(ns: int) -> str:
    """A blocked time for the table: µs below a millisecond, else ms with 3 decimals."""
    if ns <= 0:
        return ""
    if ns < 1_000_000:
        return QCoreApplication.translate("ChunkTableModel", "{0} µs").format(ns // 1000)
    return QCoreApplication.translate("ChunkTableModel", "{0} ms").format(f"{ns / 1e6:,.3f}")


class ChunkTableModel(QAbstractTableModel):
    COLUMNS = 7
    COL_INDEX, COL_CALL, COL_BYTES, COL_TIME, COL_PREVIEW, COL_WAITED, COL_OFFSET = range(7)
    PREVIEW = 4

    def __init__(self, store: CaptureStore, parent=None, log: SocketLog | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.times = times.ViewTimes(0 if log is None else log.t0_ns, log)  # View → Timestamps
        times.notifier().changed.connect(self.set_time_mode)
        self.origin = 0  # the first chunk shown: the views were cleared before it
        self._rows = 0
        self._cache: dict[int, tuple[int, int, int, int, int, int]] = {}
        self._headers = [
            self.tr("#"),
            self.tr("Call"),
            self.tr("Bytes"),
            self.tr("Time (s)"),
            self.tr("Preview"),
            self.tr("Waited"),
            self.tr("Stream offset"),
        ]
        self._header_tips = [
            self.tr("The call's place in this socket's chunks"),
            self.tr("recv(bufsize) or send(bytes offered): what was asked"),
            self.tr(
                "What the call returned: recv() may return fewer bytes than asked, "
                "send() may take fewer than offered"
            ),
            self.tr(
                "When the call returned, in seconds on the run's one clock (from its first "
                "socket), so both ends of a connection can be compared"
            ),
            self.tr("The first bytes, with escapes for the unprintable"),
            self.tr(
                "How long the call blocked: for recv(), the wait for data plus the call; "
                "for send(), from its first attempt until it returned"
            ),
            self.tr("Where the chunk starts in its direction's byte stream"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation != Qt.Orientation.Horizontal:
            return None
        role = int(role)
        if role in (DISPLAY, TOOLTIP) and section == self.COL_TIME and self.times.mode != "session":
            available = self.times.stamps().available
            text = times.header_text if role == DISPLAY else times.header_tip
            return text(self.times.mode, available)
        if role == DISPLAY:
            return self._headers[section]
        if role == TOOLTIP:
            return self._header_tips[section]
        return None

    @Slot(str)
    def set_time_mode(self, mode: str) -> None:
        """Times read another way: the Time column's header and cells (the
        view repaints what it shows; nothing is read per row now)."""
        self.times.set_mode(mode)
        col = self.COL_TIME
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)
        if self._rows:
            self.dataChanged.emit(self.index(0, col), self.index(self._rows - 1, col), [DISPLAY])

    def sync(self) -> None:
        """Insert the rows the store gained since the last call (once per drain)."""
        n = len(self.store) - self.origin
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()

    def clear(self) -> None:
        """Show only the chunks recorded from now on (the store keeps all)."""
        self.beginResetModel()
        self.origin, self._rows = len(self.store), 0
        self._cache.clear()
        self.endResetModel()

    def chunk_of(self, row: int) -> int:
        return row + self.origin

    def row_of(self, chunk: int) -> int:
        """The row of a chunk; -1 when the views were cleared after it."""
        return chunk - self.origin if chunk >= self.origin else -1

    def _row(self, r: int) -> tuple[int, int, int, int, int, int]:
        """(direction, asked, size, t_us, waited_ns, offset) of chunk ``r``,
        looked up in the store once: a repaint asks every cell for several
        roles, and a chunk never changes once recorded."""
        r += self.origin
        row = self._cache.get(r)
        if row is None:
            s = self.store
            row = (s.direction[r], s.asked[r], s.size[r], s.t_us[r], s.waited_ns[r], s.offset[r])
            if len(self._cache) >= ROW_CACHE:
                self._cache.clear()  # a screenful or two is all that is asked again
            self._cache[r] = row
        return row

    def data(self, index, role=DISPLAY):
        role = int(role)
        r, c = index.row(), index.column()
        if role == DISPLAY:
            if c == 0:
                return r + self.origin
            direction, asked, size, t_us, waited, offset = self._row(r)
            if c == 1:
                return f"{'recv' if direction == Direction.IN else 'send'}({asked})"
            if c == 2:
                return size
            if c == 3:
                return self.times.table_text(t_us)
            if c == self.COL_WAITED:
                return waited_text(waited)
            if c == self.COL_OFFSET:
                return offset
            if size == 0:
                return self.tr("b'' — end of stream")
            preview = self.store.preview(r + self.origin)
            return to_escaped_text(preview) + ("…" if size > len(preview) else "")
        if role == FOREGROUND:
            direction, _asked, size = self._row(r)[:3]
            if size == 0:
                return colors.color("eof")
            return colors.color("received" if direction == Direction.IN else "sent")
        if role == ALIGN:
            return RIGHT if c in (0, 2, 3, 5, 6) else None
        if role == TOOLTIP and c == 2:
            direction, _asked, size = self._row(r)[:3]
            if direction == Direction.IN:
                return self.tr("recv() returned {0} bytes").format(size)
            return self.tr("send() returned {0}: the kernel took {0} bytes").format(size)
        if role == TOOLTIP and c == self.COL_WAITED:
            direction, waited = self._row(r)[0], self._row(r)[4]
            text = waited_text(waited)
            if not text:
                return None
            if direction == Direction.IN:
                return self.tr("recv() blocked {0}: waiting for data, then the call").format(text)
            return self.tr(
                "send() blocked {0}: from its first attempt until the kernel took the bytes"
            ).format(text)
        return None


class ChunkTable(QTableView):
    """The chunk table's view: #, Call and Bytes always visible, and Time
    too where there is room (else it elides, never a number cut short)."""

    TELLING = 4  # #, Call, Bytes, Time: what a lesson's steps point at
    chunk_clicked = Signal(int)  # the chunk's index in the store (not its row)

    def __init__(self, model: ChunkTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chunkTable")
        self.setModel(model)
        self.clicked.connect(lambda idx: self.chunk_clicked.emit(model.chunk_of(idx.row())))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh = self.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow Time says "Ti…"
        samples = ("0000", "recv(65536)", "1048576", model.times.sample(), "x" * 18, "000.000 ms")
        for col, sample in enumerate(samples):
            self.setColumnWidth(col, self._fit(col, sample))
        self.natural_time = self.columnWidth(ChunkTableModel.COL_TIME)
        self._fitting = False
        self._time_auto = True  # until a person resizes the Time column
        hh.sectionResized.connect(self._resized)
        model.headerDataChanged.connect(self._time_read_anew)
        # #, Call and Bytes always visible: the rows' point is the return values
        self.setMinimumWidth(self.widths()[0])
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setToolTip(
            self.tr("One row per recv() result and per send() call: TCP moves bytes, not messages")
        )

    def _fit(self, col: int, sample: str) -> int:
        fm = self.fontMetrics()
        header = str(self.model().headerData(col, Qt.Orientation.Horizontal))
        return max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 12

    def time_least(self) -> int:
        """Time elided to its first digits ("0.7…"): never cut at the view's edge."""
        return self.fontMetrics().horizontalAdvance("0.0…") + 12

    def widths(self) -> tuple[int, int]:
        """The table's width with #, Call, Bytes and Time elided, and with Time whole."""
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        first = sum(self.columnWidth(c) for c in range(self.TELLING - 1)) + chrome
        return first + self.time_least(), first + self.natural_time

    def _resized(self, col: int, _old: int, new: int) -> None:
        if col == ChunkTableModel.COL_TIME and not self._fitting:
            self._time_auto = False
            self.natural_time = new

    @Slot(Qt.Orientation, int, int)
    def _time_read_anew(self, _orientation, first: int, last: int) -> None:
        """Timestamps chosen anew: Time as wide as its new numbers."""
        col = ChunkTableModel.COL_TIME
        model = self.model()
        if self._time_auto and first <= col <= last and isinstance(model, ChunkTableModel):
            self.natural_time = self._fit(col, model.times.sample())
            self.fit_time()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_time()

    def fit_time(self) -> None:
        """Time as wide as its numbers, or what is left of the view (elided)."""
        if not self._time_auto:
            return
        left = self.viewport().width() - sum(self.columnWidth(c) for c in range(3))
        width = max(min(self.natural_time, left), self.time_least())
        if width != self.columnWidth(ChunkTableModel.COL_TIME):
            self._fitting = True
            self.setColumnWidth(ChunkTableModel.COL_TIME, width)
            self._fitting = False
