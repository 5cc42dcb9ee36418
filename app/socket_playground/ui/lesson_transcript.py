"""The lesson transcript: every step carried out so far, in order, each with
its text in the UI language; the current one highlighted and scrolled into
view. It stays when Run all has finished, so the last screen tells the whole
story (before, only the last step's text was left)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from . import colors
from .lesson_focus import reveal

# the current step: the same amber as the frame around what it talks about
# (its own text colour: the background is light whatever the palette)
CURRENT = "background: #fef3c7; color: #1f2937; border-left: 4px solid #f59e0b; padding: 4px;"
DONE = "border-left: 4px solid transparent; padding: 4px;"
FAILED = "border-left: 4px solid #b91c1c; padding: 4px;"
FAILED_CURRENT = FAILED + " background: #fee2e2; color: #b91c1c;"


class LessonTranscript(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonTranscript")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(self.tr("Every step carried out so far; the current one is highlighted"))
        inner = QWidget()
        inner.setObjectName("lessonTranscriptBody")
        self.box = QVBoxLayout(inner)
        self.box.setContentsMargins(2, 2, 2, 2)
        self.box.setSpacing(2)
        self.box.addStretch(1)
        self.setWidget(inner)
        inner.installEventFilter(self)  # lines wrap anew: the current one kept in view
        self.entries: list[QLabel] = []
        self.failed: set[int] = set()
        self.current = -1

    def clear(self) -> None:
        for label in self.entries:
            self.box.removeWidget(label)
            label.deleteLater()
        self.entries = []
        self.failed = set()
        self.current = -1

    def texts(self) -> list[str]:
        return [label.text() for label in self.entries]

    def add(self, index: int, text: str) -> None:
        """Step ``index`` (from 0) began: its line, highlighted as the current one.
        Steps are carried out in order, so index is the number of entries."""
        label = QLabel(f"{index + 1}. {text}")
        label.setObjectName(f"lessonTranscriptStep{index + 1}")
        label.setTextFormat(Qt.TextFormat.PlainText)  # lesson text may hold "<"
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.box.insertWidget(len(self.entries), label)  # before the stretch
        self.entries.append(label)
        self.set_current(index)

    def mark_failed(self, index: int) -> None:
        if 0 <= index < len(self.entries):
            self.failed.add(index)
            self._style(index)

    def set_current(self, index: int) -> None:
        previous, self.current = self.current, index
        if 0 <= previous < len(self.entries):
            self._style(previous)
        if 0 <= index < len(self.entries):
            self._style(index)
            self.scroll_to(index)

    def scroll_to(self, index: int) -> None:
        """Show the line; a line taller than the view from its start
        (ensureWidgetVisible would show its middle)."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()  # the new line's place, before scrolling to it
        label = self.entries[index]
        reveal(self.verticalScrollBar(), label.y(), label.height(), self.viewport().height())

    def eventFilter(self, watched, event) -> bool:
        # the text's height changes with the panel's width and the font (and
        # a line added): once laid out, the current line is scrolled to again
        if event.type() == QEvent.Type.Resize and watched is self.widget():
            QTimer.singleShot(0, self._follow)
        return False

    def _follow(self) -> None:
        if 0 <= self.current < len(self.entries):
            self.scroll_to(self.current)

    def _style(self, index: int) -> None:
        label = self.entries[index]
        if index in self.failed:
            label.setStyleSheet(
                FAILED_CURRENT if index == self.current else FAILED + " " + colors.css("error")
            )
        elif index == self.current:
            label.setStyleSheet(CURRENT)
        else:
            label.setStyleSheet(DONE)
