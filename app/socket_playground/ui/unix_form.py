"""The forms' Unix choice: "Unix" in ``familyCombo``, the host field holding
a socket file's path or an abstract name (``@name``), the port left out, and
the label that says what will be used."""

from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from ..core.endpoint import EndpointError, parse_unix
from .plain import clean
from .texts import _t

DEFAULT_NAME = "socket-playground.sock"  # in the temporary folder, both forms alike


def default_path() -> str:
    return os.path.join(tempfile.gettempdir(), DEFAULT_NAME)


def add_unix(combo: QComboBox, host: QLineEdit) -> None:
    """The Unix item (where the OS has AF_UNIX). Choosing it puts a path in
    the host field if it held none; leaving it puts back what was there."""
    if not hasattr(__import__("socket"), "AF_UNIX"):
        return
    combo.addItem("Unix", "unix")
    combo.setItemData(
        combo.count() - 1,
        _t(
            "MainWindow",
            "AF_UNIX: a Unix domain socket between programs of this machine; its address "
            "is a socket file's path (/tmp/sp.sock) or, on Linux, an abstract name "
            "(@name); there is no port",
        ),
        Qt.ItemDataRole.ToolTipRole,
    )
    kept = {"host": ""}

    def chosen() -> None:
        text = host.text().strip()
        is_path = text.startswith(("/", "@"))
        if combo.currentData() == "unix" and not is_path:
            kept["host"] = text
            host.setText(default_path())
        elif combo.currentData() != "unix" and is_path and kept["host"]:
            host.setText(kept["host"])
            kept["host"] = ""

    combo.currentIndexChanged.connect(chosen)


def unix_label(text: str, server: bool) -> tuple[str, str, str]:
    """(family, label text, tooltip) for the family label under Unix."""
    try:
        path = parse_unix(text)
    except EndpointError:
        return "", _t("MainWindow", "→ ? (see the path)"), ""
    tip = _t(
        "MainWindow",
        "The port is not used: a Unix socket's address is a path in the file system, "
        "or an abstract name",
    )
    if path.startswith("@"):
        label = _t("MainWindow", "→ Unix (AF_UNIX), abstract name {0}: no file (Linux); no port")
    elif server:
        label = _t("MainWindow", "→ Unix (AF_UNIX): bind() makes the socket file {0}; no port")
    else:
        label = _t("MainWindow", "→ Unix (AF_UNIX): connect() to the socket file {0}; no port")
    return "unix", label.format(clean(path)), tip
