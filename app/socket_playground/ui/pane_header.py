"""A pane's header: title, address, state badge, buttons, and why it failed.

It shows a :class:`Session`'s state and addresses; it never calls a socket
function (its buttons are connected by the pane).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import describe_bind_host
from ..core.events import State
from ..workers.session import Session, fmt_addr
from . import colors, plain, texts
from .errors_words import error_line
from .fit import CompactButton, ElidedLabel

BADGE_MAX = 60  # characters of the state badge (an errno name is short)
BADGE_LEAST = 90  # pixels: short states get a badge of one size


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
        self.setTextFormat(Qt.TextFormat.PlainText)  # the errno may be a file's text
        # as wide as its text: the header gives way elsewhere, never cuts the state
        # (a minimum width set on it would win over its text's width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), BADGE_LEAST), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

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
    errno and its explanation below that once a call failed. In a column too
    narrow for that line the title elides, and then the buttons go on a line
    of their own under it: the badge always shows its whole text."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.title = ElidedLabel(title, min_chars=12)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.badge = StateBadge()
        self.code_button = QToolButton()
        self.code_button.setObjectName("showCodeButton")
        self.code_button.setText(self.tr("Code"))
        self.code_button.setToolTip(
            self.tr(
                "Show the plain-Python code of what this socket did, to copy or save as a .py file"
            )
        )
        self.close_button = CompactButton(self.tr("Close"))
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
        self.errno_label.setStyleSheet(colors.css("error"))
        self.errno_label.hide()

        self.button_box = QWidget()
        self.buttons = row = QHBoxLayout(self.button_box)  # (Conversation goes in too)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.code_button, self.close_button, self.remove_button):
            row.addWidget(w)
        self.top = QHBoxLayout()
        self.top.addWidget(self.title, 1)
        self.top.addWidget(self.badge)
        self.top.addWidget(self.button_box)
        self.second = QHBoxLayout()  # the buttons, when the top line has no room
        self.second.addStretch(1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(self.top)
        v.addLayout(self.second)
        v.addWidget(self.addr_label)  # its own line: never squeezed away
        v.addWidget(self.errno_label)
        self.one_line = True
        self._shown: tuple[State, str, bool] | None = None

    # -- fitting ------------------------------------------------------------------
    def one_line_width(self) -> int:
        """What title (a few characters of it), badge and buttons need on one line."""
        gap = self.top.spacing()
        return (
            self.title.minimumSizeHint().width()
            + self.badge.sizeHint().width()
            + self.button_box.sizeHint().width()
            + 2 * gap
        )

    def minimumSizeHint(self) -> QSize:
        """The narrowest this header can be: the buttons on a line of their own."""
        hint = super().minimumSizeHint()
        gap = self.top.spacing()
        top = self.title.minimumSizeHint().width() + self.badge.sizeHint().width() + gap
        width = max(top, self.button_box.sizeHint().width(), self.addr_label.minimumWidth())
        return QSize(width, hint.height())

    def arrange(self) -> None:
        """The buttons beside the badge when they fit, else under it."""
        one = self.width() >= self.one_line_width()
        if one == self.one_line:
            return
        self.one_line = one
        if one:
            self.second.removeWidget(self.button_box)
            self.top.addWidget(self.button_box)
        else:
            self.top.removeWidget(self.button_box)
            self.second.addWidget(self.button_box)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.arrange()

    def show_session(self, s: Session) -> None:
        """Badge, error line, Close button and address, from the session now."""
        bound = s.local_addr  # the address actually bound
        everywhere = (
            s.role == "listener"
            and s.state is State.LISTENING
            and isinstance(bound, tuple)
            and describe_bind_host(str(bound[0])) == "all"
        )
        shown = (s.state, s.last_error, everywhere)
        if shown != self._shown:
            self._shown = shown
            self.badge.show_state(s.state, s.last_error, everywhere)
            self.arrange()  # a longer state may need the room of the buttons
            if s.last_error:
                line = error_line(
                    s.last_error,
                    s.last_error_detail,
                    family=s.family,
                    server_side=s.role == "accepted",
                    failed=s.log.machine.failed,
                )
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
    unix = s.family == "unix"
    target = s.host if unix else fmt_addr((s.host, s.port))
    if s.role == "listener":
        return fmt_addr(s.local_addr) if s.local_addr else target
    if unix and s.local_addr is not None and s.peer_addr is not None:
        unnamed = QCoreApplication.translate("Pane", "(unnamed)")  # a client that did not bind()
        return f"{s.local_addr or unnamed} ⇄ {s.peer_addr or unnamed}"
    if not (s.local_addr and s.peer_addr):  # not connected (yet, or failed)
        return f"→ {target}"
    return f"{fmt_addr(s.local_addr)} ⇄ {fmt_addr(s.peer_addr)}"
