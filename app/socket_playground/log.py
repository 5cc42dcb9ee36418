"""Logging for the program.

* :func:`setup_logging` configures the root logger: stderr, plus a rotating log
  file in the user's state (or cache) folder from ``QStandardPaths``, or a path
  given. A file that cannot be written is skipped with a warning, never an error.
* :func:`install_qt_message_handler` routes Qt's own messages (``qWarning()``
  and friends, plugin complaints) into Python logging, under the logger ``qt``
  or the message's category (``qt.qpa.xcb``), at the matching level.
* :func:`install_excepthook` logs uncaught exceptions, in the main thread
  (``sys.excepthook``, which PySide6 also calls for an exception raised in a
  slot or an event handler) and in other threads (``threading.excepthook``),
  and, in a GUI program, shows them in a message box instead of letting them
  scroll by unseen in a terminal the user may not have.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QStandardPaths,
    Qt,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)

log = logging.getLogger(__name__)

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
LOG_FILE_NAME = "socket-playground.log"
MAX_BYTES = 1_000_000  # per file; with BACKUP_COUNT older files at most ~4 MB in all
BACKUP_COUNT = 3

QT_LEVELS: dict[QtMsgType, int] = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# platforms on which no one can see, let alone close, a modal dialog
_HEADLESS_PLATFORMS = ("offscreen", "minimal")

_OURS = "_socket_playground_handler"  # marks the handlers setup_logging added
_log_file: Path | None = None


# -- logging setup ---------------------------------------------------------------------


def parse_level(level: int | str) -> int:
    """``"debug"``, ``"INFO"``, ``"20"`` or ``logging.INFO`` -> the level number."""
    if isinstance(level, int):
        return level
    text = level.strip().upper()
    if text.isdigit():
        return int(text)
    if text not in LEVELS:
        raise ValueError(f"unknown log level {level!r} (one of {', '.join(LEVELS)})")
    return int(getattr(logging, text))


def default_log_dir() -> Path | None:
    """The user's folder for this program's logs: the state folder
    (``~/.local/state/<org>/<app>`` on Linux), else the cache folder; None if
    Qt knows neither. Set the application's and organization's names first."""
    for location in (
        QStandardPaths.StandardLocation.StateLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder:
            return Path(folder)
    return None


def log_file() -> Path | None:
    """The file the log is written to (None: stderr only)."""
    return _log_file


def _open_file_handler(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as err:
        log.warning("not writing a log file: cannot open %s: %s", path, err)
        return None
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


def remove_handlers() -> None:
    """Take out (and close) the handlers an earlier :func:`setup_logging` added."""
    global _log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    _log_file = None


def setup_logging(
    level: int | str = logging.INFO,
    log_file: str | os.PathLike[str] | None = None,
    *,
    to_file: bool = True,
    qt_messages: bool = True,
) -> Path | None:
    """Configure the root logger at ``level``: a stderr handler and, with
    ``to_file``, a rotating file at ``log_file`` (default: ``socket-playground.log``
    in :func:`default_log_dir`). Calling it again replaces what it set up before
    and leaves other handlers alone. With ``qt_messages``, Qt's messages go to
    logging too (:func:`install_qt_message_handler`).

    Returns the log file's path, or None when only stderr is used (not asked
    for, or the file could not be opened: a warning says so, nothing fails)."""
    global _log_file
    number = parse_level(level)
    remove_handlers()
    root = logging.getLogger()
    root.setLevel(number)

    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter(STDERR_FORMAT))
    setattr(stderr, _OURS, True)
    root.addHandler(stderr)

    if to_file:
        if log_file is not None:
            path: Path | None = Path(log_file)
        else:
            folder = default_log_dir()
            path = folder / LOG_FILE_NAME if folder is not None else None
        if path is None:
            log.info("no folder for a log file; logging to stderr only")
        else:
            handler = _open_file_handler(path)
            if handler is not None:
                setattr(handler, _OURS, True)
                root.addHandler(handler)
                _log_file = path
    if qt_messages:
        install_qt_message_handler()
    return _log_file


# -- Qt messages -----------------------------------------------------------------------


def qt_logger_name(category: str | None) -> str:
    """``qt`` for Qt's default category, else the category (``qt.qpa.xcb``),
    under ``qt.`` when it does not start with it."""
    if not category or category == "default":
        return "qt"
    if category == "qt" or category.startswith("qt."):
        return category
    return "qt." + category


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Hand one Qt message to Python logging (install with qInstallMessageHandler)."""
    level = QT_LEVELS.get(mode, logging.WARNING)
    logger = logging.getLogger(qt_logger_name(context.category))
    if logger.isEnabledFor(level):
        logger.log(level, "%s", message)
    if mode == QtMsgType.QtFatalMsg:  # Qt aborts when this returns: keep the message
        for handler in logging.getLogger().handlers:
            handler.flush()


