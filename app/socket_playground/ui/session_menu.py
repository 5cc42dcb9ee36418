"""File → Save session: every socket of the window, with every event and
every byte kept, in one ``.sps`` file (see ``core/sessionfile.py``), which
``socket-playground export`` reads. File → Open session: a saved session in
a window of its own, every socket read-only with every view."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from .. import __version__
from ..core.sessionfile import open_session
from ..core.sessionfile_save import SocketSource, save_session
from ..core.sessionfile_schema import SessionFileError
from .capture_menu import CaptureMenu
from .plain import clean, warning

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

SUFFIX = ".sps"
RECENT_KEY = "sessions/recent"
RECENT_MAX = 8


def recent_sessions() -> list[str]:
    """The session files saved or opened last, newest first (in the settings)."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # one entry comes back as a plain string
        value = [value]
    if not isinstance(value, list):  # anything else: not ours
        return []
    return [str(v) for v in value][:RECENT_MAX]


def remember(path: str) -> None:
    paths = [path] + [p for p in recent_sessions() if p != path]
    QSettings().setValue(RECENT_KEY, paths[:RECENT_MAX])


class SessionMenu(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.save_action = QAction(self.tr("&Save session…"), window)
        self.save_action.setObjectName("saveSessionAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(
            self.tr("Save every socket with every call and every byte kept, in one .sps file")
        )
        self.save_action.triggered.connect(self.save_dialog)
        self.open_action = QAction(self.tr("&Open session…"), window)
        self.open_action.setObjectName("openSessionAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setToolTip(self.tr("Open a saved session (.sps), read-only"))
        self.open_action.triggered.connect(self.open_dialog)
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentSessionsMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addAction(self.save_action)
        self.capture_menu = CaptureMenu(window, menu)  # bytes kept per direction
        self.opened: list[MainWindow] = []  # windows of opened sessions (kept alive)

    @Slot()
    def save_dialog(self) -> None:
        start = str(Path(self.last_dir or ".") / f"session{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save session"),
            start,
            self.tr("Socket Playground sessions (*.sps)"),
        )
        if path:
            self.save(path)

    def save(self, path: str) -> bool:
        """Save the window's sockets to ``path``; a failure is a message,
        never an exception. Returns whether it was saved."""
        target = Path(path)
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        sockets = [SocketSource.of(s) for s in self.window.sessions]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_session(target, sockets, __version__)
        except (OSError, ValueError) as e:
            log.warning("saving %s failed: %s", target, e)
            warning(
                self.window,
                self.tr("Save session"),
                self.tr("The session could not be saved to {0}:\n{1}").format(str(target), e),
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_dir = str(target.parent)
        remember(str(target))
        self.window.statusBar().showMessage(
            self.tr("Saved {0} sockets to {1}").format(len(sockets), clean(str(target))), 8000
        )
        return True

    @Slot()
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open session"),
            self.last_dir or "",
            self.tr("Socket Playground sessions (*.sps)"),
        )
        if path:
            self.open(path)

    def open(self, path: str, into: MainWindow | None = None) -> MainWindow | None:
        """Show a saved session, read-only: in ``into`` (an empty window) or a
        new window. A bad file is a message, never an exception."""
        from .saved import show_saved

        try:
            sf = open_session(path)
        except SessionFileError as e:
            log.warning("opening %s failed: %s", path, e)
            warning(
                self.window,
                self.tr("Open session"),
                self.tr("{0} could not be opened:\n{1}").format(path, str(e)),
            )
            return None
        if into is None:
            from .main_window import MainWindow

            into = MainWindow()
            into.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.opened.append(into)
            into.destroyed.connect(lambda _o=None, w=into: self._forget(w))
        show_saved(into, sf)
        remember(str(Path(path).resolve()))
        into.show()
        self.last_dir = str(Path(path).parent)
        return into

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_sessions()
        for p in paths:
            action = self.recent_menu.addAction(p)
            action.triggered.connect(lambda _c=False, p=p: self.open(p))
        if not paths:
            none = self.recent_menu.addAction(self.tr("(none yet)"))
            none.setEnabled(False)

    def _forget(self, w: MainWindow) -> None:
        if w in self.opened:
            self.opened.remove(w)
