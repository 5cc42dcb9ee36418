"""Before a Unix domain socket starts: is its path usable? A missing folder,
no permission, another kind of file there, or a server already listening is
said in the form and nothing starts. A stale socket file (no server listens
on it) is removed only if the user agrees, and only a socket file: the
listener's loop removes it before bind(), recorded (``net/unix.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ..workers.lookup import unix_check
from . import texts
from .texts import _t


def unix_ready(window, host: str, *, server: bool) -> bool | None:
    """None: refused (the reason shown by ``window._form_error``); else
    whether a stale socket file is to be removed before bind()."""
    for s in getattr(window, "sessions", []):  # ours: asking with connect() would reach it
        if server and s.role == "listener" and s.alive and s.host == host and s.family == "unix":
            window._form_error(texts.unix_problem("ours", str(s.id), host))
            return None
    problem, detail = unix_check(host, server=server)
    if not problem:
        return False
    if problem == "stale" and ask_remove_stale(window, host):
        return True
    window._form_error(texts.unix_problem(problem, detail, host))
    return None


def ask_remove_stale(window: QWidget, path: str) -> bool:
    """True when the user agrees to remove the stale socket file."""
    box = stale_question(window, path)
    remove = box.findChild(QPushButton, "staleRemoveButton")
    box.exec()
    agreed = box.clickedButton() is remove
    box.deleteLater()
    return agreed


def stale_question(window: QWidget, path: str) -> QMessageBox:
    """The question, not shown yet (its buttons: ``staleRemoveButton``, Cancel)."""
    box = QMessageBox(window)
    box.setObjectName("staleSocketQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(_t("UnixCheck", "Remove the stale socket file?"))
    box.setText(texts.unix_problem("stale", "", path))
    box.setInformativeText(
        _t(
            "UnixCheck",
            "It is a socket file (nothing else would be removed) that a server which is "
            "gone left behind: connect() to it was refused. Remove it, then bind()?",
        )
    )
    remove = box.addButton(_t("UnixCheck", "Remove and bind()"), QMessageBox.ButtonRole.AcceptRole)
    remove.setObjectName("staleRemoveButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box
