"""A UDP socket's pane (role ``udp``): one row per ``recvfrom()``/``sendto()``,
each a whole datagram with its peer and size; the Bytes, Timeline, Messages
(one datagram, one message) and Socket tabs; a send row that sends one
datagram per Send to the peer in ``udpPeerEdit`` (empty on a server: the last
peer it heard from). It never calls a socket function.

Properties beyond the common ones (``state``, ``family``, ``bytesReceived``,
``bytesSent`` …): ``datagramsReceived``, ``datagramsSent``,
``datagramsTruncated`` (recvfrom() calls that returned less than their
datagram), ``messageCount`` (datagrams received), ``lastPeer``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from ..core.events import State
from ..workers.session import Batch, fmt_addr
from ..workers.udp_session import UdpSession
from .bytes_tab import BytesTab
from .fit import TableTabsSplit, compact_tabs
from .io_mode import with_in_progress
from .pane import BasePane, fmt_int
from .pane_header import set_text
from .send_box import SendBox
from .tabbed_pane import TabbedPane
from .tabs import LazyTabs, scrolled
from .udp_model import UdpChunkModel, UdpChunkTable, peer_text
from .udp_parts import UdpControls, UdpMessages, read_peer
from .udp_timeline import UdpTimelineView, udp_errno_text


def udp_title(s: UdpSession) -> str:
    if s.server:
        return QCoreApplication.translate("UdpPane", "UDP server #{0}").format(s.id)
    return QCoreApplication.translate("UdpPane", "UDP client #{0}").format(s.id)


class UdpPane(TabbedPane, BasePane):
    """A datagram socket: table, tabs, peer and send box."""

    def __init__(self, session: UdpSession, parent=None) -> None:
        super().__init__(session, udp_title(session), parent)
        self.udp = session
        self.counters = QLabel()
        self.counters.setObjectName("counters")
        self.counters.setWordWrap(True)
        self.layout_.addWidget(self.counters)

        self.model = UdpChunkModel(session.log, self)
        self.table = UdpChunkTable(self.model)
        self.table.setToolTip(
            self.tr("One row per recvfrom() and sendto(): each is one whole datagram")
        )
        self.tabs = LazyTabs()
        self.tabs.setObjectName("viewTabs")
        t = self.tabs
        t.add_lazy("bytes", self.tr("Bytes"), self._build_bytes)
        t.add_lazy("timeline", self.tr("Timeline"), self._build_timeline)
        t.add_lazy(
            "messages",
            self.tr("Messages"),
            self._build_messages,
            self.tr("Each datagram received is one message"),
        )
        t.add_lazy(
            "socket",
            self.tr("Socket"),
            self._build_socket,
            self.tr("recvfrom() size, pause, SO_BROADCAST, close()"),
        )
        self.bytes_tab = t.part("bytes", BytesTab)
        self.bytes_view = self.bytes_tab.view
        compact_tabs(t)
        left = with_in_progress(self.table, session, self)
        self.split = TableTabsSplit(left, t, self.table.widths)
        self.layout_.addWidget(self.split, 1)

        self.peer_edit = QLineEdit()
        self.peer_edit.setObjectName("udpPeerEdit")
        self.peer_edit.setClearButtonEnabled(True)
        self.peer_label = QLabel(self.tr("To:"))
        if session.connect_udp:
            self.peer_edit.setEnabled(False)
            self.peer_edit.setToolTip(self.tr("Connected UDP: send() goes to the connected peer"))
        elif session.server:
            self.peer_edit.setPlaceholderText(self.tr("the last peer heard from"))
            self.peer_edit.setToolTip(
                self.tr(
                    "Where Send's datagram goes: host:port ([::1]:port); empty = the peer "
                    "the last datagram came from"
                )
            )
        else:
            self.peer_edit.setText(fmt_addr((session.host, session.port)))
            self.peer_edit.setToolTip(self.tr("Where Send's datagram goes (sendto): host:port"))
        peer_row = QHBoxLayout()
        peer_row.addWidget(self.peer_label)
        peer_row.addWidget(self.peer_edit, 1)
        self.layout_.addLayout(peer_row)
        self.send_box = SendBox(session)
        self.send_box.button.setToolTip(self.tr("One sendto(): the bytes go as one datagram"))
        self.send_box.send_requested.connect(self.send_now)
        self.peer_edit.textEdited.connect(lambda _t: self.send_box.error.hide())
        self.send_edit, self.send_button = self.send_box.edit, self.send_box.button
        self.layout_.addWidget(self.send_box)
        self.setMinimumHeight(340)
        self.refresh()

    # -- tabs ----------------------------------------------------------------------------
    def _build_bytes(self):
        part = BytesTab(self.session.store)
        return part, part

    def _build_timeline(self):
        part = UdpTimelineView(self.session.log, self.history)
        return part, part

    def _build_messages(self):
        part = UdpMessages(self.udp)
        return part, part

    def _build_socket(self):
        part = UdpControls(self.udp)
        return scrolled(part), part

    @property
    def timeline(self) -> UdpTimelineView:
        return self.tabs.part("timeline", UdpTimelineView)

    @property
    def controls(self) -> UdpControls:
        return self.tabs.part("socket", UdpControls)

    @property
    def messages(self) -> UdpMessages:
        return self.tabs.part("messages", UdpMessages)

    def timeline_view(self) -> UdpTimelineView | None:
        return self.tabs.built_part("timeline", UdpTimelineView)

    # -- updates -------------------------------------------------------------------------
    @Slot(object)
    def on_batch(self, batch: Batch) -> None:
        super().on_batch(batch)

    def update_properties(self) -> None:
        super().update_properties()
        s = self.udp
        self.setProperty("datagramsReceived", s.datagrams_received)
        self.setProperty("datagramsSent", s.datagrams_sent)
        self.setProperty("datagramsTruncated", s.truncated)
        self.setProperty("messageCount", s.datagrams_received)
        self.setProperty("lastPeer", fmt_addr(s.last_peer) if s.last_peer else "")

    def update_views(self) -> None:
        super().update_views()
        s = self.udp
        self.model.sync()
        self.bytes_view.refresh()
        if self.table.isVisible():
            self.table.scrollToBottom()
        messages = self.tabs.built_part("messages", UdpMessages)
        if messages is not None:
            messages.update_view()
        controls = self.tabs.built_part("socket", UdpControls)
        if controls is not None:
            controls.refresh()
        self.send_button.setEnabled(s.alive and s.state not in (State.CLOSED, State.ERROR))
        text = self.tr("datagrams received: {0} ({1} bytes) · sent: {2} ({3} bytes)").format(
            fmt_int(s.datagrams_received),
            fmt_int(s.bytes_received),
            fmt_int(s.datagrams_sent),
            fmt_int(s.bytes_sent),
        )
        cut = s.truncated
        if cut:
            text += " · " + self.tr("{0} cut short (bytes lost)").format(fmt_int(cut))
        set_text(self.counters, text)
        set_text(self.addr_label, self._address())
        if s.last_error:  # (a UDP socket's ICMP error: in UDP's words)
            why = udp_errno_text(s.last_error)
            if why:
                set_text(self.errno_label, f"{s.last_error}: {why}")

    def _address(self) -> str:
        s = self.udp
        local = fmt_addr(s.local_addr) if s.local_addr else "?"
        if s.server:
            if s.last_peer:
                return self.tr("bound to {0} · last peer {1}").format(local, peer_text(s.last_peer))
            return self.tr("bound to {0}").format(local)
        target = fmt_addr((s.host, s.port))
        if s.connect_udp:
            return self.tr("{0} ⇄ {1} (connected UDP)").format(local, target)
        return self.tr("{0} → {1}").format(local, target)

    # -- sending -------------------------------------------------------------------------
    def payload(self) -> bytes | None:
        return self.send_box.payload()

    @Slot()
    def send_now(self) -> None:
        """One datagram of the send box's bytes to the peer chosen."""
        data = self.payload()
        if data is None:
            return
        s = self.udp
        peer = None
        typed = self.peer_edit.text().strip()
        if not s.connect_udp and typed:
            peer, why = read_peer(typed, s.family)
            if peer is None:
                self.send_box.show_error(why)
                self.peer_edit.setFocus()
                return
        elif not s.connect_udp and s.default_peer() is None:
            self.send_box.show_error(
                self.tr(
                    "No peer yet: no datagram has come in. Type an address in the To field, "
                    "e.g. 127.0.0.1:5000."
                )
            )
            self.peer_edit.setFocus()
            return
        if s.send(data, peer):
            self.refresh()
