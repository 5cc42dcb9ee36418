"""The kernel's TCP state of a connection, on the Socket tab: TCP_INFO while
the socket is open, the kernel's table after close() (TIME_WAIT, FIN_WAIT2 …).
Read only while shown; the pane's ``tcpState`` and ``segmentsOut`` (TCP_INFO's
segments sent, 0 when unknown) properties follow it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel

from ..workers.session import Session

POLL_MS = 500  # TIME_WAIT lasts a minute: no need to read it more often


class TcpStateRow(QLabel):
    def __init__(self, session: Session, pane: QObject | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tcpStateLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setToolTip(
            self.tr(
                "What the kernel says of this connection (getsockopt TCP_INFO; after "
                "close(), the kernel's connection table): ESTABLISHED while both ends are "
                "open; FIN_WAIT2 on the side that sent FIN first, CLOSE_WAIT on the other; "
                "TIME_WAIT on the side that closed first, for a minute after both closed"
            )
        )
        self.session = session
        self.pane = pane
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.poll()
        self.timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    @Slot()
    def poll(self) -> None:
        s = self.session
        info = s.tcp_state()
        if self.pane is not None:
            self.pane.setProperty("tcpState", info.state if info is not None else "")
            live = info is not None and not info.from_table
            self.pane.setProperty("segmentsOut", info.segs_out if info and live else 0)
        if info is None:
            if s.family == "unix":
                text = self.tr("Kernel TCP state: not available here (a Unix socket has no TCP)")
                self.timer.stop()
            elif s.alive:
                text = self.tr("Kernel TCP state: not available here")
            else:
                text = self.tr("Kernel TCP state: gone (the kernel has forgotten the connection)")
                self.timer.stop()
        elif info.from_table:
            text = self.tr(
                "Kernel TCP state: {0} (from the kernel's connection table: the socket "
                "itself is closed, or reports CLOSE)"
            ).format(info.state)
        else:
            text = self.tr(
                "Kernel TCP state: {0} · segments out {1}, in {2} · retransmitted {3} · "
                "RTT {4} ms · congestion window {5} · unacknowledged {6}"
            ).format(
                info.state,
                f"{info.segs_out:,}",
                f"{info.segs_in:,}",
                info.retransmits,
                f"{info.rtt_us / 1000:.2f}",
                info.cwnd,
                info.unacked,
            )
        if self.text() != text:
            self.setText(text)
