"""The main window remembers: its size and place (never larger than the
screen it opens on, and fully on it), its docks and the splitter between the
columns, and the addresses used in each form, the last one filled in again.

Each host field keeps its ``QLineEdit`` (``serverHostEdit``,
``clientHostEdit``: ``setText``/``text`` as before) and gets a completer with
the addresses used there (``host:port``; a chosen one is split into the host
and port fields as a typed one is), and a button at its end that lists them
all (``serverRecentAction``, ``clientRecentAction``, shown once there is one).

What a lesson or the demo starts is not the user's choice and is not
remembered (nor is a saved session's window).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QWidget

from ..core.endpoint import EndpointError, format_address, parse_endpoint
from ..workers.session import DEFAULT_BUFSIZE
from . import settings

if TYPE_CHECKING:
    from .forms import SocketForm
    from .main_window import MainWindow


def available_room(window: QWidget) -> QRect:
    """The free area of the screen the window's middle is on (or its own,
    or the primary screen's); an empty rect when there is no screen."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_into(window: QWidget, room: QRect) -> None:
    """No larger than ``room`` and wholly inside it (title bar and borders
    counted once the window has them)."""
    if room.isEmpty():
        return
    extra = window.frameGeometry().size() - window.size()
    width = max(1, min(window.width(), room.width() - extra.width()))
    height = max(1, min(window.height(), room.height() - extra.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer_w = window.width() + extra.width()  # (the minimum size may have won)
    outer_h = window.height() + extra.height()
    pos = window.frameGeometry().topLeft()
    x = max(room.left(), min(pos.x(), room.left() + room.width() - outer_w))
    y = max(room.top(), min(pos.y(), room.top() + room.height() - outer_h))
    if (x, y) != (pos.x(), pos.y()):
        window.move(x, y)


class HostHistory(QObject):
    """A form's addresses used: the completer of its host field and the
    button that lists them."""

    def __init__(self, form: SocketForm, role: str) -> None:
        super().__init__(form)
        self.form, self.role = form, role
        self.model = QStringListModel(settings.recent(role), self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setObjectName(f"{role}RecentCompleter")
        form.host.setCompleter(self.completer)
        self.completer.activated.connect(self.chosen)  # (after the line edit's setText)
        icon = form.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.action = form.host.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.action.setObjectName(f"{role}RecentAction")
        self.action.setToolTip(self.tr("Addresses used before"))
        self.action.triggered.connect(self.show_all)
        self.action.setVisible(bool(self.model.rowCount()))

    def fill_last(self) -> None:
        """The form as it was last used: the newest address that still reads."""
        for address in self.model.stringList():
            with contextlib.suppress(EndpointError):
                ep = parse_endpoint(address, allow_zero=self.form.server)
                self.form.host.setText(ep.host)
                if ep.port is not None:
                    self.form.port.setValue(ep.port)
                return

    def add(self, host: str, port: int) -> None:
        self.model.setStringList(settings.add_recent(self.role, format_address((host, port))))
        self.action.setVisible(True)

    def clear(self) -> None:
        self.model.setStringList([])
        self.action.setVisible(False)

    @Slot()
    def show_all(self) -> None:
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    @Slot(str)
    def chosen(self, _text: str) -> None:
        self.form.split()  # host:port into the two fields


class WindowMemory(QObject):
    """Restores the window when made; :meth:`save` when it closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = True  # False: a saved session's window, or after Reset settings
        self.histories = {
            "server": HostHistory(window.server_form, "server"),
            "client": HostHistory(window.client_form, "client"),
        }
        self._recorded: set[int] = set()  # sessions whose address was remembered
        for role, form in (("server", window.server_form), ("client", window.client_form)):
            self.histories[role].fill_last()
            form.button.clicked.connect(lambda _c=False, r=role: self.record(r))
            form.host.returnPressed.connect(lambda r=role: self.record(r))
        self.restore()

    def lesson_on(self) -> bool:
        """A lesson is open: its sockets are made as its texts say."""
        lessons = self.window.lessons
        return lessons.runner is not None and not lessons.isHidden()

    def recv_size(self) -> int:
        """What recv() asks for in a new socket (lessons keep 4096)."""
        return DEFAULT_BUFSIZE if self.lesson_on() else settings.recv_size()

    # -- the forms --------------------------------------------------------------------
    def record(self, role: str) -> None:
        """After Start server / Connect: the address, if it made a socket now."""
        w = self.window
        made = [s for s in w.sessions if s.role == ("listener" if role == "server" else role)]
        if not made or made[-1].id in self._recorded or self.lesson_on():
            return
        s = made[-1]
        self._recorded.add(s.id)
        if s.family != "unix":  # (a path is no host:port; not kept yet)
            self.histories[role].add(s.host, s.port)

    # -- the window -----------------------------------------------------------------
    def restore(self) -> None:
        w = self.window
        geometry = settings.read_bytes(settings.GEOMETRY_KEY)
        if geometry is not None and w.restoreGeometry(geometry):
            self.fit()
            w.installEventFilter(self)  # once shown, with its frame: again
        state = settings.read_bytes(settings.STATE_KEY)
        if state is not None:
            w.restoreState(state)
            room = available_room(w)
            if not room.isEmpty() and w.minimumSizeHint().width() > room.width():
                w.lessons.hide()  # saved on a wider screen: on this one it would cut the panes
        columns = settings.read_bytes(settings.COLUMNS_KEY)
        if columns is not None:
            w.column_split.restoreState(columns)
            w.column_split.setOrientation(Qt.Orientation.Horizontal)  # (never stacked)

    def fit(self) -> None:
        w = self.window
        if not (w.isMaximized() or w.isFullScreen()):
            fit_into(w, available_room(w))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.fit)  # (the frame is known after the show)
        return False

    def save(self) -> None:
        if not self.enabled:
            return
        w = self.window
        if w.presentation.on:  # what presenting changed is not the window's layout
            w.presentation.set_on(False)
        settings.write(settings.GEOMETRY_KEY, w.saveGeometry())
        settings.write(settings.STATE_KEY, w.saveState())
        settings.write(settings.COLUMNS_KEY, w.column_split.saveState())

    def forget(self) -> None:
        """After Reset settings: nothing of this window is written back."""
        self.enabled = False
        for history in self.histories.values():
            history.clear()
