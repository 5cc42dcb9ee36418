"""The main window: servers on the left, clients on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.endpoint import EndpointError, client_host_for, literal_family
from ..workers.session import Session, descriptor_shortage, fmt_addr, stop_sessions
from ..workers.tls import use_tls
from . import colors, texts
from .accessible import name_controls
from .bind_question import confirm_bind_all
from .columns import PaneColumn
from .forms import ClientForm, ServerForm, SocketForm, forms_row
from .lessons import LessonsPanel
from .listener_pane import ListenerPane
from .pane import BasePane, ConnectionPane
from .presentation import Presentation
from .relay_window import RelayStarts
from .session_menu import SessionMenu
from .times import TimestampsMenu
from .udp_window import UdpStarts
from .unix_check import unix_ready
from .window_memory import WindowMemory
from .window_panes import PaneRegistry


class MainWindow(PaneRegistry, UdpStarts, RelayStarts, QMainWindow):
    demo_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Socket Playground"))
        self.sessions: list[Session] = []
        self.ask_before_binding_all = True  # (lessons turn it off: they explain it)
        self.panes: dict[Session, BasePane] = {}
        self.conversations = {}  # the conversation docks (window_panes)
        self._stopped = False
        self._port_followed: set[int] = set()  # listeners whose port the client form took

        self.setCentralWidget(self._build_central())
        self.lessons = LessonsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lessons)
        self.lessons.hide()
        self._build_menu()
        name_controls(self)  # accessible names (ui/accessible.py)
        self.resize(1360, 860)
        self.memory = WindowMemory(self)  # size, docks, splitter, forms as last time
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_all)
        self.statusBar().showMessage(
            self.tr(
                "Start a server, connect a client, then send: every send() and recv() "
                "call becomes a row."
            )
        )
        self.start_server_button.setFocus()

    # -- building ------------------------------------------------------------------
    def _build_central(self) -> QWidget:
        central = QWidget()
        outer = QVBoxLayout(central)

        self.server_form, self.client_form = ServerForm(), ClientForm()
        sf, cf = self.server_form, self.client_form
        self.server_host, self.server_port, self.server_backlog = sf.host, sf.port, sf.backlog
        self.server_family, self.server_family_label = sf.family, sf.family_label
        self.start_server_button, self.server_options = sf.button, sf.options
        self.server_options_button, self.server_io_mode = sf.options_button, sf.io_mode
        self.client_host, self.client_port = cf.host, cf.port
        self.client_family, self.client_family_label = cf.family, cf.family_label
        self.connect_button, self.client_options = cf.button, cf.options
        self.client_options_button, self.client_io_mode = cf.options_button, cf.io_mode
        self.connect_timeout = cf.timeout
        self.start_server_button.clicked.connect(self.start_server)
        self.server_host.returnPressed.connect(self.start_server)
        self.connect_button.clicked.connect(self.connect_client)
        self.client_host.returnPressed.connect(self.connect_client)

        forms = forms_row(sf, cf)
        outer.addLayout(forms)
        self.forms_row = forms  # (presentation mode stacks the forms)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.form_error.setStyleSheet(colors.css("error"))
        self.form_error.hide()
        outer.addWidget(self.form_error)

        self.server_column = PaneColumn(
            "serverColumn", self.tr("Servers and the connections they accept appear here.")
        )
        self.client_column = PaneColumn("clientColumn", self.tr("Clients appear here."))
        split = QSplitter(Qt.Orientation.Horizontal)
        for title, col in (
            (self.tr("Servers"), self.server_column),
            (self.tr("Clients"), self.client_column),
        ):
            w = QWidget()
            v = QVBoxLayout(w)
            v.setContentsMargins(0, 0, 0, 0)
            head = QLabel(f"<h3>{title}</h3>")
            v.addWidget(head)
            v.addWidget(col, 1)
            split.addWidget(w)
        split.setSizes([680, 680])
        self.column_split = split  # (presentation mode stacks the columns)
        outer.addWidget(split, 1)
        return central

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.session_menu = SessionMenu(self, file_menu)  # Save session (Ctrl+S)
        relay_action = QAction(self.tr("New &relay…"), self)
        relay_action.setObjectName("relayAction")
        relay_action.triggered.connect(self.show_relay_dialog)
        file_menu.addAction(relay_action)
        close_all = QAction(self.tr("Close all sockets"), self)
        close_all.setObjectName("closeAllAction")
        close_all.triggered.connect(self.close_all_sockets)
        file_menu.addAction(close_all)
        settings_action = QAction(self.tr("Se&ttings…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(settings_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        socket_menu = self.menuBar().addMenu(self.tr("S&ocket"))
        start, connect = self.start_server_button, self.connect_button
        for name, text, key, button in (
            ("startServerAction", self.tr("Start &server"), "Ctrl+Shift+L", start),
            ("connectAction", self.tr("&Connect"), "Ctrl+Shift+C", connect),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(button.click)  # as the form's button: its checks, its errors
            socket_menu.addAction(action)
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip()} ({shown})".lstrip())
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lessons_action = self.lessons.toggleViewAction()
        lessons_action.setText(self.tr("&Lessons"))
        lessons_action.setObjectName("lessonsAction")
        lessons_action.setShortcut(QKeySequence("F2"))
        view_menu.addAction(lessons_action)
        self.presentation = Presentation(self)  # View → Presentation mode (F11)
        view_menu.addAction(self.presentation.action)
        self.timestamps_menu = TimestampsMenu(self, view_menu)  # View → Timestamps
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setObjectName("aboutQtAction")
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    # -- actions --------------------------------------------------------------------
    def _host(self, form: SocketForm) -> str | None:
        """The form's host (a port typed after it moved to the port field),
        or None with the reason shown."""
        try:
            host = form.endpoint().host
        except EndpointError as e:
            self._form_error(texts.endpoint_error(e.code, e.text))
            form.host.setFocus()
            form.host.selectAll()
            return None
        if self.form_error.isVisible():  # the last error's words go with it
            if self.statusBar().currentMessage() == self.form_error.text():
                self.statusBar().clearMessage()
            self.form_error.hide()
        return host

    def _descriptors_left(self) -> bool:
        """Enough file descriptors for one more socket and its threads; if not,
        says so (starting one could end the program: see net/descriptors.py)."""
        usage = descriptor_shortage()
        if usage:
            self._form_error(texts.no_descriptors(usage))
        return not usage

    def _form_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def start_server(self) -> Session | None:
        if self.server_form.transport.udp:
            return self.start_udp(server=True)
        host = self._host(self.server_form)
        if host is None or not self._descriptors_left():
            return None
        unix = self.server_form.family_choice() == "unix"
        stale = unix_ready(self, host, server=True) if unix else False
        if stale is None or (not unix and not confirm_bind_all(self, host)):
            return None
        tls = self.server_form.tls.settings()
        if isinstance(tls, str):
            self._form_error(tls)
            return None
        s = Session(
            "listener",
            host=host,
            port=self.server_port.value(),
            backlog=self.server_backlog.value(),
            reuse_addr=False,
            options=self.server_options.options(),
            family=self.server_form.family_choice(),
            unlink_stale=bool(stale),
        )
        use_tls(s, tls)
        s.set_io_mode(self.server_io_mode.timeout())
        s.set_bufsize(self.memory.recv_size())
        self._add(s, ListenerPane(s), self.server_column)
        s.accepted.connect(self._on_accepted)
        s.changed.connect(self._follow_server_port)
        s.start()
        return s

    @Slot()
    def connect_client(self) -> Session | None:
        if self.client_form.transport.udp:
            return self.start_udp(server=False)
        host = self._host(self.client_form)
        if host is None or not self._descriptors_left():
            return None
        if (
            self.client_form.family_choice() == "unix"
            and unix_ready(self, host, server=False) is None
        ):
            return None
        tls = self.client_form.tls.settings()
        if isinstance(tls, str):
            self._form_error(tls)
            return None
        s = Session(
            "client",
            host=host,
            port=self.client_port.value(),
            options=self.client_options.options(),
            connect_timeout=float(self.connect_timeout.value()),
            family=self.client_form.family_choice(),
        )
        use_tls(s, tls)
        s.set_io_mode(self.client_io_mode.timeout())
        s.set_bufsize(self.memory.recv_size())
        self._add(s, ConnectionPane(s), self.client_column)
        s.start()
        return s

    @Slot(object)
    def _follow_server_port(self, _batch) -> None:
        s = self.sender()
        if (
            isinstance(s, Session)
            and (s.local_port or s.family == "unix")
            and s.local_addr
            and s.id not in self._port_followed
        ):
            self._port_followed.add(s.id)
            if s.family == "unix":  # the client form takes the server's path
                self.client_family.setCurrentIndex(self.client_family.findData("unix"))
                self.client_host.setText(str(s.local_addr))
            else:
                self.client_port.setValue(s.local_port)
                host = client_host_for(str(s.local_addr[0]), self.client_host.text().strip())
                if host is not None:  # (a server on ::1 is not reached at 127.0.0.1)
                    self.client_host.setText(host)
                    if self.client_form.family_choice() not in ("auto", literal_family(host)):
                        self.client_family.setCurrentIndex(self.client_family.findData("auto"))
            if s.role == "udp":
                text = self.tr("UDP server bound to {0}; the client form now points at it.")
            else:
                text = self.tr("Server listening on {0}; the client form now points at it.")
            self.statusBar().showMessage(text.format(fmt_addr(s.local_addr)), 8000)

    @Slot()
    def close_all_sockets(self) -> None:
        stop_sessions([s for s in self.sessions if s.alive])

    @Slot()
    def stop_all(self) -> None:
        """Stop every socket and wait for every thread (idempotent)."""
        self._stopped = True
        self.lessons.script.stop()  # a lesson's script process
        stop_sessions(self.sessions)

    def closeEvent(self, event) -> None:
        self.memory.save()
        self.stop_all()
        super().closeEvent(event)

    # -- demo ---------------------------------------------------------------------
    def run_demo(self) -> None:
        """A first conversation through the window's own widgets (see :mod:`.demo`)."""
        from .demo import run_demo

        run_demo(self)

    @Slot()
    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def show_about(self) -> None:
        from .about import about_box

        box = about_box(self)
        box.exec()
        box.deleteLater()
