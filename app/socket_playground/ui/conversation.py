"""How a user opens the conversation view: a "Conversation" button in the
header of every connection pane; it opens (or shows again) a dock beside the
panes with both ends of the connection, when the other end is in the window.
A click on a call there shows its row in its pane (the window's
``show_chunk``, as a click on the ruler does). The dock closes when any of
its sockets is removed from the window (``PaneRegistry.remove_pane``).

A relay leg's button opens the relay instead: its two legs, and, when they
are in the window, the relay's client (the other end of ``relay-in``) and the
target's socket (the other end of ``relay-out``): client → relay-in |
relay-out → target, with what the relay passed on linked from each leg's
``recv()`` to the other leg's ``send()`` calls (``core/sequence_relay.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolButton

from ..core.sequence_relay import Relay
from ..workers.session import Session
from .pane import ConnectionPane, pane_title
from .sequence_view import SequenceView
from .texts import _t


def add_button(window: Any, pane: ConnectionPane) -> QToolButton:
    """The pane's "Conversation" button, beside its "Code" button."""
    button = QToolButton()
    button.setObjectName("conversationButton")
    button.setText(_t("Conversation", "Conversation"))
    if getattr(pane.session, "relay_leg", ""):  # (a leg, running or saved)
        tip = _t(
            "Conversation",
            "The relay on one clock: its client, both legs and the target (those in this "
            "window), every call a box, what the relay passed on as dotted arrows",
        )
    else:
        tip = _t(
            "Conversation",
            "Both ends of this connection on one clock: every call a box, the bytes "
            "in flight as arrows (the other end must be in this window)",
        )
    button.setToolTip(tip)
    row = pane.header.buttons
    row.insertWidget(row.indexOf(pane.header.code_button), button)
    session = pane.session
    button.clicked.connect(lambda: open_conversation(window, session))
    return button


def open_conversation(window: Any, session: Session) -> QDockWidget | None:
    """The conversation of ``session`` and its other end, in a dock (None,
    and a word in the status bar, when the other end is not in the window)."""
    if getattr(session, "relay_leg", "") and getattr(session, "pair", None) is not None:
        return open_relay(window, session)
    peer = window.find_peer(session)
    if peer is None:
        window.statusBar().showMessage(
            _t("Conversation", "The other end of this connection is not in this window."), 8000
        )
        return None
    docks: dict[frozenset[int], QDockWidget] = window.conversations
    key = frozenset((session.id, peer.id))
    dock = docks.get(key)
    if dock is None:
        # the server's end on the left, as in the window
        left, right = (peer, session) if session.role == "client" else (session, peer)
        names = (pane_title(left), pane_title(right))
        view = SequenceView((left, right), names)
        title = _t("Conversation", "Conversation: {0} ⇄ {1}").format(*names)
        dock = add_dock(window, key, view, title, max(420, window.width() // 4))
    dock.show()
    dock.raise_()
    return dock


def relay_lanes(window: Any, leg: Any) -> tuple[list[Session], list[tuple[int, int]], Relay]:
    """The relay's lanes, left to right: its client (when in the window),
    relay-in, relay-out, the target's socket (when in the window)."""
    pair = leg.pair
    assert pair is not None
    client, target = window.find_peer(pair.inside), window.find_peer(pair.outside)
    lanes: list[Session] = [client] if client is not None else []
    lanes += [pair.inside, pair.outside]
    inside = lanes.index(pair.inside)
    peers = [(0, 1)] if client is not None else []
    if target is not None:
        lanes.append(target)
        peers.append((inside + 1, inside + 2))
    return lanes, peers, Relay(inside, inside + 1)


def lane_name(s: Session) -> str:
    leg = getattr(s, "relay_leg", "")
    if leg:
        return f"{leg} #{s.id}"  # (the legs' names, as their panes' roles)
    if s.role == "accepted":  # short: four names share the width
        return _t("Conversation", "Connection #{0}").format(s.id)
    return pane_title(s)


def open_relay(window: Any, leg: Any) -> QDockWidget:
    """The relay of ``leg`` in a dock: up to four lanes (see the module)."""
    lanes, peers, relay = relay_lanes(window, leg)
    docks: dict[frozenset[int], QDockWidget] = window.conversations
    key = frozenset(s.id for s in lanes)
    dock = docks.get(key)
    if dock is None:
        names = [lane_name(s) for s in lanes]
        view = SequenceView(lanes, names, peers=peers, relay=relay)
        listener = leg.pair.inside.parent_session if leg.pair is not None else None
        title = _t("Conversation", "Relay #{0}: {1}").format(
            listener.id if listener is not None else "?", " → ".join(names)
        )
        dock = add_dock(window, key, view, title, max(560, window.width() // 3))
    dock.show()
    dock.raise_()
    return dock


def add_dock(
    window: Any, key: frozenset[int], view: SequenceView, title: str, width: int
) -> QDockWidget:
    docks: dict[frozenset[int], QDockWidget] = window.conversations
    view.chunk_clicked.connect(lambda s, row: show_row(window, s, row))
    dock = QDockWidget(title)
    dock.setObjectName("sequenceDock")
    dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dock.setWidget(view)
    docks[key] = dock
    dock.destroyed.connect(lambda _obj=None: docks.pop(key, None))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if no_room_beside(window, dock):  # a window of its own beside the main one
        dock.setFloating(True)
        area = window.screen().availableGeometry()
        dock.resize(min(width, area.width()), min(window.height(), area.height()))
        x = min(window.geometry().right() - dock.width() // 2, area.right() - dock.width())
        dock.move(max(area.left(), x), max(area.top(), window.geometry().top()))
    else:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    return dock


def no_room_beside(window: Any, dock: QDockWidget) -> bool:
    """Docked, the view would make the window wider than it is (than the
    screen, at 1280 pixels): the panes' columns need their width."""
    used = sum(
        d.width()
        for d in window.findChildren(QDockWidget)
        if d is not dock and d.isVisible() and not d.isFloating()
    )
    need = window.centralWidget().minimumSizeHint().width() + used
    return window.width() - need < dock.minimumSizeHint().width() + 8


def show_row(window: Any, session: Session, row: int) -> None:
    """A call clicked in the conversation: its row in its pane (an accepted
    connection listed without a pane gets one)."""
    if session not in window.panes:
        window.open_connection_pane(session)
    window.show_chunk(session, row)
