"""A lesson's script: a separate Python process, its source and its output.

Some lessons run a plain Python program (``core.lessons.scripts``) against the
lesson's server: the HOWTO's MySocket as printed, or a client that uses
``makefile()``. It is a real process with its own socket (``QProcess``, the
server's port as its argument); its output (stdout and stderr, tracebacks
included) is shown under its source, and the server's pane shows the other
end of its connection. The output of every script the lesson ran stays, each
under its command line (``$ python file.py PORT``), so runs can be compared;
``output`` is the current run's.

The runner's script actions (:class:`ScriptActions`) start it, write a line to
its ``input()``, and check its output and exit code. Loading another lesson,
Reset and closing the window end a script that still runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, QProcessEnvironment, QTemporaryDir, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout

from ..core.lessons.scripts import SCRIPTS, Script
from .lesson_widgets import LessonError

OUTPUT_LIMIT = 64 * 1024  # characters kept of a script's output


def interpreter() -> list[str]:
    """How to start Python: this interpreter, or (a bundled program has none
    of its own) the program itself with its ``run-script`` command."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "run-script"]
    return [sys.executable]


class ScriptPanel(QGroupBox):
    """The source of the script a lesson runs, and what it printed."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("A separate Python process"), parent)
        self.setObjectName("lessonScript")
        self.dir = QTemporaryDir()
        self.process: QProcess | None = None
        self.output = ""
        self.exit_code: int | None = None  # None while it runs (or never ran)
        self.started = False
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        v = QVBoxLayout(self)
        self.command = QLabel()
        self.command.setObjectName("lessonScriptCommand")
        v.addWidget(self.command)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        self.source = QPlainTextEdit()
        self.source.setObjectName("lessonScriptSource")
        self.source.setAccessibleName(self.tr("The script's source"))
        self.source.setReadOnly(True)
        self.source.setFont(mono)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.out = QPlainTextEdit()
        self.out.setObjectName("lessonScriptOutput")
        self.out.setAccessibleName(self.tr("What the script printed"))
        self.out.setReadOnly(True)
        self.out.setFont(mono)
        self.out.setPlaceholderText(self.tr("(nothing printed yet)"))
        split.addWidget(self.source)
        split.addWidget(self.out)
        split.setSizes([3, 2])
        v.addWidget(split)
        self.split = split
        # where it is shown while a script runs (the window's client column:
        # the script is the client) and taken back from on reset
        self.place: Callable[[ScriptPanel], None] | None = None
        self.unplace: Callable[[ScriptPanel], None] | None = None
        self.hide()

    # -- the process ----------------------------------------------------------------
    def start(self, script: Script, port: int) -> None:
        self.stop()
        if not self.dir.isValid():
            raise LessonError(self.tr("no temporary folder for the script"))
        path = Path(self.dir.path()) / script.file_name
        path.write_text(script.source, encoding="utf-8")
        self.output, self.exit_code, self.started = "", None, True
        self.source.setPlainText(script.source)
        command = f"python {script.file_name} {port}"
        self.command.setText(command)
        # every run of the lesson stays, each under its command line
        self._show_text(
            ("\n" if self.out.document().characterCount() > 1 else "") + f"$ {command}\n"
        )
        p = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")  # each print() at once
        env.insert("PYTHONDONTWRITEBYTECODE", "1")
        env.insert("PYTHONIOENCODING", "utf-8")
        p.setProcessEnvironment(env)
        p.setWorkingDirectory(self.dir.path())
        p.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        p.readyReadStandardOutput.connect(self._read)
        p.finished.connect(self._finished)
        p.errorOccurred.connect(self._error)
        self.process = p
        program, *first = interpreter()
        p.start(program, [*first, str(path), str(port)])
        if self.place is not None:
            self.place(self)
        self.show()

    def write_line(self, text: str) -> None:
        p = self.process
        if p is None or p.state() != QProcess.ProcessState.Running:
            raise LessonError(self.tr("the script is not running"))
        p.write((text + "\n").encode("utf-8"))

    def stop(self) -> None:
        """End a script that still runs (nothing is left behind)."""
        p, self.process = self.process, None
        if p is None:
            return
        for signal in (p.readyReadStandardOutput, p.finished, p.errorOccurred):
            signal.disconnect()
        if p.state() != QProcess.ProcessState.NotRunning:
            p.kill()
            p.waitForFinished(3000)
        p.deleteLater()

    def reset(self) -> None:
        self.stop()
        self.output, self.exit_code, self.started = "", None, False
        self.out.clear()
        self.hide()
        if self.unplace is not None:
            self.unplace(self)

    def show_output(self) -> None:
        """The output gets the source's room too (a step compares the runs
        in it), its end in view: the last run and as much as fits above it."""
        self.split.setSizes([0, sum(self.split.sizes()) or 1])
        self.out.moveCursor(self.out.textCursor().MoveOperation.End)
        self.out.ensureCursorVisible()

    @property
    def running(self) -> bool:
        return self.process is not None and self.exit_code is None

    # -- what it printed ------------------------------------------------------------
    def _append(self, text: str) -> None:
        # the temporary folder is noise in a traceback: the file's own name is shown
        text = text.replace(self.dir.path() + "/", "")
        self.output = (self.output + text)[-OUTPUT_LIMIT:]
        self._show_text(text)

    def _show_text(self, text: str) -> None:
        self.out.moveCursor(self.out.textCursor().MoveOperation.End)
        self.out.insertPlainText(text)
        self.out.ensureCursorVisible()

    @Slot()
    def _read(self) -> None:
        if self.process is not None:
            data = bytes(self.process.readAllStandardOutput().data())
            self._append(data.decode("utf-8", "replace"))

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        self.exit_code = code if status == QProcess.ExitStatus.NormalExit else -1
        self._append("\n" + self.tr("(exit code {0})").format(self.exit_code) + "\n")

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.exit_code = -1
            self._append(
                self.tr("Python could not be started: {0}").format(
                    self.process.errorString() if self.process else ""
                )
                + "\n"
            )


class ScriptActions:
    """The runner's actions on a lesson's script (mixed into the runner)."""

    script: ScriptPanel | None
    names: dict[str, Any]
    window: Any
    pane: Callable[[str], Any]

    def _panel(self) -> ScriptPanel:
        if self.script is None:
            raise LessonError("no script panel")
        return self.script

    def _mark(self, wait: str | None):
        """A predicate: ``wait`` printed from now on (or the script ended)."""
        panel = self._panel()
        start = len(panel.output)

        def printed() -> bool:
            if wait is None:
                return panel.exit_code is not None
            if wait in panel.output[start:]:
                return True
            if panel.exit_code is not None:
                raise LessonError(f"the script ended without printing {wait!r}")
            return False

        return printed

    def do_run_script(self, script, server="server", accepted=None, wait=None):
        panel = self._panel()
        listener = self.pane(server)
        w = self.window
        before = set(w.sessions)
        panel.start(SCRIPTS[script], listener.property("localPort"))
        printed = self._mark(wait)

        def ready() -> bool:
            if accepted is not None and accepted not in self.names:
                for s in w.sessions:
                    if s.role == "accepted" and s not in before:
                        w.open_connection_pane(s)  # (or shows the one it has)
                        if s in w.panes:
                            self.names[accepted] = w.panes[s]
                if accepted not in self.names:
                    return False
            return printed()

        return ready

    def do_script_input(self, text="", wait=None):
        panel = self._panel()
        printed = self._mark(wait)
        panel.write_line(text)
        return printed

    def do_expect_script(self, exit_code=None, contains=None):
        panel = self._panel()

        def check() -> bool:
            if exit_code is not None and panel.exit_code is None:
                return False  # until it ends
            if exit_code is not None and panel.exit_code != exit_code:
                raise LessonError(
                    f"the script's exit code is {panel.exit_code}, expected {exit_code}"
                )
            if contains is not None and contains not in panel.output:
                raise LessonError(f"the script's output has no {contains!r}")
            return True

        return check


SCRIPT_ACTIONS: dict[str, Callable[..., Any]] = {
    "run_script": ScriptActions.do_run_script,
    "script_input": ScriptActions.do_script_input,
    "expect_script": ScriptActions.do_expect_script,
}
