"""The lesson runner's UDP actions (mixed into the runner, as the script
actions are): start a UDP server and a UDP client through the forms, as a
person would (``transportCombo`` on UDP, then the form's button). The forms
go back to TCP afterwards, so the next lesson's sockets are TCP again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QSpinBox

from .lesson_script import SCRIPT_ACTIONS
from .lesson_widgets import LessonError


class UdpActions:
    """``start_udp_server(name="server", port=0, host="127.0.0.1")``;
    ``udp_client(name="client", server="server", connected=False)``."""

    names: dict[str, Any]
    window: Any
    pane: Callable[[str], Any]
    _find: Callable[..., Any]

    def _newest_pane(self, before: int):
        w = self.window
        if len(w.sessions) == before:
            raise LessonError(w.form_error.text())
        return w.panes[w.sessions[-1]]

    def do_start_udp_server(self, name="server", port=0, host="127.0.0.1"):
        w = self.window
        form = w.server_form
        w.server_host.setText(host)
        self._find(w, QSpinBox, "serverPortSpin").setValue(port)
        form.transport.combo.setCurrentIndex(form.transport.combo.findData("udp"))
        before = len(w.sessions)
        w.ask_before_binding_all = False  # the lesson explains what it binds
        try:
            w.start_server_button.click()
        finally:
            w.ask_before_binding_all = True
            form.transport.combo.setCurrentIndex(form.transport.combo.findData("tcp"))
        pane = self._newest_pane(before)
        self.names[name] = pane
        w.scroll_to(pane)
        return lambda: pane.property("state") in ("bound", "error")

    def do_udp_client(self, name="client", server="server", connected=False):
        w = self.window
        form = w.client_form
        w.client_host.setText("127.0.0.1")
        self._find(w, QSpinBox, "clientPortSpin").setValue(self.pane(server).property("localPort"))
        form.transport.combo.setCurrentIndex(form.transport.combo.findData("udp"))
        check = form.transport.connect_check
        check.setChecked(bool(connected))
        before = len(w.sessions)
        try:
            w.connect_button.click()
        finally:
            check.setChecked(False)
            form.transport.combo.setCurrentIndex(form.transport.combo.findData("tcp"))
        pane = self._newest_pane(before)
        self.names[name] = pane
        w.scroll_to(pane)
        ready = pane.session.ctx.connected  # the socket exists (and is connected)
        return lambda: ready.is_set() or pane.property("state") == "error"


UDP_ACTIONS: dict[str, Callable[..., Any]] = {
    "start_udp_server": UdpActions.do_start_udp_server,
    "udp_client": UdpActions.do_udp_client,
}
MORE_ACTIONS = {**SCRIPT_ACTIONS, **UDP_ACTIONS}
"""The runner's actions that live in modules of their own."""
