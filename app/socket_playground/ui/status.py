"""A message in the window's status bar, from any widget in it."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_MS = 8000


def show_status(widget: QWidget, text: str) -> None:
    """``text`` in the status bar of ``widget``'s window (if it has one)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)
