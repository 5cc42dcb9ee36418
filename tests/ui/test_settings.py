"""What the program remembers (QSettings, in each test's own folder: see
tests/conftest.py), the Settings dialog and the About box."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QRect, QSettings, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox, QWidget

from socket_playground import __version__
from socket_playground.core import spool
from socket_playground.core.capture import CaptureStore
from socket_playground.ui import settings, settings_dialog, window_memory
from socket_playground.ui.about import about_box
from socket_playground.ui.bytes_tab import BytesTab
from socket_playground.ui.code_view import CodeDialog
from socket_playground.ui.main_window import MainWindow
from socket_playground.ui.settings_dialog import SettingsDialog

APP = str(Path(__file__).resolve().parents[2] / "app")
CJK = re.compile(r"[\u4e00-\u9fff]")
BIG = QRect(0, 0, 3840, 2160)


@pytest.fixture
def screen_room(monkeypatch):
    """``screen_room(rect)``: the free area of the screen windows open on."""

    def set_room(rect: QRect) -> None:
        monkeypatch.setattr(window_memory, "available_room", lambda _w: QRect(rect))

    set_room(BIG)
    return set_room


@pytest.fixture
def make_window(qtbot):
    """``make_window()``: a shown MainWindow; closed (and its sockets
    stopped) at the end if the test did not close it."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
        for s in w.sessions:
            assert not s.alive


@pytest.fixture
def default_cap():
    yield
    spool.set_default_cap(spool.DEFAULT_CAP)


