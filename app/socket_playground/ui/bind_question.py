"""Before a server listens on every interface: one clear question (with
"don't ask again", kept in the settings). Lessons that bind all interfaces
explain it themselves, so a window may turn the question off."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from ..core.endpoint import describe_bind_host

DONT_ASK_KEY = "network/bindAllDontAsk"


def confirm_bind_all(window: QWidget, host: str) -> bool:
    """True to go on: the host is not "all interfaces", the question is off
    (``window.ask_before_binding_all`` False, or "don't ask again" was
    ticked), or the user agreed."""
    if describe_bind_host(host) != "all" or not getattr(window, "ask_before_binding_all", True):
        return True
    settings = QSettings()
    if settings.value(DONT_ASK_KEY, False, type=bool):
        return True
    box = bind_question(window, host)
    go = box.findChild(QPushButton, "bindAllYesButton")
    dont_ask = box.findChild(QCheckBox, "bindAllDontAskCheck")
    box.exec()
    agreed = box.clickedButton() is go
    if agreed and dont_ask is not None and dont_ask.isChecked():
        settings.setValue(DONT_ASK_KEY, True)
    box.deleteLater()
    return agreed


def bind_question(window: QWidget, host: str) -> QMessageBox:
    """The question, not shown yet (its buttons: ``bindAllYesButton``, Cancel;
    its check box: ``bindAllDontAskCheck``)."""
    box = QMessageBox(window)
    box.setObjectName("bindAllQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(box.tr("Listen on all interfaces?"))
    box.setText(
        box.tr("“{0}” means every interface: other machines on the network can connect.").format(
            host
        )
    )
    box.setInformativeText(
        box.tr(
            "Whatever they send is received and recorded, and any auto-reply answers "
            "them. Use 127.0.0.1 to keep the server to this machine."
        )
    )
    go = box.addButton(box.tr("Listen on all interfaces"), QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("bindAllYesButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    dont_ask = QCheckBox(box.tr("Don't ask again"), box)  # (owned by the box, not by Python)
    dont_ask.setObjectName("bindAllDontAskCheck")
    box.setCheckBox(dont_ask)
    return box
