"""File → New relay: the dialog that asks where the relay listens (an
address or a name: 127.0.0.1 by default, 0.0.0.0, ::1, ::) and which target
each accepted connection is forwarded to. A listen host that is not an
address or a name is said here; names (the listen host's, the target's) are
looked up first (off the GUI thread, ``workers/lookup.py``); a name that does
not resolve, an empty host or port 0 is said here and nothing starts (what
was typed stays). Every interface (0.0.0.0, ::) is asked about first, as for
a server (``bind_question.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import EndpointError, literal_family, validate_host
from ..workers.lookup import HostLookup
from . import colors
from .bind_question import confirm_bind_all
from .texts import _t, endpoint_error


class RelayDialog(QDialog):
    # listen host, listen port, target host, target port
    start_requested = Signal(str, int, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relayDialog")
        self.setWindowTitle(self.tr("New relay"))
        v = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Listen on a port; each client that connects gets a connection of its own "
                "to the target, and the relay's own recv() and send() calls pass the bytes "
                "on both ways."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        form = QFormLayout()
        self.listen_host = QLineEdit("127.0.0.1")
        self.listen_host.setObjectName("relayListenHostEdit")
        self.listen_host.setToolTip(
            _t(
                "Relay",
                "The address the relay listens on: 127.0.0.1 (this machine only), "
                "0.0.0.0 or :: (every interface), ::1, or a name",
            )
        )
        self.listen_port = QSpinBox()
        self.listen_port.setObjectName("relayListenPortSpin")
        self.listen_port.setRange(0, 65535)
        self.listen_port.setSpecialValueText(self.tr("0 (the OS picks)"))
        self.listen_port.setToolTip(_t("Relay", "The port the relay listens on"))
        self.target_host = QLineEdit("127.0.0.1")
        self.target_host.setObjectName("relayTargetHostEdit")
        self.target_port = QSpinBox()
        self.target_port.setObjectName("relayTargetPortSpin")
        self.target_port.setRange(0, 65535)
        form.addRow(_t("Relay", "Listen on host:"), self.listen_host)
        form.addRow(self.tr("Listen on port:"), self.listen_port)
        form.addRow(self.tr("Target host:"), self.target_host)
        form.addRow(self.tr("Target port:"), self.target_port)
        v.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("relayError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error.setStyleSheet(colors.css("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        v.addWidget(self.error)
        self.start_button = QPushButton(self.tr("Start relay"))
        self.start_button.setObjectName("startRelayButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        v.addWidget(self.start_button)
        self.lookup = HostLookup(self)
        self.lookup.answered.connect(self._on_answered)
        self._listen = ""  # the listen host, checked
        self._target = ""
        self._asking = ""  # "listen" or "target": whose name is being looked up

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def start(self) -> None:
        try:
            listen = validate_host(self.listen_host.text())
        except EndpointError as e:
            self.say(_t("Relay", "Listen on host: {0}").format(endpoint_error(e.code, e.text)))
            self.listen_host.setFocus()
            return
        host = self.target_host.text().strip()
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if not host:
            self.say(self.tr("Enter the target's host name or address."))
            return
        if self.target_port.value() == 0:
            self.say(self.tr("Choose the target's port (1–65535): nothing can connect to port 0."))
            return
        if not confirm_bind_all(self.parentWidget() or self, listen):  # (a server's question)
            self.say(_t("Relay", "No relay started: it would have listened on every interface."))
            return
        self._listen, self._target = listen, host
        self.start_button.setEnabled(False)
        if literal_family(listen) is None:  # a name: it must resolve to be listened on
            self._ask("listen", listen)
        else:
            self._ask("target", host)

    def _ask(self, whose: str, host: str) -> None:
        self._asking = whose
        self.say(self.tr("Looking up {0}…").format(host))
        self.lookup.ask(host, "auto")

    @Slot(str, str, object)
    def _on_answered(self, host: str, _family: str, answers: object) -> None:
        if self._asking == "listen":
            if answers:
                self._ask("target", self._target)
                return
            self.start_button.setEnabled(True)
            self.say(
                _t("Relay", "The name {0} to listen on does not resolve: no relay started.").format(
                    host
                )
            )
            return
        self.start_button.setEnabled(True)
        if not answers:
            self.say(
                self.tr("The target's name {0} does not resolve: no relay started.").format(host)
            )
            return
        self.say("")
        self.start_requested.emit(
            self._listen, self.listen_port.value(), self._target, self.target_port.value()
        )
        self.accept()
