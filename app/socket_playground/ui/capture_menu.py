"""File → Capture on disk: how many bytes of each connection and direction
are kept on disk (every byte is still counted and hashed past it). The choice
is remembered and applies to sockets made from then on."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..core import spool

CAP_KEY = "capture/cap"  # bytes per direction; 0: no limit
MIB = 1 << 20
CHOICES = [  # (object name suffix, bytes; 0: no limit)
    ("64MiB", 64 * MIB),
    ("256MiB", 256 * MIB),
    ("1GiB", 1024 * MIB),
    ("4GiB", 4096 * MIB),
    ("unlimited", 0),
]


def saved_cap() -> int | None:
    """The cap chosen last (the default, 1 GiB, if none or not understood)."""
    value = QSettings().value(CAP_KEY, spool.DEFAULT_CAP)
    try:
        n = int(str(value))
    except ValueError:
        return spool.DEFAULT_CAP
    if n < 0:
        return spool.DEFAULT_CAP
    return n or None


class CaptureMenu(QObject):
    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.menu = menu.addMenu(self.tr("&Capture on disk"))
        self.menu.setObjectName("captureCapMenu")
        self.menu.setToolTip(
            self.tr(
                "Bytes kept on disk per connection and direction, for sockets made from now "
                "on; past it bytes are counted and hashed but not kept"
            )
        )
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        group.setExclusive(True)
        current = saved_cap()
        spool.set_default_cap(current)
        labels = {
            "64MiB": self.tr("Keep 64 MiB per direction"),
            "256MiB": self.tr("Keep 256 MiB per direction"),
            "1GiB": self.tr("Keep 1 GiB per direction (default)"),
            "4GiB": self.tr("Keep 4 GiB per direction"),
            "unlimited": self.tr("Keep every byte (no limit)"),
        }
        self.actions: dict[str, QAction] = {}
        for name, cap in CHOICES:
            action = QAction(labels[name], self)
            action.setObjectName(f"captureCap_{name}")
            action.setCheckable(True)
            action.setData(cap)
            action.setChecked((cap or None) == current)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[name] = action
        group.triggered.connect(self._chosen)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        cap = int(action.data())
        spool.set_default_cap(cap or None)
        QSettings().setValue(CAP_KEY, cap)
