"""What a pane with lazily built tabs (a connection's, a UDP socket's) offers
the rest of the program: a tab's part by name, and objectName lookups that
build the tabs not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .tabs import LazyTabs


class TabbedPane:
    """Mixed into a pane (a QWidget) that holds ``self.tabs``."""

    tabs: LazyTabs

    def tab(self, name: str) -> QWidget:
        """A tab's part ("bytes", "timeline", "socket", …), built now if it was not yet."""
        return self.tabs.part(name)

    def show_tab(self, name: str) -> QWidget:
        return self.tabs.show_tab(name)

    def build_all_tabs(self) -> None:
        self.tabs.build_all()

    def findChild(self, type_, name="", options=Qt.FindChildOption.FindChildrenRecursively):
        """As QObject.findChild; a name not found among the built widgets
        builds the tabs not built yet, then looks again (automation names
        keep working whichever tab was shown)."""
        found = super().findChild(type_, name, options)  # type: ignore[misc]
        tabs = getattr(self, "tabs", None)
        if found is None and name and tabs is not None and tabs.unbuilt():
            tabs.build_all()
            found = super().findChild(type_, name, options)  # type: ignore[misc]
        return found
