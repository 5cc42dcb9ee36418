"""File → Settings: the language, the defaults other parts use (what recv()
asks for, the bytes kept on disk, the question before listening on every
interface) and Reset settings. Applied on OK; the language when the program
starts again (every window's words are made when it is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import spool
from ..workers.tuning import MAX_BUFSIZE
from . import settings
from .accessible import name_controls
from .bind_question import DONT_ASK_KEY
from .capture_menu import CAP_KEY, CHOICES, saved_cap

if TYPE_CHECKING:
    from .main_window import MainWindow


def reset_question(parent: QWidget) -> QMessageBox:
    """The question before everything is forgotten (``resetSettingsQuestion``),
    not shown yet."""
    box = QMessageBox(parent)
    box.setObjectName("resetSettingsQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(box.tr("Reset settings?"))
    box.setText(
        box.tr(
            "Forget every setting: the language, the defaults, the window's size and "
            "layout, the addresses used and the recent sessions?"
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def confirm_reset(parent: QWidget) -> bool:
    """Asks before everything is forgotten: True to go on."""
    box = reset_question(parent)
    agreed = box.exec() == QMessageBox.StandardButton.Reset
    box.deleteLater()
    return agreed


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("English", "en")  # (each language in its own words)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language_note = QLabel(
            self.tr("The language changes when Socket Playground starts again.")
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.recv_size = QSpinBox()
        self.recv_size.setObjectName("recvSizeDefaultSpin")
        self.recv_size.setRange(1, MAX_BUFSIZE)
        self.recv_size.setPrefix("recv(")
        self.recv_size.setSuffix(")")
        self.recv_size.setToolTip(
            self.tr(
                "How many bytes each recv() call asks for in sockets made from now on "
                "(lessons keep 4096); the Socket tab changes it for one socket"
            )
        )
        self.cap = QComboBox()
        self.cap.setObjectName("captureCapCombo")
        self.cap.setToolTip(
            self.tr("Bytes kept on disk per connection and direction (File → Capture on disk)")
        )
        menu = window.session_menu.capture_menu
        for name, cap in CHOICES:
            self.cap.addItem(menu.actions[name].text(), cap)
        self.ask_bind_all = QCheckBox(self.tr("Ask before a server listens on all interfaces"))
        self.ask_bind_all.setObjectName("askBindAllCheck")
        self.reset_button = QPushButton(self.tr("Reset settings…"))
        self.reset_button.setObjectName("resetSettingsButton")
        self.reset_button.setToolTip(self.tr("Forget every setting (asks first)"))
        self.reset_button.clicked.connect(self.reset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("recv() size"), self.recv_size)
        form.addRow(self.tr("Capture on disk"), self.cap)
        form.addRow("", self.ask_bind_all)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addStretch(1)
        v.addWidget(buttons)
        name_controls(self)  # the form's labels are their fields' buddies
        self.load()

    def load(self) -> None:
        """The widgets show what is in effect."""
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.recv_size.setValue(settings.recv_size())
        cap = saved_cap() or 0
        self.cap.setCurrentIndex(max(0, self.cap.findData(cap)))
        self.ask_bind_all.setChecked(not QSettings().value(DONT_ASK_KEY, False, type=bool))

    def accept(self) -> None:
        settings.write(settings.LANGUAGE_KEY, str(self.language.currentData()))
        settings.write(settings.RECV_SIZE_KEY, self.recv_size.value())
        self.set_cap(int(self.cap.currentData()))
        settings.write(DONT_ASK_KEY, not self.ask_bind_all.isChecked())
        super().accept()

    def set_cap(self, cap: int) -> None:
        """As File → Capture on disk does (its check mark follows)."""
        spool.set_default_cap(cap or None)
        settings.write(CAP_KEY, cap)
        for action in self.window_.session_menu.capture_menu.actions.values():
            action.setChecked(int(action.data()) == cap)

    @Slot()
    def reset(self) -> None:
        """Everything forgotten (after asking); the defaults apply at once and
        this window's layout is not written back when it closes."""
        if not confirm_reset(self):
            return
        settings.reset()
        spool.set_default_cap(spool.DEFAULT_CAP)
        for action in self.window_.session_menu.capture_menu.actions.values():
            action.setChecked(int(action.data()) == spool.DEFAULT_CAP)
        self.window_.memory.forget()
        self.window_.statusBar().showMessage(self.tr("Settings reset to their defaults."), 8000)
        self.load()
        self.done(QDialog.DialogCode.Rejected)  # (OK would write the defaults back)
