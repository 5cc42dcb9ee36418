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
file under ``app/socket_playground/ui/`` and ``app/socket_playground/main.py``
to refresh ``resources/i18n/socket_playground_zh_CN.ts``; translate it with
``pyside6-linguist``.

The Qt tools are looked up next to ``sys.executable`` (the venv's ``bin/``),
then on ``PATH``. Any failure exits non-zero with a message on stderr.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
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


def find_tool(name: str) -> str:
    """The Qt tool next to this Python (the venv's bin/), else on PATH."""
    bindir = Path(sys.executable).parent  # not resolved: keep the venv's bin/
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise BuildError(
        f"cannot find {name}: not in {bindir} nor on PATH. "
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


def update_ts() -> None:
    """Refresh the zh_CN .ts from the UI sources, main.py and log.py (its
    error dialog)."""
    sources = sorted((PACKAGE_DIR / "ui").rglob("*.py"))
    for name in ("main.py", "log.py"):
        if (PACKAGE_DIR / name).is_file():
            sources.append(PACKAGE_DIR / name)
    if not sources:
        raise BuildError("no source files for lupdate in app/socket_playground/ui or main.py")
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    lupdate = find_tool("pyside6-lupdate")
    # ui/texts.py (and others) call QCoreApplication.translate through a helper named _t
    run([lupdate, "-no-obsolete", "-tr-function-alias", "translate+=_t",
         *(rel(p) for p in sources), "-ts", rel(TS_FILE)])
    print(f"{PROG}: updated {rel(TS_FILE)} from {len(sources)} source file(s)")


def compile_translations() -> list[Path]:
    """lrelease every resources/i18n/*.ts to a .qm beside it."""
    ts_files = sorted(I18N_DIR.glob("*.ts"))
    if not ts_files:
        return []
    lrelease = find_tool("pyside6-lrelease")
    qm_files = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        run([lrelease, "-silent", str(ts), "-qm", str(qm)])
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


def build_module(qm_files: list[Path], svg_files: list[Path]) -> None:
    """Write the .qrc to a temp dir and run pyside6-rcc -g python."""
    rcc = find_tool("pyside6-rcc")
    with tempfile.TemporaryDirectory(prefix="socket-playground-rcc-") as tmp:
        qrc = Path(tmp) / "socket_playground.qrc"
        qrc.write_text(qrc_text(qm_files, svg_files), encoding="utf-8")
        # Generate into the temp dir and copy only on success, so a failed
        # run never leaves a half-written module behind. zlib rather than
        # rcc's default zstd, so any QtCore build can read the data.
        partial = Path(tmp) / OUTPUT.name
        run([rcc, "-g", "python", "--compress-algo", "zlib",
             "-o", str(partial), str(qrc)])
        if not partial.is_file() or partial.stat().st_size == 0:
            raise BuildError("pyside6-rcc produced no output")
        shutil.copyfile(partial, OUTPUT)


def build() -> None:
    qm_files = compile_translations()
    svg_files = sorted(ICONS_DIR.glob("*.svg"))
    if not qm_files and not svg_files:
        # rcc rejects an empty .qrc; with nothing to embed the program simply
        # runs in English, so drop any stale module rather than fail.
        if OUTPUT.exists():
            OUTPUT.unlink()
        print(f"{PROG}: no .ts or .svg files; no {rel(OUTPUT)} written")
        return
    build_module(qm_files, svg_files)
    names = [f":/i18n/{q.name}" for q in qm_files] + [f":/icons/{s.name}" for s in svg_files]
    print(f"{PROG}: wrote {rel(OUTPUT)} ({', '.join(names)})")


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
    args = parser.parse_args(argv)
    try:
        if args.update_ts:
            update_ts()
        build()
    except BuildError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
