"""The controls of a connection pane beyond the send box: receive controls,
kernel queue gauges, the four ways to end a connection, and auto-reply.
Each acts through its :class:`Session`; none calls a socket function.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.events import State
from ..core.sendinput import SendInputError, parse
from ..workers.session import Session
from ..workers.tuning import MAX_AUTO_REPLY, MAX_BUFSIZE
from . import colors, texts
from .fit import FlowLayout
from .io_mode import IoModeRow
from .options import OptionsEditor
from .tcp_state import TcpStateRow
from .unix_pane import unix_parts

GAUGE_INTERVAL_MS = 100  # kernel queues are read at most 10 times a second


class AutoReplyEditor(QGroupBox):
    """Echo, or a fixed reply to every recv() result; optional close after it.
    On a listener it applies to connections accepted from then on."""

    error = Signal(str)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(self.tr("Auto-reply (runs in the connection's own thread)"), parent)
        self.session = session
        self.echo = QCheckBox(self.tr("Echo"))
        self.echo.setObjectName("echoCheck")
        self.echo.setToolTip(self.tr("Send back every recv() result as it arrived"))
        self.reply = QLineEdit()
        self.reply.setMaxLength(4 * MAX_AUTO_REPLY)  # hex: two digits a byte, and spaces
        self.reply.setObjectName("autoReplyEdit")
        self.reply.setPlaceholderText(self.tr("fixed reply, e.g. OK\\r\\n"))
        self.reply.setToolTip(self.tr("Sent after every recv() result; empty = off"))
        self.mode = QComboBox()
        self.mode.setObjectName("autoReplyModeCombo")
        self.mode.setAccessibleName(self.tr("Auto-reply format"))
        self.mode.addItem(self.tr("Text"), "text")
        self.mode.addItem(self.tr("Hex"), "hex")
        self.close_after = QCheckBox(self.tr("close() after the reply"))
        self.close_after.setObjectName("closeAfterReplyCheck")
        self.close_after.setToolTip(
            self.tr("Like a simple HTTP/1.0 server: answer once, then close the connection")
        )
        self.message = QLabel()
        self.message.setObjectName("autoReplyError")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.message.setStyleSheet(colors.css("error"))
        self.message.hide()
        self.amplification = QLabel()
        self.amplification.setObjectName("autoReplyAmplification")
        self.amplification.setTextFormat(Qt.TextFormat.PlainText)
        self.amplification.setWordWrap(True)
        self.amplification.hide()
        row = QHBoxLayout()
        row.addWidget(self.echo)
        row.addWidget(self.mode)
        row.addWidget(self.reply, 1)
        row.addWidget(self.close_after)
        v = QVBoxLayout(self)
        v.addLayout(row)
        v.addWidget(self.message)
        v.addWidget(self.amplification)
        self.echo.toggled.connect(self.apply)
        self.reply.editingFinished.connect(self.apply)
        self.mode.currentIndexChanged.connect(self.apply)
        self.close_after.toggled.connect(self.apply)
        self.echo.setChecked(session.echo)
        self.close_after.setChecked(session.close_after_reply)

    @Slot()
    def apply(self) -> None:
        """Takes effect at once: the reader thread reads these per recv()."""
        s = self.session
        s.echo = self.echo.isChecked()  # (these hold whatever the reply text is)
        s.close_after_reply = self.close_after.isChecked()
        self.reply.setEnabled(not self.echo.isChecked())
        try:
            reply = parse(self.reply.text(), self.mode.currentData())
        except SendInputError as e:
            self.message.setText(texts.send_input_error(e.code, e.position, e.text))
            self.message.show()
            return
        if len(reply) > MAX_AUTO_REPLY:  # the reply in use stays as it was
            self.message.setText(
                self.tr(
                    "The reply is {0} bytes; at most {1} (every recv() result of any "
                    "peer, even 1 byte, is answered with all of it)."
                ).format(f"{len(reply):,}", f"{MAX_AUTO_REPLY:,}")
            )
            self.message.show()
            return
        self.message.hide()
        s.auto_reply = reply
        self._show_amplification(len(reply))

    def _show_amplification(self, n: int) -> None:
        """How much a peer gets back for what it sends."""
        if self.echo.isChecked():
            text = self.tr("Echo: every byte received is sent back once (×1).")
        elif n:
            text = self.tr(
                "{0} bytes back for every recv() result: a 1-byte recv() gets ×{0}. "
                "Replies wait when the peer does not read (then recv() waits too)."
            ).format(f"{n:,}")
        else:
            text = ""
        self.amplification.setText(text)
        self.amplification.setVisible(bool(text))


class SocketControls(QWidget):
    """recv() size, pause, kernel queues, ending the connection, options."""

    def __init__(self, session: Session, pane=None) -> None:
        super().__init__(pane)
        self.setObjectName("socketControls")
        self.session = session
        v = QVBoxLayout(self)
        v.setContentsMargins(4, 4, 4, 4)

        recv_row = QHBoxLayout()
        self.bufsize = QSpinBox()
        self.bufsize.setObjectName("recvSizeSpin")
        self.bufsize.setRange(1, MAX_BUFSIZE)
        self.bufsize.setValue(session.bufsize)
        self.bufsize.setPrefix("recv(")
        self.bufsize.setSuffix(")")
        self.bufsize.setToolTip(
            self.tr(
                "How many bytes each recv() call asks for (1 byte … 1 MiB). recv() may "
                "return fewer; it never returns more. Takes effect from the next call."
            )
        )
        self.bufsize.valueChanged.connect(lambda n: session.set_bufsize(n))
        self.pause = QPushButton(self.tr("Pause reading"))
        self.pause.setObjectName("pauseReadingButton")
        self.pause.setCheckable(True)
        self.pause.setToolTip(
            self.tr(
                "Stop calling recv(): the bytes wait in this kernel's receive queue, then "
                "in the peer's send queue, and then the peer's send() blocks"
            )
        )
        self.pause.toggled.connect(self._on_pause)
        recv_row.addWidget(QLabel(self.tr("Receive:")))
        recv_row.addWidget(self.bufsize)
        recv_row.addWidget(self.pause)
        recv_row.addStretch(1)
        v.addLayout(recv_row)
        self.io_mode = IoModeRow(session)
        v.addWidget(self.io_mode)

        gauges = QGridLayout()
        self.recv_gauge = self._gauge(
            "recvQueueGauge",
            self.tr("Bytes the kernel received that recv() has not taken yet (FIONREAD / SIOCINQ)"),
        )
        self.send_gauge = self._gauge(
            "sendQueueGauge",
            self.tr("Bytes handed to send() that the peer has not acknowledged yet (SIOCOUTQ)"),
        )
        gauges.addWidget(QLabel(self.tr("Receive queue")), 0, 0)
        gauges.addWidget(self.recv_gauge, 0, 1)
        gauges.addWidget(QLabel(self.tr("Send queue")), 1, 0)
        gauges.addWidget(self.send_gauge, 1, 1)
        self.writer_label = QLabel()
        self.writer_label.setObjectName("writerState")
        gauges.addWidget(self.writer_label, 2, 0, 1, 2)
        self.tcp = TcpStateRow(session, pane)
        gauges.addWidget(self.tcp, 3, 0, 1, 2)
        v.addLayout(gauges)

        end_box = QGroupBox(self.tr("End the connection"))
        end = FlowLayout(end_box)  # two a line, or one in a narrow tab
        end.setContentsMargins(8, 8, 8, 8)
        self.shut_wr = self._end_button(
            "shutWrButton",
            "shutdown(SHUT_WR)",
            self.tr(
                "Half-close: send FIN after the queued bytes. The peer's recv() returns b'' "
                "but it can still send to us, and we still receive."
            ),
        )
        self.shut_rd = self._end_button(
            "shutRdButton",
            "shutdown(SHUT_RD)",
            self.tr("We will read no more: our recv() returns b''. Nothing is sent to the peer."),
        )
        self.close_btn = self._end_button(
            "endCloseButton",
            "close()",
            self.tr("Close normally: the peer's recv() returns b'' (FIN)"),
        )
        self.abort = self._end_button(
            "abortButton",
            self.tr("abort (RST)"),
            self.tr(
                "SO_LINGER on with 0 s, then close(): the kernel sends RST instead of FIN and "
                "the peer's recv() raises ConnectionResetError (ECONNRESET)"
            ),
        )
        self.shut_wr.clicked.connect(lambda: session.shutdown(socket.SHUT_WR))
        self.shut_rd.clicked.connect(lambda: session.shutdown(socket.SHUT_RD))
        self.close_btn.clicked.connect(session.stop)
        self.abort.clicked.connect(session.abort)
        for b in (self.shut_wr, self.shut_rd, self.close_btn, self.abort):
            end.addWidget(b)
        v.addWidget(end_box)

        opt_box = QGroupBox(self.tr("Socket options (setsockopt now; → getsockopt)"))
        ob = QVBoxLayout(opt_box)
        self.options = OptionsEditor()
        self.options.bind_session(session)
        ob.addWidget(self.options)
        v.addWidget(opt_box)
        self.peer_cred = unix_parts(session, pane, gauges, self.options)  # Unix only
        if session.role == "accepted":
            self.auto_reply = AutoReplyEditor(session)
            v.addWidget(self.auto_reply)
        v.addStretch(1)

        # Only the kernel queues are polled, and only while this tab is shown;
        # everything else follows the session's events.
        self.timer = QTimer(self)
        self.timer.setInterval(GAUGE_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self._shown_state: State | None = None
        session.changed.connect(self.on_changed)
        self.on_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.poll()
        if self.session.alive:
            self.timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _gauge(self, name: str, tip: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setToolTip(tip)
        bar.setRange(0, 1)
        bar.setFormat("")
        return bar

    def _end_button(self, name: str, text: str, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        return b

    @Slot(bool)
    def _on_pause(self, paused: bool) -> None:
        self.session.pause_reading(paused)
        self.pause.setText(self.tr("Resume reading") if paused else self.tr("Pause reading"))

    @Slot()
    def poll(self) -> None:
        """Read the kernel queue gauges (FIONREAD / SIOCOUTQ)."""
        s = self.session
        if not s.alive:
            self.timer.stop()
        rx, tx = s.kernel_queues()
        opts = s.option_values()
        self._show(self.recv_gauge, rx, opts.get("SO_RCVBUF", 0))
        self._show(self.send_gauge, tx, opts.get("SO_SNDBUF", 0))

    @Slot(object)
    def on_changed(self, _batch=None) -> None:
        """After each drain: the writer's state, and what the buttons may do."""
        s = self.session
        self.io_mode.refresh()
        if s.writer_waiting and s.queued:
            text = self.tr(
                "send() would block: the send buffer is full, {0} bytes wait in our queue"
            ).format(f"{s.queued:,}")
        elif s.queued:
            text = self.tr("sending: {0} bytes queued").format(f"{s.queued:,}")
        else:
            text = ""
        if self.writer_label.text() != text:
            self.writer_label.setText(text)
        if s.state is self._shown_state and s.alive:
            return
        self._shown_state = s.state
        self.options.show_applied()
        live = s.alive and s.can_send
        for b in (self.shut_wr, self.shut_rd, self.close_btn, self.abort):
            b.setEnabled(live or (b in (self.close_btn, self.abort) and s.alive))
        if not s.alive:
            self.timer.stop()
            if self.isVisible():
                self.poll()

    def _show(self, bar: QProgressBar, value: int | None, size: int) -> None:
        if value is None:
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.setFormat(self.tr("not available here") if self.session.alive else "—")
            return
        top = max(size, value, 1)
        bar.setRange(0, top)
        bar.setValue(value)
        bar.setFormat(self.tr("{0} bytes").format(f"{value:,}"))
