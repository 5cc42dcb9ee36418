"""Help → About: the program's name and version, the versions of Python, Qt
and PySide6 it runs on, and their licences (Help → About Qt has Qt's own)."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__


def versions() -> dict[str, str]:
    """What runs now: the program, Python, Qt (the library loaded) and PySide6."""
    return {
        "Socket Playground": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
    }


def about_box(window: QWidget) -> QMessageBox:
    """The About box (``aboutBox``), not shown yet."""
    box = QMessageBox(window)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Socket Playground"))
    box.setTextFormat(Qt.TextFormat.RichText)
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    v = {k: html.escape(s) for k, s in versions().items()}
    what = QCoreApplication.translate(
        "AboutBox", "See what TCP sockets do: every socket call, every chunk, every state."
    )
    box.setText(f"<h3>Socket Playground {v['Socket Playground']}</h3><p>{html.escape(what)}</p>")
    rows = [
        (
            "Socket Playground",
            v["Socket Playground"],
            QCoreApplication.translate("AboutBox", "MIT licence"),
        ),
        ("Python", v["Python"], QCoreApplication.translate("AboutBox", "PSF licence")),
        ("Qt", v["Qt"], "LGPLv3"),
        ("PySide6", v["PySide6"], QCoreApplication.translate("AboutBox", "LGPLv3 or GPL")),
    ]
    table = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{version}&nbsp;</td><td>{html.escape(lic)}</td></tr>"
        for name, version, lic in rows
    )
    note = QCoreApplication.translate(
        "AboutBox",
        "Qt and PySide6 are used under the LGPLv3: you may replace the Qt and PySide6 "
        "libraries this program runs with.",
    )
    box.setInformativeText(f"<table>{table}</table><p>{html.escape(note)}</p>")
    box.addButton(QMessageBox.StandardButton.Close)
    return box
