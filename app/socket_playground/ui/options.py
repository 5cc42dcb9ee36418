"""Socket options editor: one widget for the server form, the client form and
every connection pane.

Before a socket exists it collects the options to set before ``bind()`` or
``connect()``; bound to a live :class:`Session` it sets them at once and shows
the value the OS applied, read back with ``getsockopt``.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QWidget

from ..workers.session import Session
from ..workers.tuning import OPTION_NAMES
from .fit import FlowLayout

BUF_MAX = 64 * 1024 * 1024


class OptionsEditor(QWidget):
    def __init__(self, *, server: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsEditor")
        self.session: Session | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        buf_tip = self.tr(
            "Kernel buffer size in bytes; 0 = leave the OS default. Linux doubles the "
            "value you ask for (the other half is for its own bookkeeping): the value "
            "shown after → is what getsockopt() reports."
        )
        self.rcvbuf = self._spin("rcvbufSpin", buf_tip)
        self.sndbuf = self._spin("sndbufSpin", buf_tip)
        self.rcvbuf_applied = self._applied("rcvbufApplied")
        self.sndbuf_applied = self._applied("sndbufApplied")
        grid.addWidget(QLabel("SO_RCVBUF"), 0, 0)
        grid.addWidget(self.rcvbuf, 0, 1)
        grid.addWidget(self.rcvbuf_applied, 0, 2)
        grid.addWidget(QLabel("SO_SNDBUF"), 1, 0)
        grid.addWidget(self.sndbuf, 1, 1)
        grid.addWidget(self.sndbuf_applied, 1, 2)
        self.nodelay = QCheckBox("TCP_NODELAY")
        self.nodelay.setObjectName("nodelayCheck")
        self.nodelay.setToolTip(
            self.tr(
                "Turn off Nagle's algorithm: small send() calls go out at once instead of "
                "being merged while an acknowledgement is outstanding."
            )
        )
        self.keepalive = QCheckBox("SO_KEEPALIVE")
        self.keepalive.setObjectName("keepaliveCheck")
        self.keepalive.setToolTip(
            self.tr(
                "Let the kernel probe an idle connection, so a vanished peer is noticed "
                "(after about two hours with Linux defaults)."
            )
        )
        # when probes start, how far apart, how many unanswered: 0 = the OS's
        keep = (
            ("TCP_KEEPIDLE", "keepIdleSpin", self.tr("idle "), " s", 7200),
            ("TCP_KEEPINTVL", "keepIntervalSpin", self.tr("every "), " s", 3600),
            ("TCP_KEEPCNT", "keepCountSpin", self.tr("give up after "), "", 100),
        )
        self.keep_spins = {
            opt: self._keep_spin(name, prefix, suffix, top)
            for opt, name, prefix, suffix, top in keep
            if opt in OPTION_NAMES
        }
        checks = FlowLayout()  # onto more lines in a narrow tab
        checks.addWidget(self.nodelay)
        checks.addWidget(self.keepalive)
        for spin in self.keep_spins.values():
            checks.addWidget(spin)
        self.keepalive.toggled.connect(self._keep_enabled)
        self._keep_enabled(False)
        grid.addLayout(checks, 2, 0, 1, 4)
        self.reuseaddr = None
        self.v6only: QCheckBox | None = None
        if server and "IPV6_V6ONLY" in OPTION_NAMES:
            self.v6only = QCheckBox("IPV6_V6ONLY")
            self.v6only.setObjectName("v6onlyCheck")
            self.v6only.setToolTip(
                self.tr(
                    "An IPv6 listener: 0 (unticked) takes IPv4 clients too, their addresses "
                    "shown as ::ffff:a.b.c.d (dual stack, where the OS allows); ticked: IPv6 "
                    "only. Set before bind(); left out on an IPv4 socket."
                )
            )
            checks.addWidget(self.v6only)
        if server:
            self.reuseaddr = QCheckBox("SO_REUSEADDR")
            self.reuseaddr.setObjectName("reuseaddrCheck")
            self.reuseaddr.setChecked(True)
            self.reuseaddr.setToolTip(
                self.tr(
                    "Allow bind() to a port whose old connections are still in TIME_WAIT, "
                    "e.g. right after restarting a server. Two listeners on one port are "
                    "still refused (EADDRINUSE)."
                )
            )
            checks.addWidget(self.reuseaddr)
        grid.setColumnStretch(3, 1)

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, BUF_MAX)
        spin.setSingleStep(1024)
        spin.setSpecialValueText(self.tr("default"))
        spin.setToolTip(tip)
        return spin

    def _keep_spin(self, name: str, prefix: str, suffix: str, top: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, top)
        spin.setPrefix(prefix)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(prefix + self.tr("default"))
        spin.setToolTip(
            self.tr(
                "Keepalive timing (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT): probes start "
                "after this many idle seconds, go this many seconds apart, and after this "
                "many go unanswered recv() fails with ETIMEDOUT; 0 = the OS default"
            )
        )
        return spin

    @Slot(bool)
    def _keep_enabled(self, on: bool) -> None:
        live = self.session is None or self.session.alive
        for spin in self.keep_spins.values():
            spin.setEnabled(on and live)

    def _applied(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setToolTip(self.tr("The value the OS applied (getsockopt)"))
        return label

    # -- before the socket exists ----------------------------------------------
    def options(self) -> dict[str, int]:
        """The options to set before bind()/connect() (unset ones left out)."""
        out: dict[str, int] = {}
        if self.reuseaddr is not None:
            out["SO_REUSEADDR"] = int(self.reuseaddr.isChecked())
        if self.v6only is not None:  # recorded on an IPv6 socket only (net/options.py)
            out["IPV6_V6ONLY"] = int(self.v6only.isChecked())
        if self.rcvbuf.value():
            out["SO_RCVBUF"] = self.rcvbuf.value()
        if self.sndbuf.value():
            out["SO_SNDBUF"] = self.sndbuf.value()
        if self.nodelay.isChecked():
            out["TCP_NODELAY"] = 1
        if self.keepalive.isChecked():
            out["SO_KEEPALIVE"] = 1
            out |= {k: spin.value() for k, spin in self.keep_spins.items() if spin.value()}
        return out

    # -- bound to a live socket ----------------------------------------------------
    def bind_session(self, session: Session) -> None:
        self.session = session
        asked = session.options
        self.rcvbuf.setValue(asked.get("SO_RCVBUF", 0))
        self.sndbuf.setValue(asked.get("SO_SNDBUF", 0))
        self.nodelay.setChecked(bool(asked.get("TCP_NODELAY", 0)))
        self.keepalive.setChecked(bool(asked.get("SO_KEEPALIVE", 0)))
        self.rcvbuf.editingFinished.connect(lambda: self._set("SO_RCVBUF", self.rcvbuf.value()))
        self.sndbuf.editingFinished.connect(lambda: self._set("SO_SNDBUF", self.sndbuf.value()))
        self.nodelay.toggled.connect(lambda on: self._set("TCP_NODELAY", int(on)))
        self.keepalive.toggled.connect(lambda on: self._set("SO_KEEPALIVE", int(on)))
        for name, spin in self.keep_spins.items():
            spin.setValue(asked.get(name, 0))
            spin.editingFinished.connect(lambda n=name, w=spin: self._set(n, w.value()))
        self.show_applied()

    def _set(self, name: str, value: int) -> None:
        s = self.session
        if s is None or (name in ("SO_RCVBUF", "SO_SNDBUF", *self.keep_spins) and value == 0):
            self.show_applied()
            return
        if s.options.get(name) != value or name not in s.options:
            s.set_option(name, value)
        self.show_applied()

    @Slot()
    def show_applied(self) -> None:
        if self.session is None:
            return
        values = self.session.option_values()
        for key, label in (("SO_RCVBUF", self.rcvbuf_applied), ("SO_SNDBUF", self.sndbuf_applied)):
            label.setText(f"→ {values[key]:,}" if key in values else "")
        live = bool(values) and self.session.alive
        for w in (self.rcvbuf, self.sndbuf, self.nodelay, self.keepalive):
            w.setEnabled(live)
        if "TCP_NODELAY" in values:
            self.nodelay.blockSignals(True)
            self.nodelay.setChecked(bool(values["TCP_NODELAY"]))
            self.nodelay.blockSignals(False)
        if "SO_KEEPALIVE" in values:
            self.keepalive.blockSignals(True)
            self.keepalive.setChecked(bool(values["SO_KEEPALIVE"]))
            self.keepalive.blockSignals(False)
        self._keep_enabled(self.keepalive.isChecked())
