"""The listener pane: a server socket only accepts; it never sends or receives."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import describe_bind_host
from ..core.events import State
from ..workers.session import Session
from ..workers.tuning import MAX_CONNECTIONS
from . import colors, texts
from .connection_actions import ConnectionActions
from .connection_list import SORT, ConnectionListModel
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


AUTO_PANES = 8  # connections that get a pane of their own at once (a listener setting)
LIST_REFRESH_MS = 250  # the connection table follows its sessions this often, while shown


class ListenerPane(BasePane):
    """Who can reach the server, the connections accept() returned (a table;
    a pane opens for the first few, and for any on double-click or Enter),
    the timeline, pause accepting, and the auto-reply for new connections."""

    open_requested = Signal(object)  # an accepted Session whose pane is wanted

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, self.tr("Server #{0}").format(session.id), parent)
        self.close_button.setText(self.tr("Stop"))
        self.close_button.setToolTip(
            self.tr("close() the listening socket; accepted connections stay open")
        )
        note = QLabel(self._note_text(_kind(session.host, session.family)))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.bind_note = note
        self._bound_kind = ""  # what the bound address reaches, once bound
        note.setObjectName("bindNote")
        note.setStyleSheet(colors.css("muted"))
        self.layout_.addWidget(note)
        self.connections = ConnectionListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.connections)
        self.proxy.setSortRole(SORT)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("connectionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fm = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 6)
        header = self.table.horizontalHeader()
        # fixed widths, never measured per row; narrow enough that Received is in view
        samples = ["0000", "127.0.0.1:65535", "half-closed", "10,000,000"]
        for col, sample in enumerate(samples):
            title = str(self.connections.headerData(col, Qt.Orientation.Horizontal))
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title))
            header.resizeSection(col, width + 12)
        self.table.setToolTip(
            self.tr("Connections accept() returned; double-click or Enter opens a pane")
        )
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("connectionFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter: address, state, number…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.auto_panes = QSpinBox()
        self.auto_panes.setObjectName("autoPaneSpin")
        self.auto_panes.setRange(0, 1000)
        self.auto_panes.setValue(AUTO_PANES)
        self.auto_panes.setPrefix(self.tr("panes for the first "))
        self.auto_panes.setToolTip(
            self.tr(
                "How many accepted connections get a pane of their own at once; every "
                "connection is live and recorded, with or without a pane"
            )
        )
        self.max_connections = QSpinBox()
        self.max_connections.setObjectName("maxConnectionsSpin")
        self.max_connections.setRange(1, 1_000_000)
        self.max_connections.setValue(getattr(session, "max_connections", MAX_CONNECTIONS))
        self.max_connections.setEnabled(session.alive)  # (a saved session's is history)
        self.max_connections.setPrefix(self.tr("at most "))
        self.max_connections.setSuffix(self.tr(" open"))
        self.max_connections.setToolTip(
            self.tr(
                "Connections this server keeps open at once; one more is accepted and "
                "closed at once (its client sees the connection end), and the timeline "
                "says so"
            )
        )
        self.max_connections.valueChanged.connect(
            lambda n: setattr(session, "max_connections", int(n))
        )
        self.accepted_box = QWidget()
        self.accepted_box.setObjectName("acceptedList")
        v = QVBoxLayout(self.accepted_box)
        v.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Accepted connections")))
        head.addWidget(self.filter_edit, 1)
        v.addLayout(head)
        v.addWidget(self.table)
        self.actions_ = ConnectionActions(self.table, self.selected_connections)
        v.addLayout(self.actions_.row)
        self._list_timer = QTimer(self)
        self._list_timer.setInterval(LIST_REFRESH_MS)
        self._list_timer.timeout.connect(self._refresh_children)
        self.timeline = TimelineView(session.log, self.history)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.accepted_box)
        split.addWidget(_titled(self.tr("Timeline"), self.timeline))
        # the table as wide as its first four columns (# to Received), the timeline the rest
        table_width = sum(header.sectionSize(c) for c in range(4))
        table_width += self.table.verticalScrollBar().sizeHint().width() + 4
        split.setSizes([table_width, 240])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
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
        row = QHBoxLayout()
        row.addWidget(self.pause_accept, 1)
        row.addWidget(self.auto_panes)
        row.addWidget(self.max_connections)
        self.layout_.addLayout(row)
        self.auto_reply = AutoReplyEditor(session)
        self.auto_reply.setTitle(self.tr("Auto-reply for connections accepted from now on"))
        self.layout_.addWidget(self.auto_reply)
        self.setMinimumHeight(260)
        session.accepted.connect(self.on_accepted)
        self.refresh()

    def _note_text(self, kind: str) -> str:
        return (
            texts.bind_note(kind)
            + "  "
            + self.tr(
                "A server socket never sends or receives: each accept() "
                "returns a new socket, listed below; the first ones also get a pane."
            )
        )

    def timeline_view(self) -> TimelineView:
        return self.timeline

    def update_views(self) -> None:
        super().update_views()
        s = self.session
        self.pause_accept.setEnabled(s.alive and s.state is State.LISTENING)
        if s.local_addr and not self._bound_kind:  # from the address actually bound
            addr = s.local_addr
            self._bound_kind = _kind(str(addr if isinstance(addr, str) else addr[0]), s.family)
            self.bind_note.setText(self._note_text(self._bound_kind))

    @Slot(bool)
    def _on_pause_accept(self, paused: bool) -> None:
        self.session.pause_accepting(paused)
        self.pause_accept.setText(
            self.tr("Resume accepting") if paused else self.tr("Pause accepting")
        )

    @Slot(object)
    def on_accepted(self, child: Session) -> None:
        self.connections.add(child)  # one row: O(1)

    @Slot(QModelIndex)
    def _open_row(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        child = self.connections.session_at(row)
        if child is not None:
            self.open_requested.emit(child)

    def selected_connections(self) -> list[Session]:
        rows = self.table.selectionModel().selectedRows()
        found = (self.connections.session_at(self.proxy.mapToSource(i).row()) for i in rows)
        return [s for s in found if s is not None]

    @Slot()
    def _refresh_children(self) -> None:
        self.connections.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._list_timer.start()
        self._refresh_children()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._list_timer.stop()  # nothing costs while the pane is not shown


def _kind(host: str, family: str) -> str:
    """What a listener's address reaches (texts.bind_note)."""
    if family == "unix":
        return "abstract" if host.startswith("@") else "unix"
    return describe_bind_host(host)
