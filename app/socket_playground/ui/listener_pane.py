"""The listener pane: a server socket only accepts; it never sends or receives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import describe_bind_host
from ..core.events import State
from ..workers.session import Session, fmt_addr
from . import texts
from .controls import AutoReplyEditor
from .pane import BasePane
from .timeline import TimelineView


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.addWidget(QLabel(title))
    v.addWidget(widget)
    return box


class ListenerPane(BasePane):
    """Who can reach the server, the connections accept() returned, the
    timeline, pause accepting, and the auto-reply for new connections."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, self.tr("Server #{0}").format(session.id), parent)
        self.close_button.setText(self.tr("Stop"))
        self.close_button.setToolTip(
            self.tr("close() the listening socket; accepted connections stay open")
        )
        note = QLabel(
            texts.bind_note(describe_bind_host(session.host))
            + "  "
            + self.tr(
                "A server socket never sends or receives: each accept() "
                "returns a new socket, shown as its own pane."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("bindNote")
        note.setStyleSheet("color: #4b5563;")
        self.layout_.addWidget(note)
        self.accepted_list = QListWidget()
        self.accepted_list.setObjectName("acceptedList")
        self.accepted_list.setToolTip(self.tr("Connections accept() returned"))
        self.timeline = TimelineView(session.log.t0_ns, self.history)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(_titled(self.tr("Accepted connections"), self.accepted_list))
        split.addWidget(_titled(self.tr("Timeline"), self.timeline))
        split.setSizes([200, 400])
        self.layout_.addWidget(split)
        self.pause_accept = QPushButton(self.tr("Pause accepting"))
        self.pause_accept.setObjectName("pauseAcceptButton")
        self.pause_accept.setCheckable(True)
        self.pause_accept.setToolTip(
            self.tr(
                "Stop calling accept(): new connections wait in the kernel's accept queue "
                "(the listen() backlog); when it is full, new clients' SYNs are dropped and "
                "their connect() waits and retries"
            )
        )
        self.pause_accept.toggled.connect(self._on_pause_accept)
        self.layout_.addWidget(self.pause_accept)
        self.auto_reply = AutoReplyEditor(session)
        self.auto_reply.setTitle(self.tr("Auto-reply for connections accepted from now on"))
        self.layout_.addWidget(self.auto_reply)
        self.setMinimumHeight(260)
        self._children: list[Session] = []
        session.accepted.connect(self.on_accepted)
        self.refresh()

    def timeline_view(self) -> TimelineView:
        return self.timeline

    def update_views(self) -> None:
        super().update_views()
        self.pause_accept.setEnabled(self.session.alive and self.session.state is State.LISTENING)

    @Slot(bool)
    def _on_pause_accept(self, paused: bool) -> None:
        self.session.pause_accepting(paused)
        self.pause_accept.setText(
            self.tr("Resume accepting") if paused else self.tr("Pause accepting")
        )

    @Slot(object)
    def on_accepted(self, child: Session) -> None:
        self._children.append(child)
        child.changed.connect(self._refresh_children)
        self._refresh_children()

    @Slot()
    def _refresh_children(self) -> None:
        lst = self.accepted_list
        for i, c in enumerate(self._children):
            text = self.tr("#{0}  {1}  ({2})").format(
                c.id, fmt_addr(c.peer_addr), texts.state_text(c.state, c.last_error)
            )
            if i < lst.count():
                if lst.item(i).text() != text:
                    lst.item(i).setText(text)
                    lst.item(i).setToolTip(text)
            else:
                item = QListWidgetItem(text)
                item.setToolTip(text)
                lst.addItem(item)
