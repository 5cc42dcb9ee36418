"""The server and client forms: host, port, address family, options.

What is typed in a host field is split here (``[::1]:8080``,
``127.0.0.1:6379``: the port goes to the port field) or refused with a
clear message (:func:`~..core.endpoint.parse_endpoint`). The family choice
(``familyCombo``: Auto, IPv4, IPv6) and the label beside it say which family
the socket will get: a number's spelling fixes it; for a name under Auto the
label asks getaddrinfo (off the GUI thread) and shows its first answer, the
one the socket will use.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from ..core.endpoint import Endpoint, EndpointError, describe_bind_host, parse_endpoint
from ..workers.lookup import HostLookup, scope_exists
from .io_mode import IoModeRow
from .options import OptionsEditor
from .texts import _t
from .tls_form import TlsRow
from .transport import TransportRow
from .unix_form import add_unix, unix_label

HINT_DELAY_MS = 300  # typing pauses this long before a name is looked up


class SocketForm(QGroupBox):
    """What the server and the client form share."""

    def __init__(self, title: str, *, server: bool, prefix: str) -> None:
        super().__init__(title)
        self.server = server
        self.setObjectName(f"{prefix}Form")
        self.grid = QGridLayout(self)
        self.host = QLineEdit("127.0.0.1")
        self.host.setObjectName(f"{prefix}HostEdit")
        self.port = QSpinBox()
        self.port.setObjectName(f"{prefix}PortSpin")
        self.family = QComboBox()
        self.family.setObjectName("familyCombo")
        self.family.addItem(_t("MainWindow", "Auto"), "auto")
        self.family.addItem("IPv4", "ipv4")
        self.family.addItem("IPv6", "ipv6")
        add_unix(self.family, self.host)  # a path or @name in the host field (ui/unix_form.py)
        self.family.setToolTip(
            _t(
                "MainWindow",
                "The address family of socket(): Auto follows getaddrinfo (a name's first "
                "address decides); IPv4 is AF_INET, IPv6 is AF_INET6",
            )
        )
        self.family_label = QLabel()
        self.family_label.setObjectName(f"{prefix}FamilyLabel")
        self.family_label.setWordWrap(
            True
        )  # (a long path or answer: more lines, not a wider window)
        self.lookup = HostLookup(self)
        self.lookup.answered.connect(self._answered)
        self._answers: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._ask)
        self.host_row = QHBoxLayout()
        self.host_row.addWidget(self.host, 2)
        self.host_row.addWidget(QLabel(_t("MainWindow", "Port")))
        self.host_row.addWidget(self.port, 1)
        family_row = QHBoxLayout()
        family_row.addWidget(self.family)
        family_row.addWidget(self.family_label, 1)
        form = self.form_rows = QFormLayout()
        form.addRow(_t("MainWindow", "Host"), self.host_row)
        form.addRow(_t("MainWindow", "Family"), family_row)
        self.grid.addLayout(form, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.button = QPushButton()
        self.grid.addWidget(self.button, 0, 2)
        self.options = OptionsEditor(server=server)
        self.options_button = self._options_toggle(f"{prefix}OptionsButton")
        self.io_mode = IoModeRow()
        self.host.textChanged.connect(self.update_family)
        self.host.editingFinished.connect(self.split)
        self.family.currentIndexChanged.connect(self.update_family)
        self.transport = TransportRow(self)  # TCP or UDP (ui/transport.py)
        self.tls = TlsRow(self)  # TLS on top of TCP (ui/tls_form.py)

    def _options_toggle(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(_t("MainWindow", "Options"))
        button.setCheckable(True)
        button.setToolTip(_t("MainWindow", "Socket options set before bind()/connect()"))
        button.toggled.connect(self.options.setVisible)
        self.options.hide()
        self.grid.addWidget(button, 0, 1)
        self.grid.addWidget(self.options, 1, 0, 1, 3)
        return button

    def options_grid(self) -> QGridLayout:
        grid = self.options.layout()
        assert isinstance(grid, QGridLayout)
        return grid

    # -- the host field -------------------------------------------------------------
    def family_choice(self) -> str:
        """ "auto", "ipv4", "ipv6" or "unix"."""
        return str(self.family.currentData())

    def endpoint(self) -> Endpoint:
        """The host field read (and split: a port typed after the host moves to
        the port field); an :class:`EndpointError` if it cannot be used."""
        ep = parse_endpoint(self.host.text(), family=self.family_choice(), allow_zero=self.server)
        _, pct, scope = ep.host.partition("%")
        if pct and not scope_exists(scope):
            raise EndpointError("unknown-scope", scope)
        if ep.port is not None:
            self.port.setValue(ep.port)
        if self.host.text() != ep.host:
            self.host.setText(ep.host)
        return ep

    @Slot()
    def split(self) -> None:
        """When editing ends: ``[::1]:8080`` becomes ``::1`` and 8080 (errors
        wait for Start/Connect, which say what is wrong)."""
        with contextlib.suppress(EndpointError):
            self.endpoint()

    # -- which family -----------------------------------------------------------------
    @Slot()
    def update_family(self) -> None:
        """The label beside the family choice, and its ``family`` property
        ("ipv4", "ipv6", or "" while unknown)."""
        self._hint_timer.stop()
        choice = self.family_choice()
        self.port.setEnabled(choice != "unix")
        if choice == "unix":
            self._show(*unix_label(self.host.text(), self.server))
            return
        try:
            ep = parse_endpoint(self.host.text(), family=choice, allow_zero=self.server)
        except EndpointError:
            self._show("", _t("MainWindow", "→ ? (see the host)"), "")
            return
        if ep.family is not None or choice != "auto":
            fam = ep.family or choice
            self._show(fam, self._family_text(fam, ep.host), "")
            return
        answers = self._answers.get((ep.host.lower(), choice))
        if answers is None:
            self._show("", _t("MainWindow", "→ getaddrinfo decides…"), "")
            self._hint_timer.start()
            return
        self._show_answers(ep.host, answers)

    def _family_text(self, fam: str, host: str) -> str:
        if fam == "ipv4":
            return _t("MainWindow", "→ IPv4 (AF_INET)")
        v6only = self.options.v6only
        if (
            self.server
            and describe_bind_host(host) == "all"
            and not (v6only and v6only.isChecked())
        ):
            return _t("MainWindow", "→ IPv6 (AF_INET6), IPv4 clients too (dual stack)")
        return _t("MainWindow", "→ IPv6 (AF_INET6)")

    def _show(self, fam: str, text: str, tip: str) -> None:
        self.family_label.setText(text)
        self.family_label.setToolTip(tip)
        self.family_label.setProperty("family", fam)

    def _show_answers(self, host: str, answers: list[tuple[str, str]]) -> None:
        if not answers:
            self._show("", _t("MainWindow", "→ ? (getaddrinfo found no address)"), "")
            return
        fam, first = answers[0]
        text = self._family_text(fam, host) + _t(
            "MainWindow", ": {0}, getaddrinfo's first answer"
        ).format(first)
        tip = _t(
            "MainWindow", "getaddrinfo's answers, in its order (the first is used): {0}"
        ).format(", ".join(a for _, a in answers))
        self._show(fam, text, tip)

    @Slot()
    def _ask(self) -> None:
        try:
            ep = parse_endpoint(self.host.text(), family="auto", allow_zero=True)
        except EndpointError:
            return
        self.lookup.ask(ep.host, self.family_choice())

    @Slot(str, str, object)
    def _answered(self, host: str, family: str, answers: list[tuple[str, str]]) -> None:
        self._answers[(host.lower(), family)] = answers
        self.update_family()


class ServerForm(SocketForm):
    def __init__(self) -> None:
        super().__init__(_t("MainWindow", "Server socket"), server=True, prefix="server")
        self.host.setMinimumWidth(self.host.fontMetrics().horizontalAdvance("255.255.255.255") + 16)
        self.host.setToolTip(
            _t(
                "MainWindow",
                "Address to bind(): 127.0.0.1 or ::1 = this machine only; 0.0.0.0 or :: = all "
                "interfaces. A port may follow: 127.0.0.1:8000, [::1]:8000",
            )
        )
        self.port.setRange(0, 65535)
        self.port.setValue(0)
        self.port.setSpecialValueText(_t("MainWindow", "0 (OS chooses)"))
        self.port.setToolTip(
            _t(
                "MainWindow",
                "Port to bind(); 0 lets the OS choose a free one. Ports below 1024 are privileged.",
            )
        )
        self.backlog = QSpinBox()
        self.backlog.setObjectName("serverBacklogSpin")
        self.backlog.setRange(0, 4096)
        self.backlog.setValue(5)
        self.backlog.setToolTip(
            _t(
                "MainWindow",
                "listen(backlog): how many connections the kernel queues before accept()",
            )
        )
        self.host_row.addWidget(QLabel(_t("MainWindow", "Backlog")))
        self.host_row.addWidget(self.backlog)
        self.button.setText(_t("MainWindow", "Start server"))
        self.button.setObjectName("startServerButton")
        self.button.setToolTip(
            _t(
                "MainWindow",
                "socket(), bind(), listen(), then accept() in a loop on its own thread",
            )
        )
        if self.options.v6only is not None:
            self.options.v6only.toggled.connect(self.update_family)
        self.io_mode.setToolTip(_t("MainWindow", "The I/O mode of the connections it accepts"))
        grid = self.options_grid()
        grid.addWidget(self.io_mode, grid.rowCount(), 0, 1, 4)
        self.update_family()


class ClientForm(SocketForm):
    def __init__(self) -> None:
        super().__init__(_t("MainWindow", "Client socket"), server=False, prefix="client")
        self.host.setToolTip(
            _t("MainWindow", "Host to connect() to; a port may follow: 127.0.0.1:6379, [::1]:8000")
        )
        self.port.setRange(1, 65535)
        self.port.setValue(8000)
        self.port.setToolTip(
            _t("MainWindow", "Port to connect() to; follows the server you started last")
        )
        self.button.setText(_t("MainWindow", "Connect"))
        self.button.setObjectName("connectButton")
        self.button.setToolTip(
            _t("MainWindow", "socket() then connect() on the client's own thread")
        )
        self.timeout = QSpinBox()
        self.timeout.setObjectName("connectTimeoutSpin")
        self.timeout.setRange(1, 120)
        self.timeout.setValue(10)
        self.timeout.setSuffix(" s")
        self.timeout.setToolTip(
            _t(
                "MainWindow",
                "settimeout() before connect(): give up after this many seconds (ETIMEDOUT)",
            )
        )
        timeout_row = QHBoxLayout()
        timeout_row.addWidget(QLabel(_t("MainWindow", "connect() timeout")))
        timeout_row.addWidget(self.timeout)
        timeout_row.addStretch(1)
        grid = self.options_grid()
        grid.addLayout(timeout_row, 3, 0, 1, 4)
        grid.addWidget(self.io_mode, 4, 0, 1, 4)
        self.update_family()


def forms_row(server: ServerForm, client: ClientForm) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(server, 1)
    row.addWidget(client, 1)
    return row
