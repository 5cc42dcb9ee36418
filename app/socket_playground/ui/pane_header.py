"""A pane's header: title, address, state badge, buttons, and why it failed.

It shows a :class:`Session`'s state and addresses; it never calls a socket
function (its buttons are connected by the pane).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import describe_bind_host
from ..core.events import State
from ..workers.session import Session, fmt_addr
from . import plain, texts

BADGE_MAX = 60  # characters of the state badge (an errno name is short)


def set_text(label: QLabel, text: str) -> bool:
    """setText only on a change (each setText re-lays out the label)."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


class StateBadge(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stateBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(90)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the errno may be a file's text

    def show_state(self, state: State, error: str = "", all_interfaces: bool = False) -> None:
        """``all_interfaces``: a listener bound to every interface says so."""
        text = plain.clean(texts.state_text(state, error), BADGE_MAX)
        if all_interfaces:
            text += " · " + self.tr("all interfaces")
        self.setText(text)
        self.setToolTip(texts.bind_note("all") if all_interfaces else texts.state_tooltip(state))
        self.setStyleSheet(
            f"QLabel {{ background: {texts.STATE_COLOURS[state]}; color: white;"
            " border-radius: 4px; padding: 2px 8px; font-weight: bold; }"
        )


class PaneHeader(QWidget):
    """Title, badge, Code / Close / ✕ on one line; the address below it; the
    errno and its explanation below that once a call failed."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.title = QLabel(f"<b>{title}</b>")
        self.badge = StateBadge()
        self.code_button = QToolButton()
        self.code_button.setObjectName("showCodeButton")
        self.code_button.setText(self.tr("Code"))
        self.code_button.setToolTip(
            self.tr(
                "Show the plain-Python code of what this socket did, to copy or save as a .py file"
            )
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setToolTip(self.tr("close() this socket (its worker threads stop)"))
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Close the socket if open and remove this pane"))
        self.addr_label = QLabel()
        self.addr_label.setObjectName("addressLabel")
        self.addr_label.setTextFormat(Qt.TextFormat.PlainText)  # a host name is not markup
        self.addr_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long addresses must not widen the pane past its column.
        self.addr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.errno_label = QLabel()
        self.errno_label.setObjectName("errorExplanation")
        self.errno_label.setTextFormat(Qt.TextFormat.PlainText)
        self.errno_label.setWordWrap(True)
        self.errno_label.setStyleSheet("color: #b91c1c;")
        self.errno_label.hide()

        self.buttons = row = QHBoxLayout()  # (the Conversation button goes in too)
        row.addWidget(self.title)
        row.addStretch(1)
        for w in (self.badge, self.code_button, self.close_button, self.remove_button):
            row.addWidget(w)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.addr_label)  # its own line: never squeezed away
        v.addWidget(self.errno_label)
        self._shown: tuple[State, str, bool] | None = None

    def show_session(self, s: Session) -> None:
        """Badge, error line, Close button and address, from the session now."""
        bound = s.local_addr  # the address actually bound
        everywhere = (
            s.role == "listener"
            and s.state is State.LISTENING
            and bound is not None
            and describe_bind_host(str(bound[0])) == "all"
        )
        shown = (s.state, s.last_error, everywhere)
        if shown != self._shown:
            self._shown = shown
            self.badge.show_state(s.state, s.last_error, everywhere)
            if s.last_error:
                line = texts.error_line(s.last_error, s.last_error_detail)
                self.errno_label.setText(plain.clean(line))
                self.errno_label.setToolTip(plain.tooltip(s.last_error_detail))
                self.errno_label.show()
            else:  # a listener's passing shortage is over
                self.errno_label.hide()
        self.close_button.setEnabled(s.alive and s.state is not State.CLOSED)
        addr = plain.clean(address_text(s))
        if set_text(self.addr_label, addr):
            self.addr_label.setToolTip(plain.tooltip(addr))


def address_text(s: Session) -> str:
    target = fmt_addr((s.host, s.port))
    if s.role == "listener":
        return fmt_addr(s.local_addr) if s.local_addr else target
    if not (s.local_addr and s.peer_addr):  # not connected (yet, or failed)
        return f"→ {target}"
    return f"{fmt_addr(s.local_addr)} ⇄ {fmt_addr(s.peer_addr)}"
