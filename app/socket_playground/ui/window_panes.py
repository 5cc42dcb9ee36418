"""The main window's panes: which socket has one, opening one on demand,
removing one, and the links between the two ends of a connection."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDockWidget, QWidget

from ..workers.session import Session
from .accessible import name_controls
from .columns import PaneColumn
from .conversation import add_button
from .listener_pane import ListenerPane
from .pane import BasePane, ConnectionPane


class PaneRegistry:
    """Mixed into MainWindow."""

    sessions: list[Session]
    panes: dict[Session, BasePane]
    server_column: PaneColumn
    client_column: PaneColumn
    _stopped: bool
    conversations: dict[frozenset[int], QDockWidget]  # by the two ends' ids

    def _add(
        self, s: Session, pane: BasePane, column: PaneColumn, after: QWidget | None = None
    ) -> None:
        if s not in self.sessions:  # (an accepted socket listed without a pane is in it)
            self.sessions.append(s)
        self.panes[s] = pane
        name_controls(pane)  # accessible names (its tabs: when built)
        pane.remove_requested.connect(self.remove_pane)
        if isinstance(pane, ConnectionPane):
            pane.set_peer_lookup(self.find_peer)
            pane.chunk_activated.connect(self.show_chunk)
            add_button(self, pane)  # "Conversation": both ends in a dock
        if isinstance(pane, ListenerPane):
            pane.open_requested.connect(self.open_connection_pane)
        column.add_pane(pane, after)

    @Slot(object)
    def _on_accepted(self, child: Session) -> None:
        if self._stopped:
            child.stop()
            return
        parent = child.parent_session
        parent_pane = self.panes.get(parent) if parent is not None else None
        limit = parent_pane.auto_panes.value() if isinstance(parent_pane, ListenerPane) else 0
        if parent is not None and len(parent.children) <= limit:  # the first few: a pane
            self._add(child, ConnectionPane(child), self.server_column, parent_pane)
        else:  # listed, live and recorded; a pane on demand
            self.sessions.append(child)

    @Slot(object)
    def open_connection_pane(self, child: Session) -> None:
        """A pane for an accepted connection (it has one already: show it)."""
        pane = self.panes.get(child)
        if pane is None:
            if child not in self.sessions:
                return  # its pane was closed and the socket removed
            parent = child.parent_session
            parent_pane = self.panes.get(parent) if parent is not None else None
            pane = ConnectionPane(child)
            self._add(child, pane, self.server_column, parent_pane)
            pane.refresh()
        self.scroll_to(pane)

    @Slot(object)
    def remove_pane(self, pane: BasePane) -> None:
        s = pane.session
        for key in [k for k in self.conversations if s.id in k]:
            self.conversations.pop(key).close()  # it draws from this socket's record
        s.dispose()
        in_clients = self.client_column.box.indexOf(pane) >= 0  # (a UDP client too)
        column = self.client_column if in_clients else self.server_column
        column.remove_pane(pane)
        self.panes.pop(s, None)
        if s in self.sessions:
            self.sessions.remove(s)
        parent = s.parent_session
        if parent is not None:  # nothing keeps a removed connection's data
            if s in parent.children:
                parent.children.remove(s)
            listener_pane = self.panes.get(parent)
            if isinstance(listener_pane, ListenerPane):
                listener_pane.connections.remove(s)

    def find_peer(self, session: Session) -> Session | None:
        """The other end of a connection, when both ends are in this window."""
        if session.family == "unix":
            return unix_peer(self.sessions, session)
        if not (session.local_addr and session.peer_addr):
            return None
        for s in self.sessions:
            if (
                s is not session
                and s.role != "listener"
                and s.local_addr == session.peer_addr
                and s.peer_addr == session.local_addr
            ):
                return s
        return None

    @Slot(object, int)
    def show_chunk(self, session: Session, index: int) -> None:
        """A chunk clicked in a table or on a ruler: highlight its bytes in both
        panes and on both rulers."""
        pane = self.panes.get(session)
        if not isinstance(pane, ConnectionPane):
            return
        pane.select_chunk(index)
        peer = self.find_peer(session)
        peer_pane = self.panes.get(peer) if peer is not None else None
        if isinstance(peer_pane, ConnectionPane):
            store = session.store
            d, off = store.direction[index], store.offset[index]
            peer_pane.select_stream(1 - d, off, off + store.size[index])

    def scroll_to(self, pane: BasePane) -> None:
        column = self.client_column if pane.session.role == "client" else self.server_column
        column.show_pane(pane)


def unix_peer(sessions, session: Session) -> Session | None:
    """A Unix connection's other end: a client has no name of its own (its
    address is ""), so the ends are paired by the path, in order: the n-th
    client of this window connected to a path with the n-th connection its
    listener accepted (the kernel's accept queue is first in, first out);
    none when the counts differ (a client from elsewhere connected too)."""
    path = session.peer_addr if session.role == "client" else session.local_addr
    if not path:
        return None

    def ends(role: str) -> list[Session]:
        side = "peer_addr" if role == "client" else "local_addr"
        found = [s for s in sessions if s.role == role and s.family == "unix"]
        return sorted((s for s in found if getattr(s, side) == path), key=lambda s: s.id)

    clients, accepted = ends("client"), ends("accepted")
    if len(clients) != len(accepted) or session not in clients + accepted:
        return None
    mine, other = (clients, accepted) if session.role == "client" else (accepted, clients)
    return other[mine.index(session)]
