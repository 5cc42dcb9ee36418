"""The Send-more tab: trickle, repeat and file sends, with the job's progress
taken from the session's events. It acts through its :class:`Session`; it
never calls a socket function."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.events import JobProgress
from ..workers.session import Session
from ..workers.tuning import MAX_BUFSIZE
from .plain import clean


class SendTools(QWidget):
    """Trickle, repeat and file sends; every piece is still one send() row."""

    def __init__(self, session: Session, payload, parent=None) -> None:
        """``payload()`` returns the send box's bytes, or None after showing why not."""
        super().__init__(parent)
        self.setObjectName("sendTools")
        self.session = session
        self.payload = payload
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)

        self.piece = self._spin(
            "tricklePieceSpin", 1, MAX_BUFSIZE, 1, self.tr("Bytes per send() call")
        )
        self.delay = self._spin(
            "trickleDelaySpin", 0, 60000, 100, self.tr("Milliseconds between send() calls")
        )
        self.piece.setSuffix(self.tr(" B/send()"))
        self.delay.setSuffix(self.tr(" ms apart"))
        self.trickle = QPushButton(self.tr("Trickle"))
        self.trickle.setMinimumWidth(90)
        self.trickle.setObjectName("trickleButton")
        self.trickle.setToolTip(
            self.tr(
                "Send the send box's bytes in pieces: pieces of N "
                "bytes, one send() each, T ms apart. A length prefix "
                "sent 1 byte at a time arrives split."
            )
        )
        self.trickle.clicked.connect(self.do_trickle)
        grid.addWidget(self.trickle, 0, 0)  # the button names the row
        grid.addWidget(self.piece, 0, 1)
        grid.addWidget(self.delay, 0, 2)

        self.count = self._spin(
            "repeatCountSpin",
            0,
            1_000_000,
            10,
            self.tr("How many times; 0 = until you press Stop sending"),
        )
        self.count.setSpecialValueText(self.tr("until stopped"))
        self.count.setSuffix(self.tr(" times"))
        self.interval = self._spin(
            "repeatIntervalSpin", 0, 60000, 500, self.tr("Milliseconds between repeats")
        )
        self.interval.setSuffix(self.tr(" ms apart"))
        self.repeat = QPushButton(self.tr("Repeat"))
        self.repeat.setObjectName("repeatButton")
        self.repeat.setToolTip(self.tr("Send the send box's bytes K times, T ms apart"))
        self.repeat.clicked.connect(self.do_repeat)
        grid.addWidget(self.repeat, 1, 0)
        grid.addWidget(self.count, 1, 1)
        grid.addWidget(self.interval, 1, 2)

        self.file_button = QPushButton(self.tr("Send file…"))
        self.file_button.setObjectName("sendFileButton")
        self.file_button.setToolTip(
            self.tr("Stream a file through send() in 64 KiB blocks; it is never loaded whole")
        )
        self.file_button.clicked.connect(self.choose_file)
        self.stop_job = QPushButton(self.tr("Stop sending"))
        self.stop_job.setObjectName("stopJobButton")
        self.stop_job.setToolTip(
            self.tr("Stop a trickle, repeat or file send after the current send() call")
        )
        self.stop_job.clicked.connect(session.cancel_job)
        grid.addWidget(self.file_button, 2, 0)
        grid.addWidget(self.stop_job, 2, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        grid.addWidget(self.progress, 3, 0, 1, 3)
        self.file_label = QLabel()
        self.file_label.setObjectName("jobLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is not markup
        grid.addWidget(self.file_label, 4, 0, 1, 3)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(3, 1)
        self._kinds = {
            "file": self.tr("file"),
            "repeat": self.tr("repeat"),
            "trickle": self.tr("trickle"),
        }
        self._shown_job: tuple[JobProgress, bool] | None = None
        session.changed.connect(self.on_changed)
        self.on_changed()

    def _spin(self, name: str, lo: int, hi: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.setMaximumWidth(150)
        return spin

    @Slot()
    def do_trickle(self) -> None:
        data = self.payload()
        if data is not None:
            self.session.send_trickle(data, self.piece.value(), self.delay.value())

    @Slot()
    def do_repeat(self) -> None:
        data = self.payload()
        if data is not None:
            self.session.send_repeat(data, self.count.value(), self.interval.value())

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Send a file"))
        if path:
            self.send_file(path)

    def send_file(self, path: str) -> bool:
        if not os.path.isfile(path):
            self.file_label.setText(self.tr("{0} is not a regular file").format(clean(path)))
            return False
        self.file_label.setText(clean(os.path.basename(path)))
        return self.session.send_file(path)

    @Slot(object)
    def on_changed(self, _batch=None) -> None:
        """Show the latest job progress (``session.job``, kept from the events)."""
        job, alive = self.session.job, self.session.alive
        if job is None or (job, alive) == self._shown_job:
            return
        self._shown_job = (job, alive)
        kind = self._kinds.get(job.job, job.job)
        if job.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * job.sent / job.total))
            self.progress.setFormat(
                self.tr("{0}: {1} of {2} bytes").format(kind, f"{job.sent:,}", f"{job.total:,}")
            )
        else:  # endless (repeat until stopped): busy while it runs
            busy = not job.done and alive
            self.progress.setRange(0, 0 if busy else 1)
            self.progress.setValue(0 if busy else 1)
            self.progress.setFormat(self.tr("{0}: {1} bytes").format(kind, f"{job.sent:,}"))
