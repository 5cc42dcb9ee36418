"""Text from outside is shown as text: peer bytes, file names, addresses,
errno messages and what a session file holds never become markup, and no
control character (ESC, NUL, U+202E), invalid UTF-8 or 1 MB line breaks a view.

Qt guesses the format of a QLabel's, a QMessageBox's and every tooltip's text
(``Qt.mightBeRichText``); :func:`shown` renders a text the way Qt would, and
:func:`sweep` checks every label, tooltip and item of a window with it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from socket_playground.ui.bytes_view import BytesView
from socket_playground.ui.inspector import InspectorPanel

MARKUP = "<b>bold-7f</b><img src=x><a href='http://evil.example/'>link-7f</a>"
# what is left of MARKUP's parts when they are read as HTML, and the parts
WORDS = {"bold-7f": "<b>bold-7f</b>", "link-7f": "'http://evil.example/'>link-7f</a>"}
ANSI = "\x1b[31mred\x1b[0m"
RLO = "\u202e"
LONG = 1 << 20
PEER_BYTES = (
    MARKUP.encode()
    + ANSI.encode()
    + b"\x00nul"
    + b"\xff\xfe\xc3("  # invalid UTF-8
    + f"abc{RLO}fed".encode()
    + b"\n"
    + b"L" * LONG  # one 1 MB line
    + b"\n"
)
FILE_NAME = f"<i>x<u>{RLO}.bin"  # no '/', so a real file name
MAX_SHOWN = 20_000  # characters one label, tooltip or cell may show
ROWS_CHECKED = 300


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows for ``text`` in a label or tooltip of format ``fmt``."""
    if fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(text)
    ):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def check(where: str, text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """Fails unless ``text`` shows literally: markup as its characters,
    no invisible control character, no endless line. Returns what shows."""
    out = shown(text, fmt)
    assert len(out) <= MAX_SHOWN, (where, len(out))
    bad = [ch for ch in out if not (ch.isprintable() or ch in " \n")]
    assert not bad, (where, bad[:5], out[:200])
    for word, part in WORDS.items():
        if word in out:  # (a long text may be cut short after a part)
            assert part in out, (where, "read as markup", text[:300])
    return out


def sweep(root: QWidget) -> list[str]:
    """Check every label, tooltip, item and item tooltip under ``root``;
    returns what they show (for the callers to look for their texts)."""
    seen: list[str] = []
    for label in root.findChildren(QLabel):
        seen.append(check(label.objectName() or "label", label.text(), label.textFormat()))
    for w in [root, *root.findChildren(QWidget)]:
        if w.toolTip():
            seen.append(check(f"tooltip of {w.objectName() or type(w).__name__}", w.toolTip()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        rows = model.rowCount(QModelIndex())
        wanted = [*range(min(rows, ROWS_CHECKED)), *range(max(0, rows - 20), rows)]
        for r in sorted(set(wanted)):
            c = 0
            while (index := model.index(r, c, QModelIndex())).isValid():
                name = f"{view.objectName()} [{r}, {c}]"
                c += 1
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str):  # item views paint their text plainly
                    seen.append(check(name, text, Qt.TextFormat.PlainText))
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    seen.append(check(name + " tooltip", tip))
    return seen


def test_a_peers_bytes_and_a_file_name_show_as_text(
    qtbot, window, connect_pair, panes, child, tmp_path
):
    cli, srv = connect_pair(window)
    for p in (cli, srv):
        p.build_all_tabs()
    srv.messages.set_framing("delimiter", delimiter="\\n")
    path = tmp_path / FILE_NAME
    path.write_bytes(PEER_BYTES)
    assert cli.send_tools.send_file(str(path))
    n = len(PEER_BYTES)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == n, timeout=10000)
    qtbot.waitUntil(lambda: cli.property("bytesSent") == n, timeout=5000)
    qtbot.waitUntil(lambda: srv.property("messageCount") == 2, timeout=10000)

    # the send-file job label: the file's name, as written
    job = child(cli, QLabel, "jobLabel")
    job_text = check("jobLabel", job.text(), job.textFormat())
    assert "<i>x<u>" in job_text and "u202e" in job_text.lower()

    # the byte inspector: the first bytes selected; UTF-8 value and tooltip
    view = child(srv, BytesView, "bytesView")
    inspector = child(srv, InspectorPanel, "byteInspector")
    view.set_selection(0, 200)
    utf8 = inspector.table.rowCount() - 1
    value = inspector.table.item(utf8, inspector.COL_VALUE)
    assert MARKUP in check("inspector value", value.text(), Qt.TextFormat.PlainText)
    tip = check("inspector tooltip", value.toolTip())
    assert MARKUP in tip and "\\x1b[31m" in tip and "\\x00" in tip and "\\u202e" in tip

    seen = sweep(window)
    assert sum(MARKUP in s for s in seen) >= 2  # the inspector's value and its tooltip
    assert any("<i>x<u>" in s for s in seen)  # the job label

    # the text modes paint the 1 MB line without a stall and without a crash
    for mode in BytesView.MODES:
        view.set_mode(mode)
        view.grab()

    # a lesson step that failed: our own markup around an exception's words
    status = child(window, QLabel, "lessonStatus")
    window.lessons._on_step_done(0, False, MARKUP + ANSI)
    out = check("lessonStatus", status.text(), status.textFormat())
    assert MARKUP in out and "\\x1b[31m" in out

    # a host typed into the form is quoted as text
    child(window, QWidget, "clientHostEdit").setText(f"{MARKUP}:1")
    window.connect_client()
    form = child(window, QLabel, "formError")
    check("formError", form.text(), form.textFormat())
    sweep(window)


def _hostile_session(window, tmp_path: Path) -> Path:
    """The window's sockets saved, then changed as a hostile file could be:
    markup, control characters and a 1 MB line in addresses and events."""
    path = tmp_path / "plain.sps"
    assert window.session_menu.save(str(path))
    evil = MARKUP + ANSI + "\x00" + RLO + "end"
    db = sqlite3.connect(path)
    with db:
        ids = dict(db.execute("SELECT role, id FROM sockets").fetchall())
        db.execute(
            "UPDATE sockets SET peer_addr = ? WHERE id = ?",
            (json.dumps([evil, 80]), ids["client"]),
        )
        top = db.execute("SELECT max(seq), max(t_end) FROM events").fetchone()
        seq, t = top[0] + 1000, top[1]
        extra = [
            (ids["client"], "FileError", {"path": evil, "errno": "ENOENT", "message": evil}),
            (ids["client"], "LoopFailed", {"thread": "reader", "message": evil + "L" * LONG}),
            (ids["accepted"], "Shutdown", {"how": 1, "errno": evil, "message": evil}),
            (ids["listener"], "Accept", {"errno": "EMFILE", "message": evil + "L" * LONG}),
        ]
        for i, (sid, kind, fields) in enumerate(extra):
            idx = db.execute(
                "SELECT coalesce(max(idx), -1) FROM events WHERE socket = ?", (sid,)
            ).fetchone()[0]
            db.execute(
                "INSERT INTO events (socket, idx, seq, kind, t_start, t_end, fields)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sid, idx + 1, seq + i, kind, t, t, json.dumps(fields)),
            )
    db.close()
    hostile = tmp_path / f"<i>x<u>{RLO}.sps"
    shutil.move(path, hostile)
    return hostile


def _boxes_shown(qtbot, act) -> list[tuple[Qt.TextFormat, str]]:
    """Run ``act``; returns the (format, text) of every message box it shows
    (each closed at once, whether it was opened modally or not)."""
    seen: list[tuple[Qt.TextFormat, str]] = []

    def grab() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append((w.textFormat(), w.text()))
                w.done(0)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(grab)
    timer.start()
    try:
        act()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        timer.stop()
    return seen


def test_a_hostile_session_file_shows_as_text(qtbot, window, connect_pair, panes, tmp_path):
    connect_pair(window)
    hostile = _hostile_session(window, tmp_path)
    opened = window.session_menu.open(str(hostile))
    assert opened is not None
    qtbot.addWidget(opened)
    for p in panes(opened):
        if hasattr(p, "build_all_tabs"):
            p.build_all_tabs()
        p.refresh()
    seen = sweep(opened)
    assert sum(MARKUP in s for s in seen) >= 4  # address, error line, badge, timeline, …
    for name in ("addressLabel", "errorExplanation", "stateBadge"):
        labels = [w for w in opened.findChildren(QLabel, name) if "<b>bold-7f</b>" in w.text()]
        assert labels, name
        for w in labels:
            assert w.textFormat() == Qt.TextFormat.PlainText, name
    # the title and the status bar are never rich text, but U+202E would turn them round
    for text in (opened.windowTitle(), opened.statusBar().currentMessage()):
        assert RLO not in text and "<i>x<u>" in text, text

    # a file that cannot be opened: its name in the message, as written
    bad = tmp_path / f"<img src=x>bad<b>{RLO}.sps"
    bad.write_bytes(b"not a session at all")
    boxes = _boxes_shown(qtbot, lambda: window.session_menu.open(str(bad)))
    for fmt, text in boxes:
        out = check("open session message", text, fmt)
        assert "<img src=x>bad<b>" in out, out


def test_the_helpers(qapp):
    from socket_playground.ui.plain import LIMIT, clean, lines, tooltip

    assert clean("GET / HTTP/1.0") == "GET / HTTP/1.0"  # the usual text as it is
    assert clean(f"a{RLO}b\x1b[0m\x00\n\udcff\U000e0001") == (
        "a\\u202eb\\x1b[0m\\x00\\n\\udcff\\U000e0001"
    )
    long = clean("x" * LONG)
    assert len(long) == LIMIT and long.endswith("…")
    assert len(clean("\x00" * LONG)) == LIMIT  # escapes lengthen: still bounded
    assert lines(f"one\n{RLO}two") == "one\n\\u202etwo"
    assert tooltip("recv() returned 5 bytes") == "recv() returned 5 bytes"
    for text in (MARKUP, "&lt;b&gt;", f"x\n{MARKUP}", "<!doctype html><p>x"):
        assert shown(tooltip(text)) == text
