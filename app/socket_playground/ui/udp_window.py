"""Starting UDP sockets from the forms (mixed into the main window): with
``transportCombo`` on UDP, Start server makes a UDP "server" (bind, then
recvfrom in a loop) and the client's button a UDP client (connected when
``udpConnectCheck`` is ticked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..workers.udp_session import UdpSession
from .bind_question import confirm_bind_all
from .udp_pane import UdpPane

if TYPE_CHECKING:
    from .columns import PaneColumn
    from .forms import ClientForm, ServerForm, SocketForm
    from .pane import BasePane


class UdpStarts:
    server_form: ServerForm
    client_form: ClientForm
    server_column: PaneColumn
    client_column: PaneColumn

    # (the main window's)
    def _host(self, form: SocketForm) -> str | None:
        raise NotImplementedError

    def _descriptors_left(self) -> bool:
        raise NotImplementedError

    def _form_error(self, text: str) -> None:
        raise NotImplementedError

    def _add(self, s, pane: BasePane, column: PaneColumn, after=None) -> None:
        raise NotImplementedError

    def _follow_server_port(self, _batch) -> None:
        raise NotImplementedError

    def start_udp(self, server: bool) -> UdpSession | None:
        """A UDP socket from the server form (``server``) or the client form."""
        form: SocketForm = self.server_form if server else self.client_form
        if form.family_choice() == "unix":  # (Unix datagram sockets: not offered)
            self._form_error(
                QCoreApplication.translate(
                    "MainWindow", "UDP is for IPv4 and IPv6: choose TCP for a Unix socket."
                )
            )
            return None
        host = self._host(form)
        if host is None or not self._descriptors_left():
            return None
        if server and not confirm_bind_all(self, host):  # type: ignore[arg-type]
            return None
        s = UdpSession(
            server=server,
            host=host,
            port=form.port.value(),
            family=form.family_choice(),
            options=form.options.options(),
            connect_udp=form.transport.connected_udp,
        )
        s.set_io_mode(form.io_mode.timeout())  # recvfrom() blocking, with a timeout, or not
        self._add(s, UdpPane(s), self.server_column if server else self.client_column)
        if server:
            s.changed.connect(self._follow_server_port)
        s.start()
        return s
