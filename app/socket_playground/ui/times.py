"""View → Timestamps: how every pane's times read, the same in every window.

The choice (``core/clock.MODES``): since the session started (the run's one
clock, the default: both ends of a connection compare), since the socket was
created (its ``socket()`` call, or for an accepted socket the ``accept()``
that returned it), or the wall clock (``hh:mm:ss.mmm``, local time zone).
It is kept in the settings (``view/timestamps``) and applied at once: the
timeline rewrites its rows, the chunk table repaints its Time column (one
``dataChanged`` for the column, whatever its number of rows) and says in
its header what the times count from. A session file saved by an older
version has no clock pair: its wall-clock times read ``--:--:--.---`` and
the Time header says "No wall clock".

Each view holds a :class:`ViewTimes`, which reads the setting when the view
is made and follows :func:`notifier` afterwards (no settings read per row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ..core import clock
from ..core.clock import MODES, Stamps
from ..core.record import SocketLog
from . import settings

if TYPE_CHECKING:
    from .main_window import MainWindow

SAMPLES = {"session": "00.000000", "socket": "00.000000", "wall": "00:00:00.000"}


class Notifier(QObject):
    changed = Signal(str)  # the new choice, once it is in the settings


_notifier: Notifier | None = None


def notifier() -> Notifier:
    """The one object that says when the choice changes (every window's views)."""
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def choose(mode: str) -> None:
    """Keep ``mode`` in the settings and apply it to every view now."""
    if mode not in MODES:
        raise ValueError(mode)
    settings.write(settings.TIMESTAMPS_KEY, mode)
    notifier().changed.emit(mode)


def no_wall_clock(sessions: list[Any]) -> bool:
    """Whether a socket of these has no wall clock (an older session file)."""
    return any(getattr(s, "log", None) is not None and s.log.wall_clock is None for s in sessions)


def no_wall_note() -> str:
    return QCoreApplication.translate(
        "Timestamps",
        "This session file was saved by an older version, which did not record the "
        "real time of its start: its wall-clock times show as --:--:--.---",
    )


def header_text(mode: str, available: bool) -> str:
    """The Time column's header for "socket" and "wall" ("session" keeps the table's own)."""
    if mode == "wall":
        if not available:
            return QCoreApplication.translate("Timestamps", "No wall clock")
        return QCoreApplication.translate("Timestamps", "Wall clock")
    return QCoreApplication.translate("Timestamps", "Since socket (s)")


def header_tip(mode: str, available: bool) -> str:
    if mode == "wall":
        if not available:
            return no_wall_note()
        return QCoreApplication.translate(
            "Timestamps", "When the call returned, by the wall clock (hh:mm:ss.mmm, local time)"
        )
    return QCoreApplication.translate(
        "Timestamps",
        "When the call returned, in seconds since this socket was created (its socket() "
        "call, or the accept() that returned it)",
    )


class ViewTimes:
    """One view's reading of one socket's times: the choice, and the
    :class:`~socket_playground.core.clock.Stamps` made from it once (made
    again only while the socket is not created yet, when more was recorded)."""

    def __init__(self, t0_ns: int, log: SocketLog | None = None) -> None:
        self.t0_ns = t0_ns
        self.log = log
        self.mode = settings.timestamps()
        self._stamps: Stamps | None = None
        self._seen = -1  # events looked at for an origin not settled yet

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else MODES[0]
        self._stamps = None

    def stamps(self) -> Stamps:
        st = self._stamps
        log = self.log
        if st is not None and (st.settled or log is None or len(log.events) == self._seen):
            return st
        if log is None:
            st = clock.stamps(self.mode, self.t0_ns)
        else:
            self._seen = len(log.events)
            st = clock.stamps(self.mode, self.t0_ns, log.events, log.role, log.wall_clock)
        self._stamps = st
        return st

    def table_text(self, t_us: int) -> str:
        """A chunk table's time (µs since ``t0_ns``, when the call returned)."""
        return self.stamps().text(self.t0_ns + t_us * 1000, signed=False)

    def sample(self) -> str:
        """As wide as this choice's times in the table."""
        return SAMPLES[self.mode]


class TimestampsMenu(QObject):
    """View → Timestamps: three choices, one checked; every window's menu
    follows a choice made in another."""

    ACTIONS = (
        ("timesSinceSessionAction", "session"),
        ("timesSinceSocketAction", "socket"),
        ("timesWallClockAction", "wall"),
    )

    def __init__(self, window: MainWindow, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = view_menu.addMenu(self.tr("&Timestamps"))
        self.menu.setObjectName("timestampsMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        words = {
            "session": self.tr("Since the session started"),
            "socket": self.tr("Since the socket was created"),
            "wall": self.tr("Wall clock (hh:mm:ss.mmm)"),
        }
        self.actions: dict[str, QAction] = {}
        for name, mode in self.ACTIONS:
            action = QAction(words[mode], self)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setData(mode)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[mode] = action
        self.actions[settings.timestamps()].setChecked(True)
        self.group.triggered.connect(self._chosen)
        notifier().changed.connect(self._follow)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        mode = str(action.data())
        choose(mode)
        if mode == "wall" and no_wall_clock(self.window.sessions):
            self.window.statusBar().showMessage(no_wall_note())

    @Slot(str)
    def _follow(self, mode: str) -> None:
        action = self.actions.get(mode)
        if action is not None and not action.isChecked():
            action.setChecked(True)
