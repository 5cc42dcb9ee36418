"""At start: offer what a run that was killed had captured (its capture
folder is still there). Open writes it to a session file and shows it
read-only; Discard removes it; Later leaves it for the next start."""

from __future__ import annotations

import datetime
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from .. import __version__
from ..core.recovery import InterruptedRun, discard, interrupted_runs, recover
from .plain import clean, warning

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def offer_recovery(window: MainWindow, base: Path, own: Path | None) -> QMessageBox | None:
    """A non-blocking question about the newest interrupted run under
    ``base``, if any (the box is returned; None when there is nothing)."""
    runs = interrupted_runs(base, own)
    if not runs:
        return None
    run = runs[0]
    box = QMessageBox(window)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecoveryPrompt", "Interrupted capture"))
    size = QLocale().formattedDataSize(run.nbytes)
    box.setText(
        QCoreApplication.translate(
            "RecoveryPrompt",
            "A previous run ended without closing (process {0}). Its capture holds {1} "
            "socket(s) and {2} of data. Open what it captured?",
        ).format(run.pid, run.sockets, size)
    )
    open_button = box.addButton(
        QCoreApplication.translate("RecoveryPrompt", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button.setObjectName("recoverOpenButton")
    discard_button = box.addButton(
        QCoreApplication.translate("RecoveryPrompt", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard_button.setObjectName("recoverDiscardButton")
    later = box.addButton(
        QCoreApplication.translate("RecoveryPrompt", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    later.setObjectName("recoverLaterButton")

    def clicked(button: QAbstractButton) -> None:
        if button is open_button:
            _open(window, base, run)
        elif button is discard_button:
            discard(run)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def _open(window: MainWindow, base: Path, run: InterruptedRun) -> None:
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = base / "recovered" / f"recovered-{stamp}-{run.pid}.sps"
    try:
        n = recover(run, target, __version__)
    except (OSError, ValueError) as e:
        log.warning("recovering %s failed: %s", run.path, e)
        warning(
            window,
            QCoreApplication.translate("RecoveryPrompt", "Interrupted capture"),
            QCoreApplication.translate(
                "RecoveryPrompt", "The capture in {0} could not be recovered:\n{1}"
            ).format(str(run.path), e),
        )
        return
    discard(run)  # its bytes are in the session file now
    window.session_menu.open(str(target))
    window.statusBar().showMessage(
        QCoreApplication.translate("RecoveryPrompt", "Recovered {0} sockets into {1}").format(
            n, clean(str(target))
        ),
        15000,
    )
