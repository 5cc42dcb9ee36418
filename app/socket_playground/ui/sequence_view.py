"""The conversation view: both ends of one connection on one clock (or a
relay: its client, its two legs and the target, with what it passed on).

A lifeline per socket (their panes), time running down; every call a box
at its true time on its side, the bytes in flight as arrows from each
``send()`` to the ``recv()`` calls that got them (matched by stream offset),
FIN and RST as marked arrows. Zoom (Ctrl+wheel, the buttons) and scroll; it
follows new calls while scrolled to the bottom; a click on a box shows that
call's row in its pane (:attr:`SequenceView.chunk_clicked`).

What is drawn is computed for the time on screen only
(:meth:`~..core.sequence.Conversation.scene`), once per change of the
window or of the records, never per repaint.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollBar, QVBoxLayout, QWidget

from ..core.sendinput import to_escaped_text
from ..core.sequence import Arrow, ArrowKind, Box, Conversation
from ..core.sequence_relay import Relay
from ..workers.session import Batch, Session, fmt_addr
from . import plain
from .chunk_model import waited_text
from .sequence_canvas import SequenceCanvas
from .sequence_words import forward_tip, relay_note

REFRESH_MS = 100  # at most this often while calls come in (a scene of a flood: ~15 ms)
MIN_NS_PER_PX = 10.0  # the closest zoom: 10 ns a pixel
PREVIEW = 64  # bytes an arrow's tooltip shows
SCROLL_MAX = 1 << 30  # QScrollBar holds 32-bit ints
BOTTOM_PX = 28  # room below the newest call (its words)


class SequenceView(QWidget):
    """Sockets' calls on lanes, left to right: two connected sockets (the
    default ``peers``), or a relay's lanes (``peers``: the pairs that are two
    ends of one connection; ``relay``: the legs' lanes)."""

    chunk_clicked = Signal(object, int)  # session, chunk row

    def __init__(
        self,
        sessions: Sequence[Session],
        names: Sequence[str],
        parent=None,
        *,
        peers: Sequence[tuple[int, int]] | None = None,
        relay: Relay | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceView")
        self.sessions = tuple(sessions)
        self.conversation = Conversation(*(s.log for s in self.sessions), peers=peers, relay=relay)
        self.canvas = SequenceCanvas()
        self.canvas.set_names(tuple(names))
        self.canvas.t0 = self.sessions[0].log.t0_ns
        self.canvas.describe_arrow = self.describe_arrow
        self.canvas.describe_box = self.describe_box
        self.canvas.box_clicked.connect(self._box_clicked)
        self.canvas.installEventFilter(self)
        self.fit_mode = True  # the whole conversation on screen
        self.following = True  # the bottom follows the newest call
        self._first = self._last = 0
        self._unit = 1

        buttons = []
        for name, text, tip, slot in (
            ("sequenceZoomIn", "+", self.tr("Zoom in (or Ctrl+wheel)"), lambda: self.zoom(0.5)),
            ("sequenceZoomOut", "−", self.tr("Zoom out"), lambda: self.zoom(2.0)),
            ("sequenceFit", self.tr("Fit"), self.tr("Show the whole conversation"), self.fit),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.append(b)
        self.note = QLabel()
        self.note.setObjectName("sequenceNote")
        self.note.setWordWrap(True)
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        self.scroll_bar.setObjectName("sequenceScroll")
        self.scroll_bar.valueChanged.connect(self._scrolled)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            b.setMaximumWidth(56)
            row.addWidget(b)
        plot = QHBoxLayout()
        plot.addWidget(self.canvas, 1)
        plot.addWidget(self.scroll_bar)
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)
        v.addLayout(row)
        v.addLayout(plot, 1)
        v.addWidget(self.note)

        self._stale = False  # records changed while hidden
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        for s in self.sessions:
            s.changed.connect(self._on_batch)
        self.refresh()

    # -- following the records ----------------------------------------------------------
    @Slot(object)
    def _on_batch(self, _batch: Batch) -> None:
        if not self.isVisible():  # a hidden dock (tabbed away, minimised): later
            self._stale = True
            return
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Catch up with both records: the span, the scroll bar, the scene."""
        self._timer.stop()
        c = self.canvas
        c.addresses = tuple(fmt_addr(s.local_addr) if s.local_addr else "" for s in self.sessions)
        relay = self.conversation.relay
        if relay is not None:  # where bytes typed into a leg went
            for lane, s in enumerate(self.sessions):
                typed = getattr(s, "typed", None)
                if typed is not None:
                    relay.typed[lane] = typed
        first, last = self.conversation.span()
        self._first, self._last = first, last
        if self.fit_mode:
            c.ns_per_px = self._fit_scale()
            c.t_top = self._top()
        elif self.following:
            c.t_top = self._bottom()
        self._sync_scroll_bar()
        self.rescene()

    def _span_ns(self) -> int:
        return max(1, self._last - self._first)

    def _sync_scroll_bar(self) -> None:
        c = self.canvas
        total = self._span_ns()
        visible = int(c.plot_height() * c.ns_per_px)
        self._unit = u = max(1, -(-total // SCROLL_MAX), int(c.ns_per_px))
        bar = self.scroll_bar
        bar.blockSignals(True)
        bar.setRange(0, max(0, total - visible) // u)
        bar.setPageStep(max(1, visible // u))
        bar.setSingleStep(max(1, visible // u // 10))
        bar.setValue(min(max(0, (c.t_top - self._first) // u), bar.maximum()))
        bar.blockSignals(False)

    def rescene(self) -> None:
        """The scene of the time on screen, and the properties (README)."""
        c = self.canvas
        t_hi = c.t_top + int(c.plot_height() * c.ns_per_px)
        sc = self.conversation.scene(c.t_top, t_hi)
        c.scene = sc
        kinds = [a.kind for a in sc.arrows]
        self.setProperty("arrowCount", kinds.count(ArrowKind.DATA))
        self.setProperty("finArrowCount", kinds.count(ArrowKind.FIN))
        self.setProperty("rstArrowCount", kinds.count(ArrowKind.RST))
        self.setProperty("forwardArrowCount", kinds.count(ArrowKind.FORWARD))
        self.setProperty("boxCount", len(sc.boxes))
        self.setProperty("following", self.following)
        self.setProperty("forwardUnlinked", sc.unlinked)
        if sc.dense:
            text = self.tr(
                "Too many calls to draw one by one: zoom in to see each call and its bytes."
            )
        elif self.conversation.relay is not None and (sc.unlinked or not sc.cut):
            text = relay_note(sc.unlinked)
        elif sc.cut:
            text = self.tr("Some send() calls were read by more recv() calls than are drawn.")
        else:
            text = self.tr(
                "Time runs down; each box is one call (its height: how long it blocked), "
                "each arrow the bytes of one send() that one recv() got."
            )
        if self.note.text() != text:
            self.note.setText(text)
        c.update()

    # -- zoom and scroll ------------------------------------------------------------------
    @Slot()
    def fit(self) -> None:
        self.fit_mode = self.following = True
        self.refresh()

    def zoom(self, factor: float, at_y: float | None = None) -> None:
        c = self.canvas
        at_y = c.header_h + c.plot_height() / 2 if at_y is None else at_y
        anchor = c.t_at(at_y)
        c.ns_per_px = min(max(c.ns_per_px * factor, MIN_NS_PER_PX), self._fit_scale())
        c.t_top = int(anchor - (at_y - c.header_h) * c.ns_per_px)
        self.fit_mode = False
        self._clamp()

    def scroll_by(self, pixels: float) -> None:
        self.canvas.t_top += int(pixels * self.canvas.ns_per_px)
        self.fit_mode = False
        self._clamp()

    def _fit_scale(self) -> float:
        """ns per pixel that shows the whole conversation."""
        room = max(1, self.canvas.plot_height() - BOTTOM_PX - 8)
        return max(MIN_NS_PER_PX, self._span_ns() / room)

    def _top(self) -> int:
        """The highest t_top: the first call just below the names."""
        return self._first - int(self.canvas.ns_per_px * 8)

    def _bottom(self) -> int:
        """The t_top that shows the latest call at the bottom (following)."""
        return self._last - int(self.canvas.ns_per_px * (self.canvas.plot_height() - BOTTOM_PX))

    def _clamp(self) -> None:
        """Keep the conversation on screen; at the bottom, follow it."""
        c = self.canvas
        bottom, top = self._bottom(), self._top()
        c.t_top = max(top, min(c.t_top, max(top, bottom)))
        self.following = c.t_top >= bottom
        self._sync_scroll_bar()
        self.rescene()

    @Slot(int)
    def _scrolled(self, value: int) -> None:
        self.canvas.t_top = self._first + value * self._unit
        self.fit_mode = False
        self.following = value >= self.scroll_bar.maximum()
        if self.following:
            self.refresh()
        else:
            self.rescene()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.canvas:
            kind = event.type()
            if kind == QEvent.Type.Wheel:
                steps = event.angleDelta().y() / 120  # type: ignore[attr-defined]
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # type: ignore[attr-defined]
                    self.zoom(0.8**steps, event.position().y())  # type: ignore[attr-defined]
                else:
                    self.scroll_by(-steps * 60)
                return True
            if kind == QEvent.Type.Resize:
                QTimer.singleShot(0, self.refresh)
        return super().eventFilter(obj, event)

    # -- pointing ---------------------------------------------------------------------------
    @Slot(int, int)
    def _box_clicked(self, side: int, chunk: int) -> None:
        self.chunk_clicked.emit(self.sessions[side], chunk)

    def describe_box(self, box: Box) -> str:
        """A box's tooltip: the call, its row, how long it blocked."""
        lines = [self.canvas.box_text(box) + (f"  #{box.chunk}" if box.chunk >= 0 else "")]
        blocked = waited_text(box.t_end - box.t_from)
        if blocked:
            lines.append(self.tr("blocked {0}").format(blocked))
        if box.chunk >= 0:
            lines.append(self.tr("Click: show this row in its pane"))
        return plain.tooltip("\n".join(lines))

    def describe_arrow(self, arrow: Arrow) -> str:
        """An arrow's tooltip: what it carried, and its first bytes as text."""
        if arrow.kind is ArrowKind.FIN:
            return self.tr(
                "FIN: this side will send nothing more; the other side's recv() returns b''"
            )
        if arrow.kind is ArrowKind.RST:
            return self.tr(
                "RST: close() with SO_LINGER 0 reset the connection; the other side's "
                "next call fails with ECONNRESET"
            )
        if arrow.kind is ArrowKind.FORWARD:
            return forward_tip(self.sessions, self.canvas.names, arrow, PREVIEW)
        store = self.sessions[arrow.side].store
        i = arrow.send_chunk
        at = store.combined[i] + arrow.start - store.offset[i]
        data = store.retained(at, at + min(PREVIEW, arrow.nbytes))
        head = self.tr("{0} bytes (stream offsets {1}–{2}): send() #{3} → recv() #{4}").format(
            f"{arrow.nbytes:,}", f"{arrow.start:,}", f"{arrow.end:,}", i, arrow.recv_chunk
        )
        if not data:
            body = self.tr("(these bytes are no longer kept)")
        else:
            body = to_escaped_text(data) + ("…" if arrow.nbytes > len(data) else "")
        return plain.tooltip(head + "\n" + plain.clean(body))
