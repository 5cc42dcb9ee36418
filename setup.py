"""Build hook: a wheel (or a non-editable install) gets its translations and
icons compiled into the package by the build backend, and the desktop files
beside them. Nothing generated is kept in the source tree's history.

Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
APP_ID = "io.github.socketplayground.SocketPlayground"
# what `socket-playground install-desktop` installs for the user
DESKTOP_FILES = {
    f"packaging/{APP_ID}.desktop": f"{APP_ID}.desktop",
    f"packaging/{APP_ID}.metainfo.xml": f"{APP_ID}.metainfo.xml",
    "resources/icons/socket-playground.svg": f"{APP_ID}.svg",
}


def _build_resources():
    spec = importlib.util.spec_from_file_location(
        "build_resources", ROOT / "packaging" / "build_resources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithResources(build_py):
    """build_py, then the Qt resource module (pyside6-lrelease, pyside6-rcc)
    and the desktop files, into the build directory."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install runs from the tree: setup-venv.sh builds there
        package = Path(self.build_lib) / "socket_playground"
        resources = _build_resources()
        try:
            resources.build(package / "_rc_resources.py")
        except resources.BuildError as exc:
            raise SystemExit(f"build_resources: error: {exc}") from exc
        data = package / "desktop"
        data.mkdir(parents=True, exist_ok=True)
        for source, name in DESKTOP_FILES.items():
            shutil.copyfile(ROOT / source, data / name)


setup(cmdclass={"build_py": BuildWithResources})
