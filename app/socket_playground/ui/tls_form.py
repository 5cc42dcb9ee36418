"""The forms' TLS row: TLS on top of TCP (``tlsCheck``); a client's
verification (``tlsVerifyCheck``, on by default; off is said in red beside
it) and the name it checks (``tlsServerNameEdit``, the host field's by
default); a server's certificate and key (``tlsCertButton``; without one a
self-signed certificate for localhost is made). The
handshake and the calls go in the form's I/O mode."""

from __future__ import annotations

import os

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..core.tls_events import parse_alpn
from ..workers.tls import (
    CertError,
    TlsSettings,
    check_ca,
    check_cert,
    last_self_signed,
    make_self_signed,
)
from . import colors
from .plain import clean
from .texts import _t


def cert_error(e: CertError) -> str:
    msgs = {
        "missing": _t("Tls", "TLS: no such file: {0}"),
        "unreadable": _t("Tls", "TLS: the file cannot be read: {0}"),
        "mismatch": _t("Tls", "TLS: the key does not belong to the certificate ({0})"),
        "bad": _t("Tls", "TLS: not a PEM certificate and key that can be used ({0})"),
    }
    return msgs.get(e.kind, "{0}").format(clean(e.detail))


class TlsRow(QHBoxLayout):
    def __init__(self, form) -> None:
        super().__init__()
        self.form = form
        self.server = form.server
        self.check = QCheckBox(_t("Tls", "Encrypt (ssl)"))
        self.check.setObjectName("tlsCheck")
        self.check.setToolTip(
            _t("Tls", "TLS (ssl module) on top of TCP: the handshake after connect()")
        )
        self.addWidget(self.check)
        self.certfile = self.keyfile = ""
        if self.server:
            self.cert_button = QPushButton(_t("Tls", "Certificate…"))
            self.cert_button.setObjectName("tlsCertButton")
            self.cert_button.setToolTip(_t("Tls", "A certificate and key (PEM)"))
            self.cert_button.clicked.connect(self.choose)
            self.cert_label = QLabel(_t("Tls", "self-signed for localhost"))
            self.cert_label.setObjectName("tlsCertLabel")
            self.addWidget(self.cert_button)
            self.addWidget(self.cert_label, 1)
        else:
            self.verify = QCheckBox(_t("Tls", "Verify the certificate"))
            self.verify.setObjectName("tlsVerifyCheck")
            self.verify.setChecked(True)
            self.verify.setToolTip(
                _t("Tls", "Check the server's certificate against this system's")
            )
            self.warning = QLabel(_t("Tls", "not verified: anyone could be the server"))
            self.warning.setObjectName("tlsVerifyWarning")
            self.warning.setStyleSheet(colors.css("error"))
            self.name = QLineEdit()
            self.name.setObjectName("tlsServerNameEdit")
            self.name.setPlaceholderText(_t("Tls", "server name: the host"))
            self.name.setToolTip(_t("Tls", "The name sent (SNI) and checked in the certificate"))
            self.cafile = ""
            self.ca_button = QPushButton(_t("Tls", "Trust…"))
            self.ca_button.setObjectName("tlsCaButton")
            self.ca_button.setToolTip(
                _t(
                    "Tls",
                    "Trust a certificate (PEM) besides this system's: a server's self-signed "
                    "one (this program's: its server form's tooltip names the file) or a test CA",
                )
            )
            self.ca_button.clicked.connect(self.choose_ca)
            self.ca_label = QLabel()
            self.ca_label.setObjectName("tlsCaLabel")
            self.addWidget(self.verify)
            self.addStretch(1)
            self.verify.toggled.connect(self.update)
        self.alpn = QLineEdit()
        self.alpn.setObjectName("tlsAlpnEdit")
        self.alpn.setPlaceholderText(_t("Tls", "ALPN: h2, http/1.1"))
        self.alpn.setToolTip(
            _t(
                "Tls",
                "ALPN: the application protocols offered in the handshake (a client) or "
                "accepted, in order of preference (a server), separated by commas; empty: none",
            )
        )
        self.check.toggled.connect(self.update)
        form.form_rows.addRow(_t("Tls", "TLS"), self)
        # the fields to type in, on a line of their own, shown with TLS: the
        # form grows down, not across (at 1280 pixels they were cut to "ALP…")
        self.fields = QWidget()
        row = QHBoxLayout(self.fields)
        row.setContentsMargins(0, 0, 0, 0)
        if not self.server:
            row.addWidget(self.name, 2)
        row.addWidget(self.alpn, 1)
        if self.server:
            row.addStretch(1)
        else:
            row.addWidget(self.ca_button)
            row.addWidget(self.ca_label, 1)
        form.form_rows.addRow("", self.fields)
        if not self.server:  # a line of its own under the row: the form grows down, not across
            self.warning.setWordWrap(True)
            form.form_rows.addRow("", self.warning)
        self.update()

    def set_allowed(self, allowed: bool) -> None:
        """TLS is for TCP (a UDP socket would need DTLS): off and disabled with UDP."""
        if not allowed:
            self.check.setChecked(False)
        self.check.setEnabled(allowed)

    @Slot()
    def update(self) -> None:
        on = self.check.isChecked()
        self.alpn.setEnabled(on)
        self.form.form_rows.setRowVisible(self.fields, on)
        if self.server:
            self.cert_button.setEnabled(on)
            self.cert_label.setEnabled(on)
            return
        self.verify.setEnabled(on)
        self.name.setEnabled(on)
        self.ca_button.setEnabled(on and self.verify.isChecked())
        self.ca_label.setEnabled(on and self.verify.isChecked())
        self.form.form_rows.setRowVisible(self.warning, on and not self.verify.isChecked())

    @Slot()
    def choose_ca(self) -> None:
        made = last_self_signed()  # (start where this program's own certificate is)
        path, _ = QFileDialog.getOpenFileName(
            self.form,
            _t("Tls", "Certificates to trust (PEM)"),
            os.path.dirname(made.certfile) if made is not None else "",
            _t("Tls", "PEM files (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.set_ca(path)

    def set_ca(self, path: str) -> None:
        """A PEM file of certificates to trust besides the system's ("": none)."""
        self.cafile = path
        self.ca_label.setText(clean(os.path.basename(path)) if path else "")
        self.ca_label.setToolTip(clean(path))

    @Slot()
    def choose(self) -> None:
        cert, _ = QFileDialog.getOpenFileName(
            self.form,
            _t("Tls", "Certificate (PEM)"),
            "",
            _t("Tls", "PEM files (*.pem *.crt);;All files (*)"),
        )
        if not cert:
            return
        key, _ = QFileDialog.getOpenFileName(
            self.form,
            _t("Tls", "Its private key (PEM)"),
            "",
            _t("Tls", "PEM files (*.pem *.key);;All files (*)"),
        )
        self.set_files(cert, key or cert)

    def set_files(self, certfile: str, keyfile: str) -> None:
        """The chosen pair ("" for the self-signed certificate)."""
        self.certfile, self.keyfile = certfile, keyfile
        self.cert_label.setText(
            clean(certfile) if certfile else _t("Tls", "self-signed for localhost")
        )

    def settings(self) -> TlsSettings | str | None:
        """What to start with: None without TLS, or the reason it cannot start."""
        if not self.check.isChecked():
            return None
        try:
            alpn = parse_alpn(self.alpn.text())
        except ValueError as e:
            return _t("Tls", "TLS: {0} cannot be an ALPN protocol name").format(clean(str(e)))
        if not self.server:
            verify = self.verify.isChecked()
            cafile = self.cafile if verify else ""
            if cafile:
                try:
                    check_ca(cafile)
                except CertError as e:
                    return cert_error(e)
            return TlsSettings(
                verify=verify, server_name=self.name.text().strip(), alpn=alpn, cafile=cafile
            )
        try:
            files = check_cert(self.certfile, self.keyfile) if self.certfile else make_self_signed()
        except CertError as e:
            return cert_error(e)
        except ImportError:
            return _t("Tls", "TLS: the cryptography package is missing; choose a certificate")
        if files.self_signed:  # where it is: a client can be told to trust it
            self.cert_label.setToolTip(
                _t("Tls", "Made by this program for localhost, 127.0.0.1 and ::1: {0}").format(
                    clean(files.certfile)
                )
            )
        return TlsSettings(
            server_side=True, certfile=files.certfile, keyfile=files.keyfile, alpn=alpn
        )
