"""One pane per socket: a listener pane, or a connection pane (client/accepted).

A pane never calls a socket function: it shows what its :class:`Session`
recorded and hands user requests (send, close) to it. Its Qt properties
(``role``, ``state``, ``localPort``, ``peerPort``, ``bytesReceived``,
``bytesSent``, ``recvCalls``, ``sendCalls``, ``lastError``) are refreshed once
per drain, after all the drain's events were applied, so they are always
mutually consistent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QSplitter, QTableView, QTabWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from ..core.endpoint import describe_bind_host
from ..core.events import Event, Kind, State
from ..core.framing import FramingError
from ..core.sendinput import SendInputError, parse
from ..workers.session import Batch, Session, fmt_addr
from . import texts
from .bytes_view import BytesView
from .chunk_model import ChunkTableModel
from .controls import AutoReplyEditor, SendTools, SocketControls
from .inspector import InspectorPanel
from .messages import MessagesPanel
from .ruler import RulerPanel, Track

TIMELINE_MAX = 5000


VIEW_INTERVAL_MS = 50
SEND_EDIT_MAX = 1 << 20   # characters; larger payloads: send a file
RATE_MIN_BYTES = 64 * 1024   # a throughput figure only once there is something to measure


def fmt_int(n: int) -> str:
    return f"{n:,}"


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def set_text(label: QLabel, text: str) -> bool:
    """setText only on a change (each setText re-lays out the label)."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


