"""The byte inspector: the bytes selected in a :class:`BytesView`, read as
numbers in both byte orders and as UTF-8 text.

Embed it next to (or under) the view it follows::

    inspector = InspectorPanel(bytes_view)

It listens to ``bytes_view.selection_changed`` and reads the bytes from the
view's capture store; it needs nothing else.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.inspect import FORMATS, INVALID_UTF8, UTF8, UTF8_LIMIT, interpret, short_of
from . import colors
from .bytes_view import BytesView
from .plain import tooltip, visible

HEADER_BYTES = 16  # bytes shown in hex in the header
# Room kept for values: the longest decimal or float (repr) always fits; only
# the hex suffix of a 64-bit number may be elided (the header shows the bytes).
WIDEST_VALUE = "-2.2250738585072014e-308"


class InspectorPanel(QWidget):
    """Header (range and hex of the selection), a hint when nothing is
    selected, and a table: format, meaning, value."""

    COL_FORMAT, COL_MEANING, COL_VALUE = range(3)

    def __init__(self, bytes_view: BytesView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("byteInspector")
        self.bytes_view = bytes_view
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._fixed = fixed

        self.range_label = QLabel()
        self.range_label.setObjectName("inspectorRange")
        self.range_label.setWordWrap(True)
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.range_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint = QLabel(self.tr("Select bytes in the hex view to read them as numbers"))
        self.hint.setObjectName("inspectorHint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setStyleSheet(colors.css("muted"))
        self.mixed_note = QLabel(
            self.tr(
                "These bytes mix received and sent data: a number "
                "read across both directions means nothing."
            )
        )
        self.mixed_note.setObjectName("inspectorNote")
        self.mixed_note.setWordWrap(True)
        self.mixed_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mixed_note.setStyleSheet(colors.css("error"))
        self.mixed_note.hide()

        self.table = QTableWidget(len(FORMATS) + 1, 3)
        self.table.setObjectName("inspectorTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Format"), self.tr("Meaning"), self.tr("Value")]
        )
        self._header_item(self.COL_FORMAT).setToolTip(
            self.tr(
                "Python struct format. ! = network byte order (big-endian), "
                "< = little-endian. H/h 16-bit, I/i 32-bit, Q/q 64-bit integers "
                "(capital letter: unsigned); f/d 32/64-bit IEEE 754 floats."
            )
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(self.COL_FORMAT, QHeaderView.ResizeMode.ResizeToContents)
        # Numbers matter most: the meaning column gets what they leave and is
        # elided when the panel is narrow (its tooltip has the whole text);
        # the value column takes the rest (a long UTF-8 text is elided).
        hh.setSectionResizeMode(self.COL_MEANING, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(self.COL_VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self._fill_static()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.range_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.mixed_note)
        layout.addWidget(self.table, 1)

        bytes_view.selection_changed.connect(self.show_selection)
        self.show_selection(*bytes_view.selection())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def _fit_columns(self) -> None:
        t = self.table
        # a fixed reserve, so columns don't jump while dragging
        value_w = QFontMetrics(self._fixed).horizontalAdvance(WIDEST_VALUE) + 16
        free = t.viewport().width() - t.columnWidth(self.COL_FORMAT) - value_w
        # Too narrow for a useful meaning: hide it (the format column says the
        # same in struct notation, and its tooltip in words).
        t.setColumnHidden(self.COL_MEANING, free < t.fontMetrics().averageCharWidth() * 14)
        t.setColumnWidth(self.COL_MEANING, min(t.sizeHintForColumn(self.COL_MEANING), free))

    # -- static columns ---------------------------------------------------------------
    def meaning(self, fmt: str) -> str:
        # the kind first: when the column is elided the format still shows ! or <
        return {
            "!H": self.tr("unsigned 16-bit, big-endian (network)"),
            "<H": self.tr("unsigned 16-bit, little-endian"),
            "!h": self.tr("signed 16-bit, big-endian (network)"),
            "<h": self.tr("signed 16-bit, little-endian"),
            "!I": self.tr("unsigned 32-bit, big-endian (network)"),
            "<I": self.tr("unsigned 32-bit, little-endian"),
            "!i": self.tr("signed 32-bit, big-endian (network)"),
            "<i": self.tr("signed 32-bit, little-endian"),
            "!Q": self.tr("unsigned 64-bit, big-endian (network)"),
            "<Q": self.tr("unsigned 64-bit, little-endian"),
            "!q": self.tr("signed 64-bit, big-endian (network)"),
            "<q": self.tr("signed 64-bit, little-endian"),
            "!f": self.tr("32-bit float, big-endian (network)"),
            "<f": self.tr("32-bit float, little-endian"),
            "!d": self.tr("64-bit float, big-endian (network)"),
            "<d": self.tr("64-bit float, little-endian"),
            UTF8: self.tr("UTF-8 text"),
        }[fmt]

    def order_tooltip(self, fmt: str) -> str:
        if fmt.startswith("!"):
            return self.tr(
                "! = network byte order, which is big-endian: the most significant byte "
                "comes first. Protocols put numbers on the wire this way; "
                "socket.htons() / htonl() convert a number from host order to network "
                "order, ntohs() / ntohl() convert back."
            )
        if fmt.startswith("<"):
            return self.tr(
                "< = little-endian: the least significant byte comes first, as in the "
                "memory of x86 and most ARM machines. On such a host socket.htons() "
                "swaps the two bytes of a 16-bit number; on a big-endian host it does "
                "nothing."
            )
        return self.tr(
            "The selected bytes decoded as UTF-8 (at most the first {0} bytes). "
            "TCP may split a character between two recv() calls."
        ).format(UTF8_LIMIT)

    def _fill_static(self) -> None:
        for row, fmt in enumerate((*FORMATS, UTF8)):
            tip = self.order_tooltip(fmt)
            f_item = QTableWidgetItem(fmt if fmt != UTF8 else "UTF-8")
            f_item.setFont(self._fixed)
            f_item.setToolTip(f"{self.meaning(fmt)}\n\n{tip}")
            m_item = QTableWidgetItem(self.meaning(fmt))
            m_item.setToolTip(f"{self.meaning(fmt)}\n\n{tip}")
            v_item = QTableWidgetItem("")
            v_item.setFont(self._fixed)
            self.table.setItem(row, self.COL_FORMAT, f_item)
            self.table.setItem(row, self.COL_MEANING, m_item)
            self.table.setItem(row, self.COL_VALUE, v_item)

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        """The table's item at (row, col); _fill_static() creates every one."""
        item = self.table.item(row, col)
        if item is None:
            raise LookupError(f"inspector table has no item at ({row}, {col})")
        return item

    def _header_item(self, col: int) -> QTableWidgetItem:
        """The header item of ``col``; setHorizontalHeaderLabels() creates them."""
        item = self.table.horizontalHeaderItem(col)
        if item is None:
            raise LookupError(f"inspector table has no header item for column {col}")
        return item

    # -- the selection ----------------------------------------------------------------
    def show_format_for(self, size: int) -> None:
        """Scroll the table to the first format that reads exactly ``size`` bytes
        (a selection of 4 bytes: the !I row), so it is in view."""
        for row, fmt in enumerate(FORMATS):
            if struct.calcsize(fmt) == size:
                self.table.scrollToItem(
                    self._cell(row, self.COL_FORMAT),
                    QAbstractItemView.ScrollHint.PositionAtTop,
                )
                return

    def value_text(self, fmt: str) -> str:
        """The value cell's text for ``fmt`` (a test and accessibility helper)."""
        row = (*FORMATS, UTF8).index(fmt)
        return self._cell(row, self.COL_VALUE).text()

    @Slot("qlonglong", "qlonglong")
    def show_selection(self, start: int, end: int) -> None:
        store = self.bytes_view.store
        n = end - start
        selected = n > 0
        self.hint.setVisible(not selected)
        self.range_label.setVisible(selected)
        # only the bytes the readings use: a selection may span megabytes
        data = store.retained(start, min(end, start + UTF8_LIMIT + 1)) if selected else b""
        if selected:
            shown = data[:HEADER_BYTES].hex(" ") + (" …" if n > HEADER_BYTES else "")
            if n == 1:
                text = self.tr("byte {0}: {1}").format(start, shown)
            else:
                text = self.tr("bytes {0}–{1} ({2} selected): {3}").format(start, end - 1, n, shown)
            self.range_label.setText(text)
            self.range_label.setToolTip(
                self.tr(
                    "Offsets count the bytes of both directions from the start of the "
                    "connection; the hex view's left column shows them in hex "
                    "(here 0x{0:x}–0x{1:x})."
                ).format(start, end - 1)
            )
            dirs = {d for _s, _e, d in store.runs_in(start, start + len(data))}
            self.mixed_note.setVisible(len(dirs) > 1)
        else:
            self.mixed_note.hide()
        for row, r in enumerate(interpret(data)):
            item = self._cell(row, self.COL_VALUE)
            colour = None
            tip = ""
            if not selected:
                text = ""
            elif r.value is None:
                need = short_of(r.note) or r.size
                text = self.tr("needs {0} bytes").format(need)
                colour = colors.color("muted")
            elif r.fmt == UTF8:
                text = f'"{visible(r.value)}"'
                if r.note == INVALID_UTF8:
                    colour = colors.color("error")
                    tip = self.tr(
                        "Not valid UTF-8: each \ufffd stands for bytes that "
                        "are not (or not yet complete) UTF-8."
                    )
                if r.size < n:
                    tip = " ".join(
                        t
                        for t in (
                            tip,
                            self.tr("Only the first {0} of {1} bytes are decoded.").format(
                                r.size, n
                            ),
                        )
                        if t
                    )
                    text += " …"
            else:
                text = r.value
            item.setText(text)
            # the value is a peer's bytes: "<b>" in it is text, not markup
            item.setToolTip(tooltip("\n\n".join(t for t in (text if selected else "", tip) if t)))
            if colour is None:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
            else:
                item.setForeground(colour)
