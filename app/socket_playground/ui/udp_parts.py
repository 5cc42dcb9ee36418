"""The UDP pane's tabs beyond Bytes and Timeline: Socket (the size
``recvfrom()`` asks for, SO_BROADCAST, pause, close) and Messages (each
received datagram is one message: UDP keeps the boundaries). And the peer
field of its send row, read into an address for ``sendto()``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import EndpointError, parse_endpoint
from ..core.sendinput import to_escaped_text
from ..core.udp_events import MAX_DATAGRAM, RecvFrom
from ..workers.udp_session import UdpSession
from . import texts
from .io_mode import IoModeRow
from .texts import _t
from .udp_model import peer_text

MESSAGES_SHOWN = 2000  # the newest datagrams listed on the Messages tab


class UdpControls(QWidget):
    """Socket tab: recvfrom(n), pause reading, the I/O mode, SO_BROADCAST, close()."""

    def __init__(self, session: UdpSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.bufsize = QSpinBox()
        self.bufsize.setObjectName("recvSizeSpin")
        self.bufsize.setRange(1, MAX_DATAGRAM)
        self.bufsize.setValue(min(session.bufsize, MAX_DATAGRAM))
        self.bufsize.setPrefix("recvfrom(")
        self.bufsize.setSuffix(")")
        self.bufsize.setToolTip(
            self.tr(
                "How many bytes each recvfrom() asks for. A datagram larger than this is cut: "
                "the call returns the first bytes and the rest is lost."
            )
        )
        self.bufsize.valueChanged.connect(lambda n: session.set_bufsize(n))
        self.pause = QPushButton(self.tr("Pause reading"))
        self.pause.setObjectName("pauseReadingButton")
        self.pause.setCheckable(True)
        self.pause.setToolTip(
            self.tr(
                "Stop calling recvfrom(): datagrams wait in the kernel's receive queue; "
                "when it is full, new ones are dropped (UDP has no flow control)"
            )
        )
        self.pause.toggled.connect(lambda on: session.pause_reading(on))
        self.broadcast = QCheckBox(self.tr("SO_BROADCAST (may send to a broadcast address)"))
        self.broadcast.setObjectName("broadcastCheck")
        self.broadcast.setChecked(session.broadcast)
        self.broadcast.setToolTip(
            self.tr(
                "Off by default: sendto() to a broadcast address (255.255.255.255, "
                "192.168.1.255) then fails with EACCES"
            )
        )
        self.broadcast.toggled.connect(self._on_broadcast)
        self.close_button = QPushButton(self.tr("close()"))
        self.close_button.setObjectName("endCloseButton")
        self.close_button.clicked.connect(session.stop)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Receive:")))
        row.addWidget(self.bufsize)
        row.addWidget(self.pause)
        row.addStretch(1)
        v = QVBoxLayout(self)
        v.addLayout(row)
        self.io_mode = IoModeRow(session)  # recvfrom() blocking, with a timeout, or not
        v.addWidget(self.io_mode)
        v.addWidget(self.broadcast)
        v.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addStretch(1)

    @Slot(bool)
    def _on_broadcast(self, on: bool) -> None:
        if not self.session.set_broadcast(on):  # the failed call is a timeline row
            self.broadcast.blockSignals(True)
            self.broadcast.setChecked(self.session.broadcast)
            self.broadcast.blockSignals(False)

    def refresh(self) -> None:
        alive = self.session.alive
        for w in (self.pause, self.broadcast, self.close_button):
            w.setEnabled(alive)
        self.io_mode.refresh()


class UdpMessages(QWidget):
    """Messages tab: the received datagrams, one message each (no framing is
    needed: one recvfrom() is one datagram)."""

    def __init__(self, session: UdpSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        note = QLabel(
            self.tr(
                "UDP keeps message boundaries: each recvfrom() returns exactly one datagram, "
                "so each datagram is one message, no framing needed."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("messagesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("From"), self.tr("Bytes"), self.tr("Message")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(note)
        v.addWidget(self.table, 1)
        self._seen = 0  # datagram events looked at so far
        self.message_count = 0
        self.update_view()

    def update_view(self) -> None:
        log = self.session.log
        datagrams = log.datagrams
        new = [
            (i, d)
            for i, d in enumerate(datagrams[self._seen :], self._seen)
            if isinstance(d, RecvFrom)
        ]
        self._seen = len(datagrams)
        if not new:
            return
        store = self.session.store
        for i, d in new[-MESSAGES_SHOWN:]:
            start = store.combined[i]
            data = store.retained(start, start + store.size[i])
            text = to_escaped_text(data[:200]) + ("…" if len(data) > 200 else "")
            if d.truncated:
                text += " " + self.tr("(cut: {0} of {1} bytes)").format(d.nbytes, d.size)
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate((str(i), peer_text(d.peer), str(d.nbytes), text)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.message_count += len(new)
        extra = self.table.rowCount() - MESSAGES_SHOWN
        for _ in range(max(0, extra)):
            self.table.removeRow(0)
        self.table.scrollToBottom()


def read_peer(text: str, family: str) -> tuple[tuple[str, int] | None, str]:
    """The peer typed in ``udpPeerEdit`` as a sendto() address, or None and
    why not (translated). ``family``: the socket's ("ipv4", "ipv6", "")."""
    try:
        ep = parse_endpoint(text, family=family or "auto", allow_zero=False)
    except EndpointError as e:
        return None, texts.endpoint_error(e.code, e.text)
    if ep.family is None:
        return None, _t("UdpPane", "Type the peer as numbers, e.g. 127.0.0.1:5000 or [::1]:5000.")
    if ep.port is None:
        return None, _t("UdpPane", "Add the peer's port: {0}:5000.").format(text.strip())
    if family and ep.family != family:
        return None, _t("UdpPane", "This socket is {0}: the peer must be an {0} address.").format(
            "IPv4" if family == "ipv4" else "IPv6"
        )
    return (ep.host, ep.port), ""
