"""The window's first size: as the window asks for it, but never larger than
the screen's free area (a 1280×720 screen shows the whole window, so both
columns and their panes' right edges are in view)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()  # the title bar and borders
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
