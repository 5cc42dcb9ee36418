"""The send box's habits: history (Up/Down), saved payloads, the editor,
Ctrl+Enter, Alt+S, and a file dropped on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from socket_playground.ui import send_extras

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def local_settings(tmp_path):
    """QSettings in this test's folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    yield tmp_path
    QSettings().clear()


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)


def type_and_send(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_up_and_down_recall_payloads_with_their_mode(qtbot, window, connect_pair):
    cli, srv = connect_pair(window)
    edit = cli.findChild(QLineEdit, "sendEdit")
    mode = cli.findChild(QComboBox, "sendModeCombo")
    focus(qtbot, edit)
    type_and_send(qtbot, edit, "one\\n")
    mode.setCurrentIndex(1)
    type_and_send(qtbot, edit, "74 77 6f")
    mode.setCurrentIndex(0)
    edit.clear()
    qtbot.keyClicks(edit, "draft")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 7, timeout=WAIT_MS)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert (edit.text(), mode.currentData()) == ("74 77 6f", "hex")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert (edit.text(), mode.currentData()) == ("one\\n", "text")
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the oldest stays
    assert edit.text() == "one\\n"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert (edit.text(), mode.currentData()) == ("draft", "text")  # what was typed comes back
    # kept in the settings, at most 50
    assert len(send_extras.payloads.load_history(QSettings().value(send_extras.HISTORY_KEY))) == 2
    for i in range(60):
        cli.send_box.edit.setText(f"p{i}")
        cli.send_box.extras.remember()
    assert len(cli.send_box.extras.history()) == 50


def test_ctrl_enter_and_alt_s_send(qtbot, window, connect_pair):
    cli, srv = connect_pair(window)
    combo = cli.findChild(QComboBox, "sendModeCombo")
    cli.findChild(QLineEdit, "sendEdit").setText("ab")
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: cli.property("sendCalls") == 1, timeout=WAIT_MS)
    focus(qtbot, cli.table)  # anywhere in the pane
    qtbot.keyClick(cli.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=WAIT_MS)


def test_saved_payloads_save_pick_delete(qtbot, window, connect_pair, monkeypatch):
    cli, _srv = connect_pair(window)
    edit = cli.findChild(QLineEdit, "sendEdit")
    mode = cli.findChild(QComboBox, "sendModeCombo")
    button = cli.findChild(QToolButton, "savedPayloadsButton")
    menu = button.menu()
    mode.setCurrentIndex(1)
    edit.setText("de ad be ef")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("dead & beef", True))
    menu.aboutToShow.emit()
    save = next(a for a in menu.actions() if a.objectName() == "savePayloadAction")
    save.trigger()
    assert cli.send_box.extras.saved() == {"dead & beef": ("hex", "de ad be ef")}
    mode.setCurrentIndex(0)
    edit.setText("other")
    menu.aboutToShow.emit()
    pick = next(a for a in menu.actions() if a.objectName() == "savedPayloadAction")
    assert pick.text() == "dead && beef"  # an & is not a mnemonic
    pick.trigger()
    assert (edit.text(), mode.currentData()) == ("de ad be ef", "hex")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    save = next(a for a in menu.actions() if a.objectName() == "savePayloadAction")
    save.trigger()  # no name: a message, nothing saved
    assert cli.findChild(QWidget, "sendError").isVisible()
    menu.aboutToShow.emit()
    delete = next(a for a in menu.actions() if a.menu() is not None).menu()
    assert delete.objectName() == "deletePayloadMenu"
    delete.actions()[0].trigger()
    assert cli.send_box.extras.saved() == {}


def test_editor_turns_lines_into_newline_escapes(qtbot, window, connect_pair):
    cli, srv = connect_pair(window)
    edit = cli.findChild(QLineEdit, "sendEdit")
    edit.setText("GET / HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n")
    focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: cli.findChild(QDialog, "payloadEditorDialog") is not None, timeout=WAIT_MS
    )
    dialog = cli.findChild(QDialog, "payloadEditorDialog")
    assert dialog.isVisible()
    text = dialog.findChild(QPlainTextEdit, "payloadEditor")
    assert text.toPlainText() == "GET / HTTP/1.0\\r\nHost: x\\r\n\\r\\n"
    text.setPlainText("line one\nline two")
    dialog.accept()
    assert edit.text() == "line one\\nline two"
    cli.send_now()
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 17, timeout=WAIT_MS)
    assert srv.session.store.retained(0, 17) == b"line one\nline two"


def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_a_dropped_file_is_sent_by_the_file_job(qtbot, window, connect_pair, tmp_path):
    cli, srv = connect_pair(window)
    data = bytes(range(256)) * 1000
    path = tmp_path / "payload.bin"
    path.write_bytes(data)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = drop(cli.send_box, mime)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == len(data), timeout=WAIT_MS)
    assert srv.session.store.retained(0, len(data)) == data
    assert cli.send_tools.file_label.text() == "payload.bin"
    # a folder is not sent, and says why
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    drop(cli.send_box, mime)
    assert cli.findChild(QWidget, "sendError").isVisible()
    assert srv.property("bytesReceived") == len(data)
