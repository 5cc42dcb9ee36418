"""One pane per socket, assembled from parts by role; it never calls a socket
function. Parts: :class:`~.pane_header.PaneHeader`; the timeline
(:mod:`.timeline`); for a connection the chunk table, the
:class:`~.tabs.LazyTabs` (Bytes at once, the others when first shown or asked
for through :meth:`ConnectionPane.tab`) and the :class:`~.send_box.SendBox`.
The listener pane: :mod:`.listener_pane`. Qt properties (README): once per drain.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from ..core.events import State
from ..workers.session import Batch, Session
from .bytes_tab import BytesTab, combined_span
from .chunk_model import ChunkTable, ChunkTableModel
from .controls import SocketControls
from .fit import TableTabsSplit, compact_tabs
from .integrity import IntegrityRow
from .io_mode import with_in_progress
from .messages import MessagesPanel
from .pane_habits import install as install_habits
from .pane_header import PaneHeader, set_text
from .ruler import RulerPanel
from .send_box import SendBox
from .send_tools import SendTools
from .tabbed_pane import TabbedPane
from .tabs import LazyTabs, scrolled
from .timeline import TIMELINE_MAX, Line, TimelineView, group
from .tls_texts import tls_properties

VIEW_INTERVAL_MS = 50
RATE_MIN_BYTES = 64 * 1024  # a throughput figure only once there is something to measure


def fmt_int(n: int) -> str:
    return f"{n:,}"


class BasePane(QFrame):
    """The header, the properties, and the timeline's lines."""

    remove_requested = Signal(object)  # the pane

    def __init__(self, session: Session, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("socketPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.header = PaneHeader(title)
        h = self.header
        self.badge, self.addr_label, self.errno_label = h.badge, h.addr_label, h.errno_label
        self.close_button, self.remove_button = h.close_button, h.remove_button
        self.code_button = h.code_button
        self.close_button.clicked.connect(self.close_socket)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.code_button.clicked.connect(self.show_code)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addWidget(self.header)

        self.setProperty("role", session.role)
        self.history: deque[Line] = deque(maxlen=TIMELINE_MAX)  # lines shown so far
        self._lines: list[Line] = []  # lines not shown yet
        self._shown_state: State | None = None
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_INTERVAL_MS)
        self._view_timer.timeout.connect(self.update_views)
        session.changed.connect(self.on_batch)

    def timeline_view(self) -> TimelineView | None:
        """The timeline widget if it exists (it may be on a tab not built yet)."""
        return None

    # -- updates ---------------------------------------------------------------
    # Properties follow every drain at once; the views (table, bytes, timeline,
    # labels) are repainted at most every VIEW_INTERVAL_MS, or at once when the
    # state changes, so a flood costs a few repaints a second, not one per drain.
    @Slot(object)
    def on_batch(self, batch: Batch) -> None:
        group(batch.events, self._lines)
        self.update_properties()
        if self.session.state is not self._shown_state:
            self.update_views()
        elif not self._view_timer.isActive():
            self._view_timer.start()

    def refresh(self) -> None:
        self.update_properties()
        self.update_views()

    def update_properties(self) -> None:
        s = self.session
        self.setProperty("state", s.state.value)
        self.setProperty("family", s.family)  # "ipv4", "ipv6" ("" until a name is looked up)
        self.setProperty("localPort", s.local_port)
        self.setProperty("peerPort", s.peer_port)
        self.setProperty("bytesReceived", s.bytes_received)
        self.setProperty("bytesSent", s.bytes_sent)
        self.setProperty("recvCalls", s.recv_calls)
        self.setProperty("sendCalls", s.send_calls)
        tls_properties(self, s)  # lastError, tlsVersion (ui/tls_texts.py)

    @Slot()
    def update_views(self) -> None:
        self._view_timer.stop()
        if self._lines:
            lines, self._lines = self._lines, []
            self.history.extend(lines)
            view = self.timeline_view()
            if view is not None:
                view.append(lines)
        self._shown_state = self.session.state
        self.header.show_session(self.session)

    # -- actions ----------------------------------------------------------------
    @Slot()
    def show_code(self):
        from .code_view import CodeDialog

        dialog = CodeDialog(self.session, self)
        dialog.setModal(False)
        dialog.show()
        self.code_dialog = dialog
        return dialog

    @Slot()
    def close_socket(self) -> None:
        self.session.stop()


def pane_title(s: Session) -> str:
    """ "Client #3", "Connection #4 (from server #1)" (translated)."""
    if s.role == "client":
        return QCoreApplication.translate("ConnectionPane", "Client #{0}").format(s.id)
    parent_id = s.parent_session.id if s.parent_session else "?"
    text = QCoreApplication.translate("ConnectionPane", "Connection #{0} (from server #{1})")
    return text.format(s.id, parent_id)


class ConnectionPane(TabbedPane, BasePane):
    """A connected socket (client or accepted): chunks, tabs, send box."""

    chunk_activated = Signal(object, int)  # session, chunk index (table or ruler click)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, pane_title(session), parent)
        self.peer_lookup = lambda _s: None  # set by the window: the other end, if local
        self.counters = QLabel()
        self.counters.setObjectName("counters")
        self.counters.setWordWrap(True)
        self.counters.setToolTip(
            self.tr(
                "Bytes and calls in each direction; queued = handed to send() but not yet taken"
            )
        )
        self.layout_.addWidget(self.counters)
        self.integrity = IntegrityRow(session)
        self.layout_.addWidget(self.integrity)

        self.model = ChunkTableModel(session.store, self, session.log)
        self.table = ChunkTable(self.model)
        self.table.chunk_clicked.connect(lambda i: self.chunk_activated.emit(self.session, i))

        self.tabs = LazyTabs()
        self.tabs.setObjectName("viewTabs")
        self.tabs.built.connect(self._on_tab_built)
        t = self.tabs
        t.add_lazy("bytes", self.tr("Bytes"), self._build_bytes)
        t.add_lazy("timeline", self.tr("Timeline"), self._build_timeline)
        t.add_lazy(
            "socket",
            self.tr("Socket"),
            self._build_socket,
            self.tr(
                "recv() size, pause, kernel queues, shutdown/close/abort, socket options, "
                "auto-reply"
            ),
        )
        t.add_lazy(
            "send",
            self.tr("Send more"),
            self._build_send_tools,
            self.tr("Trickle, repeat and file sends"),
        )
        t.add_lazy(
            "messages",
            self.tr("Messages"),
            self._build_messages,
            self.tr(
                "Framing: reassemble messages from the received stream (fixed length, "
                "delimiter, length prefix)"
            ),
        )
        t.add_lazy(
            "ruler",
            self.tr("Ruler"),
            self._build_ruler,
            self.tr(
                "One byte axis: the sender's send() boundaries above, the receiver's recv() "
                "boundaries below"
            ),
        )
        self.bytes_tab = bt = t.part("bytes", BytesTab)
        self.bytes_view, self.view_mode, self.inspector = bt.view, bt.mode, bt.inspector

        compact_tabs(t)
        left = with_in_progress(self.table, session, self)
        self.split = TableTabsSplit(left, t, self.table.widths)
        self.layout_.addWidget(self.split, 1)

        self.send_box = SendBox(session, self._frame)
        self.send_box.send_requested.connect(self.send_now)
        b = self.send_box
        self.send_mode, self.send_edit, self.send_button = b.mode, b.edit, b.button
        self.input_error = b.error
        self.layout_.addWidget(self.send_box)
        self.setMinimumHeight(340)
        self.habits = install_habits(self)  # copy, find, clear views, send-box keys
        self.refresh()

    # -- tabs, built on demand -------------------------------------------------------
    def _build_bytes(self):
        part = BytesTab(self.session.store)
        return part, part

    def _build_timeline(self):
        part = TimelineView(self.session.log, self.history)
        return part, part

    def _build_socket(self):
        part = SocketControls(self.session, self)  # (its tcpState goes on the pane)
        return scrolled(part), part

    def _build_send_tools(self):
        part = SendTools(self.session, self.payload)
        return scrolled(part), part

    def _build_messages(self):
        part = MessagesPanel(self.session)  # decodes what the store holds
        part.changed = self.update_properties
        return part, part

    def _build_ruler(self):
        part = RulerPanel(self.session)
        part.peer_lookup = self.peer_lookup
        part.chunk_selected.connect(
            lambda _kind, sess, index: self.chunk_activated.emit(sess, index)
        )
        return part, part

    @Slot(str)
    def _on_tab_built(self, name: str) -> None:
        if name == "messages":
            self.update_properties()

    # the parts by name, each built on first access
    @property
    def timeline(self) -> TimelineView:
        return self.tabs.part("timeline", TimelineView)

    @property
    def controls(self) -> SocketControls:
        return self.tabs.part("socket", SocketControls)

    @property
    def send_tools(self) -> SendTools:
        return self.tabs.part("send", SendTools)

    @property
    def messages(self) -> MessagesPanel:
        return self.tabs.part("messages", MessagesPanel)

    @property
    def ruler(self) -> RulerPanel:
        return self.tabs.part("ruler", RulerPanel)

    def timeline_view(self) -> TimelineView | None:
        return self.tabs.built_part("timeline", TimelineView)

    def set_peer_lookup(self, lookup) -> None:
        self.peer_lookup = lookup
        ruler = self.tabs.built_part("ruler", RulerPanel)
        if ruler is not None:
            ruler.peer_lookup = lookup

    # -- updates (a Slot: the connection ends when the pane is deleted) --------------
    @Slot(object)
    def on_batch(self, batch: Batch) -> None:
        messages = self.tabs.built_part("messages", MessagesPanel)
        if messages is not None:
            messages.on_batch(batch)
        super().on_batch(batch)

    def update_properties(self) -> None:
        super().update_properties()
        tabs = getattr(self, "tabs", None)  # None while the pane is being built
        messages = tabs.built_part("messages", MessagesPanel) if tabs is not None else None
        self.setProperty("messageCount", messages.message_count if messages else 0)
        self.setProperty("partialSends", self.session.partial_sends)
        self.setProperty("wouldBlockCount", self.session.would_block)
        self.setProperty("timeoutCount", self.session.timeouts)
        self.setProperty("receiveRate", self.session.receive_rate())
        self.setProperty("waitingBytes", messages.waiting_bytes if messages else 0)
        self.setProperty("unsyncedBytes", messages.unsynced_bytes if messages else 0)
        got, sent = self.integrity.refresh()
        self.setProperty("sha256Received", got)
        self.setProperty("sha256Sent", sent)

    def update_views(self) -> None:
        super().update_views()
        s = self.session
        self.model.sync()
        messages = self.tabs.built_part("messages", MessagesPanel)
        if messages is not None:
            messages.update_view()
        ruler = self.tabs.built_part("ruler", RulerPanel)
        if ruler is not None:
            ruler.refresh()
        self.bytes_view.refresh()
        if self.table.isVisible():
            self.table.scrollToBottom()
        can_send = s.alive and s.state in (State.CONNECTED, State.PEER_CLOSED)
        self.send_button.setEnabled(can_send)
        text = self.tr(
            "received {0} bytes in {1} recv() · sent {2} bytes in {3} send() · queued {4}"
        ).format(
            fmt_int(s.bytes_received),
            fmt_int(s.recv_calls),
            fmt_int(s.bytes_sent),
            fmt_int(s.send_calls),
            fmt_int(s.queued),
        )
        rate = s.receive_rate() if s.bytes_received >= RATE_MIN_BYTES else 0
        if rate:
            text += " · " + self.tr("received at {0} MB/s").format(f"{rate / 1e6:,.1f}")
        set_text(self.counters, text)

    # -- selection ---------------------------------------------------------------------
    def select_chunk(self, index: int) -> None:
        """Show one chunk: its table row, its bytes, its place on the ruler."""
        store = self.session.store
        if not 0 <= index < len(store):
            return
        self.model.sync()
        self.table.selectRow(self.model.row_of(index))
        self.table.scrollTo(self.model.index(self.model.row_of(index), 0))
        off = store.offset[index]
        self.select_stream(store.direction[index], off, off + store.size[index])

    def select_stream(self, direction: int, start: int, end: int) -> None:
        """Select bytes [start, end) of one direction's stream in the bytes view
        and on the ruler (a chunk of the other end maps here)."""
        span = combined_span(self.session.store, direction, start, end)
        if span is not None:
            self.bytes_view.set_selection(*span)
        if self.ruler.direction.currentData() == direction:
            self.ruler.highlight_stream(start, end)

    # -- sending -----------------------------------------------------------------------
    def _frame(self, data: bytes) -> bytes:
        """Frame outgoing bytes as the Messages tab says (if it was ever shown)."""
        messages = self.tabs.built_part("messages", MessagesPanel)
        return messages.frame_outgoing(data) if messages is not None else data

    def payload(self) -> bytes | None:
        """The send box's bytes; None (with the reason shown in place) if they
        cannot be sent. Nothing is lost from the box either way."""
        return self.send_box.payload()

    @Slot()
    def send_now(self) -> None:
        data = self.payload()
        if data is not None and self.session.send(data):
            self.refresh()
            job = self.session.job
            if job is not None and job.job == "repeat" and not job.total and not job.done:
                note = self.tr(
                    "Queued behind the repeat that runs until stopped: sent once you press "
                    "Stop sending (Send more)."
                )
                self.send_box.show_error(note, "muted")
