"""The Messages tab: a framing applied to the received stream.

The decoder is fed every ``recv()`` result in order, so the table shows each
reassembled message, the ``recv()`` chunks it came from, and the bytes still
waiting for the rest of a message. The decoding itself, and what happens
past bytes no longer kept, is core/message_feed.py. "Frame what I send"
makes the send box frame its bytes the same way.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Slot
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
from ..core.framing import PREFIX_FORMATS, DecodeError, Decoder, Framing, FramingError, encode
from ..core.message_feed import MessageFeed
from ..core.sendinput import SendInputError, parse_text
from ..workers.session import Batch, Session
from .fit import shrink_combo
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
        self.feed: MessageFeed | None = None  # the stream decoded with the framing
        self.changed = lambda: None  # set by the pane: refresh its properties
        # a long stream is decoded a slice at a time, so the window stays live
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._feed_more)

        grid = QGridLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("framingKindCombo")
        shrink_combo(self.kind)  # a narrow tab elides its choice
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
        self.table.setAccessibleName(self.tr("Messages"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)
        fm = self.table.fontMetrics()
        # narrow enough that the chunks column ("#0–#6") is in view in a narrow tab
        for col, sample in enumerate(("000", "x" * 10, "00000", "00000–00000")):
            header = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header))
            self.table.setColumnWidth(col, width + 12)
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
        """New framing: decode the received stream again from its start (past
        bytes no longer kept as MessageFeed says)."""
        kind = self.kind.currentData()
        self.size_spin.setVisible(kind == "fixed")
        self.delimiter.setVisible(kind == "delimiter")
        self.prefix.setVisible(kind == "length")
        self.counts.setVisible(kind == "length")
        self.frame_send.setEnabled(kind != "none")
        self.model.reset()
        self.feed = None
        try:
            framing = self.framing()
            framing.validate()
        except (SendInputError, FramingError):
            self.leftover.setText(
                self.tr("The delimiter is not valid: write bytes like \\n or \\r\\n, not nothing.")
            )
            self.changed()
            return
        self.feed = MessageFeed(self.session.store, framing, PREVIEW, LEFTOVER_MAX)
        self.feed.rows = self.model.rows  # one list: the model shows what the feed finds
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
        if self.feed is None:
            return
        deadline = time.perf_counter() + FEED_SLICE_S
        if not self.feed.feed(lambda: time.perf_counter() > deadline):
            self._more.start()  # the rest in a moment

    @property
    def decoder(self) -> Decoder | None:
        """The decoder in use (a new one after a resync), or None."""
        return self.feed.decoder if self.feed is not None else None

    def _fed_offset(self) -> int:
        feed = self.feed
        return feed.fed_in if feed is not None else self.session.store.total[Direction.IN]

    def _gap_note(self, feed: MessageFeed) -> str:
        """What the view says about bytes that were gone, and skipped messages."""
        parts = []
        gap = feed.gap
        if gap is not None and gap.resumed is not None:
            parts.append(
                self.tr(
                    "Received bytes {0}–{1} were no longer kept when decoding reached "
                    "them; fixed-length decoding went on at the next message boundary, "
                    "byte {2} (message {3})."
                ).format(
                    f"{gap.start:,}",
                    f"{gap.end - 1:,}",
                    f"{gap.resumed:,}",
                    gap.resumed // max(feed.framing.size, 1),
                )
            )
        if feed.skipped:
            e = feed.skipped[-1]
            parts.append(
                self.tr(
                    "{0} message(s) announced more than the limit of {1} bytes and were "
                    "skipped (the last at received byte {2}: {3} bytes); decoding goes on "
                    "after them."
                ).format(
                    len(feed.skipped),
                    f"{feed.framing.max_length:,}",
                    f"{e.offset:,}",
                    f"{e.value:,}",
                )
            )
        return " ".join(parts)

    def _stop_text(self, feed: MessageFeed) -> str:
        """Why no more messages come out, or ""."""
        if feed.unsynced:
            gap = feed.gap
            assert gap is not None
            return self.tr(
                "Cannot resync after {0} bytes that were not kept (received bytes "
                "{1}–{2}): with this framing where the next message starts is unknown. "
                "{3} bytes received since the last whole message."
            ).format(
                f"{feed.unsynced:,}",
                f"{gap.start:,}",
                f"{gap.end - 1:,}",
                f"{feed.waiting_bytes:,}",
            )
        e: DecodeError | None = feed.error
        if e is not None:
            why = {
                "length-too-large": self.tr("the prefix announces {0} bytes, more than the limit"),
                "length-smaller-than-prefix": self.tr(
                    "the prefix announces {0} bytes, fewer than the prefix itself"
                ),
            }.get(e.code, e.code)
            return self.tr("Cannot decode past received byte {0}: {1}.").format(
                f"{e.offset:,}", why.format(e.value)
            )
        if feed.too_long:
            return self.tr(
                "No message ended in the last {0} bytes received: decoding "
                "stopped (is this the right framing?)."
            ).format(f"{LEFTOVER_MAX:,}")
        return ""

    def update_view(self) -> None:
        self.model.sync()
        feed = self.feed
        note = ""
        if feed is None or feed.decoder is None:
            text = self.tr("No framing: the chunk table shows the raw recv() results.")
            if feed is None:
                text = self.leftover.text()  # why the settings are refused, from apply()
        else:
            note = self._gap_note(feed)
            text = self._stop_text(feed)
            if not text and feed.waiting_bytes:
                text = self.tr(
                    "{0} bytes received from offset {1} wait for the rest of a "
                    "message (a receiver's recv() loop would keep waiting)."
                ).format(f"{feed.waiting_bytes:,}", f"{feed.waiting_start:,}")
            elif not text:
                text = self.tr("Messages: {0}; no bytes waiting.").format(feed.message_count)
        if self.decoding:
            text = (
                self.tr("Decoding… received byte {0} of {1}.").format(
                    f"{self._fed_offset():,}", f"{self.session.store.total[Direction.IN]:,}"
                )
                + " "
                + text
            )
        if note:
            text = note + " " + text
        if self.leftover.text() != text:
            self.leftover.setText(text)
        if self.table.isVisible() and self.model.rowCount():
            self.table.scrollToBottom()

    @property
    def message_count(self) -> int:
        return self.feed.message_count if self.feed else 0

    @property
    def waiting_bytes(self) -> int:
        return self.feed.waiting_bytes if self.feed else 0

    @property
    def unsynced_bytes(self) -> int:
        """Bytes not kept that decoding could not resync after (0: in sync)."""
        return self.feed.unsynced if self.feed else 0

    # -- sending --------------------------------------------------------------------------
    def frame_outgoing(self, data: bytes) -> bytes:
        """The send box's bytes, framed if "Frame what I send" is on (FramingError)."""
        if not self.frame_send.isChecked() or self.kind.currentData() == "none":
            return data
        return encode(self.framing(), data)
