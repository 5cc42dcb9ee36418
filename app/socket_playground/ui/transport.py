"""The transport choice of a form: ``transportCombo`` (TCP, the default, or
UDP) and, in the client form, ``udpConnectCheck`` ("connected UDP":
``connect()`` first, then ``send()``). With UDP the form's button starts a
datagram socket: the server ``bind()``s and calls ``recvfrom()`` in a loop (no
``listen()``, no ``accept()``); the client ``sendto()``s the form's address.
What only TCP has (backlog, connect() timeout) is disabled; the I/O mode is
recvfrom()'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from .texts import _t

if TYPE_CHECKING:
    from .forms import SocketForm


class TransportRow:
    """Built by the form (``form.transport``); adds a row to its form layout."""

    def __init__(self, form: SocketForm) -> None:
        self.form = form
        self.combo = QComboBox()
        self.combo.setObjectName("transportCombo")
        self.combo.addItem("TCP", "tcp")
        self.combo.addItem("UDP", "udp")
        self.combo.setToolTip(
            _t(
                "MainWindow",
                "TCP (SOCK_STREAM): a connection, a byte stream. UDP (SOCK_DGRAM): no "
                "connection, each sendto() one datagram, boundaries kept, nothing resent",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.combo)
        self.connect_check: QCheckBox | None = None
        if not form.server:
            check = QCheckBox(_t("MainWindow", "connected UDP"))
            check.setObjectName("udpConnectCheck")
            check.setToolTip(
                _t(
                    "MainWindow",
                    "connect() the UDP socket first (no packet is sent): send() goes to that "
                    "peer, datagrams from others are dropped, and an ICMP error (nothing on "
                    "that port) comes back as ECONNREFUSED on a later call",
                )
            )
            check.setEnabled(False)
            row.addWidget(check)
            self.connect_check = check
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.form_rows.addRow(_t("MainWindow", "Type"), holder)  # socket(family, type)
        self._tcp_texts: tuple[str, str] | None = None
        self.combo.currentIndexChanged.connect(self._changed)

    def choice(self) -> str:
        """ "tcp" or "udp"."""
        return str(self.combo.currentData())

    @property
    def udp(self) -> bool:
        return self.choice() == "udp"

    @property
    def connected_udp(self) -> bool:
        return self.udp and self.connect_check is not None and self.connect_check.isChecked()

    @Slot()
    def _changed(self) -> None:
        form, udp = self.form, self.udp
        button = form.button
        if self._tcp_texts is None:
            self._tcp_texts = (button.text(), button.toolTip())
        if self.connect_check is not None:
            self.connect_check.setEnabled(udp)
        for w in (getattr(form, "backlog", None), getattr(form, "timeout", None)):
            if w is not None:
                w.setEnabled(not udp)
        tls = getattr(form, "tls", None)  # (made after this row)
        if tls is not None:
            tls.set_allowed(not udp)
        if not udp:
            button.setText(self._tcp_texts[0])
            button.setToolTip(self._tcp_texts[1])
        elif form.server:
            button.setText(_t("MainWindow", "Start UDP server"))
            button.setToolTip(
                _t("MainWindow", "socket(SOCK_DGRAM), bind(), then recvfrom() in a loop")
            )
        else:
            button.setText(_t("MainWindow", "Start UDP client"))
            button.setToolTip(
                _t(
                    "MainWindow",
                    "socket(SOCK_DGRAM) (and connect() when connected UDP), then recvfrom() "
                    "in a loop; Send makes one sendto()",
                )
            )
