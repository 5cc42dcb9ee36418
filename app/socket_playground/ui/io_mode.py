"""The socket's I/O mode (blocking, timeout, non-blocking) and the calls
that are blocked right now.

:class:`IoModeRow` is the choice, in the forms (applied when the socket
starts) and on a pane's Socket tab (applied at once: ``settimeout()`` is a
call, recorded). :class:`InProgress` is the line under a pane's chunk table
that names every call blocked right now and for how long (read from the
session on a timer while it is shown: a blocked call has no event yet).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from . import colors, texts

IN_PROGRESS_MS = 100  # how often the blocked calls' running times are read
MODES = ("blocking", "timeout", "nonblocking")


class IoModeRow(QWidget):
    """Blocking / timeout (with its seconds) / non-blocking. With a session,
    a change applies to it at once; without one (a form) :meth:`timeout` is
    read when the socket is made."""

    def __init__(self, session=None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.combo = QComboBox()
        self.combo.setObjectName("ioModeCombo")
        self.combo.addItem(self.tr("blocking"), "blocking")
        self.combo.addItem(self.tr("timeout"), "timeout")
        self.combo.addItem(self.tr("non-blocking"), "nonblocking")
        self.combo.setToolTip(
            self.tr(
                "blocking: every call waits until it can finish (send() until the kernel took "
                "every byte). timeout: settimeout(s), a call waits at most s seconds, then "
                "TimeoutError. non-blocking: setblocking(False), a call that cannot finish at "
                "once raises BlockingIOError and the thread waits in select()."
            )
        )
        self.seconds = QDoubleSpinBox()
        self.seconds.setObjectName("ioTimeoutSpin")
        self.seconds.setRange(0.01, 600.0)
        self.seconds.setDecimals(2)
        self.seconds.setValue(1.0)
        self.seconds.setSuffix(" s")
        self.seconds.setToolTip(self.tr("settimeout(seconds) for recv() and send()"))
        self.counts = QLabel()
        self.counts.setObjectName("wouldBlockLabel")
        self.counts.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("I/O mode")))
        row.addWidget(self.combo)
        row.addWidget(self.seconds)
        row.addStretch(1)
        v = QVBoxLayout(self)  # the counts under the choice: a narrow tab cuts nothing
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.counts)
        if session is not None:
            mode = session.io_mode
            self.combo.setCurrentIndex(MODES.index(mode))
            if mode == "timeout":
                self.seconds.setValue(session.io_timeout)
        self.seconds.setEnabled(self.combo.currentData() == "timeout")
        self.combo.currentIndexChanged.connect(self._changed)
        self.seconds.editingFinished.connect(self._changed)
        self.refresh()

    def timeout(self) -> float | None:
        """What ``settimeout()`` gets: None, 0.0, or the seconds."""
        mode = self.combo.currentData()
        if mode == "blocking":
            return None
        return 0.0 if mode == "nonblocking" else float(self.seconds.value())

    def set_mode(self, mode: str, seconds: float | None = None) -> None:
        """As a person would: the seconds first, then the mode."""
        if seconds is not None:
            self.seconds.setValue(seconds)
        self.combo.setCurrentIndex(MODES.index(mode))
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.seconds.setEnabled(self.combo.currentData() == "timeout")
        s = self.session
        if s is not None and s.io_timeout != self.timeout():
            s.set_io_mode(self.timeout())

    def refresh(self) -> None:
        """The counts of calls that would have blocked and that timed out."""
        s = self.session
        if s is None:
            self.counts.hide()
            return
        text = self.tr("BlockingIOError ×{0} · TimeoutError ×{1}").format(
            f"{s.would_block:,}", f"{s.timeouts:,}"
        )
        if self.counts.text() != text:
            self.counts.setText(text)


class InProgress(QLabel):
    """ "in progress: recv(4096) 3.2 s · send(65536) 0.4 s"; the names also as
    the pane's ``callsInProgress`` property ("recv(4096) select()")."""

    def __init__(self, session, pane: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("callsInProgress")
        self.session, self.pane = session, pane
        self.setToolTip(
            self.tr("Calls this socket's threads are in right now, and how long they have waited")
        )
        self.setStyleSheet(colors.css("muted"))
        self.setWordWrap(True)  # under a narrow table: two lines, not a wider table
        self.timer = QTimer(self)
        self.timer.setInterval(IN_PROGRESS_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        s = self.session
        calls = sorted(s.calls_in_progress()) if s.alive else []  # recv before send
        if not s.alive:
            self.timer.stop()
        names = [f"{call}({size})" if size else f"{call}()" for call, size, _ns in calls]
        parts = [f"{name} {texts.duration(c[2])}" for name, c in zip(names, calls, strict=True)]
        text = self.tr("in progress: {0}").format(" · ".join(parts)) if parts else ""
        held = s.held_back() if parts and hasattr(s, "held_back") else 0
        if held:
            text += " · " + self.tr(
                "{0} bytes that came meanwhile are shown once it returns (calls stay in order)"
            ).format(f"{held:,}")
        if self.text() != text:
            self.setText(text)
        joined = " ".join(names)
        if self.pane.property("callsInProgress") != joined:
            self.pane.setProperty("callsInProgress", joined)


def with_in_progress(table: QWidget, session, pane: QWidget) -> QWidget:
    """The chunk table with the line of calls in progress under it."""
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(2)
    v.addWidget(table, 1)
    v.addWidget(InProgress(session, pane, box))
    return box
