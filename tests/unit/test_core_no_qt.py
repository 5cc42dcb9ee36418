"""The core package must be importable without pulling in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP_DIR = Path(__file__).resolve().parents[2] / "app"

_SCRIPT = """
import importlib, pkgutil, sys
import socket_playground.core as core
names = [core.__name__]
for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("imported:", ", ".join(names))
if qt:
    sys.exit("Qt modules imported by core: " + ", ".join(qt))
"""


def test_core_does_not_import_qt() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(APP_DIR), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "socket_playground.core.sendinput" in proc.stdout
