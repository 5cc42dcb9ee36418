"""The Bytes tab: how to show the bytes, the bytes view, and the byte inspector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ..core.capture import CaptureStore
from .bytes_view import BytesView
from .inspector import InspectorPanel
from .ruler import Track


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
        legend = QLabel(
            self.tr(
                "<span style='color:#1d4ed8'>■ received</span>  "
                "<span style='color:#c2410c'>■ sent</span>"
            )
        )
        top = QWidget()
        v = QVBoxLayout(top)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(legend)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(self.view)
        self.inspector = InspectorPanel(self.view)
        self.addWidget(top)
        self.addWidget(self.inspector)
        self.setSizes([300, 120])


def combined_span(
    store: CaptureStore, direction: int, start: int, end: int
) -> tuple[int, int] | None:
    """Bytes [start, end) of one direction's stream as a range of the combined
    stream the bytes view shows; None when they are not both in a chunk."""
    track = Track(store, direction)
    track.update()
    k0, k1 = track.at(start), track.at(max(start, end - 1))
    if k0 is None or k1 is None:
        return None
    c0 = store.combined[track.index[k0]] + (start - track.offsets[k0])
    c1 = store.combined[track.index[k1]] + (end - track.offsets[k1])
    return c0, c1
