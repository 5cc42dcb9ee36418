"""A Unix socket's Socket tab: what applies (SO_RCVBUF, SO_SNDBUF, the
kernel queues, and SO_PEERCRED: which process is at the other end) and what
does not (TCP_NODELAY, keepalive, the kernel's TCP state: there is no TCP).
The pane's ``peerPid`` property follows the credentials (0 while unknown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel

from ..workers.session import Session
from .options import OptionsEditor


class PeerCredRow(QLabel):
    """SO_PEERCRED of the peer: pid, uid, gid, read once connected (the
    kernel keeps what they were at connect() or listen() time)."""

    def __init__(self, session: Session, pane: QObject | None = None) -> None:
        super().__init__()
        self.setObjectName("peerCredLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setToolTip(
            self.tr(
                "getsockopt(SOL_SOCKET, SO_PEERCRED): the process id, user id and group id "
                "of the program at the other end, as the kernel recorded them when it "
                "connected (or listened). Only a Unix socket can tell: over TCP the peer "
                "is just an address."
            )
        )
        self.session = session
        self.pane = pane
        self.cred: tuple[int, int, int] | None = None
        session.changed.connect(self.refresh)
        self.refresh()

    @Slot(object)
    def refresh(self, _batch=None) -> None:
        if self.cred is None:
            self.cred = self.session.peer_cred()
        if self.pane is not None:
            self.pane.setProperty("peerPid", self.cred[0] if self.cred else 0)
        if self.cred is None:
            text = self.tr("Peer (SO_PEERCRED): not known yet")
        else:
            text = self.tr("Peer (SO_PEERCRED): pid {0}, uid {1}, gid {2}").format(*self.cred)
        if self.text() != text:
            self.setText(text)


def unix_parts(session: Session, pane: QObject | None, gauges: QGridLayout, opts: OptionsEditor):
    """On a Unix socket's Socket tab: the peer's credentials under the
    gauges, TCP's options hidden and said not to apply. None for TCP."""
    if session.family != "unix":
        return None
    row = PeerCredRow(session, pane)
    gauges.addWidget(row, gauges.rowCount(), 0, 1, 2)
    for w in (opts.nodelay, opts.keepalive, *opts.keep_spins.values()):
        w.hide()
    note = QLabel(
        QCoreApplication.translate(
            "OptionsEditor",
            "TCP_NODELAY, SO_KEEPALIVE and keepalive timing: not available here "
            "(a Unix socket has no TCP)",
        )
    )
    note.setObjectName("tcpOptionsNotAvailable")
    note.setWordWrap(True)
    grid = opts.layout()
    assert isinstance(grid, QGridLayout)
    grid.addWidget(note, grid.rowCount(), 0, 1, 4)
    return row
