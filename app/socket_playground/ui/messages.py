"""The Messages tab: a framing applied to the received stream.

The decoder is fed every ``recv()`` result in order, so the table shows each
reassembled message, the ``recv()`` chunks it came from, and the bytes still
waiting for the rest of a message. "Frame what I send" makes the send box
frame its bytes the same way.
"""

from __future__ import annotations

import time
from array import array
from bisect import bisect_right

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.events import Direction, Recv, RecvRun
from ..core.framing import PREFIX_FORMATS, Decoder, Framing, FramingError, encode
from ..core.sendinput import SendInputError, parse_text
from ..workers.session import Batch, Session
from .messages_model import MessagesModel

PREVIEW = 32
LEFTOVER_MAX = 16 * 1024 * 1024  # bytes waiting for a message end, at most
FEED_SLICE_S = 0.015  # decoding time per turn of the event loop


class MessagesPanel(QWidget):
    KINDS = ("none", "fixed", "delimiter", "length")

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messagesPanel")
        self.session = session
        self.decoder: Decoder | None = None
        self.base = 0  # received-stream offset the decoder starts at
        self.chunk_offsets = array("q")  # received-stream offset of each recv() chunk
        self.chunk_index = array("q")  # its row in the chunk table
        self._fed_chunks = 0  # store chunks looked at so far
        self.changed = lambda: None  # set by the pane: refresh its properties
        # a long stream is decoded a slice at a time, so the window stays live
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._feed_more)

        grid = QGridLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("framingKindCombo")
        for kind, text in zip(
            self.KINDS,
            (
                self.tr("None (raw chunks)"),
                self.tr("Fixed length"),
                self.tr("Delimiter"),
                self.tr("Length prefix"),
            ),
            strict=True,
        ):
            self.kind.addItem(text, kind)
        self.kind.setToolTip(
            self.tr(
                "How the two sides agree where a message ends: TCP "
                "itself keeps no message boundaries"
            )
        )
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("framingSizeSpin")
        self.size_spin.setRange(1, 1 << 20)
        self.size_spin.setValue(16)
        self.size_spin.setSuffix(self.tr(" bytes"))
        self.size_spin.setToolTip(self.tr("Every message is exactly this long"))
        self.delimiter = QLineEdit("\\n")
        self.delimiter.setObjectName("framingDelimiterEdit")
        self.delimiter.setToolTip(
            self.tr("Bytes that end each message; escapes like \\n, \\r\\n, \\0, \\xNN work")
        )
        self.prefix = QComboBox()
        self.prefix.setObjectName("framingPrefixCombo")
        for fmt in PREFIX_FORMATS:
            self.prefix.addItem(fmt, fmt)
        self.prefix.setCurrentIndex(self.prefix.findData("!H"))
        self.prefix.setToolTip(
            self.tr(
                "struct format of the length: ! and > are big-endian "
                "(network order), < little-endian"
            )
        )
        self.counts = QCheckBox(self.tr("length counts the prefix too"))
        self.counts.setObjectName("framingCountsCheck")
        self.frame_send = QCheckBox(self.tr("Frame what I send the same way"))
        self.frame_send.setObjectName("frameSendCheck")
        self.frame_send.setToolTip(
            self.tr("The send box's bytes get the length prefix or the delimiter before send()")
        )
        grid.addWidget(QLabel(self.tr("Framing")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.size_spin, 0, 2)
        grid.addWidget(self.delimiter, 0, 2)
        grid.addWidget(self.prefix, 0, 2)
        grid.addWidget(self.counts, 1, 1, 1, 2)
        grid.addWidget(self.frame_send, 2, 1, 1, 2)
        grid.setColumnStretch(3, 1)

        self.model = MessagesModel(self)
        self.table = QTableView()
        self.table.setObjectName("messagesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)
        fm = self.table.fontMetrics()
        for col, sample in enumerate(("0000", "x" * 20, "000000", "00000–00000")):
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 16)
        self.leftover = QLabel()
        self.leftover.setObjectName("leftoverLabel")
        self.leftover.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        v.addLayout(grid)
        v.addWidget(self.table, 1)
        v.addWidget(self.leftover)

        for w in (self.kind, self.prefix):
            w.currentIndexChanged.connect(self.apply)
        self.size_spin.valueChanged.connect(self.apply)
        self.delimiter.editingFinished.connect(self.apply)
        self.counts.toggled.connect(self.apply)
        self.apply()

    # -- settings ---------------------------------------------------------------------
    def framing(self) -> Framing:
        kind = self.kind.currentData()
        delim = parse_text(self.delimiter.text()) if kind == "delimiter" else b"\n"
        return Framing(
            kind,
            size=self.size_spin.value(),
            delimiter=delim,
            prefix=self.prefix.currentData(),
            prefix_counts_itself=self.counts.isChecked(),
        )

    def set_framing(
        self,
        kind: str,
        size: int = 16,
        delimiter: str = "\\n",
        prefix: str = "!H",
        counts_itself: bool = False,
    ) -> None:
        """Programmatic (lessons): the same as choosing in the widgets."""
        for w in (self.kind, self.size_spin, self.delimiter, self.prefix, self.counts):
            w.blockSignals(True)
        self.kind.setCurrentIndex(self.KINDS.index(kind))
        self.size_spin.setValue(size)
        self.delimiter.setText(delimiter)
        self.prefix.setCurrentIndex(self.prefix.findData(prefix))
        self.counts.setChecked(counts_itself)
        for w in (self.kind, self.size_spin, self.delimiter, self.prefix, self.counts):
            w.blockSignals(False)
        self.apply()

    @Slot()
    def apply(self) -> None:
        """New framing: decode again from the first received byte still kept."""
        kind = self.kind.currentData()
        self.size_spin.setVisible(kind == "fixed")
        self.delimiter.setVisible(kind == "delimiter")
        self.prefix.setVisible(kind == "length")
        self.counts.setVisible(kind == "length")
        self.frame_send.setEnabled(kind != "none")
        self.model.reset()
        self.chunk_offsets = array("q")
        self.chunk_index = array("q")
        self._fed_chunks = 0
        self.decoder = None
        self.index_base = 0
        self._note = ""
        try:
            framing = self.framing()
            framing.validate()
        except (SendInputError, FramingError):
            self.leftover.setText(
                self.tr("The delimiter is not valid: write bytes like \\n or \\r\\n, not nothing.")
            )
            return
        if kind != "none":
            self.decoder = Decoder(framing)
        store = self.session.store
        first = store.first_kept
        # bytes before the first kept chunk are gone: start there
        self.base = next(
            (
                store.offset[i]
                for i in range(first, len(store))
                if store.direction[i] == Direction.IN
            ),
            store.total[Direction.IN],
        )
        if self.base:
            self._note = self.tr(
                "Decoding starts at received byte {0}: earlier bytes are no longer kept."
            ).format(f"{self.base:,}")
        self._fed_chunks = first
        self.feed_new()
        self.update_view()
        self.changed()

    # -- feeding --------------------------------------------------------------------------
    def on_batch(self, batch: Batch) -> None:
        if any(isinstance(ev, RecvRun | Recv) for ev in batch.events):
            self.feed_new()

    @property
    def decoding(self) -> bool:
        """Chunks already received are still being decoded (a slice at a time)."""
        return self._more.isActive()

    @Slot()
    def _feed_more(self) -> None:
        self.feed_new()
        self.update_view()
        self.changed()

    def feed_new(self) -> None:
        """Feed the received chunks the store gained since last time, for at
        most FEED_SLICE_S; the rest on the next turn of the event loop."""
        deadline = time.perf_counter() + FEED_SLICE_S
        store = self.session.store
        n = len(store)
        dec = self.decoder
        if dec is None:  # no framing: nothing to decode (apply() catches up later)
            self._fed_chunks = n
            return
        if self._fed_chunks < store.first_kept:
            # A large drain was trimmed before we saw it: those bytes are gone.
            # Decoding starts again at the first received byte still kept.
            dec = self._restart(store, dec)
        begun = self._fed_chunks
        for i in range(begun, n):
            if dec.error is not None or dec.leftover_length > LEFTOVER_MAX:
                break  # nothing more can be decoded: stop holding more bytes
            if i % 256 == 0 and i > begun and time.perf_counter() > deadline:
                self._fed_chunks = i
                self._more.start()  # the rest in a moment
                return
            if store.direction[i] != Direction.IN or store.size[i] == 0:
                continue
            off = store.offset[i]
            self.chunk_offsets.append(off)
            self.chunk_index.append(i)
            data = store.retained(store.combined[i], store.combined[i] + store.size[i])
            for m in dec.feed(data):
                start, end = m.start + self.base, m.end + self.base
                self.model.rows.append(
                    (
                        m.index + self.index_base,
                        start,
                        end,
                        self._chunk_of(m.frame_start + self.base),
                        self._chunk_of(m.frame_end + self.base - 1),
                        m.data[:PREVIEW],
                    )
                )
        self._fed_chunks = n

    def _restart(self, store, dec: Decoder) -> Decoder:
        """Start decoding again at the first received byte still kept, with the
        framing of ``dec`` (the current decoder)."""
        first = store.first_kept
        gap_from = self.base + dec.offset
        self.base = next(
            (
                store.offset[i]
                for i in range(first, len(store))
                if store.direction[i] == Direction.IN
            ),
            store.total[Direction.IN],
        )
        self.index_base = len(self.model.rows)
        self.decoder = Decoder(dec.framing)
        self._fed_chunks = first
        self._note = self.tr(
            "Received bytes {0}–{1} arrived faster than shown and are no "
            "longer kept; decoding started again at {1}."
        ).format(f"{gap_from:,}", f"{self.base:,}")
        return self.decoder

    def _fed_offset(self) -> int:
        store, i = self.session.store, self._fed_chunks
        return store.offset[i] if i < len(store) else store.total[Direction.IN]

    def _chunk_of(self, offset: int) -> int:
        i = bisect_right(self.chunk_offsets, offset) - 1
        return self.chunk_index[max(i, 0)] if len(self.chunk_index) else 0

    def update_view(self) -> None:
        self.model.sync()
        dec = self.decoder
        if dec is None:
            text = self.tr("No framing: the chunk table shows the raw recv() results.")
        elif dec.error is not None:
            e = dec.error
            why = {
                "length-too-large": self.tr("the prefix announces {0} bytes, more than the limit"),
                "length-smaller-than-prefix": self.tr(
                    "the prefix announces {0} bytes, fewer than the prefix itself"
                ),
            }.get(e.code, e.code)
            text = self.tr("Cannot decode past received byte {0}: {1}.").format(
                f"{e.offset + self.base:,}", why.format(e.value)
            )
        elif dec.leftover_length > LEFTOVER_MAX:
            text = self.tr(
                "No message ended in the last {0} bytes received: decoding "
                "stopped (is this the right framing?)."
            ).format(f"{LEFTOVER_MAX:,}")
        elif dec.leftover_length:
            text = self.tr(
                "{0} bytes received from offset {1} wait for the rest of a "
                "message (a receiver's recv() loop would keep waiting)."
            ).format(f"{dec.leftover_length:,}", f"{dec.leftover_start + self.base:,}")
        else:
            text = self.tr("Messages: {0}; no bytes waiting.").format(dec.message_count)
        if self.decoding:
            text = (
                self.tr("Decoding… received byte {0} of {1}.").format(
                    f"{self._fed_offset():,}", f"{self.session.store.total[Direction.IN]:,}"
                )
                + " "
                + text
            )
        if self._note:
            text = self._note + " " + text
        if self.leftover.text() != text:
            self.leftover.setText(text)
        if self.table.isVisible() and self.model.rowCount():
            self.table.scrollToBottom()

    @property
    def message_count(self) -> int:
        return self.decoder.message_count if self.decoder else 0

    @property
    def waiting_bytes(self) -> int:
        return self.decoder.leftover_length if self.decoder else 0

    # -- sending --------------------------------------------------------------------------
    def frame_outgoing(self, data: bytes) -> bytes:
        """The send box's bytes, framed if "Frame what I send" is on (FramingError)."""
        if not self.frame_send.isChecked() or self.kind.currentData() == "none":
            return data
        return encode(self.framing(), data)
