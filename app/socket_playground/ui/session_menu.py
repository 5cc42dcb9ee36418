"""File → Save session: every socket of the window, with every event and
every byte kept, in one ``.sps`` file (see ``core/sessionfile.py``), which
``socket-playground export`` reads."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from .. import __version__
from ..core.sessionfile_save import SocketSource, save_session

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

SUFFIX = ".sps"


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
        menu.addAction(self.save_action)

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
            QMessageBox.warning(
                self.window,
                self.tr("Save session"),
                self.tr("The session could not be saved to {0}:\n{1}").format(str(target), e),
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_dir = str(target.parent)
        self.window.statusBar().showMessage(
            self.tr("Saved {0} sockets to {1}").format(len(sockets), str(target)), 8000
        )
        return True
