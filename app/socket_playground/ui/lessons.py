"""The Lessons panel and the runner that carries out a lesson's steps.

The runner acts only through the widgets a person uses (the forms' spin boxes
and buttons, a pane's send box, its Socket and Send-more tabs), then waits,
without blocking the GUI, until the step has taken effect on the real
sockets. Each step's explanation is shown next to what just happened.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from ..core.lessons import Lesson, Step, all_lessons

log = logging.getLogger(__name__)

POLL_MS = 20
STEP_TIMEOUT_MS = 25000
TABS = {"bytes": 0, "timeline": 1, "socket": 2, "send": 3, "messages": 4, "ruler": 5}


def chinese_ui() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class LessonError(Exception):
    pass


class LessonRunner(QObject):
    """Runs one lesson's steps in order; ``next()`` one, ``run_all()`` the rest."""

    step_started = Signal(int)
    step_done = Signal(int, bool, str)   # index, ok, message
    finished = Signal(bool)              # all steps ran; ok = none failed

    def __init__(self, window, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.lesson = lesson
        self.index = 0                   # next step to run
        self.names: dict[str, object] = {}
        self.busy = False
        self.auto = False
        self.failed = False
        self._pred = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def done(self) -> bool:
        return self.index >= len(self.lesson.steps)

    # -- control --------------------------------------------------------------------
    @Slot()
    def next(self) -> None:
        if self.busy or self.done:
            return
        i = self.index
        step = self.lesson.steps[i]
        self.busy = True
        self.step_started.emit(i)
        try:
            self._pred = getattr(self, "do_" + step.action)(**step.args)
        except LessonError as e:
            self._finish_step(False, str(e))
            return
        except Exception as e:  # a lesson must never crash the program
            log.exception("lesson %s step %d", self.lesson.name, i)
            self._finish_step(False, f"{type(e).__name__}: {e}")
            return
        self._clock.start()
        if self._pred is None:
            self._finish_step(True, "")
        else:
            self._timer.start()

    @Slot()
    def run_all(self) -> None:
        self.auto = True
        if not self.busy:
            self.next()

    def stop(self) -> None:
        self.auto = False
        self._timer.stop()
        self.busy = False

    @Slot()
    def _poll(self) -> None:
        try:
            ok = self._pred()
        except LessonError as e:
            self._timer.stop()
            self._finish_step(False, str(e))
            return
        except Exception as e:  # e.g. the pane was removed while the step waited
            self._timer.stop()
            self._finish_step(False, f"{type(e).__name__}: {e}")
            return
        if ok:
            self._timer.stop()
            self._finish_step(True, "")
        elif self._clock.elapsed() > STEP_TIMEOUT_MS:
            self._timer.stop()
            self._finish_step(False, "timed out")

    def _finish_step(self, ok: bool, message: str) -> None:
        i = self.index
        self.index += 1
        self.busy = False
        if not ok:
            self.failed = True
            self.auto = False
        self.step_done.emit(i, ok, message)
        if self.done:
            self.finished.emit(not self.failed)
        elif self.auto:
            QTimer.singleShot(0, self.next)

    # -- helpers --------------------------------------------------------------------
    def pane(self, name: str):
        pane = self.names.get(name)
        if pane is None:
            raise LessonError(f"no pane named {name!r}")
        return pane

    def _find(self, parent, cls, name):
        w = parent.findChild(cls, name)
        if w is None:
            raise LessonError(f"no widget {name!r}")
        return w

    def _newest(self, role: str):
        for s in reversed(self.window.sessions):
            if s.role == role:
                return self.window.panes[s]
        raise LessonError(f"no {role} pane")

    def _click(self, parent, name: str) -> None:
        self._find(parent, QPushButton, name).click()

    # -- actions (each returns None or a predicate to wait for) -----------------------
    def do_start_server(self, name="server", port=0, backlog=5, options=None,
                        host="127.0.0.1"):
        w = self.window
        w.server_host.setText(host)
        self._find(w, QSpinBox, "serverPortSpin").setValue(port)
        self._find(w, QSpinBox, "serverBacklogSpin").setValue(backlog)
        self._set_form_options(w.server_options, options or {})
        before = len(w.sessions)
        w.start_server_button.click()
        if len(w.sessions) == before:
            raise LessonError(w.form_error.text())
        pane = self._newest("listener")
        self.names[name] = pane
        w.scroll_to(pane)
        return lambda: pane.property("state") in ("listening", "error")

    def do_connect(self, name="client", server="server", accepted="conn", options=None,
                   port=None, expect="connected", timeout=10):
        w = self.window
        if port is None:
            port = self.pane(server).property("localPort")
        self._find(w, QSpinBox, "clientPortSpin").setValue(port)
        self._set_form_options(w.client_options, options or {})
        self._find(w, QSpinBox, "connectTimeoutSpin").setValue(timeout)
        w.connect_button.click()
        pane = self._newest("client")
        self.names[name] = pane
        w.scroll_to(pane)

        def ready() -> bool:
            state = pane.property("state")
            if state == "error" and expect != "error":
                raise LessonError(f"connect() failed: {pane.property('lastError')}")
            if state != expect:
                return False
            listener = self.names.get(server)
            if listener is not None and listener.session.reading_paused:
                return True   # accepting is paused: no accepted pane until resumed
            if expect == "connected" and server in self.names:
                local = pane.property("localPort")
                for s, p in w.panes.items():
                    if s.role == "accepted" and p.property("peerPort") == local:
                        self.names[accepted] = p
                        return True
                return False
            return True
        return ready

    def _set_form_options(self, editor, options: dict) -> None:
        """The form's options as the lesson asks, the rest at their defaults."""
        editor.rcvbuf.setValue(0)
        editor.sndbuf.setValue(0)
        editor.nodelay.setChecked(False)
        editor.keepalive.setChecked(False)
        if editor.reuseaddr is not None:
            editor.reuseaddr.setChecked(True)
        for opt, value in options.items():
            self._set_option_widget(editor, opt, value)

    def _set_option_widget(self, editor, opt: str, value) -> None:
        spins = {"SO_RCVBUF": "rcvbufSpin", "SO_SNDBUF": "sndbufSpin"}
        checks = {"TCP_NODELAY": "nodelayCheck", "SO_KEEPALIVE": "keepaliveCheck",
                  "SO_REUSEADDR": "reuseaddrCheck"}
        if opt in spins:
            spin = self._find(editor, QSpinBox, spins[opt])
            spin.setValue(int(value))
            spin.editingFinished.emit()
        elif opt in checks:
            self._find(editor, QCheckBox, checks[opt]).setChecked(bool(value))
        else:
            raise LessonError(f"unknown option {opt}")

    def _fill_send_box(self, pane, text: str, mode: str) -> None:
        pane.send_mode.setCurrentIndex(pane.send_mode.findData(mode))
        pane.send_edit.setText(text)

    def _all_sent(self, pane, before: int, n: int):
        s = pane.session

        def sent() -> bool:
            if pane.property("state") == "error":
                raise LessonError(f"send failed: {pane.property('lastError')}")
            return s.queued == 0 and pane.property("bytesSent") >= before + n
        return sent

    def _prepare_send(self, pane: str, text: str, mode: str):
        """Fill the send box as a person would; (pane, bytes, bytesSent before)."""
        p = self.pane(pane)
        self._fill_send_box(p, text, mode)
        data = p.payload()
        if data is None:
            raise LessonError(p.input_error.text())
        return p, data, p.property("bytesSent")

    def do_send(self, pane, text, mode="text", wait=True, expect=None):
        p, data, before = self._prepare_send(pane, text, mode)
        p.send_button.click()
        if expect == "error":   # a send() the lesson shows failing
            return lambda: p.property("state") == "error"
        return self._all_sent(p, before, len(data)) if wait else None

    def do_trickle(self, pane, text, piece, delay_ms, mode="text"):
        p, data, before = self._prepare_send(pane, text, mode)
        p.send_tools.piece.setValue(piece)
        p.send_tools.delay.setValue(delay_ms)
        p.send_tools.trickle.click()
        return self._all_sent(p, before, len(data))

    def do_repeat(self, pane, text, count, interval_ms, mode="text", wait=True):
        p, data, before = self._prepare_send(pane, text, mode)
        p.send_tools.count.setValue(count)
        p.send_tools.interval.setValue(interval_ms)
        p.send_tools.repeat.click()
        return self._all_sent(p, before, len(data) * count) if wait else None

    def do_wait_prop(self, pane, prop, min):  # noqa: A002 - the lesson's word
        p = self.pane(pane)
        self.window.scroll_to(p)
        return lambda: (p.property(prop) or 0) >= min

    def do_wait_received(self, pane, bytes):  # noqa: A002 - the lesson's word
        p = self.pane(pane)
        self.window.scroll_to(p)
        return lambda: p.property("bytesReceived") >= bytes

    def do_wait_state(self, pane, state):
        p = self.pane(pane)
        self.window.scroll_to(p)
        return lambda: p.property("state") == state

    def do_wait_ms(self, ms):
        clock = QElapsedTimer()
        clock.start()
        return lambda: clock.elapsed() >= ms

    def _toggle(self, parent, name: str, on: bool) -> None:
        button = self._find(parent, QPushButton, name)
        if button.isChecked() != on:
            button.click()

    def do_pause_reading(self, pane, on=True):
        self._toggle(self.pane(pane), "pauseReadingButton", on)

    def do_pause_accepting(self, pane, on=True):
        self._toggle(self.pane(pane), "pauseAcceptButton", on)

    def do_set_recv_size(self, pane, size):
        self._find(self.pane(pane), QSpinBox, "recvSizeSpin").setValue(size)

    def do_set_option(self, pane, option, value):
        p = self.pane(pane)
        self._set_option_widget(p.controls.options, option, value)

    def do_echo(self, pane, on=True):
        self._find(self.pane(pane), QCheckBox, "echoCheck").setChecked(on)

    def do_shutdown(self, pane, how="SHUT_WR"):
        p = self.pane(pane)
        name = {"SHUT_WR": "shutWrButton", "SHUT_RD": "shutRdButton"}[how]
        self._click(p, name)
        call = f"shutdown({how})"
        return lambda: any(e.call == call for e in p.session.events)

    def do_close(self, pane):
        p = self.pane(pane)
        self._click(p, "closeButton")
        return lambda: not p.session.alive

    def do_abort(self, pane):
        p = self.pane(pane)
        self._click(p, "abortButton")
        return lambda: not p.session.alive

    def do_show_tab(self, pane, tab):
        p = self.pane(pane)
        if tab not in TABS or TABS[tab] >= p.tabs.count():
            raise LessonError(f"no tab {tab!r}")
        p.tabs.setCurrentIndex(TABS[tab])
        self.window.scroll_to(p)

    def do_select_bytes(self, pane, start, end):
        p = self.pane(pane)
        p.tabs.setCurrentIndex(TABS["bytes"])
        p.bytes_view.set_selection(start, end)
        p.inspector.show_format_for(end - start)
        self.window.scroll_to(p)

    def do_set_framing(self, pane, kind, **settings):
        p = self.pane(pane)
        if not hasattr(p, "messages"):
            raise LessonError("this pane has no Messages tab")
        p.tabs.setCurrentIndex(TABS["messages"])
        p.messages.set_framing(kind, **settings)
        self.window.scroll_to(p)

    def do_show_code(self, pane):
        p = self.pane(pane)
        if not hasattr(p, "show_code"):
            raise LessonError("this pane cannot show code")
        p.show_code()

    def do_expect(self, pane, prop, value=None, min=None, max=None):  # noqa: A002
        p = self.pane(pane)
        self.window.scroll_to(p)
        got = p.property(prop)
        if value is not None and got != value:
            raise LessonError(f"{pane}.{prop} is {got!r}, expected {value!r}")
        if min is not None and (got is None or got < min):
            raise LessonError(f"{pane}.{prop} is {got!r}, expected at least {min!r}")
        if max is not None and (got is None or got > max):
            raise LessonError(f"{pane}.{prop} is {got!r}, expected at most {max!r}")


class LessonsPanel(QDockWidget):
    """Pick a lesson, then Next / Run all / Reset; each step's text is shown."""

    def __init__(self, window) -> None:
        super().__init__(self.tr("Lessons"), window)
        self.setObjectName("lessonsDock")
        self.window_ = window
        self.runner: LessonRunner | None = None
        self.zh = chinese_ui()
        body = QWidget()
        v = QVBoxLayout(body)
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setToolTip(self.tr("One lesson for each concept of the Socket "
                                     "Programming HOWTO"))
        for lesson in all_lessons():
            label = f"{lesson.concept}. " if lesson.concept else "★ "
            item = QListWidgetItem(label + lesson.title(self.zh))
            item.setData(Qt.ItemDataRole.UserRole, lesson.name)
            item.setToolTip(lesson.name)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_pick)
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
        self.text.setTextFormat(Qt.TextFormat.PlainText)   # lesson text may hold "<"
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumHeight(160)
        v.addWidget(self.text, 3)
        self.status = QLabel()
        self.status.setObjectName("lessonStatus")
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("lessonNextButton")
        self.next_button.setToolTip(self.tr("Carry out the next step"))
        self.run_button = QPushButton(self.tr("Run all"))
        self.run_button.setObjectName("lessonRunAllButton")
        self.run_button.setToolTip(self.tr("Carry out every remaining step"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("lessonResetButton")
        self.reset_button.setToolTip(self.tr("Close every socket, remove the panes and "
                                             "start the lesson again"))
        self.next_button.clicked.connect(self.next)
        self.run_button.clicked.connect(self.run_all)
        self.reset_button.clicked.connect(self.reset)
        for b in (self.next_button, self.run_button, self.reset_button):
            row.addWidget(b)
        v.addLayout(row)
        self.setWidget(body)
        self._update_buttons()

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
        self._clear_window()
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
        self.runner = LessonRunner(self.window_, lesson, self)
        self.runner.step_started.connect(self._on_step_started)
        self.runner.step_done.connect(self._on_step_done)
        self.runner.finished.connect(self._on_finished)
        self.title.setText(f"<b>{lesson.title(self.zh)}</b>")
        self.counter.setText(self.tr("{0} steps").format(len(lesson.steps)))
        self.text.setText(self.tr("Press Next to carry out the first step, or Run all."))
        self.status.clear()
        self._update_buttons()
        return self.runner

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
    def reset(self) -> None:
        if self.runner is not None:
            self.load(self.runner.lesson.name)

    def _step_text(self, i: int) -> str:
        step: Step = self.runner.lesson.steps[i]
        return step.zh if self.zh else step.en

    @Slot(int)
    def _on_step_started(self, i: int) -> None:
        n = len(self.runner.lesson.steps)
        self.counter.setText(self.tr("Step {0} of {1}").format(i + 1, n))
        self.text.setText(self._step_text(i))
        self.status.clear()
        self._update_buttons()

    @Slot(int, bool, str)
    def _on_step_done(self, i: int, ok: bool, message: str) -> None:
        if not ok:
            self.status.setText("<span style='color:#b91c1c'>" + self.tr(
                "This step did not work as expected: {0}").format(message) + "</span>")
        self._update_buttons()

    @Slot(bool)
    def _on_finished(self, ok: bool) -> None:
        if ok:
            self.status.setText(self.tr("Lesson complete. Reset runs it again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.runner
        can = r is not None and not r.busy and not r.done
        self.next_button.setEnabled(can)
        self.run_button.setEnabled(can)
        self.reset_button.setEnabled(r is not None)
