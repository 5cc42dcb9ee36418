"""How a user opens the conversation view: a "Conversation" button in the
header of every connection pane; it opens (or shows again) a dock beside the
panes with both ends of the connection, when the other end is in the window.
A click on a call there shows its row in its pane (the window's
``show_chunk``, as a click on the ruler does). The dock closes when either
socket is removed from the window (``PaneRegistry.remove_pane``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QToolButton

from ..workers.session import Session
from .pane import ConnectionPane, pane_title
from .sequence_view import SequenceView
from .texts import _t


def add_button(window: Any, pane: ConnectionPane) -> QToolButton:
    """The pane's "Conversation" button, beside its "Code" button."""
    button = QToolButton()
    button.setObjectName("conversationButton")
    button.setText(_t("Conversation", "Conversation"))
    button.setToolTip(
        _t(
            "Conversation",
            "Both ends of this connection on one clock: every call a box, the bytes "
            "in flight as arrows (the other end must be in this window)",
        )
    )
    row = pane.header.buttons
    row.insertWidget(row.indexOf(pane.header.code_button), button)
    session = pane.session
    button.clicked.connect(lambda: open_conversation(window, session))
    return button


def open_conversation(window: Any, session: Session) -> QDockWidget | None:
    """The conversation of ``session`` and its other end, in a dock (None,
    and a word in the status bar, when the other end is not in the window)."""
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
        view = SequenceView(left, right, names)
        view.chunk_clicked.connect(lambda s, row: show_row(window, s, row))
        dock = QDockWidget(_t("Conversation", "Conversation: {0} ⇄ {1}").format(*names))
        dock.setObjectName("sequenceDock")
        dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dock.setWidget(view)
        docks[key] = dock
        dock.destroyed.connect(lambda _obj=None: docks.pop(key, None))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        width = max(420, window.width() // 4)
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    dock.show()
    dock.raise_()
    return dock


def show_row(window: Any, session: Session, row: int) -> None:
    """A call clicked in the conversation: its row in its pane (an accepted
    connection listed without a pane gets one)."""
    if session not in window.panes:
        window.open_connection_pane(session)
    window.show_chunk(session, row)
