"""A tab widget whose pages are built when first shown, or when asked for.

Each tab is added with a name and a factory. The page that Qt shows is an
empty holder; the factory runs, and its widget goes into the holder, the first
time the tab becomes current or something calls :meth:`LazyTabs.part` for it
(the lesson runner, the window's chunk highlighting, a test). A pane of ten
connections therefore builds ten Bytes tabs, not sixty tabs.

The factory returns ``(page, part)``: ``page`` is what the tab shows (the part
itself, or e.g. a scroll area around it) and ``part`` is what callers want.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from .accessible import name_controls

Factory = Callable[[], tuple[QWidget, QWidget]]
W = TypeVar("W", bound=QWidget)


class LazyTabs(QTabWidget):
    built = Signal(str)  # the tab's name, once its part exists

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._factories: dict[str, Factory] = {}
        self._parts: dict[str, QWidget] = {}
        self._holders: dict[str, tuple[QWidget, QVBoxLayout]] = {}
        self.currentChanged.connect(self._on_current)

    def add_lazy(self, name: str, title: str, factory: Factory, tooltip: str = "") -> int:
        holder = QWidget()
        holder.setObjectName(f"{name}Page")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._holders[name] = (holder, layout)
        self._names.append(name)
        self._factories[name] = factory
        i = self.addTab(holder, title)  # the first tab becomes current: built at once
        if tooltip:
            self.setTabToolTip(i, tooltip)
        return i

    # -- asking -----------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._names)

    def index_of(self, name: str) -> int:
        return self._names.index(name)

    def built_part(self, name: str, cls: type[W] = QWidget) -> W | None:  # type: ignore[assignment]
        """The tab's part if it was built, else None (never builds)."""
        part = self._parts.get(name)
        return part if isinstance(part, cls) else None

    def unbuilt(self) -> list[str]:
        return [n for n in self._names if n not in self._parts]

    def part(self, name: str, cls: type[W] = QWidget) -> W:  # type: ignore[assignment]
        """The tab's part (an instance of ``cls``), built now if it was not yet."""
        got = self._parts.get(name)
        if got is None:
            factory = self._factories[name]  # KeyError: no such tab
            page, got = factory()
            self._parts[name] = got
            holder, layout = self._holders[name]
            layout.addWidget(page)
            name_controls(page)  # accessible names for what the tab holds
            if holder.isVisible():
                page.show()  # at once, not at the next event loop turn
            self.built.emit(name)
        if not isinstance(got, cls):
            raise TypeError(f"tab {name!r} holds a {type(got).__name__}, not a {cls.__name__}")
        return got

    def build_all(self) -> None:
        for name in self.unbuilt():
            self.part(name)

    def show_tab(self, name: str, cls: type[W] = QWidget) -> W:  # type: ignore[assignment]
        part = self.part(name, cls)
        self.setCurrentIndex(self.index_of(name))
        return part

    @Slot(int)
    def _on_current(self, index: int) -> None:
        if 0 <= index < len(self._names):
            self.part(self._names[index])


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area (a tab taller than the pane)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
