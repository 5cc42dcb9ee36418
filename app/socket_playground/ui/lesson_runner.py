"""The lesson runner: carries out a lesson's steps through the window's widgets.

It acts only through the widgets a person uses (forms, send boxes, tabs), then waits, without
blocking the GUI, until the step has taken effect on the real sockets. Each step's action is
looked up in :data:`LessonRunner.ACTIONS`, an explicit table of the ``do_*`` methods (the script
ones in :mod:`.lesson_script`, UDP's in :mod:`.lesson_udp`). A pane builds its tabs when first
shown; the runner asks for a tab (``pane.tab(name)``) or builds them all (``build_all_tabs()``).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QSpinBox

from ..core.endpoint import may_bind_privileged
from ..core.events import Shutdown
from ..core.lessons import Lesson
from .lesson_script import ScriptActions, ScriptPanel
from .lesson_udp import MORE_ACTIONS, UdpActions
from .lesson_widgets import LessonError, WidgetActions

log = logging.getLogger(__name__)

POLL_MS = 20
STEP_TIMEOUT_MS = 25000
TABS = ("bytes", "timeline", "socket", "send", "messages", "ruler")
SHUT_HOW = {"SHUT_WR": socket.SHUT_WR, "SHUT_RD": socket.SHUT_RD}


class LessonRunner(ScriptActions, UdpActions, WidgetActions, QObject):
    """Runs one lesson's steps in order; ``next()`` one, ``run_all()`` the rest."""

    step_started = Signal(int)
    step_done = Signal(int, bool, str)  # index, ok, message
    finished = Signal(bool)  # all steps ran; ok = none failed

    def __init__(self, window, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.lesson = lesson
        self.index = 0  # next step to run
        self.names: dict[str, Any] = {}
        self.script: ScriptPanel | None = None  # the Lessons panel's, for run_script
        self.busy = False
        self.auto = False
        self.stop_at: int | None = None  # run_to(): Run all stops before this step
        self.failed = False
        self._pred: Callable[[], bool] | None = None
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
            action = self.ACTIONS.get(step.action)
            if action is None:
                raise LessonError(f"unknown action {step.action!r}")
            self._pred = action(self, **step.args)
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

    @Slot(int)
    def run_to(self, k: int) -> None:
        """Carry out the steps before step ``k`` as Run all does, then stop
        (step back: a fresh runner replays the lesson up to the step before)."""
        if self.index < k:
            self.stop_at = k
            self.run_all()

    def stop(self) -> None:
        self.auto = False
        self.stop_at = None
        self._timer.stop()
        self.busy = False

    @Slot()
    def _poll(self) -> None:
        if self._pred is None:
            self._timer.stop()
            return
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
        running_all = self.auto
        if not ok:
            self.failed = True
            self.auto = False
        if self.done or (self.stop_at is not None and self.index >= self.stop_at):
            self.auto = False  # (before step_done: the panel enables its buttons)
            self.stop_at = None
        self.step_done.emit(i, ok, message)
        if self.done or (running_all and not ok):  # Run all ends at a failed step
            self.finished.emit(not self.failed)
        elif self.auto:
            QTimer.singleShot(0, self.next)

    # -- helpers --------------------------------------------------------------------
    def pane(self, name: str):
        pane = self.names.get(name)
        if pane is None:
            raise LessonError(f"no pane named {name!r}")
        return pane

    def _newest(self, role: str):
        for s in reversed(self.window.sessions):
            if s.role == role:
                return self.window.panes[s]
        raise LessonError(f"no {role} pane")

    # -- actions (each returns None or a predicate to wait for) -----------------------
    def do_start_server(
        self,
        name="server",
        port=0,
        backlog=5,
        options=None,
        host="127.0.0.1",
        io_mode=None,
        family="auto",
    ):
        w = self.window
        self._fill_server_form(host, family, port, backlog, options, io_mode)
        before = len(w.sessions)
        w.ask_before_binding_all = False  # the lesson explains what it binds
        try:
            w.start_server_button.click()
        finally:
            w.ask_before_binding_all = True
        if len(w.sessions) == before:
            raise LessonError(w.form_error.text())
        pane = self._newest("listener")
        self.names[name] = pane
        w.scroll_to(pane)
        return lambda: pane.property("state") in ("listening", "error")

    def do_connect(
        self,
        name="client",
        server="server",
        accepted="conn",
        options=None,
        port=None,
        expect="connected",
        timeout=10,
        io_mode=None,
        family="auto",
    ):
        w = self.window
        w.client_io_mode.set_mode(io_mode or "blocking")
        port = self._client_target(server, family, port)  # a Unix server's path: no port
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
                return True  # accepting is paused: no accepted pane until resumed
            if family == "unix" and expect == "connected":  # ends paired by path and order
                return self._name_peer(pane, accepted)
            if expect == "connected" and server in self.names:
                local = pane.property("localPort")
                for s in w.sessions:  # listed without a pane (past the first few): open one
                    if s.role == "accepted" and s.peer_port == local and s not in w.panes:
                        w.open_connection_pane(s)
                for s, p in w.panes.items():
                    if s.role == "accepted" and p.property("peerPort") == local:
                        self.names[accepted] = p
                        return True
                return False
            return True

        return ready

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
            raise LessonError(p.send_box.error.text())
        return p, data, p.property("bytesSent")

    def do_send(self, pane, text, mode="text", wait=True, expect=None):
        p, data, before = self._prepare_send(pane, text, mode)
        p.send_button.click()
        if expect == "error":  # a send() the lesson shows failing
            return lambda: p.property("state") == "error"
        return self._all_sent(p, before, len(data)) if wait else None

    def do_trickle(self, pane, text, piece, delay_ms, mode="text"):
        p, data, before = self._prepare_send(pane, text, mode)
        tools = p.tab("send")
        tools.piece.setValue(piece)
        tools.delay.setValue(delay_ms)
        tools.trickle.click()
        return self._all_sent(p, before, len(data))

    def do_repeat(self, pane, text, count, interval_ms, mode="text", wait=True):
        p, data, before = self._prepare_send(pane, text, mode)
        tools = p.tab("send")
        tools.count.setValue(count)
        tools.interval.setValue(interval_ms)
        tools.repeat.click()
        return self._all_sent(p, before, len(data) * count) if wait else None

    def do_wait_prop(self, pane, prop, min=None, value=None):  # noqa: A002 - the lesson's word
        p = self.pane(pane)
        self.window.scroll_to(p)
        if value is not None:
            return lambda: p.property(prop) == value
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

    def do_set_io_mode(self, pane, mode, seconds=None):
        p = self.pane(pane)
        p.tab("socket").io_mode.set_mode(mode, seconds)
        return lambda: p.session.io_mode == mode

    def do_set_option(self, pane, option, value):
        p = self.pane(pane)
        self._set_option_widget(p.tab("socket").options, option, value)

    def do_shutdown(self, pane, how="SHUT_WR"):
        p = self.pane(pane)
        name = {"SHUT_WR": "shutWrButton", "SHUT_RD": "shutRdButton"}[how]
        self._click(p, name)
        want = SHUT_HOW[how]
        return lambda: any(
            isinstance(e, Shutdown) and e.how == want and not e.wake for e in p.session.events
        )

    def do_close(self, pane):
        p = self.pane(pane)
        self._click(p, "closeButton")
        return lambda: not p.session.alive

    def do_abort(self, pane):
        p = self.pane(pane)
        self._click(p, "abortButton")
        return lambda: not p.session.alive

    def _show_tab(self, pane, tab: str):
        p = self.pane(pane)
        if tab not in TABS or not hasattr(p, "tabs") or tab not in p.tabs.names():
            raise LessonError(f"no tab {tab!r}")
        part = p.show_tab(tab)
        self.window.scroll_to(p)
        return p, part

    def do_show_tab(self, pane, tab):
        self._show_tab(pane, tab)

    def do_select_bytes(self, pane, start, end):
        _p, part = self._show_tab(pane, "bytes")
        part.view.set_selection(start, end)
        part.inspector.show_format_for(end - start)

    def do_set_framing(self, pane, kind, **settings):
        _p, messages = self._show_tab(pane, "messages")
        messages.set_framing(kind, **settings)

    def do_show_code(self, pane):
        p = self.pane(pane)
        if not hasattr(p, "show_code"):
            raise LessonError("this pane cannot show code")
        p.show_code()

    def do_expect(self, pane, prop, value=None, min=None, max=None, privileged=None):  # noqa: A002
        if privileged is not None and may_bind_privileged():  # what such a machine shows
            return self.do_expect(pane, **privileged)
        p = self.pane(pane)
        self.window.scroll_to(p)
        got = self._read(p, prop)
        if value is not None and got != value:
            raise LessonError(f"{pane}.{prop} is {got!r}, expected {value!r}")
        if min is not None and (got is None or got < min):
            raise LessonError(f"{pane}.{prop} is {got!r}, expected at least {min!r}")
        if max is not None and (got is None or got > max):
            raise LessonError(f"{pane}.{prop} is {got!r}, expected at most {max!r}")

    ACTIONS: ClassVar[dict[str, Callable[..., Any]]] = {
        "start_server": do_start_server,
        "connect": do_connect,
        "send": do_send,
        "trickle": do_trickle,
        "repeat": do_repeat,
        "wait_received": do_wait_received,
        "wait_state": do_wait_state,
        "wait_prop": do_wait_prop,
        "wait_ms": do_wait_ms,
        "pause_reading": WidgetActions.do_pause_reading,
        "pause_accepting": WidgetActions.do_pause_accepting,
        "set_recv_size": WidgetActions.do_set_recv_size,
        "set_option": do_set_option,
        "set_io_mode": do_set_io_mode,
        "echo": WidgetActions.do_echo,
        "shutdown": do_shutdown,
        "close": do_close,
        "abort": do_abort,
        "show_tab": do_show_tab,
        "select_bytes": do_select_bytes,
        "set_framing": do_set_framing,
        "show_code": do_show_code,
        "expect": do_expect,
        **MORE_ACTIONS,  # the script's and UDP's
    }
    """Each action a lesson step may name, and the method that carries it out."""
