"""The send box: Text/Hex, the bytes to send, Send, and why input was refused;
history, saved payloads, the editor and file drops in :mod:`.send_extras`.
Enter or Ctrl+Enter sends.

:meth:`SendBox.payload` turns what is typed into bytes (and frames them when
the Messages tab says so, through the ``frame`` callback); nothing typed is
lost when it is refused. The box never calls ``send()`` itself: the pane
hands the bytes to its session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.framing import FramingError
from ..core.sendinput import SendInputError, parse, utf16_span
from ..workers.session import Session
from . import colors, texts
from .send_extras import SendExtras

SEND_EDIT_MAX = 1 << 20  # characters; larger payloads: send a file


class SendBox(QWidget):
    send_requested = Signal()  # Enter in the edit, or the Send button

    def __init__(
        self, session: Session, frame: Callable[[bytes], bytes] = lambda d: d, parent=None
    ) -> None:
        """``frame(data)`` frames outgoing bytes (FramingError/SendInputError)."""
        super().__init__(parent)
        self.setObjectName("sendBox")
        self.session = session
        self.frame = frame
        self.error = QLabel()
        self.error.setObjectName("sendError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error.setStyleSheet(colors.css("error"))
        self.error.hide()
        self.mode = QComboBox()
        self.mode.setObjectName("sendModeCombo")
        self.mode.addItem(self.tr("Text"), "text")
        self.mode.addItem(self.tr("Hex"), "hex")
        self.mode.setToolTip(
            self.tr(
                "Text: \\n \\r \\t \\\\ \\xNN escapes work. Hex: 48 65 6c 6c 6f (spaces optional)."
            )
        )
        self.edit = QLineEdit()
        self.edit.setObjectName("sendEdit")
        self.edit.setPlaceholderText(self.tr("Bytes to send, e.g. hello\\n"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(SEND_EDIT_MAX)
        self.edit.returnPressed.connect(self.send_requested)
        self.edit.textEdited.connect(lambda _t: self.error.hide())
        self.button = QPushButton(self.tr("Send"))
        self.button.setObjectName("sendButton")
        self.button.setToolTip(
            self.tr("send() in a loop; every call and its return value becomes a row")
        )
        self.button.clicked.connect(self.send_requested)
        self.extras = SendExtras(self)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self, self.send_requested.emit)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this box only
        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        for b in self.extras.buttons():
            row.addWidget(b)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.error)

    def set_input(self, text: str, mode: str = "text") -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.edit.setText(text)

    def payload(self) -> bytes | None:
        """The box's bytes; None (with the reason shown in place) if they
        cannot be sent."""
        text = self.edit.text()
        try:
            data = parse(text, self.mode.currentData())
        except SendInputError as e:
            self.show_error(texts.send_input_error(e.code, e.position, e.text))
            self.edit.setFocus()
            # e.position counts characters; Qt counts UTF-16 units (an emoji is two)
            self.edit.setSelection(*utf16_span(text, e.position, max(1, len(e.text))))
            return None
        try:
            data = self.frame(data)
        except FramingError as e:
            self.show_error(texts.framing_error(e.code))
            return None
        except SendInputError:
            self.show_error(self.tr("The Messages tab's delimiter is not valid."))
            return None
        if len(text) >= SEND_EDIT_MAX:
            self.show_error(
                self.tr("The send box holds at most {0} characters; send a file for more.").format(
                    f"{SEND_EDIT_MAX:,}"
                )
            )
            return None
        if not data:
            self.show_error(self.tr("Nothing to send: type some bytes first."))
            return None
        if not self.session.can_send:
            self.show_error(
                self.tr("This socket cannot send now ({0}).").format(
                    texts.state_label(self.session.state)
                )
            )
            return None
        self.error.hide()
        self.extras.remember()
        return data

    def show_error(self, text: str, role: str = "error") -> None:
        """Why input was refused (``role`` "muted": a note on what was sent)."""
        self.error.setStyleSheet(colors.css(role))
        self.error.setText(text)
        self.error.show()
