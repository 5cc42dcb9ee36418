"""Small parts that let a pane fit a narrow column: a label that elides
instead of widening its row, a push button without the style's 80-pixel
floor, compact tab titles, a layout that wraps its widgets onto more lines,
and the split between a pane's chunk table and its tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QProxyStyle,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QWidget,
)

TAB_HSPACE = 10  # a tab's room beside its title (Fusion gives 24)


class ElidedLabel(QLabel):
    """One line of plain text that elides (with "…") when its row is
    narrower than the text; :meth:`text` stays whole, and the tooltip says
    it all when it is cut. Its minimum is a few characters, not the text."""

    def __init__(
        self,
        text: str = "",
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        min_chars: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.mode = mode
        self.min_chars = min_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        text = self.text()
        short = text if len(text) <= self.min_chars else text[: self.min_chars] + "…"
        m = self.contentsMargins()
        return QSize(
            fm.horizontalAdvance(short) + m.left() + m.right(), super().sizeHint().height()
        )

    def elided(self) -> str:
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), self.mode, width)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.drawText(self.contentsRect(), align, self.elided())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cut = self.elided() != self.text()
        self.setToolTip(self.text() if cut else "")


class CompactButton(QPushButton):
    """A push button as wide as its title needs (the style makes every titled
    push button at least 80 pixels wide)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(self.text().replace("&", "")) + 2 * fm.averageCharWidth() + 12
        return QSize(min(hint.width(), max(width, hint.height())), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _CompactTabStyle(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_HSPACE
        return super().pixelMetric(metric, option, widget)


_tab_style: _CompactTabStyle | None = None


def compact_tabs(tabs: QTabWidget) -> None:
    """Tabs with less room beside their titles: the six titles of a pane fit
    where they did not (one style for all tab bars, kept for the process)."""
    global _tab_style
    if _tab_style is None:
        _tab_style = _CompactTabStyle()
    tabs.tabBar().setStyle(_tab_style)


class FlowLayout(QLayout):
    """Widgets left to right, onto the next line when the row is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(0, self.count() - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class TableTabsSplit(QSplitter):
    """A connection pane's chunk table beside its tabs. The table is given the
    width of its telling columns when the tabs keep room for every title
    (else less, down to its minimum); the tabs take the rest. Once the handle
    was dragged, the person's choice is kept."""

    def __init__(self, left: QWidget, tabs: QTabWidget, table_width) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(left)
        self.addWidget(tabs)
        self.tabs = tabs
        self.table_width = table_width  # () -> (its least, its telling columns)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.dragged = False
        self.splitterMoved.connect(self._moved)

    def _moved(self, _pos: int, _index: int) -> None:
        self.dragged = True

    def wanted(self, width: int) -> int:
        least, telling = self.table_width()
        bar = self.tabs.tabBar().sizeHint().width() + 2 * self.tabs.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth
        )
        room = width - self.handleWidth() - bar
        tabs_least = self.tabs.minimumSizeHint().width()
        return max(least, min(telling, room, width - self.handleWidth() - tabs_least))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.dragged and self.width() > 0:
            table = self.wanted(self.width())
            self.blockSignals(True)
            self.setSizes([table, max(1, self.width() - self.handleWidth() - table)])
            self.blockSignals(False)


def shrink_combo(combo: QComboBox, chars: int = 12) -> None:
    """A combo box as narrow as ``chars`` characters when its row has no more
    room (its list still shows every choice whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