class StateBadge(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stateBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(90)

    def show_state(self, state: State, error: str = "") -> None:
        text = texts.state_label(state)
        if state is State.ERROR and error:
            text = f"{text}: {error}"
        self.setText(text)
        self.setToolTip(texts.state_tooltip(state))
        self.setStyleSheet(
            f"QLabel {{ background: {texts.STATE_COLOURS[state]}; color: white;"
            " border-radius: 4px; padding: 2px 8px; font-weight: bold; }")


class BasePane(QFrame):
    """Header (title, addresses, state badge, buttons) and timeline."""

    remove_requested = Signal(object)   # the pane

    def __init__(self, session: Session, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("socketPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session

        self.title = QLabel(f"<b>{title}</b>")
        self.addr_label = QLabel()
        self.addr_label.setObjectName("addressLabel")
        self.addr_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long addresses must not widen the pane past its column.
        self.addr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge = StateBadge()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setToolTip(self.tr("close() this socket (its worker threads stop)"))
        self.close_button.clicked.connect(self.close_socket)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Close the socket if open and remove this pane"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.badge)
        self.code_button = QToolButton()
        self.code_button.setObjectName("showCodeButton")
        self.code_button.setText(self.tr("Code"))
        self.code_button.setToolTip(self.tr("Show the plain-Python code of what this socket "
                                            "did, to copy or save as a .py file"))
        self.code_button.clicked.connect(self.show_code)
        header.addWidget(self.code_button)
        header.addWidget(self.close_button)
        header.addWidget(self.remove_button)

        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setUniformItemSizes(True)
        self.timeline.setToolTip(self.tr("Every socket call in order, with its result"))

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.addr_label)   # its own line: never squeezed away
        self.errno_label = QLabel()
        self.errno_label.setObjectName("errorExplanation")
        self.errno_label.setWordWrap(True)
        self.errno_label.setStyleSheet("color: #b91c1c;")
        self.errno_label.hide()
        self.layout_.addWidget(self.errno_label)

        self.setProperty("role", session.role)
        self._pending: list[Event] = []
        self._shown_state: State | None = None
        self._shown_error = ""
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_INTERVAL_MS)
        self._view_timer.timeout.connect(self.update_views)
        session.changed.connect(self.on_batch)

    # -- updates ---------------------------------------------------------------
    # Properties follow every drain at once; the views (table, bytes, timeline,
    # labels) are repainted at most every VIEW_INTERVAL_MS, or at once when the
    # state changes, so a flood costs a few repaints a second, not one per drain.
    @Slot(object)
    def on_batch(self, batch: Batch) -> None:
        self._pending.extend(batch.events)
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
        self.setProperty("localPort", s.local_port)
        self.setProperty("peerPort", s.peer_port)
        self.setProperty("bytesReceived", s.bytes_received)
        self.setProperty("bytesSent", s.bytes_sent)
        self.setProperty("recvCalls", s.recv_calls)
        self.setProperty("sendCalls", s.send_calls)
        self.setProperty("lastError", s.last_error)

    @Slot()
    def update_views(self) -> None:
        self._view_timer.stop()
        s = self.session
        if self._pending:
            events, self._pending = self._pending, []
            self._add_timeline(events)
        if s.state is not self._shown_state or s.last_error != self._shown_error:
            self._shown_state, self._shown_error = s.state, s.last_error
            self.badge.show_state(s.state, s.last_error)
            if s.last_error:
                why = texts.explain_errno(s.last_error)
                self.errno_label.setText(f"{s.last_error}: {why or s.last_error_detail}")
                self.errno_label.setToolTip(s.last_error_detail)
                self.errno_label.show()
        self.close_button.setEnabled(s.alive and s.state is not State.CLOSED)
        addr = self.address_text()
        if set_text(self.addr_label, addr):
            self.addr_label.setToolTip(addr)

    def address_text(self) -> str:
        s = self.session
        target = f"{s.host}:{s.port}"
        if s.role == "listener":
            return fmt_addr(s.local_addr) if s.local_addr else target
        if not (s.local_addr and s.peer_addr):   # not connected (yet, or failed)
            return f"→ {target}"
        return f"{fmt_addr(s.local_addr)} ⇄ {fmt_addr(s.peer_addr)}"

    def _add_timeline(self, events: list[Event]) -> None:
        t0 = self.session.t0_ns
        lines = []
        run_kind, run_call, run_n, run_bytes, run_t = None, "", 0, 0, 0
        for ev in events:
            if ev.kind in (Kind.RECV, Kind.SEND):
                call = f"{ev.call}({ev.asked})"
                calls = len(ev.obj[1]) if ev.kind is Kind.RECV else 1
                if run_kind is ev.kind and run_call == call:
                    run_n += calls
                    run_bytes += ev.size
                    continue
                if run_kind is not None:
                    lines.append(self._run_line(run_t, run_call, run_n, run_bytes, t0))
                run_kind, run_call, run_n, run_bytes = ev.kind, call, calls, ev.size
                run_t = ev.obj[0][0] if ev.kind is Kind.RECV else ev.t_ns
                continue
            if run_kind is not None:
                lines.append(self._run_line(run_t, run_call, run_n, run_bytes, t0))
                run_kind = None
            lines.append(self._event_line(ev, t0))
        if run_kind is not None:
            lines.append(self._run_line(run_t, run_call, run_n, run_bytes, t0))
        if not lines:
            return
        tl = self.timeline
        at_end = tl.verticalScrollBar().value() >= tl.verticalScrollBar().maximum()
        for line in lines:
            item = QListWidgetItem(line)
            if len(line) > 60:
                item.setToolTip(line)
            tl.addItem(item)
        excess = tl.count() - TIMELINE_MAX
        for _ in range(max(0, excess)):
            tl.takeItem(0)
        if at_end:
            tl.scrollToBottom()

    def _run_line(self, t_ns: int, call: str, n: int, nbytes: int, t0: int) -> str:
        t = (t_ns - t0) / 1e9
        if n == 1:
            return f"+{t:.6f}  {call} → {nbytes}"
        return self.tr("+{0:.6f}  {1} ×{2} → {3} bytes in all").format(
            t, call, n, fmt_int(nbytes))

    def _event_line(self, ev: Event, t0: int) -> str:
        t = (ev.t_ns - t0) / 1e9
        k = ev.kind
        if k is Kind.EOF:
            text = self.tr("{0} → b''  (the peer closed its sending side)").format(ev.call)
        elif k is Kind.ERROR:
            why = texts.explain_errno(ev.errno)
            text = f"{ev.call} ✗ {ev.errno}" + (f" — {why}" if why else f" ({ev.detail})")
        elif k is Kind.CONNECTING:
            text = f"{ev.call} …"
        elif k is Kind.CONNECT:
            text = self.tr("{0} → connected, local address {1}").format(
                ev.call, fmt_addr(ev.obj[0]))
        elif k is Kind.NOTE:
            text = self._note_text(ev)
        elif k in (Kind.ACCEPT, Kind.BIND, Kind.SETOPT, Kind.RESOLVE) and ev.detail:
            text = f"{ev.call} → {ev.detail}"
        else:
            text = ev.call
        return f"+{t:.6f}  {text}"

    def _note_text(self, ev: Event) -> str:
        code, n = ev.obj
        if code == "unsent":
            return self.tr("({0} queued bytes were never sent: the socket closed)").format(
                fmt_int(n))
        if code == "file-error":
            why = texts.explain_errno(ev.errno) or ev.errno
            return self.tr("(file {0} could not be read after {1} bytes: {2})").format(
                ev.detail, fmt_int(n), why)
        if code == "close-request":
            return self.tr("(auto-reply sent: closing)")
        return str(ev.obj)

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


class ListenerPane(BasePane):
    """A server socket: it only accepts; it never sends or receives."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, self.tr("Server #{0}").format(session.id), parent)
        self.close_button.setText(self.tr("Stop"))
        self.close_button.setToolTip(
            self.tr("close() the listening socket; accepted connections stay open"))
        note = QLabel(texts.bind_note(describe_bind_host(session.host)) + "  " +
                      self.tr("A server socket never sends or receives: each accept() "
                              "returns a new socket, shown as its own pane."))
        note.setWordWrap(True)
        note.setObjectName("bindNote")
        note.setStyleSheet("color: #4b5563;")
        self.layout_.addWidget(note)
        self.accepted_list = QListWidget()
        self.accepted_list.setObjectName("acceptedList")
        self.accepted_list.setToolTip(self.tr("Connections accept() returned"))
        split = QSplitter(Qt.Orientation.Horizontal)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(self.tr("Accepted connections")))
        v.addWidget(self.accepted_list)
        box2 = QWidget()
        v2 = QVBoxLayout(box2)
        v2.setContentsMargins(0, 0, 0, 0)
        v2.addWidget(QLabel(self.tr("Timeline")))
        v2.addWidget(self.timeline)
        split.addWidget(box)
        split.addWidget(box2)
        split.setSizes([200, 400])
        self.layout_.addWidget(split)
        self.pause_accept = QPushButton(self.tr("Pause accepting"))
        self.pause_accept.setObjectName("pauseAcceptButton")
        self.pause_accept.setCheckable(True)
        self.pause_accept.setToolTip(self.tr(
            "Stop calling accept(): new connections wait in the kernel's accept queue "
            "(the listen() backlog); when it is full, new clients' SYNs are dropped and "
            "their connect() waits and retries"))
        self.pause_accept.toggled.connect(self._on_pause_accept)
        self.layout_.addWidget(self.pause_accept)
        self.auto_reply = AutoReplyEditor(session)
        self.auto_reply.setTitle(self.tr("Auto-reply for connections accepted from now on"))
        self.layout_.addWidget(self.auto_reply)
        self.setMinimumHeight(260)
        self._children: list[Session] = []
        session.accepted.connect(self.on_accepted)
        self.refresh()

    def update_views(self) -> None:
        super().update_views()
        self.pause_accept.setEnabled(self.session.alive and
                                     self.session.state is State.LISTENING)

    @Slot(bool)
    def _on_pause_accept(self, paused: bool) -> None:
        self.session.pause_accepting(paused)
        self.pause_accept.setText(self.tr("Resume accepting") if paused
                                  else self.tr("Pause accepting"))

    @Slot(object)
    def on_accepted(self, child: Session) -> None:
        self._children.append(child)
        child.changed.connect(self._refresh_children)
        self._refresh_children()

    @Slot()
    def _refresh_children(self) -> None:
        lst = self.accepted_list
        for i, c in enumerate(self._children):
            text = self.tr("#{0}  {1}  ({2})").format(
                c.id, fmt_addr(c.peer_addr), texts.state_label(c.state))
            if i < lst.count():
                if lst.item(i).text() != text:
                    lst.item(i).setText(text)
                    lst.item(i).setToolTip(text)
            else:
                item = QListWidgetItem(text)
                item.setToolTip(text)
                lst.addItem(item)


class ConnectionPane(BasePane):
    """A connected socket (client or accepted): chunks, bytes, send box."""

    chunk_activated = Signal(object, int)   # session, chunk index (table or ruler click)

    def __init__(self, session: Session, parent=None) -> None:
        if session.role == "client":
            title = self.tr("Client #{0}").format(session.id)
        else:
            parent_id = session.parent_session.id if session.parent_session else "?"
            title = self.tr("Connection #{0} (from server #{1})").format(session.id, parent_id)
        super().__init__(session, title, parent)
        self.counters = QLabel()
        self.counters.setObjectName("counters")
        self.counters.setWordWrap(True)
        self.counters.setToolTip(self.tr("Bytes and calls in each direction; "
                                         "queued = handed to send() but not yet taken"))
        self.layout_.addWidget(self.counters)

        self.model = ChunkTableModel(session.store, self)
        self.table = QTableView()
        self.table.setObjectName("chunkTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        fm = self.table.fontMetrics()
        pad = 16
        for col, sample in enumerate(("00000", "recv(65536)", "1048576", "000.000000")):
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + pad)
        self.table.setColumnWidth(4, fm.horizontalAdvance("x" * 18) + pad)
        # #, Call and Bytes always visible: the rows' point is the return values
        self.table.setMinimumWidth(sum(self.table.columnWidth(c) for c in range(3)) + 24)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setToolTip(self.tr("One row per recv() result and per send() call: "
                                      "TCP moves bytes, not messages"))

        self.bytes_view = BytesView(session.store)
        self.bytes_view.setObjectName("bytesView")
        self.view_mode = QComboBox()
        self.view_mode.setObjectName("bytesModeCombo")
        self.view_mode.addItem(self.tr("Hex"), "hex")
        self.view_mode.addItem(self.tr("Text (UTF-8)"), "utf-8")
        self.view_mode.addItem(self.tr("Text (Latin-1)"), "latin-1")
        self.view_mode.setToolTip(self.tr("How to show the bytes"))
        self.view_mode.currentIndexChanged.connect(
            lambda _i: self.bytes_view.set_mode(self.view_mode.currentData()))
        legend = QLabel(self.tr("<span style='color:#1d4ed8'>■ received</span>  "
                                "<span style='color:#c2410c'>■ sent</span>"))
        bytes_box = QWidget()
        bl = QVBoxLayout(bytes_box)
        bl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.view_mode)
        row.addWidget(legend)
        row.addStretch(1)
        bl.addLayout(row)
        bl.addWidget(self.bytes_view)

        self.inspector = InspectorPanel(self.bytes_view)
        bytes_split = QSplitter(Qt.Orientation.Vertical)
        bytes_split.addWidget(bytes_box)
        bytes_split.addWidget(self.inspector)
        bytes_split.setSizes([300, 120])
        self.controls = SocketControls(session)
        self.send_tools = SendTools(session, self.payload)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("viewTabs")
        self.tabs.addTab(bytes_split, self.tr("Bytes"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(scrolled(self.controls), self.tr("Socket"))
        self.tabs.addTab(scrolled(self.send_tools), self.tr("Send more"))
        self.messages = MessagesPanel(session)
        self.messages.changed = self.update_properties
        self.tabs.addTab(self.messages, self.tr("Messages"))
        self.ruler = RulerPanel(session)
        self.tabs.addTab(self.ruler, self.tr("Ruler"))
        self.tabs.setTabToolTip(5, self.tr("One byte axis: the sender's send() boundaries "
                                           "above, the receiver's recv() boundaries below"))
        self.ruler.chunk_selected.connect(
            lambda _kind, sess, index: self.chunk_activated.emit(sess, index))
        self.table.clicked.connect(
            lambda idx: self.chunk_activated.emit(self.session, idx.row()))
        self.tabs.setTabToolTip(4, self.tr("Framing: reassemble messages from the received "
                                           "stream (fixed length, delimiter, length prefix)"))
        self.tabs.setTabToolTip(2, self.tr("recv() size, pause, kernel queues, shutdown/close/"
                                           "abort, socket options, auto-reply"))
        self.tabs.setTabToolTip(3, self.tr("Trickle, repeat and file sends"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setSizes([380, 470])
        self.layout_.addWidget(split, 1)

        self.send_mode = QComboBox()
        self.send_mode.setObjectName("sendModeCombo")
        self.send_mode.addItem(self.tr("Text"), "text")
        self.send_mode.addItem(self.tr("Hex"), "hex")
        self.send_mode.setToolTip(self.tr("Text: \\n \\r \\t \\\\ \\xNN escapes work. "
                                          "Hex: 48 65 6c 6c 6f (spaces optional)."))
        self.send_edit = QLineEdit()
        self.send_edit.setObjectName("sendEdit")
        self.send_edit.setPlaceholderText(self.tr("Bytes to send, e.g. hello\\n"))
        self.send_edit.setClearButtonEnabled(True)
        self.send_edit.setMaxLength(SEND_EDIT_MAX)
        self.send_edit.returnPressed.connect(self.send_now)
        self.send_edit.textEdited.connect(lambda _t: self.input_error.hide())
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("send() in a loop; every call and its return "
                                            "value becomes a row"))
        self.send_button.clicked.connect(self.send_now)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_mode)
        send_row.addWidget(self.send_edit, 1)
        send_row.addWidget(self.send_button)
        self.layout_.addLayout(send_row)
        self.input_error = QLabel()
        self.input_error.setObjectName("sendError")
        self.input_error.setStyleSheet("color: #b91c1c;")
        self.input_error.hide()
        self.layout_.addWidget(self.input_error)
        self.setMinimumHeight(340)
        self.refresh()

    def on_batch(self, batch: Batch) -> None:
        self.messages.on_batch(batch)
        super().on_batch(batch)

    def update_properties(self) -> None:
        super().update_properties()
        self.setProperty("messageCount", self.messages.message_count)
        self.setProperty("partialSends", self.session.partial_sends)
        self.setProperty("receiveRate", self.session.receive_rate())
        self.setProperty("waitingBytes", self.messages.waiting_bytes)

    def update_views(self) -> None:
        super().update_views()
        s = self.session
        self.model.sync()
        self.messages.update_view()
        self.ruler.refresh()
        self.bytes_view.refresh()
        if self.table.isVisible():
            self.table.scrollToBottom()
        can_send = s.alive and s.state in (State.CONNECTED, State.PEER_CLOSED)
        self.send_button.setEnabled(can_send)
        text = self.tr(
            "received {0} bytes in {1} recv() · sent {2} bytes in {3} send() · queued {4}"
        ).format(fmt_int(s.bytes_received), fmt_int(s.recv_calls), fmt_int(s.bytes_sent),
                 fmt_int(s.send_calls), fmt_int(s.queued))
        rate = s.receive_rate() if s.bytes_received >= RATE_MIN_BYTES else 0
        if rate:
            text += " · " + self.tr("received at {0} MB/s").format(f"{rate / 1e6:,.1f}")
        set_text(self.counters, text)

    def select_chunk(self, index: int) -> None:
        """Show one chunk: its table row, its bytes, its place on the ruler."""
        store = self.session.store
        if not 0 <= index < len(store):
            return
        self.model.sync()
        self.table.selectRow(index)
        self.table.scrollTo(self.model.index(index, 0))
        off = store.offset[index]
        self.select_stream(store.direction[index], off, off + store.size[index])

    def select_stream(self, direction: int, start: int, end: int) -> None:
        """Select bytes [start, end) of one direction's stream in the bytes view
        and on the ruler (a chunk of the other end maps here)."""
        track = Track(self.session.store, direction)
        track.update()
        k0, k1 = track.at(start), track.at(max(start, end - 1))
        if k0 is not None and k1 is not None:
            store = self.session.store
            c0 = store.combined[track.index[k0]] + (start - track.offsets[k0])
            c1 = store.combined[track.index[k1]] + (end - track.offsets[k1])
            self.bytes_view.set_selection(c0, c1)
        if self.ruler.direction.currentData() == direction:
            self.ruler.highlight_stream(start, end)

    def payload(self) -> bytes | None:
        """The send box's bytes; None (with the reason shown in place) if it
        cannot be sent. Nothing is lost from the box either way."""
        text = self.send_edit.text()
        mode = self.send_mode.currentData()
        try:
            data = parse(text, mode)
        except SendInputError as e:
            self._input_error(texts.send_input_error(e.code, e.position, e.text))
            self.send_edit.setFocus()
            self.send_edit.setSelection(e.position, max(1, len(e.text)))
            return None
        try:
            data = self.messages.frame_outgoing(data)
        except FramingError as e:
            self._input_error(texts.framing_error(e.code))
            return None
        except SendInputError:
            self._input_error(self.tr("The Messages tab's delimiter is not valid."))
            return None
        if len(text) >= SEND_EDIT_MAX:
            self._input_error(self.tr(
                "The send box holds at most {0} characters; send a file for more.").format(
                fmt_int(SEND_EDIT_MAX)))
            return None
        if not data:
            self._input_error(self.tr("Nothing to send: type some bytes first."))
            return None
        if not self.session.can_send:
            self._input_error(self.tr("This socket cannot send now ({0}).").format(
                texts.state_label(self.session.state)))
            return None
        self.input_error.hide()
        return data

    def _input_error(self, text: str) -> None:
        self.input_error.setText(text)
        self.input_error.show()

    @Slot()
    def send_now(self) -> None:
        data = self.payload()
        if data is not None and self.session.send(data):
            self.refresh()
