"""A saved session in a window: one read-only pane per socket, built from
the file (``workers/stored.py``), the accepted connections after their
listener. The forms are disabled: a saved session makes no new sockets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QWidget

from ..core.sessionfile import SessionFile
from ..workers.session import Batch
from ..workers.stored import StoredSession, link_relays
from ..workers.stored_udp import StoredUdp
from . import settings
from .listener_pane import ListenerPane
from .pane import BasePane, ConnectionPane
from .plain import clean
from .relay_window import mark_leg
from .times import no_wall_clock, no_wall_note
from .udp_pane import UdpPane

if TYPE_CHECKING:
    from .main_window import MainWindow


def show_saved(window: MainWindow, sf: SessionFile) -> list[StoredSession]:
    """Fill ``window`` with the sockets of ``sf`` (read-only)."""
    # (the StoredSessions hold the file open while the window shows them)
    stored = {
        info.id: (StoredUdp if info.role == "udp" else StoredSession)(sf, info.id)
        for info in sf.sockets
    }
    for s in stored.values():
        parent = stored.get(s.parent_id) if s.parent_id is not None else None
        s.parent_session = parent
        if parent is not None:
            parent.children.append(s)
    link_relays(stored)
    panes: dict[int, BasePane] = {}
    for s in sorted(stored.values(), key=lambda s: (s.role == "accepted", s.id)):
        pane: BasePane
        if s.role == "listener":
            pane = ListenerPane(s)  # type: ignore[arg-type]
            column = window.server_column
            after: QWidget | None = None
        elif isinstance(s, StoredUdp):
            pane = UdpPane(s)  # type: ignore[arg-type]
            column = window.server_column if s.server else window.client_column
            after = None
        else:
            pane = ConnectionPane(s)  # type: ignore[arg-type]
            column = window.client_column if s.role == "client" else window.server_column
            after = panes.get(s.parent_id) if s.parent_id is not None else None
        window._add(s, pane, column, after)  # type: ignore[arg-type]
        panes[s.id] = pane
        if s.pair is not None and isinstance(pane, ConnectionPane):
            mark_leg(pane, s.pair)  # (its role and its other leg, as when it ran)
        if s.parent_session is not None:
            parent_pane = panes.get(s.parent_session.id)
            if isinstance(parent_pane, ListenerPane):
                parent_pane.on_accepted(s)  # type: ignore[arg-type]
        # the timeline, from the file's events and the segments' totals
        pane.on_batch(Batch(list(s.log.ordered_runs())))
        pane.refresh()
    window.memory.enabled = False  # (its layout is not the main window's)
    for box in window.findChildren(QGroupBox):  # no new sockets in a saved session
        box.setEnabled(False)
    name = clean(Path(sf.path).name)  # a U+202E in it would turn the title round
    title = QCoreApplication.translate("SavedSession", "{0} — saved session (read-only)")
    window.setWindowTitle(title.format(name))
    opened = QCoreApplication.translate("SavedSession", "Opened {0}: {1} sockets, read-only")
    message = opened.format(name, len(stored))
    if settings.timestamps() == "wall" and no_wall_clock(list(stored.values())):
        message += " — " + no_wall_note()  # (View → Timestamps: wall clock)
    window.statusBar().showMessage(message)
    return list(stored.values())
