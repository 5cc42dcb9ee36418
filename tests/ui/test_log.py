"""Logging: the root logger's handlers, Qt's messages in Python logging, and
uncaught exceptions logged and shown (the dialog function replaced: no modal
dialog ever waits for a click in a test)."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QIODevice,
    QLoggingCategory,
    QTimer,
    qCritical,
    qCWarning,
    qDebug,
    qInfo,
    qInstallMessageHandler,
    qWarning,
)
from PySide6.QtGui import QGuiApplication

from socket_playground import log as splog
from socket_playground import main as spmain
from socket_playground.log import show_error_dialog as real_show_error_dialog  # unpatched

APP_DIR = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    """The root logger as it was after the test, less what setup_logging added."""
    root = logging.getLogger()
    level = root.level
    yield root
    splog.remove_handlers()
    root.setLevel(level)


@pytest.fixture
def qt_handler_restored(qapp) -> Iterator[None]:
    """Put back the Qt message handler (pytest-qt's) that a test replaces."""
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(previous)
    yield
    qInstallMessageHandler(previous)


@contextmanager
def excepthook_installed(**kwargs: Any) -> Iterator[None]:
    """install_excepthook for the block only; pytest's and pytest-qt's hooks after."""
    saved = sys.excepthook, threading.excepthook
    splog.install_excepthook(**kwargs)
    try:
        yield
    finally:
        sys.excepthook, threading.excepthook = saved


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    """The dialogs the excepthook would have shown: (summary, details) each."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(splog, "show_error_dialog", lambda s, d: shown.append((s, d)))
    return shown


def raise_and_hook(exc: BaseException) -> None:
    """As Python does for an uncaught exception: hand it to sys.excepthook."""
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def uncaught(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.getMessage().startswith("uncaught exception")]


# -- setup_logging ---------------------------------------------------------------------


def test_parse_level():
    assert splog.parse_level("debug") == logging.DEBUG
    assert splog.parse_level(" WARNING ") == logging.WARNING
    assert splog.parse_level(logging.ERROR) == logging.ERROR
    assert splog.parse_level("15") == 15
    with pytest.raises(ValueError, match="unknown log level 'loud'"):
        splog.parse_level("loud")


def test_setup_logging_to_stderr_and_a_given_file(clean_root, tmp_path, capsys):
    path = tmp_path / "logs" / "run.log"  # the folder is made
    assert splog.setup_logging("debug", path, qt_messages=False) == path
    assert clean_root.level == logging.DEBUG
    assert splog.log_file() == path
    logging.getLogger("socket_playground.test").debug("hello %s", "file")
    for h in clean_root.handlers:
        h.flush()
    assert "socket_playground.test" in path.read_text(encoding="utf-8")
    assert "hello file" in path.read_text(encoding="utf-8")
    assert "DEBUG socket_playground.test: hello file" in capsys.readouterr().err
    # again: replaces its own handlers, adds none
    ours = [h for h in clean_root.handlers if getattr(h, splog._OURS, False)]
    assert len(ours) == 2
    splog.setup_logging("warning", path, qt_messages=False)
    again = [h for h in clean_root.handlers if getattr(h, splog._OURS, False)]
    assert len(again) == 2 and not set(again) & set(ours)
    assert clean_root.level == logging.WARNING


def test_no_file_when_not_asked(clean_root, tmp_path):
    assert splog.setup_logging("info", tmp_path / "x.log", to_file=False, qt_messages=False) is None
    assert not (tmp_path / "x.log").exists()
    assert splog.log_file() is None


def test_unwritable_log_file_is_skipped_not_fatal(clean_root, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    path = blocker / "run.log"  # cannot be made, even by root
    with caplog.at_level(logging.WARNING, logger="socket_playground.log"):
        assert splog.setup_logging("info", path, qt_messages=False) is None
    assert any("not writing a log file" in r.getMessage() for r in caplog.records)
    assert splog.log_file() is None
    logging.getLogger("socket_playground.test").error("still logged")  # no error


def test_default_file_in_the_users_state_folder(clean_root, qapp, tmp_path, monkeypatch):
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    folder = splog.default_log_dir()
    assert folder is not None and folder.is_relative_to(state)
    path = splog.setup_logging("info", qt_messages=False)
    assert path == folder / splog.LOG_FILE_NAME
    assert path.is_file()


# -- Qt messages -----------------------------------------------------------------------


def test_qt_logger_names():
    assert splog.qt_logger_name(None) == "qt"
    assert splog.qt_logger_name("default") == "qt"
    assert splog.qt_logger_name("qt.qpa.xcb") == "qt.qpa.xcb"
    assert splog.qt_logger_name("socket.playground") == "qt.socket.playground"


def test_qt_messages_reach_logging_at_their_levels(qt_handler_restored, caplog):
    splog.install_qt_message_handler()
    category = QLoggingCategory("socket.playground.test")
    with caplog.at_level(logging.DEBUG):
        qDebug("a debug line")
        qInfo("an info line")
        qWarning("a warning line")
        qCritical("a critical line")
        qCWarning(category, "a categorized line")
    got = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert got == [
        ("qt", logging.DEBUG, "a debug line"),
        ("qt", logging.INFO, "an info line"),
        ("qt", logging.WARNING, "a warning line"),
        ("qt", logging.ERROR, "a critical line"),
        ("qt.socket.playground.test", logging.WARNING, "a categorized line"),
    ]


def test_a_warning_from_qt_itself_is_logged(qt_handler_restored, caplog):
    splog.install_qt_message_handler()
    with caplog.at_level(logging.WARNING, logger="qt"):
        assert not QFile().open(QIODevice.OpenModeFlag.ReadOnly)  # Qt warns: no name
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "No file name specified" in caplog.records[0].getMessage()


def test_setup_logging_routes_qt_messages(clean_root, qt_handler_restored, caplog):
    splog.setup_logging("info", to_file=False)
    with caplog.at_level(logging.INFO):
        qWarning("routed by setup_logging")
    assert [(r.name, r.getMessage()) for r in caplog.records] == [("qt", "routed by setup_logging")]


# -- uncaught exceptions ---------------------------------------------------------------


def test_excepthook_logs_and_shows_each_error_once(qapp, caplog, dialogs):
    with excepthook_installed(show_dialog=True):
        raise_and_hook(ValueError("boom"))
        raise_and_hook(ValueError("boom"))  # the same error: logged, not shown again
        raise_and_hook(KeyError("other"))
    records = uncaught(caplog)
    assert [r.levelno for r in records] == [logging.CRITICAL] * 3
    assert records[0].exc_info is not None and records[0].exc_info[0] is ValueError
    assert "ValueError: boom" in caplog.text  # the traceback is in the log
    assert [s for s, _ in dialogs] == ["ValueError: boom", "KeyError: 'other'"]
    _summary, details = dialogs[0]
    assert details.startswith("Traceback") and "raise_and_hook" in details


def test_no_dialog_when_not_asked_or_without_a_gui(qapp, caplog, dialogs, monkeypatch):
    with excepthook_installed(show_dialog=False):
        raise_and_hook(RuntimeError("quiet"))
    monkeypatch.setattr(splog, "_gui_app_exists", lambda: False)
    with excepthook_installed(show_dialog=True):
        raise_and_hook(RuntimeError("no gui"))
    assert dialogs == []
    assert len(uncaught(caplog)) == 2


def test_a_dialog_given_to_install_is_used(qapp, caplog):
    shown: list[str] = []
    with excepthook_installed(show_dialog=True, dialog=lambda s, d: shown.append(s)):
        raise_and_hook(OSError("given"))
    assert shown == ["OSError: given"]


def test_failing_dialog_is_logged_and_never_retried(qapp, caplog):
    calls: list[str] = []

    def broken(summary: str, details: str) -> None:
        calls.append(summary)
        raise RuntimeError("the dialog broke")

    with excepthook_installed(show_dialog=True, dialog=broken):
        raise_and_hook(ValueError("first"))  # no exception escapes the hook
        raise_and_hook(ValueError("second"))
    assert calls == ["ValueError: first"]
    assert len(uncaught(caplog)) == 2
    failed = [r for r in caplog.records if "could not show the error dialog" in r.getMessage()]
    assert len(failed) == 1 and failed[0].exc_info[1].args == ("the dialog broke",)


def test_error_while_the_dialog_is_open_is_only_logged(qapp, caplog):
    calls: list[str] = []

    def dialog(summary: str, details: str) -> None:
        calls.append(summary)
        if len(calls) == 1:  # as if a slot raised inside the dialog's event loop
            raise_and_hook(ValueError("nested"))

    with excepthook_installed(show_dialog=True, dialog=dialog):
        raise_and_hook(ValueError("outer"))
    assert calls == ["ValueError: outer"]
    assert len(uncaught(caplog)) == 2


def test_exception_in_a_slot_goes_through_the_hook(qtbot, caplog, dialogs):
    def slot() -> None:
        raise ZeroDivisionError("in a slot")

    with excepthook_installed(show_dialog=True):
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert dialogs[0][0] == "ZeroDivisionError: in a slot"
    assert len(uncaught(caplog)) == 1


def test_thread_exception_is_logged_and_shown_from_the_gui_thread(
    qtbot, caplog, dialogs, monkeypatch
):
    threads: list[threading.Thread] = []
    monkeypatch.setattr(
        splog,
        "show_error_dialog",
        lambda s, d: (dialogs.append((s, d)), threads.append(threading.current_thread())),
    )

    def work() -> None:
        raise RuntimeError("in a thread")

    with excepthook_installed(show_dialog=True):
        t = threading.Thread(target=work, name="worker-7")
        t.start()
        t.join()
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    records = uncaught(caplog)
    assert len(records) == 1 and "in thread worker-7" in records[0].getMessage()
    assert dialogs[0][0] == "RuntimeError: in a thread"
    assert threads == [threading.main_thread()]


def test_thread_system_exit_is_silent(qapp, caplog, dialogs):
    with excepthook_installed(show_dialog=True):
        t = threading.Thread(target=sys.exit)
        t.start()
        t.join()
    assert uncaught(caplog) == [] and dialogs == []


def test_keyboard_interrupt_goes_to_pythons_hook(qapp, caplog, dialogs, monkeypatch):
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, v, tb: seen.append(t))
    with excepthook_installed(show_dialog=True):
        raise_and_hook(KeyboardInterrupt())
    assert seen == [KeyboardInterrupt]
    assert uncaught(caplog) == [] and dialogs == []


def test_tests_never_get_the_real_dialog():
    assert splog.show_error_dialog is not real_show_error_dialog  # tests/conftest.py


def test_real_dialog_is_not_shown_offscreen(qapp):
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("would open a modal dialog")
    real_show_error_dialog("ValueError: x", "Traceback ...")  # returns at once


# -- the command line --------------------------------------------------------------------


@pytest.fixture
def app_names(qapp) -> Iterator[None]:
    names = (
        QCoreApplication.organizationName(),
        QCoreApplication.applicationName(),
        QCoreApplication.applicationVersion(),
    )
    yield
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    QCoreApplication.setApplicationVersion(names[2])


def test_log_options_are_parsed():
    assert spmain.parse_args([]).log_level == "INFO"
    assert spmain.parse_args([]).log_file is None
    args = spmain.parse_args(["--log-level", "debug", "--log-file", "/tmp/x.log"])
    assert (args.log_level, args.log_file) == ("DEBUG", "/tmp/x.log")


def test_bad_log_level_is_refused():
    out = subprocess.run(
        [sys.executable, "-m", "socket_playground", "--log-level", "loud"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(APP_DIR)},
    )
    assert out.returncode == 2
    assert "invalid choice: 'LOUD'" in out.stderr


@pytest.mark.usefixtures("app_names")
@pytest.mark.parametrize(
    ("extra", "dialog"),
    [
        ([], True),
        (["--screenshot", "shot.png"], False),  # unattended: no dialog to wait for
        (["--lesson", "x", "--run-lesson"], False),
    ],
)
def test_main_sets_up_logging_and_the_excepthook(monkeypatch, capsys, extra, dialog):
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(
        spmain, "setup_logging", lambda *a, **k: calls.append(("setup_logging", a, k))
    )
    monkeypatch.setattr(
        spmain, "install_excepthook", lambda *a, **k: calls.append(("install_excepthook", a, k))
    )
    argv = ["--list-lessons", "--log-level", "warning", "--log-file", "my.log", *extra]
    assert spmain.main(argv) == 0
    assert calls == [
        ("setup_logging", ("WARNING", "my.log"), {"to_file": False}),  # listing: no file
        ("install_excepthook", (), {"show_dialog": dialog}),
    ]
    assert QCoreApplication.applicationName() == "Socket Playground"
    assert "partial-send-recv\t" in capsys.readouterr().out
