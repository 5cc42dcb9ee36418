"""The core and net packages must be importable without pulling in Qt: the
sans-IO core and the socket loops are plain Python (the Qt bridge is workers/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

APP_DIR = Path(__file__).resolve().parents[2] / "app"

_SCRIPT = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [package.__name__]
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("imported:", ", ".join(names))
if qt:
    sys.exit(f"Qt modules imported by {package.__name__}: " + ", ".join(qt))
"""


@pytest.mark.parametrize(
    ("package", "a_module"),
    [
        ("socket_playground.core", "socket_playground.core.sendinput"),
        ("socket_playground.net", "socket_playground.net.reader"),
    ],
)
def test_package_does_not_import_qt(package: str, a_module: str) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(APP_DIR), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, package],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert a_module in proc.stdout  # every module was walked, not just the package