def choose(combo: QComboBox, data: str) -> None:
    """As a person picks an item (``activated``)."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def start(qtbot, w: MainWindow, role: str, host: str, port: int) -> None:
    form = w.server_form if role == "server" else w.client_form
    before = len(w.sessions)
    form.host.setText(host)
    form.port.setValue(port)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert len(w.sessions) == before + 1, w.form_error.text()
    s = w.sessions[-1]
    want = "listening" if role == "server" else "connected"
    qtbot.waitUntil(lambda: w.panes[s].property("state") == want, timeout=5000)


def test_settings_survive_a_restart(qtbot, screen_room, make_window, free_port, panes):
    w = make_window()
    start(qtbot, w, "server", "127.0.0.1", 0)
    start(qtbot, w, "server", "127.0.0.1", free_port)
    start(qtbot, w, "client", "127.0.0.1", free_port)
    dialog = SettingsDialog(w)
    dialog.recv_size.setValue(1000)
    dialog.accept()
    client = panes(w, "client")[0]
    choose(client.findChild(QComboBox, "bytesModeCombo"), "latin-1")
    code = CodeDialog(w.sessions[-1], w)
    choose(code.findChild(QComboBox, "codeStyle"), "calls")
    code.close()
    w.resize(1200, 700)
    w.column_split.setSizes([300, 900])
    w.lessons.show()
    sizes = w.column_split.sizes()
    assert sizes[0] < sizes[1]
    size = (w.width(), w.height())  # (the Lessons panel widened it)
    w.close()

    w2 = make_window()
    assert (w2.width(), w2.height()) == size
    new_sizes = w2.column_split.sizes()
    assert new_sizes[0] < new_sizes[1], new_sizes
    assert not w2.lessons.isHidden()
    assert (w2.server_host.text(), w2.server_port.value()) == ("127.0.0.1", free_port)
    assert (w2.client_host.text(), w2.client_port.value()) == ("127.0.0.1", free_port)
    history = window_memory.HostHistory  # the server form's, newest first
    assert isinstance(w2.memory.histories["server"], history)
    assert w2.memory.histories["server"].model.stringList() == [
        f"127.0.0.1:{free_port}",
        "127.0.0.1:0",
    ]
    action = w2.findChild(QAction, "serverRecentAction")
    assert action is not None and action.isVisible()
    # new sockets and views take the choices
    start(qtbot, w2, "server", "127.0.0.1", 0)
    assert w2.sessions[-1].bufsize == 1000
    store = CaptureStore()
    tab = BytesTab(store)
    qtbot.addWidget(tab)
    assert tab.mode.currentData() == "latin-1" and tab.view.mode == "latin-1"
    code2 = CodeDialog(w2.sessions[-1], w2)
    assert code2.style_box.currentData() == "calls"
    code2.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_recent_address_is_split_when_chosen(qtbot, make_window):
    settings.add_recent("client", "[::1]:8123")
    settings.add_recent("client", "localhost:9000")
    w = make_window()
    assert (w.client_host.text(), w.client_port.value()) == ("localhost", 9000)
    history = w.memory.histories["client"]
    w.client_host.setText("[::1]:8123")  # as the completer's activated sets it
    history.completer.activated.emit("[::1]:8123")
    assert (w.client_host.text(), w.client_port.value()) == ("::1", 8123)
    history.show_all()
    qtbot.waitUntil(lambda: history.completer.popup().isVisible())
    assert history.completer.completionCount() == 2
    history.completer.popup().hide()


def test_a_fresh_start_has_no_history(make_window):
    w = make_window()
    assert w.server_host.text() == "127.0.0.1" and w.server_port.value() == 0
    action = w.findChild(QAction, "clientRecentAction")
    assert action is not None and not action.isVisible()


def test_geometry_clamped_to_a_smaller_screen(qtbot, screen_room, make_window):
    w = make_window()
    w.resize(2600, 1500)
    w.move(1000, 600)
    qtbot.waitUntil(lambda: w.width() == 2600)
    w.close()
    room = QRect(100, 50, 1280, 720)
    screen_room(room)
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.width() <= room.width() and w2.height() <= room.height()
    assert room.contains(w2.frameGeometry()), (w2.frameGeometry(), room)
    w2.show()
    qtbot.waitExposed(w2)  # (now with its frame: fitted again)
    qtbot.waitUntil(lambda: room.contains(w2.frameGeometry()))
    w2.close()


def test_a_lessons_panel_that_would_not_fit_is_not_restored(qtbot, screen_room, make_window):
    """Saved with the Lessons panel open on a wide screen: on a 1280-pixel one
    the panel beside both columns would push the window past the screen."""
    w = make_window()
    w.resize(1900, 1000)
    w.lessons.show()
    qtbot.waitUntil(lambda: w.lessons.isVisible())
    w.close()
    screen_room(QRect(0, 0, 1280, 720))
    w2 = MainWindow()
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    assert not w2.lessons.isVisible()
    assert w2.frameGeometry().width() <= 1280
    w2.close()
    screen_room(QRect(0, 0, 2400, 1400))  # room for both: the panel comes back
    w3 = MainWindow()
    qtbot.addWidget(w3)
    w3.lessons.show()
    w3.close()
    w4 = MainWindow()
    qtbot.addWidget(w4)
    w4.show()
    qtbot.waitExposed(w4)
    assert w4.lessons.isVisible()
    w4.close()


def test_bad_settings_read_as_defaults(qtbot, make_window):
    s = QSettings()
    for key, value in (
        (settings.GEOMETRY_KEY, "not a geometry"),
        (settings.STATE_KEY, 17),
        (settings.COLUMNS_KEY, b"\x00\xff junk"),
        (settings.RECENT_KEYS["server"], ["::::", "", "300.1.1.1:99999", "127.0.0.1:x"]),
        (settings.RECENT_KEYS["client"], 5),
        (settings.RECV_SIZE_KEY, "lots"),
        (settings.BYTES_MODE_KEY, "rot13"),
        (settings.CODE_STYLE_KEY, ["calls"]),
        (settings.LANGUAGE_KEY, "klingon"),
    ):
        s.setValue(key, value)
    s.sync()
    w = make_window()
    assert (w.server_host.text(), w.server_port.value()) == ("127.0.0.1", 0)
    assert w.client_host.text() == "127.0.0.1"
    assert settings.recv_size() == 4096
    assert settings.language() == ""
    assert settings.language_for(None) is None
    tab = BytesTab(CaptureStore())
    qtbot.addWidget(tab)
    assert tab.mode.currentData() == "hex"


def test_settings_dialog_defaults(qtbot, make_window, default_cap):
    w = make_window()
    d = SettingsDialog(w)
    qtbot.addWidget(d)
    assert d.objectName() == "settingsDialog"
    lang = d.findChild(QComboBox, "languageCombo")
    assert [lang.itemData(i) for i in range(lang.count())] == ["en", "zh_CN", ""]
    assert lang.currentData() == ""  # follow the system
    assert d.findChild(QSpinBox, "recvSizeDefaultSpin").value() == 4096
    assert d.findChild(QComboBox, "captureCapCombo").currentData() == spool.DEFAULT_CAP
    assert d.ask_bind_all.isChecked()
    from socket_playground.ui.accessible import needs_name

    assert [x.objectName() for x in d.findChildren(QWidget) if needs_name(x)] == []
    assert d.findChild(QSpinBox, "recvSizeDefaultSpin").accessibleName() == "recv() size"
    # the dialog's choices go where the other parts read them
    d.cap.setCurrentIndex(d.cap.findData(64 << 20))
    d.ask_bind_all.setChecked(False)
    d.accept()
    assert spool.default_cap() == 64 << 20
    assert w.session_menu.capture_menu.actions["64MiB"].isChecked()
    assert QSettings().value("network/bindAllDontAsk", False, type=bool)


def test_language_choice(qtbot, make_window):
    w = make_window()
    d = SettingsDialog(w)
    qtbot.addWidget(d)
    note = d.findChild(type(d.language_note), "languageNote")
    assert "starts again" in note.text()  # honest: the language changes at the next start
    d.language.setCurrentIndex(d.language.findData("zh_CN"))
    d.accept()
    assert settings.language() == "zh_CN"
    assert settings.language_for(None) == "zh_CN"
    assert settings.language_for("en") == "en"  # --lang wins
    again = SettingsDialog(w)
    qtbot.addWidget(again)
    assert again.language.currentData() == "zh_CN"


def test_chosen_language_is_used_at_start(tmp_path):
    """The next start is in the chosen language (here --list-lessons, which
    needs no window, in a child with its own config folder)."""
    env = {**os.environ, "PYTHONPATH": APP, "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    conf = tmp_path / "Socket Playground" / "Socket Playground.conf"
    conf.parent.mkdir()
    conf.write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    run = [sys.executable, "-m", "socket_playground", "--list-lessons"]
    out = subprocess.run(run, env=env, capture_output=True, timeout=60, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert CJK.search(out.stdout)
    out = subprocess.run(
        [*run, "--lang", "en"], env=env, capture_output=True, timeout=60, encoding="utf-8"
    )
    assert not CJK.search(out.stdout)


def test_reset_settings(qtbot, make_window, monkeypatch, default_cap):
    w = make_window()
    w.memory.histories["server"].add("127.0.0.1", 8000)
    d = SettingsDialog(w)
    qtbot.addWidget(d)
    d.language.setCurrentIndex(d.language.findData("zh_CN"))
    d.cap.setCurrentIndex(d.cap.findData(0))
    d.accept()
    assert spool.default_cap() is None
    d = SettingsDialog(w)
    qtbot.addWidget(d)
    button = d.findChild(QPushButton, "resetSettingsButton")
    monkeypatch.setattr(settings_dialog, "confirm_reset", lambda _parent: False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert settings.language() == "zh_CN"  # asked, and the answer was no
    monkeypatch.setattr(settings_dialog, "confirm_reset", lambda _parent: True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QSettings().allKeys() == []
    assert settings.language() == "" and settings.recent("server") == []
    assert spool.default_cap() == spool.DEFAULT_CAP
    assert w.session_menu.capture_menu.actions["1GiB"].isChecked()
    assert d.result() == 0 and not d.isVisible()
    action = w.findChild(QAction, "serverRecentAction")
    assert action is not None and not action.isVisible()
    w.close()
    assert QSettings().allKeys() == []  # the window's layout was not written back


def test_saved_session_window_does_not_write_its_layout(make_window):
    w = make_window()
    w.memory.enabled = False
    w.close()
    assert settings.read_bytes(settings.GEOMETRY_KEY) is None


def test_menus_have_settings_and_about(qtbot, make_window, monkeypatch):
    w = make_window()
    for name in ("settingsAction", "aboutAction", "aboutQtAction"):
        assert w.findChild(QAction, name) is not None, name
    shown: list[object] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: shown.append(self) or 0)
    w.findChild(QAction, "settingsAction").trigger()
    assert len(shown) == 1 and shown[0].objectName() == "settingsDialog"


def test_about_shows_the_versions(qtbot, make_window):
    w = make_window()
    box = about_box(w)
    qtbot.addWidget(box)
    assert box.objectName() == "aboutBox"
    text = box.text() + box.informativeText()
    for version in (__version__, platform.python_version(), qVersion(), PySide6.__version__):
        assert version in text, version
    for licence in ("MIT", "LGPLv3", "GPL"):
        assert licence in text


def test_lessons_keep_their_own_defaults(qtbot, make_window):
    """A lesson's sockets recv(4096) as its texts say, and are no address
    the user chose."""
    settings.write(settings.RECV_SIZE_KEY, 100)
    w = make_window()
    w.lessons.load("partial-send-recv")
    w.lessons.show()
    assert w.memory.recv_size() == 4096
    start(qtbot, w, "server", "127.0.0.1", 0)
    assert w.sessions[-1].bufsize == 4096
    assert settings.recent("server") == []
    w.lessons.hide()
    assert w.memory.recv_size() == 100
