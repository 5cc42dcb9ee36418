"""Show the code: the plain-Python script equivalent to what a socket did.

The script is generated from the socket's recorded events and shown; it can be
copied or saved as a ``.py`` file. The program never runs it. Its comments are
in the UI's language; the style is the code a teacher would write (default)
or every call as recorded (partial sends, each call's result).
"""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core.codegen import generate, suggested_filename
from ..core.codegen_udp import generate_udp
from ..core.codegen_unix import target
from ..core.tls_events import TlsHandshake
from ..workers.session import Session
from .plain import clean
from .settings import CODE_STYLE_KEY, remember_combo


def ui_language() -> str:
    """ "zh" when the UI is Chinese (the translator set the default locale), else "en"."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def script_for(session: Session, style: str = "board", lang: str | None = None) -> str:
    """The script for a session (GUI thread: reads only recorded data).

    Its log's events in sequence order, chunks included; for an accepted
    socket also its listener's events (the setsockopt calls it inherited).
    ``lang`` None: the UI's language."""
    events = list(session.log.ordered())
    lang = lang or ui_language()
    parent = session.parent_session
    if session.role == "accepted" and parent is not None:
        host, port = target(parent.local_addr, parent.host, parent.port)
        return generate(
            "accepted",
            events,
            host=host,
            port=port,
            listener_events=parent.log.events,
            lang=lang,
            style=style,
        )
    if session.role == "udp":
        return generate_udp(events, host=session.host, port=session.port, lang=lang)
    if session.role == "listener":
        _, port = target(session.local_addr, session.host, session.port)
        tls = any(accepted_tls(c) for c in session.children)
        return generate(
            "listener",
            events,
            host=session.host,
            port=port,
            lang=lang,
            style=style,
            accepted_tls=tls,
        )
    return generate(
        session.role, events, host=session.host, port=session.port, lang=lang, style=style
    )


def accepted_tls(child: Session) -> bool:
    """Whether an accepted socket made a TLS handshake (it comes early: after
    accept()); the listener's own events do not say."""
    return any(isinstance(ev, TlsHandshake) for ev in islice(child.log.events, 256))


class CodeDialog(QDialog):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.session = session
        self.setWindowTitle(self.tr("Python code for socket #{0}").format(session.id))
        self.resize(760, 620)
        note = QLabel(
            self.tr(
                "The same socket calls as plain Python (socket module only), generated from "
                "what this socket did. Run it against the same peer: the same bytes go on the "
                "wire (recv() may split them differently: TCP is a stream). The program shows "
                "this code; it never runs it."
            )
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("codeView")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.style_box = QComboBox()
        self.style_box.setObjectName("codeStyle")
        self.style_box.addItem(self.tr("As a teacher would write it"), "board")
        self.style_box.addItem(self.tr("Every call as recorded"), "calls")
        self.style_box.setToolTip(
            self.tr(
                "sendall() and receive loops, or each send() and recv() the program made "
                "(partial sends)"
            )
        )
        remember_combo(self.style_box, CODE_STYLE_KEY)  # the style chosen last
        self.style_box.currentIndexChanged.connect(lambda _i: self.refresh())
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyCodeButton")
        copy.clicked.connect(self.copy)
        save = QPushButton(self.tr("Save as .py…"))
        save.setObjectName("saveCodeButton")
        save.clicked.connect(self.choose_file)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refreshCodeButton")
        refresh.setToolTip(self.tr("Generate again from everything the socket did so far"))
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("codeMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names a file
        row = QHBoxLayout()
        row.addWidget(self.style_box)
        for b in (copy, save, refresh):
            row.addWidget(b)
        row.addWidget(self.message, 1)
        row.addWidget(close)
        v = QVBoxLayout(self)
        v.addWidget(note)
        v.addWidget(self.text, 1)
        v.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.text.setPlainText(script_for(self.session, self.style_box.currentData()))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.message.setText(self.tr("Copied."))

    def choose_file(self) -> None:
        role, sid = self.session.role, self.session.id
        name = f"udp_{int(sid)}.py" if role == "udp" else suggested_filename(role, sid)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the script"), name, self.tr("Python files (*.py)")
        )
        if path:
            self.save(path)

    def save(self, path: str) -> bool:
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.text.toPlainText())
        except OSError as e:
            self.message.setText(self.tr("Could not save: {0}").format(clean(str(e.strerror or e))))
            return False
        self.message.setText(self.tr("Saved {0}").format(clean(path)))
        return True
