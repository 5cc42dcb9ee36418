"""How a timeline row is painted: the time, the call, then its result. A row
wider than the view keeps its result in view: the call is shortened in its
middle first ("connect(('127.0…585))"), then the result's explanation at its
end, so "✗ ECONNREFUSED" or "→ writable after 45 µs" is the last to go.
Every row has one height and one baseline, whichever fonts its text needs
(Chinese words come from a fallback font with a taller line).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

SPLIT = int(Qt.ItemDataRole.UserRole) + 1  # (where the call starts, where its result starts)
PAD = 4  # pixels left of the text
CALL_LEAST = 8  # characters of the call kept when the result needs the room


def line_metrics(font) -> tuple[float, float]:
    """(ascent, height) of one line holding Latin and CJK text in ``font``."""
    layout = QTextLayout("Ag国", font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.ascent(), line.height()


def split_row(text: str, call: str) -> tuple[int, int] | None:
    """Where ``call`` starts in the row and where the rest (its result) starts,
    or None when the row does not hold it."""
    i = text.find(call) if call else -1
    if i < 0:
        return None
    return i, i + len(call)


def fit_row(fm: QFontMetrics, text: str, split: tuple[int, int] | None, width: int) -> str:
    """The row's text as it fits ``width``: whole when it does; else the call
    shortened in the middle, then the result shortened at its end."""
    if fm.horizontalAdvance(text) <= width:
        return text
    mid = Qt.TextElideMode.ElideMiddle
    end = Qt.TextElideMode.ElideRight
    if split is None:
        return fm.elidedText(text, end, width)
    start, cut = split
    head, call, result = text[:start], text[start:cut], text[cut:]
    room = width - fm.horizontalAdvance(head) - fm.horizontalAdvance(result)
    least = fm.horizontalAdvance(call[:CALL_LEAST] + "…")
    if room >= least:
        return head + fm.elidedText(call, mid, room) + result
    # the result's first words ("✗ ECONNREFUSED", "→ writable after 45 µs") stay whole
    # before the call keeps its least: what follows them is the explanation
    key = result
    for mark in (" — ", "  ("):
        if mark in key:
            key = key[: key.index(mark)]
    key_width = fm.horizontalAdvance(key + "…")
    room = min(least, width - fm.horizontalAdvance(head) - key_width)
    call = fm.elidedText(call, mid, max(room, fm.horizontalAdvance("…")))
    room = width - fm.horizontalAdvance(head + call)
    return head + call + fm.elidedText(result, end, max(room, 0))


class TimelineDelegate(QStyledItemDelegate):
    """Paints the rows of a :class:`~.timeline.TimelineView`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._metrics: tuple[object, float, float] | None = None

    def _line(self, option: QStyleOptionViewItem) -> tuple[float, float]:
        key = option.font.key()
        if self._metrics is None or self._metrics[0] != key:
            self._metrics = (key, *line_metrics(option.font))
        return self._metrics[1], self._metrics[2]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _ascent, height = self._line(option)
        text = str(index.data() or "")
        return QSize(option.fontMetrics.horizontalAdvance(text) + 2 * PAD, round(height) + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, selection, focus: as any item
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ascent, height = self._line(option)
        rect = option.rect
        shown = fit_row(option.fontMetrics, text, index.data(SPLIT), rect.width() - 2 * PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        top = rect.top() + (rect.height() - height) / 2
        painter.drawText(QPointF(rect.left() + PAD, top + ascent), shown)
        painter.restore()
