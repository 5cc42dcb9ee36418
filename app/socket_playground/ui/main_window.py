"""The main window: servers on the left, clients on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.endpoint import EndpointError, validate_host
from ..workers.session import Session, descriptor_shortage, stop_sessions
from . import texts
from .bind_question import confirm_bind_all
from .columns import PaneColumn
from .io_mode import IoModeRow
from .lessons import LessonsPanel
from .listener_pane import ListenerPane
from .options import OptionsEditor
from .pane import BasePane, ConnectionPane
from .presentation import Presentation
from .session_menu import SessionMenu
from .window_panes import PaneRegistry


class MainWindow(PaneRegistry, QMainWindow):
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
        self.resize(1360, 860)
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

        # Server form
        server_box = QGroupBox(self.tr("Server socket"))
        sf = QGridLayout(server_box)
        form = QFormLayout()
        self.server_host = QLineEdit("127.0.0.1")
        self.server_host.setObjectName("serverHostEdit")
        self.server_host.setMinimumWidth(
            self.server_host.fontMetrics().horizontalAdvance("255.255.255.255") + 16
        )
        self.server_host.setToolTip(
            self.tr("Address to bind(): 127.0.0.1 = this machine only; 0.0.0.0 = all interfaces")
        )
        self.server_port = QSpinBox()
        self.server_port.setObjectName("serverPortSpin")
        self.server_port.setRange(0, 65535)
        self.server_port.setValue(0)
        self.server_port.setSpecialValueText(self.tr("0 (OS chooses)"))
        self.server_port.setToolTip(
            self.tr(
                "Port to bind(); 0 lets the OS choose a free one. Ports below 1024 are privileged."
            )
        )
        self.server_backlog = QSpinBox()
        self.server_backlog.setObjectName("serverBacklogSpin")
        self.server_backlog.setRange(0, 4096)
        self.server_backlog.setValue(5)
        self.server_backlog.setToolTip(
            self.tr("listen(backlog): how many connections the kernel queues before accept()")
        )
        row = QHBoxLayout()
        row.addWidget(self.server_host, 2)
        row.addWidget(QLabel(self.tr("Port")))
        row.addWidget(self.server_port, 1)
        row.addWidget(QLabel(self.tr("Backlog")))
        row.addWidget(self.server_backlog)
        form.addRow(self.tr("Host"), row)
        sf.addLayout(form, 0, 0)
        sf.setColumnStretch(0, 1)
        self.start_server_button = QPushButton(self.tr("Start server"))
        self.start_server_button.setObjectName("startServerButton")
        self.start_server_button.setToolTip(
            self.tr("socket(), bind(), listen(), then accept() in a loop on its own thread")
        )
        self.start_server_button.clicked.connect(self.start_server)
        self.server_host.returnPressed.connect(self.start_server)
        sf.addWidget(self.start_server_button, 0, 2)
        self.server_options = OptionsEditor(server=True)
        self.server_options_button = self._options_toggle(
            "serverOptionsButton", self.server_options, sf
        )

        # Client form
        client_box = QGroupBox(self.tr("Client socket"))
        cf = QGridLayout(client_box)
        form2 = QFormLayout()
        self.client_host = QLineEdit("127.0.0.1")
        self.client_host.setObjectName("clientHostEdit")
        self.client_host.setToolTip(self.tr("Host to connect() to"))
        self.client_port = QSpinBox()
        self.client_port.setObjectName("clientPortSpin")
        self.client_port.setRange(1, 65535)
        self.client_port.setValue(8000)
        self.client_port.setToolTip(
            self.tr("Port to connect() to; follows the server you started last")
        )
        row2 = QHBoxLayout()
        row2.addWidget(self.client_host, 2)
        row2.addWidget(QLabel(self.tr("Port")))
        row2.addWidget(self.client_port, 1)
        form2.addRow(self.tr("Host"), row2)
        cf.addLayout(form2, 0, 0)
        cf.setColumnStretch(0, 1)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setToolTip(
            self.tr("socket() then connect() on the client's own thread")
        )
        self.connect_button.clicked.connect(self.connect_client)
        self.client_host.returnPressed.connect(self.connect_client)
        cf.addWidget(self.connect_button, 0, 2)
        self.client_options = OptionsEditor()
        self.connect_timeout = QSpinBox()
        self.connect_timeout.setObjectName("connectTimeoutSpin")
        self.connect_timeout.setRange(1, 120)
        self.connect_timeout.setValue(10)
        self.connect_timeout.setSuffix(" s")
        self.connect_timeout.setToolTip(
            self.tr("settimeout() before connect(): give up after this many seconds (ETIMEDOUT)")
        )
        timeout_row = QHBoxLayout()
        timeout_row.addWidget(QLabel(self.tr("connect() timeout")))
        timeout_row.addWidget(self.connect_timeout)
        timeout_row.addStretch(1)
        grid = self.client_options.layout()
        assert isinstance(grid, QGridLayout)
        grid.addLayout(timeout_row, 3, 0, 1, 4)
        self.client_io_mode = IoModeRow()
        grid.addWidget(self.client_io_mode, 4, 0, 1, 4)
        self.server_io_mode = IoModeRow()
        self.server_io_mode.setToolTip(self.tr("The I/O mode of the connections it accepts"))
        sgrid = self.server_options.layout()
        assert isinstance(sgrid, QGridLayout)
        sgrid.addWidget(self.server_io_mode, sgrid.rowCount(), 0, 1, 4)
        self.client_options_button = self._options_toggle(
            "clientOptionsButton", self.client_options, cf
        )

        forms = QHBoxLayout()
        forms.addWidget(server_box, 1)
        forms.addWidget(client_box, 1)
        outer.addLayout(forms)
        self.forms_row = forms  # (presentation mode stacks the forms)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.form_error.setStyleSheet("color: #b91c1c;")
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

    def _options_toggle(self, name: str, editor: OptionsEditor, grid: QGridLayout) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(self.tr("Options"))
        button.setCheckable(True)
        button.setToolTip(self.tr("Socket options set before bind()/connect()"))
        button.toggled.connect(editor.setVisible)
        editor.hide()
        grid.addWidget(button, 0, 1)
        grid.addWidget(editor, 1, 0, 1, 3)
        return button

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.session_menu = SessionMenu(self, file_menu)  # Save session (Ctrl+S)
        close_all = QAction(self.tr("Close all sockets"), self)
        close_all.setObjectName("closeAllAction")
        close_all.triggered.connect(self.close_all_sockets)
        file_menu.addAction(close_all)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lessons_action = self.lessons.toggleViewAction()
        lessons_action.setText(self.tr("&Lessons"))
        lessons_action.setObjectName("lessonsAction")
        lessons_action.setShortcut(QKeySequence("F2"))
        view_menu.addAction(lessons_action)
        self.presentation = Presentation(self)  # View → Presentation mode (F11)
        view_menu.addAction(self.presentation.action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- actions --------------------------------------------------------------------
    def _host(self, edit: QLineEdit) -> str | None:
        try:
            host = validate_host(edit.text())
        except EndpointError as e:
            self._form_error(texts.endpoint_error(e.code, e.text))
            edit.setFocus()
            edit.selectAll()
            return None
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
        host = self._host(self.server_host)
        if host is None or not self._descriptors_left() or not confirm_bind_all(self, host):
            return None
        s = Session(
            "listener",
            host=host,
            port=self.server_port.value(),
            backlog=self.server_backlog.value(),
            reuse_addr=False,
            options=self.server_options.options(),
        )
        s.set_io_mode(self.server_io_mode.timeout())
        self._add(s, ListenerPane(s), self.server_column)
        s.accepted.connect(self._on_accepted)
        s.changed.connect(self._follow_server_port)
        s.start()
        return s

    @Slot()
    def connect_client(self) -> Session | None:
        host = self._host(self.client_host)
        if host is None or not self._descriptors_left():
            return None
        s = Session(
            "client",
            host=host,
            port=self.client_port.value(),
            options=self.client_options.options(),
            connect_timeout=float(self.connect_timeout.value()),
        )
        s.set_io_mode(self.client_io_mode.timeout())
        self._add(s, ConnectionPane(s), self.client_column)
        s.start()
        return s

    @Slot(object)
    def _follow_server_port(self, _batch) -> None:
        s = self.sender()
        if (
            isinstance(s, Session)
            and s.local_port
            and s.local_addr
            and s.id not in self._port_followed
        ):
            self._port_followed.add(s.id)
            self.client_port.setValue(s.local_port)
            self.statusBar().showMessage(
                self.tr("Server listening on {0}:{1}; the client form now points at it.").format(
                    s.local_addr[0], s.local_port
                ),
                8000,
            )

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
        self.stop_all()
        super().closeEvent(event)

    # -- demo ---------------------------------------------------------------------
    def run_demo(self) -> None:
        """A first conversation through the window's own widgets (see :mod:`.demo`)."""
        from .demo import run_demo

        run_demo(self)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Socket Playground"),
            self.tr(
                "<b>Socket Playground</b> {0}<br>See what TCP sockets do: every socket call, "
                "every chunk, every state."
            ).format(__version__),
        )
