"""The bytes view: the connection's bytes, received and sent in two colours.

It paints only the rows on screen, straight from the capture store (from
``origin`` on: views can be cleared). Modes: hex + ASCII, or text decoded as
UTF-8 or Latin-1 (a new line at each ``\\n``, a change of direction, 96 bytes).

In hex mode bytes can be selected with the mouse (press and drag over the hex
or ASCII column; shift+click extends; Esc clears). A selection is a range
``[start, end)`` of combined-stream offsets; ``selection_changed`` reports it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea

from ..core.capture import CaptureStore
from ..core.events import Direction
from . import colors

HEX_WIDTH = 16
TEXT_WRAP = 96
# a direction's colour, keyed by int: CaptureStore.runs_in() gives plain ints
ROLE: dict[int, str] = {Direction.IN: "received", Direction.OUT: "sent"}


class BytesView(QAbstractScrollArea):
    MODES = ("hex", "utf-8", "latin-1")

    #: (start, end) combined-stream offsets of the selection; start == end: none.
    #: qlonglong, not int: offsets pass 2**31 after 2 GiB of traffic.
    #: PySide6 accepts C++ type names here (no Python type maps to qlonglong), but
    #: its stub for Signal allows only ``type`` (Slot's allows ``type | str``).
    selection_changed = Signal("qlonglong", "qlonglong")  # type: ignore[arg-type]

    def __init__(self, store: CaptureStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.mode = "hex"
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._line_starts = array("q")  # text mode: combined offsets of line starts
        self._scanned = 0  # text mode: bytes scanned for line starts
        self.text_wrap = TEXT_WRAP  # text mode: bytes a line at most
        self._follow = True
        self.row_bytes = HEX_WIDTH
        self._sel = (0, 0)  # [start, end) combined offsets; (0, 0): none
        self.origin = 0  # bytes before it are not shown: the views were cleared
        self._anchor: int | None = None  # where a drag or shift+click extends from
        self._dragging = False
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    # -- data ------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode not in self.MODES:
            raise ValueError(mode)
        self.mode, self._follow, self._dragging = mode, True, False
        self.clear_selection()
        self.viewport().setCursor(
            Qt.CursorShape.IBeamCursor if mode == "hex" else Qt.CursorShape.ArrowCursor
        )
        self.refresh()

    @property
    def base(self) -> int:  # the first byte shown: kept, and not cleared
        return max(self.store.base, self.origin)

    def start_at(self, origin: int) -> None:
        """Show only the bytes from combined offset ``origin`` on (clear the view)."""
        self.origin, self._follow = origin, True
        self._line_starts, self._scanned = array("q"), origin
        self.clear_selection()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Call after the store grew: adjust the scroll range, repaint if shown.
        Text modes find line starts by scanning the bytes: only while shown."""
        if self.mode != "hex" and not self.isVisible():
            return
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
        start, end = self._sel
        if start < end and start < self.base:  # the bytes were dropped
            self._set_sel(self.base, end)
        if self.isVisible():
            self.viewport().update()

    # -- selection ------------------------------------------------------------------
    def selection(self) -> tuple[int, int]:
        """The selected bytes as combined offsets ``(start, end)``; ``(0, 0)``: none."""
        return self._sel

    def set_selection(self, start: int, end: int) -> None:
        """Select combined offsets [start, end), clamped to the bytes shown
        ``[base, store.combined_total)``; scrolls the start into view.
        Hex mode only: in the text modes this does nothing."""
        if self.mode != "hex":
            return
        if end < start:
            start, end = end, start
        self._anchor = max(self.base, min(start, self.store.combined_total))
        self._set_sel(start, end)
        if self._sel[0] < self._sel[1]:
            self._scroll_to(self._sel[0])

    def clear_selection(self) -> None:
        self._anchor = None
        self._set_sel(0, 0)

    def _set_sel(self, start: int, end: int) -> None:
        lo, hi = self.base, self.store.combined_total
        start, end = max(lo, min(start, hi)), max(lo, min(end, hi))
        sel = (start, end) if start < end else (0, 0)
        if sel != self._sel:
            self._sel = sel
            self.viewport().update()
            self.selection_changed.emit(*sel)

    def _scroll_to(self, offset: int) -> None:
        row = (offset - self._first_offset()) // self.row_bytes
        bar = self.verticalScrollBar()
        if not bar.value() <= row < bar.value() + max(1, bar.pageStep()):
            bar.setValue(row - bar.pageStep() // 3)

    def _layout(self) -> tuple[int, int, int, int]:
        """Hex mode geometry: (line height, char width, hex_x, ascii_x)."""
        cw = self.fontMetrics().horizontalAdvance("0")
        hex_x = 10 * cw
        return self._line_height(), cw, hex_x, hex_x + (self.row_bytes * 3 + 2) * cw

    def _top_rows(self) -> int:
        """Screen rows taken by the "earlier bytes not shown" marker (0 or 1)."""
        return int(self.store.dropped > self.origin and self.verticalScrollBar().value() == 0)

    def offset_at(self, pos: QPoint) -> int | None:
        """Combined offset of the retained byte painted at viewport position
        ``pos`` (its hex pair or ASCII character), or None (text modes too)."""
        return self._hit(pos, clamp=False)

    def _hit(self, pos: QPoint, clamp: bool) -> int | None:
        """The byte at ``pos``; with ``clamp`` (dragging) the nearest retained byte."""
        s = self.store
        if self.mode != "hex" or s.combined_total <= self.base:
            return None
        lh, cw, hex_x, ascii_x = self._layout()
        width, half = self.row_bytes, self.row_bytes // 2
        x, y = pos.x(), pos.y()
        if x < ascii_x - cw:  # hex column (and left of it)
            rel = (x - hex_x) // cw
            col = rel // 3 if rel < half * 3 else (rel - 1) // 3
            inside = 0 <= rel < width * 3
        else:  # ASCII column (and right of it)
            col = (x - ascii_x) // cw
            inside = 0 <= col < width
        screen_row = y // lh - self._top_rows()
        inside = inside and y >= 0 and screen_row >= 0
        if not inside and not clamp:
            return None
        col = max(0, min(col, width - 1))
        row = self.verticalScrollBar().value() + max(screen_row, 0)
        offset = self._first_offset() + row * width + col
        if self.base <= offset < s.combined_total:
            return offset
        if not clamp:
            return None
        return max(self.base, min(offset, s.combined_total - 1))

    def mousePressEvent(self, event) -> None:
        if self.mode != "hex" or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        offset = self.offset_at(event.position().toPoint())
        if offset is None:
            self.clear_selection()
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if not (shift and self._anchor is not None):
            self._anchor = offset
        self._dragging = True
        self._extend_to(offset)

    def mouseMoveEvent(self, event) -> None:
        if not self._dragging:
            super().mouseMoveEvent(event)
            return
        pos = event.position().toPoint()
        bar = self.verticalScrollBar()
        if pos.y() < 0:  # dragging past an edge scrolls
            bar.setValue(bar.value() - 1)
        elif pos.y() >= self.viewport().height():
            bar.setValue(bar.value() + 1)
        offset = self._hit(pos, clamp=True)
        if offset is not None:
            self._extend_to(offset)

    def mouseReleaseEvent(self, event) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._sel[0] < self._sel[1]:
            self.clear_selection()
            return
        super().keyPressEvent(event)

    def _extend_to(self, offset: int) -> None:
        a = self._anchor if self._anchor is not None else offset
        self._set_sel(min(a, offset), max(a, offset) + 1)

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _first_offset(self) -> int:
        return self.base - self.base % self.row_bytes

    def _row_count(self) -> int:
        s = self.store
        if self.mode == "hex":
            span = s.combined_total - self._first_offset()
            return (span + self.row_bytes - 1) // self.row_bytes
        return len(self._line_starts)

    def _scan_lines(self) -> None:
        s = self.store
        starts = self._line_starts
        if self._scanned < self.base:  # bytes were dropped: start again at the base
            starts = self._line_starts = array("q")
            self._scanned = self.base
        if starts and starts[0] < self.base:
            i = bisect_right(starts, self.base)
            del starts[: max(i - 1, 0)]
        pos, end = self._scanned, s.combined_total
        if pos >= end:
            return
        if not starts:
            starts.append(pos)
        last = starts[-1]
        prev = s.direction_at(pos - 1) if pos > self.base else None
        for rs, re_, d in s.runs_in(pos, end):
            if d != prev and rs != last:  # a change of direction starts a line
                starts.append(rs)
                last = rs
            prev = d
            chunk = s.retained(rs, re_)
            i = 0
            while True:
                j = chunk.find(b"\n", i)
                stop_at = rs + j + 1 if j >= 0 else re_
                while stop_at - last > self.text_wrap:
                    last += self.text_wrap
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
        # 16 bytes a row when they fit, else 8, else 4: offset + hex + ASCII columns
        # (the ASCII column ends at 12 + 4 × bytes characters), never cut at the right
        cw = self.fontMetrics().horizontalAdvance("0")
        room = self.viewport().width() // max(cw, 1)
        fits = [n for n in (HEX_WIDTH, HEX_WIDTH // 2) if room >= 12 + 4 * n + 2]
        self.row_bytes = fits[0] if fits else HEX_WIDTH // 4
        # text modes wrap at the width that fits (no horizontal scrolling)
        wrap = max(16, min(TEXT_WRAP, self.viewport().width() // max(cw, 1) - 2))
        if wrap != self.text_wrap:
            self.text_wrap = wrap
            self._line_starts = array("q")
            self._scanned = self.base
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
        if s.dropped > self.origin and first_row == 0:
            p.setPen(colors.color("muted"))
            hidden = f"{s.dropped - self.origin:,}"
            p.drawText(4, y, self.tr("[… {0} earlier bytes not shown …]").format(hidden))
            y += lh
        if s.combined_total <= self.base and s.dropped <= self.origin:
            p.setPen(colors.color("muted"))
            p.drawText(
                QRect(0, 0, self.viewport().width(), self.viewport().height()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No bytes yet"),
            )
            return
        if self.mode == "hex":
            if self._sel[0] < self._sel[1]:
                self._paint_selection(p, first_row, page, y - fm.ascent() - 1, lh, cw)
            self._paint_hex(p, first_row, page, y, lh, cw)
        else:
            self._paint_text(p, first_row, page, y, lh, cw)

    def _paint_selection(
        self, p: QPainter, first_row: int, page: int, top: int, lh: int, cw: int
    ) -> None:
        """Translucent boxes behind the selected bytes, hex and ASCII columns."""
        width, half = self.row_bytes, self.row_bytes // 2
        start0 = self._first_offset()
        _, _, hex_x, ascii_x = self._layout()
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(80)
        sel_start, sel_end = self._sel
        # only the visible rows that hold selected bytes
        lo = max(first_row, (sel_start - start0) // width)
        hi = min(first_row + page, self._row_count(), (sel_end - 1 - start0) // width + 1)
        for row in range(lo, hi):
            start = start0 + row * width
            c0 = max(sel_start, start) - start
            c1 = min(sel_end, start + width) - start  # exclusive
            y = top + (row - first_row) * lh
            x0 = hex_x + (c0 * 3 + (1 if c0 >= half else 0)) * cw
            x1 = hex_x + ((c1 - 1) * 3 + (1 if c1 - 1 >= half else 0) + 2) * cw
            p.fillRect(QRect(x0 - cw // 2, y, x1 - x0 + cw, lh), colour)
            p.fillRect(QRect(ascii_x + c0 * cw, y, (c1 - c0) * cw, lh), colour)

    def _paint_hex(self, p: QPainter, first_row: int, page: int, y: int, lh: int, cw: int) -> None:
        s = self.store
        width = self.row_bytes
        half = width // 2
        start0 = self._first_offset()
        hex_x = 10 * cw
        ascii_x = hex_x + (width * 3 + 2) * cw
        for row in range(first_row, min(first_row + page, self._row_count())):
            start = start0 + row * width
            end = min(start + width, s.combined_total)
            p.setPen(colors.color("muted"))
            p.drawText(4, y, f"{start:08x}")
            for rs, re_, d in s.runs_in(max(start, self.base), end):
                data = s.retained(rs, re_)
                p.setPen(colors.color(ROLE.get(d, "muted")))
                col = rs - start
                # at most two strings a run: the halves of a row have a gap between
                split = max(0, min(len(data), half - col))
                if split:
                    p.drawText(hex_x + col * 3 * cw, y, data[:split].hex(" "))
                if split < len(data):
                    c2 = col + split
                    p.drawText(hex_x + (c2 * 3 + 1) * cw, y, data[split:].hex(" "))
                p.drawText(
                    ascii_x + col * cw, y, "".join(chr(b) if 32 <= b < 127 else "·" for b in data)
                )
            y += lh

    def _paint_text(self, p: QPainter, first_row: int, page: int, y: int, lh: int, cw: int) -> None:
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
                p.setPen(colors.color(ROLE.get(d, "muted")))
                p.drawText(x, y, text)
                x += self.fontMetrics().horizontalAdvance(text)
            y += lh

    def wheelEvent(self, event) -> None:
        super().wheelEvent(event)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
