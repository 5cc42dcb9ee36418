#!/usr/bin/env python3
"""Build Socket Playground's Qt resources (standard library only).

Run it with the virtual environment's Python, from any directory:

    .venv/bin/python packaging/build_resources.py             # build
    .venv/bin/python packaging/build_resources.py --update-ts # refresh .ts, then build

Build:
  1. every ``resources/i18n/*.ts`` is compiled by ``pyside6-lrelease`` into a
     ``.qm`` beside it (``*.qm`` is gitignored);
  2. a ``.qrc`` is written into a temporary directory, listing the ``.qm``
     files under the prefix ``/i18n`` and ``resources/icons/*.svg`` under
     ``/icons`` (each alias is the file name), and ``pyside6-rcc -g python``
     turns it into ``app/socket_playground/_rc_resources.py`` (gitignored).

At run time, importing ``socket_playground._rc_resources`` registers e.g.
``:/i18n/socket_playground_zh_CN.qm`` and ``:/icons/socket-playground.svg``.

``--update-ts`` first runs ``pyside6-lupdate -no-obsolete`` over every ``.py``
file under ``app/socket_playground/ui/``, ``app/socket_playground/main.py`` and
``log.py`` to refresh ``resources/i18n/socket_playground_zh_CN.ts``; translate
it with ``pyside6-linguist``. The lessons' texts are data (``core/lessons``,
English only), not ``tr()`` calls: they are imported, written into a temporary
``.py`` file as ``QT_TRANSLATE_NOOP("Lesson", "...")`` calls, one a text, and
that file goes to lupdate with the sources; its ``<location>`` lines are then
taken out of the ``.ts`` (a temporary file's name and line numbers would only
make every update a diff), and the ``Lesson`` context is checked to hold
exactly the lessons' texts.

The Qt tools are looked up next to ``sys.executable`` (the venv's ``bin/``),
then on ``PATH``. Any failure exits non-zero with a message on stderr.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
ICONS_DIR = ROOT / "resources" / "icons"
PACKAGE_DIR = ROOT / "app" / "socket_playground"
OUTPUT = PACKAGE_DIR / "_rc_resources.py"
TS_FILE = I18N_DIR / "socket_playground_zh_CN.ts"

PROG = "build_resources"


class BuildError(Exception):
    """A step failed; the message says which and why."""


def rel(path: Path) -> str:
    """Path relative to the repository root, for messages."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def find_tool(name: str) -> list[str]:
    """The command of a Qt tool: the one next to this Python (the venv's
    bin/), else on PATH, else PySide6's own wrapper run by this Python (a
    build backend's isolated environment may have no scripts on PATH)."""
    bindir = Path(sys.executable).parent  # not resolved: keep the venv's bin/
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which(name)
    if found:
        return [found]
    function = name.removeprefix("pyside6-")
    try:
        from PySide6.scripts import pyside_tool
    except ImportError:
        pyside_tool = None
    if pyside_tool is not None and callable(getattr(pyside_tool, function, None)):
        code = (f"import sys; sys.argv[0] = {name!r}; "
                f"from PySide6.scripts.pyside_tool import {function}; {function}()")
        return [sys.executable, "-c", code]
    raise BuildError(
        f"cannot find {name}: not in {bindir}, not on PATH, and PySide6 is not importable. "
        "It comes with PySide6; run 'sh packaging/setup-venv.sh' "
        "or run this script with the venv's python."
    )


def run(cmd: list[str]) -> None:
    """Run a tool quietly; on failure raise with its output."""
    try:
        proc = subprocess.run(
            cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, errors="replace",
        )
    except OSError as exc:
        raise BuildError(f"cannot run {cmd[0]}: {exc}") from exc
    if proc.returncode != 0:
        output = proc.stdout.strip()
        raise BuildError(
            f"{Path(cmd[0]).name} failed (exit {proc.returncode}): "
            f"{' '.join(cmd)}" + (f"\n{output}" if output else "")
        )


def lesson_texts() -> tuple[str, list[str]]:
    """The lessons' translation context and texts, from the lesson data
    (core/lessons: plain Python, no Qt) of this checkout."""
    app = str(PACKAGE_DIR.parent)
    if sys.path[:1] != [app]:
        sys.path.insert(0, app)
    try:
        from socket_playground.core.lessons import CONTEXT, all_texts
    except Exception as exc:  # a lesson file that does not import
        raise BuildError(f"cannot read the lessons from {rel(PACKAGE_DIR)}: {exc!r}") from exc
    return CONTEXT, all_texts()


