"""The bytes view: the connection's bytes, received and sent in two colours.

It paints only the rows that are on screen, straight from the capture store,
so a flood costs nothing but a repaint of a few dozen rows. Modes: hex + ASCII,
or text decoded as UTF-8 or Latin-1 (a new line at each ``\\n``, at a change of
direction, and every 96 bytes).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea

from ..core.capture import CaptureStore
from ..core.events import Direction

HEX_WIDTH = 16
TEXT_WRAP = 96
COLOURS = {Direction.IN: QColor("#1d4ed8"), Direction.OUT: QColor("#c2410c")}
MUTED = QColor("#6b7280")


class BytesView(QAbstractScrollArea):
    MODES = ("hex", "utf-8", "latin-1")

    def __init__(self, store: CaptureStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.mode = "hex"
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._line_starts = array("q")   # text mode: combined offsets of line starts
        self._scanned = 0                # text mode: bytes scanned for line starts
        self._follow = True
        self.row_bytes = HEX_WIDTH

    # -- data ------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode not in self.MODES:
            raise ValueError(mode)
        self.mode = mode
        self._follow = True
        self.refresh()

    def refresh(self) -> None:
        """Call after the store grew: adjust the scroll range, repaint if shown."""
        bar = self.verticalScrollBar()
        at_end = self._follow or bar.value() >= bar.maximum()
        if self.mode != "hex":
            self._scan_lines()
        rows = self._row_count()
        page = max(1, self.viewport().height() // self._line_height())
        bar.setRange(0, max(0, rows - page))
        bar.setPageStep(page)
        if at_end:
            bar.setValue(bar.maximum())
        self._follow = False
        if self.isVisible():
            self.viewport().update()

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _first_offset(self) -> int:
        return self.store.base - self.store.base % self.row_bytes

    def _row_count(self) -> int:
        s = self.store
        if self.mode == "hex":
            span = s.combined_total - self._first_offset()
            return (span + self.row_bytes - 1) // self.row_bytes
        return len(self._line_starts)

    def _scan_lines(self) -> None:
        s = self.store
        starts = self._line_starts
        if self._scanned < s.base:  # bytes were dropped: start again at the base
            starts = self._line_starts = array("q")
            self._scanned = s.base
        if starts and starts[0] < s.base:
            i = bisect_right(starts, s.base)
            del starts[:max(i - 1, 0)]
        pos, end = self._scanned, s.combined_total
        if pos >= end:
            return
        if not starts:
            starts.append(pos)
        last = starts[-1]
        prev = s.direction_at(pos - 1) if pos > s.base else None
        for rs, re_, d in s.runs_in(pos, end):
            if d != prev and rs != last:      # a change of direction starts a line
                starts.append(rs)
                last = rs
            prev = d
            chunk = s.retained(rs, re_)
            i = 0
            while True:
                j = chunk.find(b"\n", i)
                stop_at = rs + j + 1 if j >= 0 else re_
                while stop_at - last > TEXT_WRAP:
                    last += TEXT_WRAP
                    starts.append(last)
                if j < 0:
                    break
                if stop_at != last:
                    starts.append(stop_at)
                    last = stop_at
                i = j + 1
        self._scanned = end

    # -- painting -----------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # 16 bytes a row when they fit, else 8: offset + hex + ASCII columns.
        cw = self.fontMetrics().horizontalAdvance("0")
        fits16 = self.viewport().width() >= (10 + HEX_WIDTH * 4 + 4) * cw
        self.row_bytes = HEX_WIDTH if fits16 else HEX_WIDTH // 2
        self.refresh()

    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        fm = self.fontMetrics()
        lh = self._line_height()
        cw = fm.horizontalAdvance("0")
        s = self.store
        y = fm.ascent() + 1
        first_row = self.verticalScrollBar().value()
        page = self.viewport().height() // lh + 1
        if s.dropped and first_row == 0:
            p.setPen(MUTED)
            p.drawText(4, y, self.tr("[… {0} earlier bytes not shown …]").format(s.dropped))
            y += lh
        if s.combined_total == 0:
            p.setPen(MUTED)
            p.drawText(QRect(0, 0, self.viewport().width(), self.viewport().height()),
                       Qt.AlignmentFlag.AlignCenter, self.tr("No bytes yet"))
            return
        if self.mode == "hex":
            self._paint_hex(p, first_row, page, y, lh, cw)
        else:
            self._paint_text(p, first_row, page, y, lh, cw)

    def _paint_hex(self, p: QPainter, first_row: int, page: int, y: int, lh: int,
                   cw: int) -> None:
        s = self.store
        width = self.row_bytes
        half = width // 2
        start0 = self._first_offset()
        hex_x = 10 * cw
        ascii_x = hex_x + (width * 3 + 2) * cw
        for row in range(first_row, min(first_row + page, self._row_count())):
            start = start0 + row * width
            end = min(start + width, s.combined_total)
            p.setPen(MUTED)
            p.drawText(4, y, f"{start:08x}")
            for rs, re_, d in s.runs_in(max(start, s.base), end):
                data = s.retained(rs, re_)
                p.setPen(COLOURS.get(d, MUTED))
                col = rs - start
                # at most two strings a run: the halves of a row have a gap between
                split = max(0, min(len(data), half - col))
                if split:
                    p.drawText(hex_x + col * 3 * cw, y, data[:split].hex(" "))
                if split < len(data):
                    c2 = col + split
                    p.drawText(hex_x + (c2 * 3 + 1) * cw, y, data[split:].hex(" "))
                p.drawText(ascii_x + col * cw, y,
                           "".join(chr(b) if 32 <= b < 127 else "·" for b in data))
            y += lh

    def _paint_text(self, p: QPainter, first_row: int, page: int, y: int, lh: int,
                    cw: int) -> None:
        s = self.store
        starts = self._line_starts
        n = len(starts)
        for row in range(first_row, min(first_row + page, n)):
            start = starts[row]
            end = starts[row + 1] if row + 1 < n else s.combined_total
            x = 4
            for rs, re_, d in s.runs_in(start, end):
                raw = s.retained(rs, re_).rstrip(b"\n")
                text = raw.decode(self.mode, errors="replace")
                text = "".join(ch if ch.isprintable() or ch == " " else "·" for ch in text)
                p.setPen(COLOURS.get(d, MUTED))
                p.drawText(x, y, text)
                x += self.fontMetrics().horizontalAdvance(text)
            y += lh

    def wheelEvent(self, event) -> None:
        super().wheelEvent(event)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
