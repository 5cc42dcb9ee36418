"""How the lesson runner acts on widgets: find them by objectName (building
a pane's tabs when the widget is on one not shown yet), click, toggle, set the
forms' family and socket options and fill a send box, as a person would; a
Unix connection's two ends paired by the window (``find_peer``)."""

from __future__ import annotations

import os
import tempfile

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox


class LessonError(Exception):
    pass


class WidgetActions:
    """Mixed into the LessonRunner."""

    def _find(self, parent, cls, name):
        w = parent.findChild(cls, name)
        if w is None and hasattr(parent, "build_all_tabs"):
            parent.build_all_tabs()  # the widget may be on a tab not shown yet
            w = parent.findChild(cls, name)
        if w is None:
            raise LessonError(f"no widget {name!r}")
        return w

    def _fresh(self, pane) -> None:
        """Kernel figures read now, not at the next poll (an expect step)."""
        row = pane.findChild(QLabel, "tcpStateLabel")
        if row is not None and row.isVisible():
            row.poll()

    def _read(self, pane, prop: str):
        """A pane property as ``expect`` checks it; ``acceptedCount``: how many
        connections a server's list holds (in the order accept() took them)."""
        if prop == "acceptedCount":
            connections = getattr(pane, "connections", None)
            return len(connections.sessions) if connections is not None else None
        self._fresh(pane)
        return pane.property(prop)

    def _click(self, parent, name: str) -> None:
        self._find(parent, QPushButton, name).click()

    def _set_form_options(self, editor, options: dict) -> None:
        """The form's options as the lesson asks, the rest at their defaults."""
        editor.rcvbuf.setValue(0)
        editor.sndbuf.setValue(0)
        editor.nodelay.setChecked(False)
        editor.keepalive.setChecked(False)
        if editor.reuseaddr is not None:
            editor.reuseaddr.setChecked(True)
        for opt, value in options.items():
            self._set_option_widget(editor, opt, value)

    def _set_option_widget(self, editor, opt: str, value) -> None:
        spins = {"SO_RCVBUF": "rcvbufSpin", "SO_SNDBUF": "sndbufSpin"}
        checks = {
            "TCP_NODELAY": "nodelayCheck",
            "SO_KEEPALIVE": "keepaliveCheck",
            "SO_REUSEADDR": "reuseaddrCheck",
        }
        if opt in spins:
            spin = self._find(editor, QSpinBox, spins[opt])
            spin.setValue(int(value))
            spin.editingFinished.emit()
        elif opt in checks:
            self._find(editor, QCheckBox, checks[opt]).setChecked(bool(value))
        else:
            raise LessonError(f"unknown option {opt}")

    def _fill_send_box(self, pane, text: str, mode: str) -> None:
        pane.send_box.set_input(text, mode)

    def _toggle(self, parent, name: str, on: bool) -> None:
        button = self._find(parent, QPushButton, name)
        if button.isChecked() != on:
            button.click()

    # -- small actions (the runner's ACTIONS table names them) ----------------------
    def do_pause_reading(self, pane, on=True):
        self._toggle(self.pane(pane), "pauseReadingButton", on)  # type: ignore[attr-defined]

    def do_pause_accepting(self, pane, on=True):
        self._toggle(self.pane(pane), "pauseAcceptButton", on)  # type: ignore[attr-defined]

    def do_set_recv_size(self, pane, size):
        spin = self._find(self.pane(pane), QSpinBox, "recvSizeSpin")  # type: ignore[attr-defined]
        spin.setValue(size)

    def do_echo(self, pane, on=True):
        check = self._find(self.pane(pane), QCheckBox, "echoCheck")  # type: ignore[attr-defined]
        check.setChecked(on)

    # -- the forms: the family, and a Unix socket's path ----------------------------
    def _fill_server_form(self, host, family, port, backlog, options, io_mode) -> None:
        w = self.window  # type: ignore[attr-defined]
        w.server_family.setCurrentIndex(max(0, w.server_family.findData(family)))
        if family == "unix":  # "{tmp}/x-{pid}.sock": this run's own path, never a stale one
            host = host.format(tmp=tempfile.gettempdir(), pid=os.getpid())
        w.server_host.setText(host)
        w.server_io_mode.set_mode(io_mode or "blocking")
        self._find(w, QSpinBox, "serverPortSpin").setValue(port)
        self._find(w, QSpinBox, "serverBacklogSpin").setValue(backlog)
        self._set_form_options(w.server_options, options or {})

    def _client_target(self, server: str, family: str, port):
        """The client form's family (and, for Unix, the server's path in the
        host field); the port to connect to (the server's, unless given)."""
        w = self.window  # type: ignore[attr-defined]
        w.client_family.setCurrentIndex(max(0, w.client_family.findData(family)))
        if family == "unix":
            w.client_host.setText(self.pane(server).session.host)  # type: ignore[attr-defined]
            return 1  # (disabled: no port)
        if family == "auto" and w.client_host.text().startswith(("/", "@")):
            w.client_host.setText("127.0.0.1")
        return self.pane(server).property("localPort") if port is None else port  # type: ignore[attr-defined]

    def _name_peer(self, pane, accepted: str) -> bool:
        """Once the other end of ``pane``'s connection has a pane: named ``accepted``."""
        w = self.window  # type: ignore[attr-defined]
        peer = w.find_peer(pane.session)
        if peer is None:
            return False
        if peer not in w.panes:
            w.open_connection_pane(peer)
        self.names[accepted] = w.panes[peer]  # type: ignore[attr-defined]
        return True
