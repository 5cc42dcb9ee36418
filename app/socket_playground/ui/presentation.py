"""Presentation mode (View → Presentation mode, F11), for a projector: every
font larger, the Lessons panel shown and wide, the window full screen. So
that the panes keep their width beside the panel, the two forms and the two
columns (servers, clients) are stacked instead of side by side; the panel
takes 40 % of the width, or what the panes leave on a narrow screen.
Leaving it puts back exactly what was there: the fonts, the tables' row
heights and column widths, the layout, the window's geometry and state, the
panel's size and visibility. Nothing of it is kept in the settings.

The application font grows (widgets made while presenting are made with it);
a widget with a font of its own (the hex view's fixed font) is scaled when it
is first polished; tables, which size rows and columns from the font when
they are made, are scaled with it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QBoxLayout, QTableView, QWidget

SCALE = 1.5
PANEL_SHARE = 0.4  # of the window's width, for the Lessons panel
SEPARATOR = 8  # the dock's separator and margins
COLUMN_MARGINS = 8  # a column's margins around its panes
FULL_OR_MAX = Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
SIZE_SET = 0x0002  # QFont::SizeResolved (PySide6 does not name it)


def scaled(font: QFont, factor: float) -> QFont:
    f = QFont(font)
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * factor)
    elif f.pixelSize() > 0:
        f.setPixelSize(round(f.pixelSize() * factor))
    return f


def all_tables() -> list[QTableView]:
    """Every table of every window (a saved session's window too)."""
    return [t for top in QApplication.topLevelWidgets() for t in top.findChildren(QTableView)]


class TableSizes:
    """A table's row height and column widths, to scale and to put back."""

    def __init__(self, table: QTableView) -> None:
        self.rows = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader()
        self.columns = [header.sectionSize(c) for c in range(header.count())]

    def apply(self, table: QTableView, factor: float = 1.0) -> None:
        rows = table.verticalHeader()
        height = round(self.rows * factor)
        if height < rows.minimumSectionSize():  # (still the larger font's until its events)
            rows.setMinimumSectionSize(height)
        rows.setDefaultSectionSize(height)
        header = table.horizontalHeader()
        last = header.count() - 1
        for c, width in enumerate(self.columns[: header.count()]):
            if not (c == last and header.stretchLastSection()):
                header.resizeSection(c, round(width * factor))


class Presentation(QObject):
    """The checkable action and what it changes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Presentation mode"), window)
        self.action.setObjectName("presentationAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F11"))
        self.action.setToolTip(
            self.tr("Larger fonts, the Lessons panel wide, full screen: for a projector")
        )
        self.action.toggled.connect(self.set_on)
        self.on = False
        self._app_font = QFont()
        self._fonts: dict[int, tuple[QWidget, QFont]] = {}  # own fonts, as they were
        self._tables: dict[int, tuple[QTableView, TableSizes]] = {}
        self._geometry = QRect()
        self._dock_state = QByteArray()
        self._window_state = Qt.WindowState.WindowNoState
        self._split_state = QByteArray()
        self._split_orientation = Qt.Orientation.Horizontal
        self._forms_direction = QBoxLayout.Direction.LeftToRight

    @Slot(bool)
    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.enter() if on else self.leave()
        if self.action.isChecked() != on:
            self.action.setChecked(on)

    # -- entering ---------------------------------------------------------------------
    def enter(self) -> None:
        w = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.on = True
        self._geometry = w.geometry()
        self._dock_state = w.saveState()
        self._window_state = w.windowState()
        self._split_state = w.column_split.saveState()
        self._split_orientation = w.column_split.orientation()
        self._forms_direction = w.forms_row.direction()
        # stacked first: the window's minimum width then stays below the screen's
        w.forms_row.setDirection(QBoxLayout.Direction.TopToBottom)
        w.column_split.setOrientation(Qt.Orientation.Vertical)
        w.column_split.setSizes([1, 1])  # half each
        self._app_font = QFont(app.font())
        self._fonts.clear()
        self._tables = {id(t): (t, TableSizes(t)) for t in all_tables()}
        app.setFont(scaled(self._app_font, SCALE))
        for widget in w.findChildren(QWidget):
            self._scale_own_font(widget)
        for table, sizes in self._tables.values():
            sizes.apply(table, SCALE)
        app.installEventFilter(self)  # widgets made while presenting
        w.lessons.show()
        w.showFullScreen()
        self._fit()
        QTimer.singleShot(0, self._fit)  # once the fonts and the layout have settled

    def _scale_own_font(self, widget: QWidget) -> None:
        """A font set on the widget with a size of its own does not follow the
        application's: scaled here (one whose size follows is left alone)."""
        font = widget.font()
        if (
            widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            and font.resolveMask() & SIZE_SET
            and id(widget) not in self._fonts
        ):
            self._fonts[id(widget)] = (widget, QFont(font))
            widget.setFont(scaled(font, SCALE))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            self._scale_own_font(watched)
            if watched.objectName() == "socketPane":  # a new pane: room for it
                QTimer.singleShot(0, self._widen_panel)
        elif event.type() == QEvent.Type.Resize and watched is self.window:
            self._widen_panel()
        return False

    def _fit(self) -> None:
        """The whole screen (also where no window manager does full screen),
        then the panel's width."""
        w = self.window
        if self.on and shiboken6.isValid(w):
            screen = w.screen().geometry()
            if w.geometry() != screen:
                w.setGeometry(screen)
            self._widen_panel()

    def _needed_width(self) -> int:
        """The central area's width for the forms and the widest pane (a
        column scrolls up and down, not across: a narrower pane is cut)."""
        w = self.window
        central = w.centralWidget()
        layout = central.layout()
        layout.activate()
        need = central.minimumSizeHint().width()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        for pane in w.panes.values():
            column = w.client_column if pane.session.role == "client" else w.server_column
            bar = column.verticalScrollBar().sizeHint().width()
            chrome = bar + 2 * column.frameWidth() + COLUMN_MARGINS + margins
            need = max(need, pane.minimumSizeHint().width() + chrome)
        return need

    def _widen_panel(self) -> None:
        """40 % of the width, or what the forms and the panes leave."""
        w = self.window
        if self.on and shiboken6.isValid(w):
            room = w.width() - self._needed_width() - SEPARATOR
            width = max(min(round(w.width() * PANEL_SHARE), room), w.lessons.minimumWidth(), 1)
            w.resizeDocks([w.lessons], [width], Qt.Orientation.Horizontal)

    # -- leaving ----------------------------------------------------------------------
    def leave(self) -> None:
        w = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.on = False
        app.removeEventFilter(self)
        app.setFont(self._app_font)
        for widget, font in self._fonts.values():
            if shiboken6.isValid(widget):
                widget.setFont(font)
        self._fonts.clear()
        for table in all_tables():
            saved = self._tables.get(id(table))
            if saved is not None and saved[0] is table:
                saved[1].apply(table)  # as it was
            else:  # made while presenting, with the larger font
                TableSizes(table).apply(table, 1 / SCALE)
        self._tables.clear()
        w.forms_row.setDirection(self._forms_direction)
        w.column_split.setOrientation(self._split_orientation)
        w.column_split.restoreState(self._split_state)
        w.setWindowState(self._window_state)
        self._put_back()
        QTimer.singleShot(0, self._put_back)  # once the fonts are small again

    def _put_back(self, tries: int = 8) -> None:
        """The geometry (restoreGeometry would fit it to the screen: not
        exactly what it was) and the panel's size. The layout may still grow
        the window for the larger fonts' sizes after this (they reach the
        widgets through posted events): then again, a few times at most."""
        w = self.window
        if self.on or not shiboken6.isValid(w):
            return
        if not self._window_state & FULL_OR_MAX:
            w.setGeometry(self._geometry)
        w.restoreState(self._dock_state)
        if tries > 0 and not self._window_state & FULL_OR_MAX:
            QTimer.singleShot(25, lambda: self._again(tries - 1))

    def _again(self, tries: int) -> None:
        w = self.window
        if not self.on and shiboken6.isValid(w) and w.geometry() != self._geometry:
            self._put_back(tries)
