"""``socket-playground install-desktop``: the menu entry, icon and AppStream
metainfo installed for this user (no Qt, no root).

They go where the freedesktop specifications look, under ``$XDG_DATA_HOME``
(``~/.local/share``): ``applications/``, ``icons/hicolor/scalable/apps/``
and ``metainfo/``. The menu entry's ``Exec`` is this program as it was
started (a venv's ``socket-playground`` need not be on the desktop's PATH).
``uninstall-desktop`` removes exactly those files.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.socketplayground.SocketPlayground"
PACKAGE = Path(__file__).resolve().parent
TREE = PACKAGE.parent.parent  # a source checkout: app/socket_playground/..


def sources() -> dict[str, Path]:
    """The three files: in the package (a wheel), else in the checkout."""
    shipped = PACKAGE / "desktop"
    found = {
        "desktop": shipped / f"{APP_ID}.desktop",
        "metainfo": shipped / f"{APP_ID}.metainfo.xml",
        "icon": shipped / f"{APP_ID}.svg",
    }
    if all(p.is_file() for p in found.values()):
        return found
    return {
        "desktop": TREE / "packaging" / f"{APP_ID}.desktop",
        "metainfo": TREE / "packaging" / f"{APP_ID}.metainfo.xml",
        "icon": TREE / "resources" / "icons" / "socket-playground.svg",
    }


def targets(data_home: Path) -> dict[str, Path]:
    return {
        "desktop": data_home / "applications" / f"{APP_ID}.desktop",
        "metainfo": data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "icon": data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }


def data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def launcher() -> str:
    """How the menu entry starts the program: the script that is running,
    else this Python with ``-m socket_playground``."""
    script = Path(sys.argv[0])
    if script.name == "socket-playground" and script.is_file():
        return shlex.quote(str(script.resolve()))
    return f"{shlex.quote(sys.executable)} -m socket_playground"


def desktop_entry(text: str, command: str) -> str:
    lines = [f"Exec={command}" if line.startswith("Exec=") else line for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def install(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    src, dst = sources(), targets(home)
    missing = [str(p) for p in src.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError("not found: " + ", ".join(missing))
    for key, path in dst.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if key == "desktop":
            text = src[key].read_text(encoding="utf-8")
            path.write_text(desktop_entry(text, launcher()), encoding="utf-8")
        else:
            shutil.copyfile(src[key], path)
    refresh(home)
    return list(dst.values())


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    for path in targets(home).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    refresh(home)
    return removed


def refresh(home: Path) -> None:
    """Tell the desktop's caches, where their tools are installed (optional)."""
    for cmd in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True, timeout=30)


def run(command: str) -> int:
    try:
        paths = install() if command == "install-desktop" else uninstall()
    except OSError as e:
        print(f"socket-playground {command}: {e}", file=sys.stderr)
        return 1
    verb = "installed" if command == "install-desktop" else "removed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("nothing to remove")
    return 0
