"""Shared test setup: offscreen Qt, the package importable from app/, and no
modal error dialog in any test."""

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "app") not in sys.path:
    sys.path.insert(0, str(ROOT / "app"))


@pytest.fixture(autouse=True)
def no_error_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test waits for a click on the excepthook's modal dialog
    (socket_playground.log.show_error_dialog): one that would be shown fails
    the test instead. Tests that expect a dialog patch it again themselves."""
    from socket_playground import log

    shown: list[str] = []
    monkeypatch.setattr(log, "show_error_dialog", lambda summary, details: shown.append(summary))
    yield
    assert not shown, f"the error dialog would have been shown for: {shown}"


@pytest.fixture(autouse=True, scope="session")
def open_file_limit() -> None:
    """As the program does at start (main.py): the soft open-file limit up to
    the hard one, so a thousand connections fit where the default soft limit
    is 1024 (the usual on a fresh Linux machine)."""
    from socket_playground.net.descriptors import raise_soft_limit

    raise_soft_limit()


@pytest.fixture(autouse=True, scope="session")
def capture_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """This test run's captures go to a temporary folder; at the end the disk
    writer is stopped and the folder removed, as at a normal program exit."""
    from socket_playground.core import spool

    root = spool.set_capture_root(tmp_path_factory.mktemp("captures"))
    yield root
    spool.stop_shared_writer()
    spool.remove_capture_root()


@pytest.fixture(autouse=True, scope="session")
def child_config_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A program a test starts as a process (``python -m socket_playground
    --screenshot …``) keeps its settings in this run's folder, not in the
    user's ~/.config: XDG_CONFIG_HOME, which children inherit (tests that
    give a child an environment of its own pass it on)."""
    folder = tmp_path_factory.mktemp("xdg-config")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def settings_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Settings (QSettings) go to a temporary folder of each test's own, never
    the user's, so no test sees what another one chose (every QSettings() of
    the program uses the default format, IniFormat here)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("socket-playground-tests")
    QCoreApplication.setApplicationName("socket-playground-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings().sync()