def write_lesson_source(path: Path, context: str, texts: list[str]) -> None:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP call per text (a
    repr() is a plain literal, one per line: nothing for lupdate to join)."""
    lines = [
        "# generated by packaging/build_resources.py for pyside6-lupdate: the lesson texts",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        *(f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ts_sources(context: str) -> list[str]:
    """The source texts of one context of the .ts file, in order."""
    try:
        root = ET.parse(TS_FILE).getroot()
    except (OSError, ET.ParseError) as exc:
        raise BuildError(f"cannot read {rel(TS_FILE)}: {exc}") from exc
    return [
        message.findtext("source") or ""
        for ctx in root.iter("context")
        if ctx.findtext("name") == context
        for message in ctx.iter("message")
    ]


def update_ts() -> None:
    """Refresh the zh_CN .ts from the UI sources, main.py, log.py (its error
    dialog) and the lesson texts."""
    sources = sorted((PACKAGE_DIR / "ui").rglob("*.py"))
    for name in ("main.py", "log.py"):
        if (PACKAGE_DIR / name).is_file():
            sources.append(PACKAGE_DIR / name)
    if not sources:
        raise BuildError("no source files for lupdate in app/socket_playground/ui or main.py")
    context, texts = lesson_texts()
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    lupdate = find_tool("pyside6-lupdate")
    with tempfile.TemporaryDirectory(prefix="socket-playground-lupdate-") as tmp:
        generated = Path(tmp) / "lesson_texts.py"
        write_lesson_source(generated, context, texts)
        # ui/texts.py (and others) call QCoreApplication.translate through a helper named _t
        run([*lupdate, "-no-obsolete", "-tr-function-alias", "translate+=_t",
             *(rel(p) for p in sources), str(generated), "-ts", rel(TS_FILE)])
    # the generated file's locations out (lupdate writes one line each)
    text = TS_FILE.read_text(encoding="utf-8")
    where = re.escape(Path(tmp).name) + "/" + re.escape(generated.name)
    text = re.sub(rf'[ \t]*<location filename="[^"]*{where}"[^>]*/>\n', "", text)
    TS_FILE.write_text(text, encoding="utf-8")
    found = ts_sources(context)
    if sorted(found) != sorted(texts):
        missing = sorted(set(texts) - set(found))[:3]
        extra = sorted(set(found) - set(texts))[:3]
        raise BuildError(
            f"lupdate did not read the lesson texts as written: context {context!r} of "
            f"{rel(TS_FILE)} has {len(found)} message(s) for {len(texts)} text(s); "
            f"missing e.g. {missing}, unexpected e.g. {extra}"
        )
    print(f"{PROG}: updated {rel(TS_FILE)} from {len(sources)} source file(s) "
          f"and {len(texts)} lesson text(s)")


def compile_translations() -> list[Path]:
    """lrelease every resources/i18n/*.ts to a .qm beside it."""
    ts_files = sorted(I18N_DIR.glob("*.ts"))
    if not ts_files:
        return []
    lrelease = find_tool("pyside6-lrelease")
    qm_files = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        run([*lrelease, "-silent", str(ts), "-qm", str(qm)])
        if not qm.is_file():
            raise BuildError(f"pyside6-lrelease produced no {rel(qm)}")
        qm_files.append(qm)
    return qm_files


def qrc_text(qm_files: list[Path], svg_files: list[Path]) -> str:
    """A .qrc with absolute file paths, aliased to their file names."""
    lines = ['<!DOCTYPE RCC>', '<RCC version="1.0">']
    for prefix, files in (("/i18n", qm_files), ("/icons", svg_files)):
        if not files:
            continue
        lines.append(f"  <qresource prefix={quoteattr(prefix)}>")
        for f in files:
            lines.append(
                f"    <file alias={quoteattr(f.name)}>{escape(str(f.resolve()))}</file>"
            )
        lines.append("  </qresource>")
    lines.append("</RCC>")
    return "\n".join(lines) + "\n"


def build_module(qm_files: list[Path], svg_files: list[Path], output: Path = OUTPUT) -> None:
    """Write the .qrc to a temp dir and run pyside6-rcc -g python."""
    rcc = find_tool("pyside6-rcc")
    with tempfile.TemporaryDirectory(prefix="socket-playground-rcc-") as tmp:
        qrc = Path(tmp) / "socket_playground.qrc"
        qrc.write_text(qrc_text(qm_files, svg_files), encoding="utf-8")
        # Generate into the temp dir and copy only on success, so a failed
        # run never leaves a half-written module behind. zlib rather than
        # rcc's default zstd, so any QtCore build can read the data.
        partial = Path(tmp) / OUTPUT.name
        run([*rcc, "-g", "python", "--compress-algo", "zlib",
             "-o", str(partial), str(qrc)])
        if not partial.is_file() or partial.stat().st_size == 0:
            raise BuildError("pyside6-rcc produced no output")
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(partial, output)


def build(output: Path = OUTPUT) -> None:
    """Compile the translations and write the resource module to ``output``
    (the package's own by default; a wheel build writes it into build/)."""
    qm_files = compile_translations()
    svg_files = sorted(ICONS_DIR.glob("*.svg"))
    if not qm_files and not svg_files:
        # rcc rejects an empty .qrc; with nothing to embed the program simply
        # runs in English, so drop any stale module rather than fail.
        if output.exists():
            output.unlink()
        print(f"{PROG}: no .ts or .svg files; no {rel(output)} written")
        return
    build_module(qm_files, svg_files, output)
    names = [f":/i18n/{q.name}" for q in qm_files] + [f":/icons/{s.name}" for s in svg_files]
    print(f"{PROG}: wrote {rel(output)} ({', '.join(names)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Compile translations and icons into "
                    "app/socket_playground/_rc_resources.py.",
    )
    parser.add_argument(
        "--update-ts", action="store_true",
        help=f"first refresh {rel(TS_FILE)} with pyside6-lupdate (-no-obsolete)",
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT,
        help=f"where to write the resource module (default: {rel(OUTPUT)})",
    )
    args = parser.parse_args(argv)
    try:
        if args.update_ts:
            update_ts()
        build(args.output.resolve())
    except BuildError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
