"""The conversation view's drawing: a lifeline per socket (two ends of a
connection; up to four for a relay: client, relay-in, relay-out, target),
time running down, a box per call (its height: how long it blocked), arrows
for the bytes in flight, FIN and RST, and dotted ones for what a relay
passed on. It paints a :class:`~..core.sequence.Scene` that the view
computed for the time on screen; it reads no store while painting.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.sequence import Arrow, ArrowKind, Band, Box, Kind, Scene

HEADER_H = 44  # the names above the lifelines
AXIS_W = 72  # time labels on the left
BOX_W = 14
MIN_BOX_H = 3.0
FAR = 1e6  # pixels: what lies further off is clipped before Qt sees it
COLOURS = {  # (made once, not per paint)
    Kind.SEND: QColor("#fb923c"),
    Kind.RECV: QColor("#60a5fa"),
    Kind.EOF: QColor("#7c3aed"),
    Kind.CONNECT: QColor("#16a34a"),
    Kind.ACCEPT: QColor("#16a34a"),
    Kind.SHUTDOWN: QColor("#0891b2"),
    Kind.CLOSE: QColor("#4b5563"),
    Kind.ABORT: QColor("#9f1239"),
    Kind.FAILED: QColor("#dc2626"),
    Kind.WOULD_BLOCK: QColor("#d97706"),
    Kind.SELECT: QColor("#94a3b8"),
}
ARROW_COLOURS = {
    ArrowKind.DATA: QColor("#374151"),
    ArrowKind.FIN: QColor("#7c3aed"),
    ArrowKind.RST: QColor("#dc2626"),
    ArrowKind.FORWARD: QColor("#0d9488"),
}
ARROW_PENS = {  # (width, style)
    ArrowKind.DATA: (1.2, Qt.PenStyle.SolidLine),
    ArrowKind.FIN: (2.0, Qt.PenStyle.DashLine),
    ArrowKind.RST: (2.0, Qt.PenStyle.DashLine),
    ArrowKind.FORWARD: (1.6, Qt.PenStyle.DotLine),
}
LIFELINE = QColor("#9ca3af")


def clip(x0: float, y0: float, x1: float, y1: float, top: float, bottom: float):
    """The part of a segment between two heights, and whether its end is in
    it (None: none of it is)."""
    dx, dy = x1 - x0, y1 - y0
    if dy == 0:
        return ((x0, y0, x1, y1), True) if top <= y0 <= bottom else None
    ta, tb = (top - y0) / dy, (bottom - y0) / dy
    lo, hi = max(0.0, min(ta, tb)), min(1.0, max(ta, tb))
    if lo > hi:
        return None
    return (x0 + dx * lo, y0 + dy * lo, x0 + dx * hi, y0 + dy * hi), hi == 1.0


class SequenceCanvas(QWidget):
    box_clicked = Signal(int, int)  # side, chunk row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceCanvas")
        self.setMinimumSize(280, 240)
        self.scene: Scene | None = None
        self.names: tuple[str, ...] = ("", "")  # one a lane, left to right
        self.addresses: tuple[str, ...] = ("", "")
        self.t0 = 0  # the run's clock: time labels count from it
        self.t_top = 0  # time at the top of the plot (ns)
        self.ns_per_px = 1000.0
        self.selected: Box | None = None
        self.describe_arrow = lambda arrow: ""  # set by the view: a hover's text
        self.describe_box = lambda box: ""
        self.header_h = HEADER_H  # more past two lanes: their names on two rows
        self._hits: list[tuple[QRectF, Box]] = []
        self._lines: list[tuple[QLineF, Arrow]] = []

    # -- geometry -----------------------------------------------------------------
    def plot_height(self) -> int:
        return max(1, self.height() - self.header_h)

    def y_of(self, t: float) -> float:
        return self.header_h + (t - self.t_top) / self.ns_per_px

    def t_at(self, y: float) -> int:
        return int(self.t_top + (y - self.header_h) * self.ns_per_px)

    def lanes(self) -> int:
        return len(self.names)

    def x_of(self, side: int) -> float:
        span, n = self.width() - AXIS_W, self.lanes()
        if n == 2:  # two ends: their words outside, the arrows between
            return AXIS_W + span * (0.35 if side == 0 else 0.65)
        return AXIS_W + span * (side + 0.5) / n

    def outer_left(self, side: int) -> bool:
        """A lane in the left half: its words on its left."""
        return side < self.lanes() / 2

    def set_names(self, names: tuple[str, ...]) -> None:
        """The lanes' names; past two lanes they stand on two rows, every
        other lane on the lower one, so that each has twice the width."""
        self.names = names
        self.addresses = ("",) * len(names)
        rows = 1 if len(names) <= 2 else 2
        self.header_h = HEADER_H + (rows - 1) * 2 * self.fontMetrics().height()

    def region(self, side: int) -> tuple[float, float]:
        """The lane's room for its name: half way to its neighbours on its row."""
        x, n, k = self.x_of(side), self.lanes(), 1 if self.lanes() <= 2 else 2
        lo = (self.x_of(side - k) + x) / 2 + 4 if side >= k else float(AXIS_W)
        hi = (x + self.x_of(side + k)) / 2 - 4 if side < n - k else float(self.width())
        return lo, hi

    def box_rect(self, box: Box) -> QRectF:
        y0, y1 = self.y_of(box.t_from), self.y_of(box.t_end)
        y0, y1 = max(y0, -FAR), min(y1, FAR)
        if y1 - y0 < MIN_BOX_H:
            mid = (y0 + y1) / 2
            y0, y1 = mid - MIN_BOX_H / 2, mid + MIN_BOX_H / 2
        return QRectF(self.x_of(box.side) - BOX_W / 2, y0, BOX_W, y1 - y0)

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._hits, self._lines = [], []
        self._axis(p)
        for side in range(self.lanes()):
            x = self.x_of(side)
            p.setPen(QPen(LIFELINE, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, self.header_h), QPointF(x, self.height()))
        sc = self.scene
        if sc is not None:
            for band in sc.bands:
                self._band(p, band)
            self._boxes(p, sc.boxes)
            self._arrows(p, sc.arrows)
        self._header(p)

    def _header(self, p: QPainter) -> None:
        p.fillRect(0, 0, self.width(), self.header_h - 4, self.palette().window())
        fm = p.fontMetrics()
        p.setPen(LIFELINE)
        p.drawText(QPointF(4, self.header_h - 8), self.tr("Time (s)"))
        for side in range(self.lanes()):
            x, (lo, hi) = self.x_of(side), self.region(side)
            lines = (
                (self.names[side], self.palette().text().color()),
                (self.addresses[side], LIFELINE),
            )
            for k, (text, colour) in enumerate(lines):
                shown = fm.elidedText(text, Qt.TextElideMode.ElideMiddle, int(hi - lo))
                w = fm.horizontalAdvance(shown)
                left = min(max(lo, x - w / 2), hi - w)  # over its lifeline, inside its half
                p.setPen(colour)
                row = 2 * (side % 2) if self.lanes() > 2 else 0
                p.drawText(QPointF(left, 4 + fm.ascent() + (row + k) * fm.height()), shown)

    def _axis(self, p: QPainter) -> None:
        fm = p.fontMetrics()
        step = tick_step(self.ns_per_px * 80)
        t = (self.t_at(self.header_h) - self.t0) // step * step + self.t0
        decimals = max(0, min(9, -math.floor(math.log10(step / 1e9))))
        p.setPen(LIFELINE)
        for _ in range(self.plot_height() // 40 + 3):  # bounded: one tick per ~80 px
            y = self.y_of(t)
            if y > self.height():
                break
            if y >= self.header_h:
                p.drawLine(QPointF(AXIS_W - 6, y), QPointF(AXIS_W, y))
                label = f"{(t - self.t0) / 1e9:.{decimals}f}"  # as the chunk table's times
                p.drawText(QPointF(4, y + fm.ascent() / 2 - 1), label)
            t += step

    def _band(self, p: QPainter, band: Band) -> None:
        y0, y1 = self.y_of(band.t_from), self.y_of(band.t_to)
        rect = QRectF(self.x_of(band.side) - BOX_W / 2, y0, BOX_W, max(1.0, y1 - y0))
        p.fillRect(rect, QColor(148, 163, 184, 160))
        if rect.height() >= p.fontMetrics().height():
            text = self.tr("{0} calls, {1} bytes").format(f"{band.calls:,}", f"{band.nbytes:,}")
            self._label(p, band.side, max(rect.top(), self.header_h), text)

    def _boxes(self, p: QPainter, boxes: list[Box]) -> None:
        line_h = p.fontMetrics().height()
        labels: list[tuple[float, int, str]] = []
        for box in boxes:  # (sorted by the scene)
            rect = self.box_rect(box)
            if rect.bottom() < self.header_h or rect.top() > self.height():
                continue
            colour = COLOURS[box.kind]
            wait = QRectF(rect)
            call_top = max(rect.top(), min(self.y_of(box.t_start), rect.bottom() - MIN_BOX_H))
            wait.setBottom(call_top)
            p.fillRect(wait, colour.lighter(160))
            p.fillRect(
                QRectF(rect.left(), call_top, rect.width(), rect.bottom() - call_top), colour
            )
            if box == self.selected:
                p.setPen(QPen(QColor("#facc15"), 3))
                p.drawRect(rect.adjusted(-2, -2, 2, 2))
            self._hits.append((rect, box))
            y = min(max(call_top, self.header_h), self.height() - line_h)  # the call itself
            labels.append((y, box.side, self.box_text(box)))
        last = [-1e9] * self.lanes()  # where each lane's latest label is
        for y, side, text in sorted(labels):  # top down; one where there is room
            if y - last[side] >= line_h:
                self._label(p, side, y, text)
                last[side] = y

    def _label(self, p: QPainter, side: int, top: float, text: str) -> None:
        """A call's words beside its box, on the outer side (cut to the room)."""
        fm = p.fontMetrics()
        x, left = self.x_of(side), self.outer_left(side)
        if left:
            edge = self.x_of(side - 1) + BOX_W / 2 + 4 if side > 0 else AXIS_W
            room = int(x - BOX_W / 2 - 6 - edge)
        else:
            edge = self.x_of(side + 1) - BOX_W / 2 - 4 if side < self.lanes() - 1 else self.width()
            room = int(edge - x - BOX_W / 2 - 8)
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        w = fm.horizontalAdvance(text)
        x = x - BOX_W / 2 - 6 - w if left else x + BOX_W / 2 + 6
        p.setPen(self.palette().text().color())
        p.drawText(QPointF(x, top + fm.ascent()), text)

    def box_text(self, box: Box) -> str:
        k = box.kind
        if k is Kind.SEND:
            return self.tr("send() {0}").format(f"{box.nbytes:,}")
        if k is Kind.RECV:
            return self.tr("recv() {0}").format(f"{box.nbytes:,}")
        if k is Kind.EOF:
            return "recv() → b''"
        if k is Kind.SHUTDOWN:
            return {0: "shutdown(SHUT_RD)", 1: "shutdown(SHUT_WR)"}.get(box.how, "shutdown()")
        if k is Kind.ABORT:
            return self.tr("close(): RST")
        if k in (Kind.FAILED, Kind.WOULD_BLOCK):
            return f"{'send()' if box.out else 'recv()'} {box.errno}"
        if k is Kind.SELECT:
            return self.tr("select(): writable") if box.out else self.tr("select(): readable")
        text = {Kind.CONNECT: "connect()", Kind.ACCEPT: "accept()", Kind.CLOSE: "close()"}[k]
        return f"{text} {box.errno}" if box.errno else text

    def _arrows(self, p: QPainter, arrows: list[Arrow]) -> None:
        top, bottom = float(self.header_h), float(self.height())
        fm = p.fontMetrics()
        labelled: list[QRectF] = []
        for arrow in arrows:
            edge = BOX_W / 2 if arrow.dest > arrow.side else -BOX_W / 2  # toward its end
            x0 = self.x_of(arrow.side) + edge
            x1 = self.x_of(arrow.dest) - edge
            y0 = self.y_of(arrow.t_from)
            y1 = self.y_of(arrow.t_to) if arrow.t_to is not None else y0
            if arrow.t_to is None:  # not seen on the other side: half way, open
                x1 = (x0 + x1) / 2
            clipped = clip(x0, y0, x1, y1, top, bottom)
            if clipped is None:
                continue
            part, whole = clipped
            colour = ARROW_COLOURS[arrow.kind]
            width, style = ARROW_PENS[arrow.kind]
            p.setPen(QPen(colour, width, style))
            line = QLineF(*part)
            p.drawLine(line)
            self._lines.append((line, arrow))
            if whole and arrow.t_to is not None:
                self._head(p, line, colour)
            text = self.arrow_text(arrow)
            mid = line.center()
            w = fm.horizontalAdvance(text)
            rect = QRectF(mid.x() - w / 2 - 2, mid.y() - fm.height(), w + 4, fm.height())
            if not any(rect.intersects(r) for r in labelled[-20:]):
                labelled.append(rect)
                p.fillRect(rect, self.palette().base())
                p.setPen(colour)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _head(self, p: QPainter, line: QLineF, colour: QColor) -> None:
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        pts = [tip]
        for da in (2.6, -2.6):
            pts.append(
                QPointF(tip.x() + 9 * math.cos(angle + da), tip.y() + 9 * math.sin(angle + da))
            )
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF(pts))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def arrow_text(self, arrow: Arrow) -> str:
        if arrow.kind is ArrowKind.FIN:
            return "FIN" if arrow.t_to is not None else self.tr("FIN (not read yet)")
        if arrow.kind is ArrowKind.RST:
            return "RST"
        return self.tr("{0} B").format(f"{arrow.nbytes:,}")

    # -- pointing ---------------------------------------------------------------------
    def box_at(self, pos: QPointF) -> Box | None:
        for rect, box in reversed(self._hits):
            if rect.adjusted(-3, -2, 3, 2).contains(pos):
                return box
        return None

    def arrow_at(self, pos: QPointF) -> Arrow | None:
        best, best_d = None, 6.0
        for line, arrow in self._lines:
            d = distance(line, pos)
            if d < best_d:
                best, best_d = arrow, d
        return best

    def mousePressEvent(self, event) -> None:
        box = self.box_at(event.position())
        if box is not None and box.chunk >= 0:
            self.selected = box
            self.update()
            self.box_clicked.emit(box.side, box.chunk)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            pos = QPointF(e.pos())
            box, arrow = self.box_at(pos), self.arrow_at(pos)
            if box is not None:
                text = self.describe_box(box)
            else:
                text = self.describe_arrow(arrow) if arrow is not None else ""
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)


def distance(line: QLineF, pos: QPointF) -> float:
    """Pixels from ``pos`` to the segment."""
    dx, dy = line.dx(), line.dy()
    n = dx * dx + dy * dy
    t = 0.0 if n == 0 else ((pos.x() - line.x1()) * dx + (pos.y() - line.y1()) * dy) / n
    t = min(1.0, max(0.0, t))
    return math.hypot(line.x1() + t * dx - pos.x(), line.y1() + t * dy - pos.y())


def tick_step(ns: float) -> int:
    """A round step (1, 2, 5 × 10^k ns) at least ``ns``."""
    step = 1
    while step * 10 <= ns:
        step *= 10
    for m in (1, 2, 5, 10):
        if step * m >= ns:
            return step * m
    return step * 10
