"""The Lessons panel: pick a lesson, run its steps, read each explanation.

The steps are carried out by :class:`~.lesson_runner.LessonRunner`; each
step's explanation goes into the transcript (:mod:`.lesson_transcript`), and
what it talks about is highlighted (:mod:`.lesson_focus`). Back replays the
lesson with new sockets up to the step before: a socket call cannot be undone.

Lesson data is English (``core/lessons``); titles and step texts are shown
through :func:`lesson_text`, the UI's translation, context ``Lesson``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import may_bind_privileged
from ..core.lessons import CONTEXT, Step, all_lessons
from . import colors
from .lesson_focus import LessonFocus
from .lesson_runner import LessonError, LessonRunner
from .lesson_script import ScriptPanel
from .lesson_transcript import LessonTranscript
from .plain import clean

__all__ = ["LessonError", "LessonRunner", "LessonsPanel", "lesson_text"]


def lesson_text(text: str) -> str:
    """A lesson's title or step text (English, from core/lessons) in the UI
    language: the translation's, context ``Lesson``; the English where the
    translation has none (or the UI is English)."""
    return QCoreApplication.translate(CONTEXT, text)


class LessonsPanel(QDockWidget):
    """Pick a lesson, then Next / Run all / Back / Reset; each step's text is
    shown in the transcript, and what it talks about is highlighted."""

    def __init__(self, window) -> None:
        super().__init__(self.tr("Lessons"), window)
        self.setObjectName("lessonsDock")
        self.window_ = window
        self.runner: LessonRunner | None = None
        self.focus = LessonFocus()
        body = QWidget()
        v = QVBoxLayout(body)
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setWordWrap(True)  # long titles wrap instead of being cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(
            self.tr(
                "The lessons in teaching order, following the concepts of the Socket "
                "Programming HOWTO, then its MySocket example"
            )
        )
        for number, lesson in enumerate(all_lessons(), 1):  # numbered as listed
            item = QListWidgetItem(f"{number}. {lesson_text(lesson.title_en)}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.name)
            item.setToolTip(self._item_tip(lesson))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_pick)
        self.list.installEventFilter(self)
        v.addWidget(self.list, 2)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        v.addWidget(self.title)
        self.counter = QLabel()
        self.counter.setObjectName("lessonStep")
        v.addWidget(self.counter)
        self.text = QLabel()
        self.text.setObjectName("lessonText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # lesson text may hold "<"
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumHeight(80)
        v.addWidget(self.text)
        self.transcript = LessonTranscript()
        self.transcript.setMinimumHeight(160)
        v.addWidget(self.transcript, 4)
        # shown in the client column while a lesson runs a script (its client)
        self.script = ScriptPanel(body)
        self.script.place = lambda script: window.client_column.add_guest(script)
        self.script.unplace = lambda script: window.client_column.take(script, body)
        self.status = QLabel()
        self.status.setObjectName("lessonStatus")
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("lessonBackButton")
        self.back_button.setToolTip(
            self.tr(
                "Go back one step: a socket call cannot be undone, so every socket is "
                "closed and the lesson is carried out again, with new sockets, up to "
                "the step before"
            )
        )
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("lessonNextButton")
        self.next_button.setToolTip(self.tr("Carry out the next step"))
        self.run_button = QPushButton(self.tr("Run all"))
        self.run_button.setObjectName("lessonRunAllButton")
        self.run_button.setToolTip(self.tr("Carry out every remaining step"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("lessonResetButton")
        self.reset_button.setToolTip(
            self.tr("Close every socket, remove the panes and start the lesson again")
        )
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.run_button.clicked.connect(self.run_all)
        self.reset_button.clicked.connect(self.reset)
        for b in (self.back_button, self.next_button, self.run_button, self.reset_button):
            row.addWidget(b)
        v.addLayout(row)
        self.setWidget(body)
        self._update_buttons()

    def _item_tip(self, lesson) -> str:
        if lesson.concept:
            about = self.tr("HOWTO concept {0}").format(lesson.concept)
        else:
            about = self.tr("The HOWTO's MySocket example")
        return f"{about} · --lesson {lesson.name}"

    # -- choosing -------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_pick(self, item, _previous) -> None:
        if item is not None:
            self.load(item.data(Qt.ItemDataRole.UserRole))

    def load(self, name: str) -> LessonRunner:
        from ..core.lessons import find

        lesson = find(name)
        if lesson is None:
            raise KeyError(name)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.blockSignals(True)
                self.list.setCurrentRow(i)
                self.list.blockSignals(False)
        self._show_current()
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
        self.focus.reset()
        self.transcript.clear()
        self.script.reset()
        self._clear_window()
        self.runner = LessonRunner(self.window_, lesson, self)
        self.runner.script = self.script
        self.runner.step_started.connect(self._on_step_started)
        self.runner.step_done.connect(self._on_step_done)
        self.runner.finished.connect(self._on_finished)
        self.title.setText(f"<b>{html.escape(lesson_text(lesson.title_en), quote=False)}</b>")
        self.counter.setText(self.tr("{0} steps").format(len(lesson.steps)))
        self.text.setText(self.tr("Press Next to carry out the first step, or Run all."))
        self.text.show()
        self.status.clear()
        self._update_buttons()
        return self.runner

    def _show_current(self) -> None:
        """The current lesson in view in the list, now and once the list has
        its size (a dock laid out later, a font changed)."""
        item = self.list.currentItem()
        if item is not None:
            self.list.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self._show_current)  # once the list has laid itself out
        return False

    def _clear_window(self) -> None:
        w = self.window_
        for pane in list(w.panes.values()):
            w.remove_pane(pane)

    # -- running --------------------------------------------------------------------
    @Slot()
    def next(self) -> None:
        if self.runner is not None:
            self.runner.next()
            self._update_buttons()

    @Slot()
    def run_all(self) -> None:
        if self.runner is not None:
            self.runner.run_all()
            self._update_buttons()

    @Slot()
    def back(self) -> None:
        """Back to the step before the last one done: the lesson again from
        the start, new sockets, every step up to that one carried out."""
        r = self.runner
        if r is None or r.busy or r.auto or r.index == 0:
            return
        target = r.index - 1
        runner = self.load(r.lesson.name)
        if target:
            self.status.setText(
                self.tr("Going back: steps 1 to {0} again, with new sockets…").format(target)
            )
            runner.run_to(target)
        self._update_buttons()

    @Slot()
    def reset(self) -> None:
        if self.runner is not None:
            self.load(self.runner.lesson.name)

    def _step_text(self, i: int) -> str:
        assert self.runner is not None
        step: Step = self.runner.lesson.steps[i]
        return lesson_text(step.text(may_bind_privileged()))

    @Slot(int)
    def _on_step_started(self, i: int) -> None:
        assert self.runner is not None
        n = len(self.runner.lesson.steps)
        self.counter.setText(self.tr("Step {0} of {1}").format(i + 1, n))
        text = self._step_text(i)
        self.text.setText(text)  # (hidden: the transcript shows it)
        self.text.hide()
        self.transcript.add(i, text)
        if self.runner.stop_at is None:  # (going back: the status says so until the end)
            self.status.clear()
        self.focus.clear()
        self._update_buttons()

    @Slot(int, bool, str)
    def _on_step_done(self, i: int, ok: bool, message: str) -> None:
        r = self.runner
        if r is not None:
            self.focus.show(r, i)
        if r is None or r.stop_at is None:
            self.status.clear()  # (going back ends here)
        if not ok:
            self.transcript.mark_failed(i)
            self.status.setText(
                f"<span style='color:{colors.name('error')}'>"
                # our own markup around it; the message (an exception's words) is text
                + self.tr("This step did not work as expected: {0}").format(
                    html.escape(clean(message))
                )
                + "</span>"
            )
        self._update_buttons()

    @Slot(bool)
    def _on_finished(self, ok: bool) -> None:
        if ok:
            self.status.setText(self.tr("Lesson complete. Reset runs it again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.runner
        idle = r is not None and not r.busy and not r.auto
        can = idle and r is not None and not r.done
        self.next_button.setEnabled(can)
        self.run_button.setEnabled(can)
        self.back_button.setEnabled(idle and r is not None and r.index > 0)
        self.reset_button.setEnabled(r is not None)
