"""The Bytes tab: how to show the bytes, the bytes view, and the byte inspector."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.capture import CaptureStore
from ..core.capture_dir import chunk_holding
from . import colors
from .bytes_view import BytesView
from .find_bar import FindBar
from .inspector import InspectorPanel
from .settings import BYTES_MODE_KEY, remember_combo


class BytesTab(QSplitter):
    """The bytes (received and sent in two colours) above, the inspector below."""

    def __init__(self, store: CaptureStore, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("bytesTab")
        self.view = BytesView(store)
        self.view.setObjectName("bytesView")
        self.mode = QComboBox()
        self.mode.setObjectName("bytesModeCombo")
        self.mode.addItem(self.tr("Hex"), "hex")
        self.mode.addItem(self.tr("Text (UTF-8)"), "utf-8")
        self.mode.addItem(self.tr("Text (Latin-1)"), "latin-1")
        self.mode.setToolTip(self.tr("How to show the bytes"))
        self.mode.currentIndexChanged.connect(
            lambda _i: self.view.set_mode(self.mode.currentData())
        )
        remember_combo(self.mode, BYTES_MODE_KEY)  # the last choice, for new panes
        legend = QLabel(
            self.tr(
                "<span style='color:{0}'>■ received</span>  <span style='color:{1}'>■ sent</span>"
            ).format(colors.name("received"), colors.name("sent"))
        )
        top = QWidget()
        v = QVBoxLayout(top)
        v.setContentsMargins(0, 0, 0, 0)
        self.go_to = QLineEdit()
        self.go_to.setObjectName("goToEdit")
        self.go_to.setPlaceholderText(self.tr("Go to: offset or #chunk"))
        self.go_to.setToolTip(
            self.tr(
                "Enter a byte offset of the stream shown (1234 or 0x4d2) or a chunk "
                "number (#17), then Enter: its bytes are selected in the hex view"
            )
        )
        self.go_to.setClearButtonEnabled(True)
        self.go_to.returnPressed.connect(self.go)
        self.go_to_error = QLabel()
        self.go_to_error.setObjectName("goToError")
        self.go_to_error.setTextFormat(Qt.TextFormat.PlainText)
        self.go_to_error.setStyleSheet(colors.css("error"))
        self.go_to_error.hide()
        self.go_to.textEdited.connect(lambda _t: self.go_to_error.hide())
        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(legend)
        row.addStretch(1)
        row.addWidget(self.go_to)
        self.clear_button = QToolButton()  # the pane's clearViewsAction
        self.clear_button.setObjectName("clearViewsButton")
        self.clear_button.setAutoRaise(True)
        row.addWidget(self.clear_button)
        v.addLayout(row)
        v.addWidget(self.go_to_error)
        self.find_bar = FindBar(self.view, lambda: self.mode.setCurrentIndex(0))
        v.addWidget(self.find_bar)
        v.addWidget(self.view)
        self.inspector = InspectorPanel(self.view)
        self.addWidget(top)
        self.addWidget(self.inspector)
        self.setSizes([300, 120])

    @Slot()
    def go(self) -> bool:
        """Select what the Go-to box names; a bad entry is a message in place
        (the box keeps it). Returns whether something was selected."""
        store, text = self.view.store, self.go_to.text().strip()
        try:
            if text.startswith("#"):
                index = int(text[1:], 0)
                if not 0 <= index < len(store):
                    raise LookupError(
                        self.tr("There is no chunk #{0} (0 … {1}).").format(
                            index, max(0, len(store) - 1)
                        )
                    )
                start, end = store.combined[index], store.combined[index] + store.size[index]
            else:
                start = int(text, 0)
                if not 0 <= start < store.combined_total:
                    raise LookupError(
                        self.tr("Offset {0} is outside the stream (0 … {1}).").format(
                            start, max(0, store.combined_total - 1)
                        )
                    )
                end = start + 1
        except ValueError:
            return self._error(self.tr("Write a byte offset (1234, 0x4d2) or #chunk (#17)."))
        except LookupError as e:
            return self._error(str(e))
        if start < store.base:
            return self._error(self.tr("Those bytes are no longer kept."))
        if self.view.mode != "hex":
            self.mode.setCurrentIndex(0)  # selections are shown in hex
        self.view.set_selection(start, max(end, start + 1))
        self.go_to_error.hide()
        return True

    def _error(self, text: str) -> bool:
        self.go_to_error.setText(text)
        self.go_to_error.show()
        return False


def combined_span(
    store: CaptureStore, direction: int, start: int, end: int
) -> tuple[int, int] | None:
    """Bytes [start, end) of one direction's stream as a range of the combined
    stream the bytes view shows; None when they are not both in a chunk."""
    k0 = chunk_holding(store, direction, start)
    k1 = chunk_holding(store, direction, max(start, end - 1))
    if k0 is None or k1 is None:
        return None
    c0 = store.combined[k0.chunk] + (start - k0.offset)
    c1 = store.combined[k1.chunk] + (end - k1.offset)
    return c0, c1
