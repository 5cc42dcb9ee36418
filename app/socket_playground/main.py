"""Command line entry point: ``socket-playground [--lang CODE] [--demo] [--screenshot PATH]``
(``--help`` lists every option), and ``socket-playground export FILE.sps ...``
(no window, no QApplication: see ``socket-playground export --help``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .log import LEVELS, install_excepthook, setup_logging

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

SETTLE_MS = 700
DEMO_TIMEOUT_MS = 15000
LESSON_TIMEOUT_MS = 120000
APP_NAME = "Socket Playground"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="socket-playground",
        description="See what sockets do (TCP, UDP, Unix, TLS): servers and clients side by side.",
    )
    p.add_argument(
        "--lang", metavar="CODE", help="UI language, e.g. zh_CN or en (default: the system locale)"
    )
    p.add_argument(
        "--screenshot",
        metavar="PATH",
        help="open the window, let it settle, save a PNG of it and exit",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="start a server and a client on 127.0.0.1 and run a short "
        "conversation (a first look; also for classrooms)",
    )
    p.add_argument(
        "--list-lessons",
        action="store_true",
        help="print every lesson's name and title, one a line, and exit",
    )
    p.add_argument("--lesson", metavar="NAME", help="open the Lessons panel on this lesson")
    p.add_argument(
        "--run-lesson",
        action="store_true",
        help="with --lesson: carry out every step without a person; with "
        "--screenshot, save the final window and exit (1 if a step failed)",
    )
    p.add_argument(
        "--present",
        action="store_true",
        help="start in presentation mode (View → Presentation mode, F11): larger "
        "fonts, the Lessons panel wide, full screen",
    )
    p.add_argument(
        "--log-level",
        metavar="LEVEL",
        default="INFO",
        type=str.upper,
        choices=LEVELS,
        help=f"how much to log to stderr and the log file: {', '.join(LEVELS)} (default: INFO)",
    )
    p.add_argument(
        "--log-file",
        metavar="PATH",
        help="write the log file here (default: socket-playground.log in "
        "the user's state or cache folder)",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--open", metavar="FILE.sps", dest="open_file", help="open a saved session (read-only)"
    )
    p.add_argument("file", nargs="?", metavar="FILE.sps", help="the same as --open FILE.sps")
    p.epilog = (
        "Export a saved session without a window: socket-playground export FILE.sps "
        "(--list | [--socket N] --format FORMAT -o PATH); see socket-playground export --help."
    )
    return p.parse_args(argv)


class _UsageError(Exception):
    pass


class _ExportParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        raise _UsageError(message)


def parse_export_args(argv: list[str]) -> argparse.Namespace:
    from .core.export import FORMATS

    p = _ExportParser(
        prog="socket-playground export",
        description="Export a saved session (.sps): the bytes, a transcript, JSON lines, "
        "CSV or the Python script of a socket, or list its sockets.",
    )
    p.add_argument("file", metavar="FILE.sps", help="the session file")
    p.add_argument("--list", action="store_true", help="print one line per socket and exit")
    p.add_argument("--socket", metavar="N", type=int, help="the socket's number (see --list)")
    p.add_argument(
        "--format",
        metavar="FORMAT",
        help=f"one of: {', '.join(FORMATS)}; text, jsonl and csv without --socket "
        "cover every socket",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="where to write (-: standard output)")
    args = p.parse_args(argv)
    if args.list and (args.format or args.output or args.socket is not None):
        raise _UsageError("--list takes no --socket, --format or -o")
    if not args.list and (not args.format or not args.output):
        raise _UsageError("export needs --format FORMAT and -o PATH (or --list)")
    return args


def run_export(argv: list[str]) -> int:
    """``socket-playground export``: no Qt application, no window. Every
    error is one line on stderr and exit status 2."""
    from .core.export import ExportError, export, list_lines
    from .core.sessionfile import SessionFileError, open_session

    def fail(message: str) -> int:
        print(f"socket-playground: {message}", file=sys.stderr)
        return 2

    try:
        args = parse_export_args(argv)
    except _UsageError as e:
        return fail(f"export: {e}")
    try:
        with open_session(args.file) as sf:
            if args.list:
                sys.stdout.write("".join(line + "\n" for line in list_lines(sf)))
                sys.stdout.flush()
                return 0
            out = sys.stdout.buffer if args.output == "-" else args.output
            export(sf, args.socket, args.format, out)
    except (SessionFileError, ExportError) as e:
        return fail(str(e))
    except OSError as e:
        where = "standard output" if args.output in (None, "-") else args.output
        return fail(f"cannot write {where}: {e.strerror or e}")
    return 0


def install_translator(app: QCoreApplication, lang: str | None) -> QTranslator | None:
    """Load the UI translation for ``lang`` (or the system locale). Returns it."""
    from PySide6.QtCore import QLocale, QTranslator

    try:
        # generated by packaging/build_resources.py (absolute: mypy then treats a
        # missing module as a missing import, which the config allows)
        import socket_playground._rc_resources  # noqa: F401
    except ImportError:
        log.warning(
            "translations not built (run packaging/build_resources.py); the UI stays in English"
        )
        return None
    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    translator = QTranslator(app)
    if translator.load(locale, "socket_playground", "_", ":/i18n"):
        app.installTranslator(translator)
        QLocale.setDefault(locale)
        translator.qt = install_qt_translation(app, locale)  # type: ignore[attr-defined]
        return translator
    log.info("no translation for %s", locale.name())
    return None


def install_qt_translation(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Qt's own strings (line-edit menus, dialog buttons, file dialogs) in the
    same language: ``qtbase_<locale>.qm``, shipped with PySide6."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt)
        return qt
    log.info("no Qt translation for %s in %s", locale.name(), folder)
    return None


def no_display() -> bool:
    """True on Linux/BSD when Qt would need an X11 or Wayland screen and there
    is none (Qt would abort with exit 134 and a hint about reinstalling)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False  # offscreen, vnc, eglfs, …: no screen needed
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_script(argv: list[str]) -> int:
    """``run-script FILE ARGS``: a lesson's Python script, run by this
    program's own interpreter (a bundle has no other Python)."""
    import runpy

    sys.argv = list(argv)
    try:
        runpy.run_path(argv[0], run_name="__main__")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:  # as Python would: the traceback, exit code 1
        import traceback

        tb = e.__traceback__  # from the script's own frames (not runpy's)
        while tb is not None and tb.tb_frame.f_code.co_filename != argv[0]:
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb or e.__traceback__)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["export"]:  # before anything of Qt's: no display needed
        return run_export(words[1:])
    if words[:1] == ["run-script"] and len(words) > 1:  # a lesson's script, bundled
        return run_script(words[1:])
    if words[:1] in (["install-desktop"], ["uninstall-desktop"]):  # menu entry and icon
        from .desktop_install import run as desktop

        return desktop(words[0])
    args = parse_args(argv)
    from PySide6.QtCore import QCoreApplication

    # the names first: the log file's folder is named after them
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    from .ui.settings import language_for  # --lang, else the one chosen in Settings

    # --list-lessons only prints: no log file for it
    setup_logging(args.log_level, args.log_file, to_file=not args.list_lessons)
    # no dialog in unattended runs (--screenshot, --run-lesson): nobody would
    # close it, and the run would hang; the error is logged all the same
    install_excepthook(show_dialog=not (args.screenshot or args.run_lesson))
    if args.list_lessons:  # no window, so no screen needed
        from .core.lessons import CONTEXT, all_lessons

        # the titles through the UI's translation: a QCoreApplication (no
        # screen) to install it in
        core_app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translator(core_app, language_for(args.lang))
        try:
            for lesson in all_lessons():
                print(f"{lesson.name}\t{QCoreApplication.translate(CONTEXT, lesson.title_en)}")
            sys.stdout.flush()
        except BrokenPipeError:  # `--list-lessons | head`: the reader has enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if no_display():
        print(
            "socket-playground: no display (DISPLAY and WAYLAND_DISPLAY are not set); "
            "start it in a desktop session, or without a screen: xvfb-run -a socket-playground",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .net.descriptors import raise_soft_limit

    raise_soft_limit()  # as servers do: room for many connections (logged)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setDesktopFileName("io.github.socketplayground.SocketPlayground")
    install_translator(app, language_for(args.lang))
    icon = QIcon(":/icons/socket-playground.svg")
    if not icon.isNull():
        app.setWindowIcon(icon)

    from PySide6.QtCore import QStandardPaths

    from .core import spool
    from .ui.main_window import MainWindow
    from .ui.window_size import fit_to_screen

    # this run's capture (every byte on disk) lives in the user's cache folder
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    captures = Path(cache or tempfile.gettempdir()) / "socket-playground" / "captures"
    try:
        spool.set_capture_root(captures)
    except OSError as e:
        log.warning("cannot use %s for captures (%s); using a temporary folder", captures, e)
    window = MainWindow()
    fit_to_screen(window)
    window.show()
    if not (args.screenshot or args.lesson or args.open_file or args.file):
        from .ui.recovery_prompt import offer_recovery

        # a run that was killed left its capture: offer to open it
        offer_recovery(window, captures, spool.capture_root())
    saved = args.open_file or args.file
    if saved:  # a saved session in this window (a bad file: a message, then empty)
        window.session_menu.open(saved, into=window)
    result = {"code": 0}
    runner = None
    if args.lesson:
        try:
            runner = window.lessons.load(args.lesson)
        except KeyError:
            print(
                f"socket-playground: no lesson named {args.lesson!r} (see --list-lessons)",
                file=sys.stderr,
            )
            window.close()
            return 2
        window.lessons.show()
        room = window.screen().availableGeometry()  # room for the panel beside both columns
        window.resize(min(1680, room.width()), min(1000, room.height()))
        # wide enough for the lesson titles and a step's text beside both columns
        window.resizeDocks([window.lessons], [420], Qt.Orientation.Horizontal)
        if args.run_lesson:
            runner.finished.connect(lambda ok: result.update(code=0 if ok else 1))
            QTimer.singleShot(0, window.lessons.run_all)
    if args.present:
        window.presentation.set_on(True)
    if args.screenshot:

        def shoot() -> None:
            if not window.isVisible():
                return  # already taken
            ok = window.grab().save(args.screenshot, "PNG")
            if not ok:
                log.error("could not save %s", args.screenshot)
            window.close()
            app.exit(result["code"] if ok else 1)

        def settle() -> None:
            QTimer.singleShot(SETTLE_MS, shoot)  # let views repaint

        if runner is not None and args.run_lesson:

            def lesson_done(ok: bool) -> None:
                if not ok:
                    log.error(
                        "lesson %s: a step failed: %s", args.lesson, window.lessons.status.text()
                    )
                settle()

            runner.finished.connect(lesson_done)

            def lesson_timed_out() -> None:
                result["code"] = 1
                shoot()

            QTimer.singleShot(LESSON_TIMEOUT_MS, lesson_timed_out)
        elif args.demo:
            window.demo_finished.connect(settle)
            QTimer.singleShot(DEMO_TIMEOUT_MS, shoot)  # never hang
        else:
            settle()
    if args.demo:
        QTimer.singleShot(0, window.run_demo)
    try:
        return app.exec()
    finally:
        window.stop_all()
        spool.stop_shared_writer()
        spool.remove_capture_root()  # a normal exit: the capture goes with it


if __name__ == "__main__":
    raise SystemExit(main())
