"""The stream ruler: one byte axis, the sender's send() boundaries above and the
receiver's recv() boundaries below.

It is the picture of "TCP is a stream": three send() calls can arrive as one
recv(), one send() as five. For a connection whose both ends are in the window
it shows both sides; otherwise the side it has. Zoom (wheel, buttons) and
scroll work on long streams; only the chunks on screen are painted.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from ..core.capture import CaptureStore
from ..core.capture_dir import Piece, boundaries, chunk_from, chunk_holding
from ..core.events import Direction
from .fit import shrink_combo

SEND_FILL = (QColor("#fed7aa"), QColor("#fdba74"))
RECV_FILL = (QColor("#bfdbfe"), QColor("#93c5fd"))
EDGE = QColor("#374151")
HIGHLIGHT = QColor(250, 204, 21, 170)
TRACK_H = 34
SCROLL_MAX = 1 << 30
AXIS_H = 22


class Track:
    """The chunks of one direction of one store, looked up by stream offset
    (nothing is copied: a long stream costs no memory here)."""

    def __init__(self, store: CaptureStore | None, direction: int) -> None:
        self.store = store
        self.direction = direction

    @property
    def total(self) -> int:
        return self.store.total[self.direction] if self.store is not None else 0

    @property
    def calls(self) -> int:
        return self.store.calls[self.direction] if self.store is not None else 0

    def at(self, offset: int) -> Piece | None:
        """The chunk holding stream ``offset``."""
        return chunk_holding(self.store, self.direction, offset) if self.store else None

    def first_from(self, offset: int) -> Piece | None:
        """The chunk holding ``offset``, or the next one."""
        return chunk_from(self.store, self.direction, offset) if self.store else None

    def edges(self) -> list[int]:
        """Every chunk boundary: start offsets, then the end of the last chunk."""
        return boundaries(self.store, self.direction) if self.store else []


class RulerCanvas(QWidget):
    chunk_clicked = Signal(str, int)  # "send"/"recv", the chunk's index in its store

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rulerCanvas")
        self.setMinimumHeight(2 * TRACK_H + AXIS_H + 30)
        self.send = Track(None, Direction.OUT)
        self.recv = Track(None, Direction.IN)
        self.scale = 1.0  # bytes per pixel
        self.start = 0  # stream offset at the left edge
        self.highlight: tuple[int, int] | None = None
        self.fit = True

    def total(self) -> int:
        return max(self.send.total, self.recv.total)

    def x_of(self, offset: float) -> float:
        """Pixel column of a stream offset, clamped near the widget (Qt paints
        with 32-bit ints; a long stream zoomed in is far wider than that)."""
        x = 8 + (offset - self.start) / self.scale
        return min(max(x, -16.0), self.width() + 16.0)

    def offset_at(self, x: float) -> int:
        return int(self.start + (x - 8) * self.scale)

    def usable_width(self) -> int:
        return max(1, self.width() - 16)

    def fit_all(self) -> None:
        self.fit = True
        self.start = 0
        self.scale = max(self.total() / self.usable_width(), 1 / 40)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        if self.fit:
            self.scale = max(self.total() / self.usable_width(), 1 / 40)
            self.start = 0
        top_send, axis_y = 18, 18 + TRACK_H
        top_recv = axis_y + AXIS_H
        p.setPen(EDGE)
        p.drawText(8, 13, self.tr("send() calls of the sender"))
        p.drawText(8, top_recv + TRACK_H + 14, self.tr("recv() results of the receiver"))
        self._paint_track(p, self.send, top_send, SEND_FILL, "send")
        self._paint_track(p, self.recv, top_recv, RECV_FILL, "recv")
        # axis with offset ticks
        p.setPen(EDGE)
        p.drawLine(8, axis_y + AXIS_H // 2, self.width() - 8, axis_y + AXIS_H // 2)
        step = self._tick_step()
        first = (self.start // step) * step
        off = first
        right = self.offset_at(self.width() - 8)
        while off <= right:
            x = int(self.x_of(off))
            if x >= 8:
                p.drawLine(x, axis_y + 6, x, axis_y + AXIS_H - 6)
                p.drawText(x + 2, axis_y + AXIS_H - 2, f"{off:,}")
            off += step
        if self.highlight:
            a, b = self.highlight
            x0, x1 = self.x_of(a), self.x_of(b)
            p.fillRect(QRect(int(x0), 16, max(2, int(x1 - x0)), top_recv + TRACK_H - 14), HIGHLIGHT)

    def _tick_step(self) -> int:
        span = max(1, int(self.scale * 120))  # about one tick every 120 px
        step = 1
        while step < span:
            for m in (2, 5, 10):
                if step * m >= span:
                    return step * m
            step *= 10
        return step

    def _paint_track(self, p: QPainter, track: Track, top: int, fills, kind: str) -> None:
        if not track.total:
            p.setPen(QColor("#9ca3af"))
            p.drawText(
                12,
                top + TRACK_H // 2 + 4,
                self.tr("(not in this window)")
                if track.store is None
                else self.tr("(no bytes yet)"),
            )
            return
        left, right = self.start, self.offset_at(self.width())
        pen = QPen(EDGE)
        c = track.first_from(left)
        # bounded: each turn moves past a chunk, or past a pixel column
        while c is not None and c.offset <= right:
            off, size = c.offset, c.size
            x0, x1 = self.x_of(off), self.x_of(off + size)
            p.setPen(pen)
            if x1 - x0 < 1:
                # many chunks share this pixel column: one boundary, skip the rest
                p.drawLine(int(x0), top - 2, int(x0), top + TRACK_H + 2)
                c = track.first_from(max(off + size, self.offset_at(int(x0) + 1)))
                continue
            rect = QRect(int(x0), top, max(1, int(x1) - int(x0)), TRACK_H)
            p.fillRect(rect, fills[c.chunk % 2])
            p.drawLine(int(x0), top - 2, int(x0), top + TRACK_H + 2)  # boundary
            if rect.width() > 30:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{size:,}")
            c = track.first_from(off + size)
        end = track.total
        if end <= right:
            x = int(self.x_of(end))
            p.setPen(pen)
            p.drawLine(x, top - 2, x, top + TRACK_H + 2)

    def mousePressEvent(self, event) -> None:
        pos: QPoint = event.position().toPoint()
        offset = self.offset_at(pos.x())
        top_recv = 18 + TRACK_H + AXIS_H
        if 18 <= pos.y() < 18 + TRACK_H:
            track, kind = self.send, "send"
        elif top_recv <= pos.y() < top_recv + TRACK_H:
            track, kind = self.recv, "recv"
        else:
            return
        c = track.at(offset)
        if c is not None:
            self.highlight = (c.offset, c.offset + c.size)
            self.update()
            self.chunk_clicked.emit(kind, c.chunk)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(0.8**steps, event.position().x())

    def zoom(self, factor: float, at_x: float | None = None) -> None:
        at_x = self.width() / 2 if at_x is None else at_x
        anchor = self.offset_at(at_x)
        self.fit = False
        self.scale = min(max(self.scale * factor, 1 / 40), max(1.0, self.total() / 50))
        self.start = max(0, int(anchor - (at_x - 8) * self.scale))
        self.update()


class RulerPanel(QWidget):
    """The Ruler tab of a connection pane."""

    chunk_selected = Signal(str, object, int)  # "send"/"recv", session, chunk index

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("streamRuler")
        self.session = session
        self.peer_lookup = lambda s: None  # set by the window: the other end, if local
        self.canvas = RulerCanvas()
        self.direction = QComboBox()
        self.direction.setObjectName("rulerDirectionCombo")
        self.direction.setAccessibleName(self.tr("Direction"))
        shrink_combo(self.direction)  # a narrow tab elides its choice
        self.direction.addItem(self.tr("Bytes this socket received"), Direction.IN)
        self.direction.addItem(self.tr("Bytes this socket sent"), Direction.OUT)
        self.direction.currentIndexChanged.connect(self.rebuild)
        self.note = QLabel()
        self.note.setObjectName("rulerNote")
        self.note.setWordWrap(True)
        zoom_in = QPushButton("+")
        zoom_in.setObjectName("rulerZoomIn")
        zoom_in.setToolTip(self.tr("Zoom in (or the mouse wheel)"))
        zoom_out = QPushButton("−")
        zoom_out.setObjectName("rulerZoomOut")
        zoom_out.setToolTip(self.tr("Zoom out"))
        fit = QPushButton(self.tr("Fit"))
        fit.setObjectName("rulerFit")
        fit.setToolTip(self.tr("Show the whole stream"))
        for b in (zoom_in, zoom_out, fit):
            b.setMaximumWidth(48)
        zoom_in.clicked.connect(lambda: self.canvas.zoom(0.5))
        zoom_out.clicked.connect(lambda: self.canvas.zoom(2.0))
        fit.clicked.connect(self.canvas.fit_all)
        self.scroll_bar = QScrollBar(Qt.Orientation.Horizontal)
        self.scroll_bar.setObjectName("rulerScroll")
        self.scroll_bar.valueChanged.connect(self._scrolled)
        row = QHBoxLayout()
        row.addWidget(self.direction, 1)
        for b in (zoom_in, zoom_out, fit):
            row.addWidget(b)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        v.addLayout(row)
        v.addWidget(self.canvas, 1)
        v.addWidget(self.scroll_bar)
        v.addWidget(self.note)
        self.canvas.chunk_clicked.connect(self._clicked)
        self._peer = None
        self._unit = 1
        self.rebuild()

    def peer(self):
        if self._peer is None:
            self._peer = self.peer_lookup(self.session)
        return self._peer

    def _sync(self) -> None:
        """Find the other end once it is known, and take in new chunks."""
        if self._peer is None and self.peer() is not None:
            self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        """(Re)build the tracks for the chosen direction."""
        d = self.direction.currentData()
        peer = self.peer()
        own, other = self.session.store, peer.store if peer else None
        if d == Direction.IN:  # peer sent, we received
            self.canvas.send = Track(other, Direction.OUT)
            self.canvas.recv = Track(own, Direction.IN)
        else:  # we sent, peer received
            self.canvas.send = Track(own, Direction.OUT)
            self.canvas.recv = Track(other, Direction.IN)
        self.canvas.highlight = None
        self.canvas.fit = True
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Catch up with the stores; skipped while the tab is not shown."""
        if not self.isVisible():
            return
        self._sync()
        total = self.canvas.total()
        visible = int(self.canvas.usable_width() * self.canvas.scale)
        # QScrollBar holds 32-bit ints: scroll in units of bytes that keep it small
        self._unit = max(1, -(-total // SCROLL_MAX))
        u = self._unit
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, max(0, total - visible) // u)
        self.scroll_bar.setPageStep(max(1, visible // u))
        self.scroll_bar.setValue(min(self.canvas.start // u, self.scroll_bar.maximum()))
        self.scroll_bar.blockSignals(False)
        if self.peer() is None:
            text = self.tr(
                "The other end is not in this window: only this socket's boundaries are shown."
            )
        else:
            text = self.tr(
                "{0} send() calls above, {1} recv() results below, one stream of "
                "{2} bytes: the boundaries need not line up."
            ).format(self.canvas.send.calls, self.canvas.recv.calls, f"{total:,}")
        if self.note.text() != text:
            self.note.setText(text)
        if self.isVisible():
            self.canvas.update()

    @Slot(int)
    def _scrolled(self, value: int) -> None:
        self.canvas.fit = False
        self.canvas.start = value * self._unit
        self.canvas.update()

    @Slot(str, int)
    def _clicked(self, kind: str, index: int) -> None:
        track = self.canvas.send if kind == "send" else self.canvas.recv
        store = track.store
        session = self.session if store is self.session.store else self.peer()
        self.chunk_selected.emit(kind, session, index)

    def highlight_stream(self, start: int, end: int) -> None:
        self.canvas.highlight = (start, end)
        self.canvas.update()

    def boundaries(self) -> tuple[list[int], list[int]]:
        """(send() boundaries, recv() boundaries) as stream offsets."""
        self._sync()
        return self.canvas.send.edges(), self.canvas.recv.edges()