def install_qt_message_handler() -> object:
    """Route Qt's messages into logging. Returns the handler that was installed
    before (None for Qt's own), to put back with ``qInstallMessageHandler``."""
    return qInstallMessageHandler(qt_message_handler)


# -- uncaught exceptions ---------------------------------------------------------------

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
DialogFunction = Callable[[str, str], object]


def _t(context: str, text: str) -> str:  # (lupdate reads _t as translate)
    return QCoreApplication.translate(context, text)


def show_error_dialog(summary: str, details: str) -> None:
    """A modal message box with the error, the traceback under "Show Details".

    The excepthook calls this module attribute when it has to show an error:
    tests replace it (monkeypatch) so that no dialog ever waits for a click. On
    the offscreen platform, where no one could close it, nothing is shown."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.plain import lines

    if QGuiApplication.platformName() in _HEADLESS_PLATFORMS:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_t("ErrorDialog", "Socket Playground: unexpected error"))
    # the error's words may quote anything (a peer's bytes, a file's name): plain text
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(lines(summary))
    where = log_file()
    info = _t("ErrorDialog", "The program may go on working, but something in it failed.")
    if where is not None:
        info += " " + _t("ErrorDialog", "The details are also in the log file {0}.").format(where)
    box.setInformativeText(info)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


class _DialogBridge(QObject):
    """Carries an error from another thread to the GUI thread (a queued signal):
    widgets may only be shown from the GUI thread."""

    request = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.request.connect(self.on_request)

    @Slot(str, str)
    def on_request(self, summary: str, details: str) -> None:
        _hook.show(summary, details)


class _ExceptHook:
    """The state behind :func:`install_excepthook`."""

    def __init__(self) -> None:
        self.show_dialog = False
        self.dialog: DialogFunction | None = None  # None: the module's show_error_dialog
        self.showing = False  # a dialog is open: later errors are only logged
        self.dialog_failed = False  # the dialog itself raised: never try again
        self.shown: set[str] = set()  # each distinct error (type and message) is shown once
        self.bridge: _DialogBridge | None = None

    def report(self, exc: ExcInfo, thread_name: str | None = None) -> None:
        where = f" in thread {thread_name}" if thread_name else ""
        log.critical("uncaught exception%s", where, exc_info=exc)
        if self.show_dialog and not self.dialog_failed and _gui_app_exists():
            summary = "".join(traceback.format_exception_only(exc[0], exc[1])).strip()
            details = "".join(traceback.format_exception(*exc))
            if threading.current_thread() is threading.main_thread():
                self.show(summary, details)
            elif self.bridge is not None:
                self.bridge.request.emit(summary, details)

    def show(self, summary: str, details: str) -> None:
        if self.showing or self.dialog_failed or summary in self.shown:
            return
        self.shown.add(summary)
        self.showing = True
        try:
            dialog = self.dialog if self.dialog is not None else show_error_dialog
            dialog(summary, details)
        except Exception:
            self.dialog_failed = True
            log.exception("could not show the error dialog; errors are only logged from now on")
        finally:
            self.showing = False


_hook = _ExceptHook()


def _gui_app_exists() -> bool:
    from PySide6.QtWidgets import QApplication

    return isinstance(QCoreApplication.instance(), QApplication)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        name = None
        if threading.current_thread() is not threading.main_thread():
            name = threading.current_thread().name
        _hook.report((exc_type, exc, tb), name)
    except Exception:  # never lose the original error, never recurse
        sys.__excepthook__(exc_type, exc, tb)


def _threading_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return  # as threading's own hook: a thread's SystemExit is silent
    try:
        name = args.thread.name if args.thread is not None else None
        _hook.report((args.exc_type, args.exc_value, args.exc_traceback), name)
    except Exception:
        threading.__excepthook__(args)


def install_excepthook(show_dialog: bool = True, *, dialog: DialogFunction | None = None) -> None:
    """Log every uncaught exception (``sys.excepthook``, ``threading.excepthook``).

    With ``show_dialog`` and a ``QApplication`` (a GUI) running, the error is
    also shown in a dialog: ``dialog(summary, details)`` if given, else this
    module's :func:`show_error_dialog`, looked up when needed (so a test can
    monkeypatch it). Each distinct error is shown once; while a dialog is open,
    or once the dialog itself has failed, errors are only logged. Errors from
    other threads are shown from the GUI thread. Call it from the main thread."""
    _hook.show_dialog = show_dialog
    _hook.dialog = dialog
    _hook.showing = False
    _hook.dialog_failed = False
    _hook.shown.clear()
    if _hook.bridge is None:
        _hook.bridge = _DialogBridge()
    sys.excepthook = _excepthook
    threading.excepthook = _threading_excepthook
