"""A zh_CN window has no English words left: every label, button, tab,
group title, combo item, table header, menu and action (Qt's own line-edit
context menu included), placeholder and tooltip, walked after a conversation
with every tab of every pane built."""

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from socket_playground.main import install_translator
from socket_playground.ui.main_window import MainWindow

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# what is code, a name or a number in any language: calls, constants, addresses,
# units, hex, the program's name
CODE = re.compile(
    r"[\w.]*\([^)]*\)"  # calls: recv(4096), socket()
    r"|\b[A-Z][A-Z0-9_]{1,}\b"  # constants and acronyms: SO_RCVBUF, TCP, EAGAIN
    r"|\b\w*_\w*\b"  # names with an underscore
    r"|\b[A-Z][a-z]+[A-Z]\w*\b"  # CamelCase: BlockingIOError, TimeoutError
    r"|\b\w*\d\w*\b"  # anything with a digit: IPv4, 0x1F, 127.0.0.1, sha256
    r"|Socket Playground|PySide6|Python|Qt\b|Linux|HOWTO|MySocket|Nagle"
    r"|\b(?:hex|ms|KiB|MiB|GiB)\b",
)
WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def english(text: str) -> bool:
    """Words of English in a text without any Chinese (two or more, code aside)."""
    text = text.replace("&", "")  # mnemonics
    if not text.strip() or CJK.search(text):
        return False
    return len(WORD.findall(CODE.sub(" ", text))) >= 2


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    found = []
    name = widget.objectName() or type(widget).__name__
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        found.append((name, widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append((name, widget.text()))
    if isinstance(widget, QGroupBox):
        found.append((name, widget.title()))
    if isinstance(widget, QTabBar):
        found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        found.append((f"{name} placeholder", widget.placeholderText()))
        menu = widget.createStandardContextMenu()  # Qt's own words
        found += [(f"{name} menu", a.text()) for a in menu.actions() if a.text()]
        menu.deleteLater()
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if model is not None:
        try:
            columns = model.columnCount()
        except TypeError:  # a list model: no header
            columns = 0
        found += [
            (f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
            for c in range(columns)
            if model.headerData(c, Qt.Orientation.Horizontal)
        ]
    found += [(f"{name} action", a.text()) for a in widget.actions() if a.text()]
    if widget.toolTip():
        found.append((f"{name} tooltip", widget.toolTip()))
    return found


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        found.append((f"menu {menu.title()}", action.text()))
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return found


@pytest.fixture
def zh(qapp):
    before = QLocale()
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None, "zh_CN translation missing: run packaging/build_resources.py"
    yield translator
    QApplication.removeTranslator(translator)
    if getattr(translator, "qt", None) is not None:
        QApplication.removeTranslator(translator.qt)
    QLocale.setDefault(before)


def test_english_words_are_found():
    assert english("Start server")
    assert english("received 0 bytes in 0 recv()")
    assert not english("recv(4096) → 10")
    assert not english("SO_RCVBUF")
    assert not english("启动服务器")
    assert not english("127.0.0.1:8000")


def test_no_english_in_a_chinese_window(qtbot, zh, panes):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.demo_finished, timeout=10000):
        w.run_demo()
    for pane in w.panes.values():
        if hasattr(pane, "build_all_tabs"):
            pane.build_all_tabs()
    w.lessons.show()
    found = []
    for widget in w.findChildren(QWidget):
        found += texts_of(widget)
    for action in w.menuBar().actions():
        if action.menu() is not None:
            found += [(f"menu {action.text()}", action.text())]
            found += menu_texts(action.menu())
    left = sorted({(where, text) for where, text in found if english(text)})
    assert not left, "\n".join(f"{where}: {text!r}" for where, text in left)
    w.close()
