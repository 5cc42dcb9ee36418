"""Both languages: every control's words come from the translation."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from socket_playground.main import install_translator, parse_args
from socket_playground.ui.main_window import MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh(qapp):
    before = QLocale()
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None, (
        "zh_CN translation missing: run packaging/build_resources.py (setup-venv.sh does)"
    )
    yield translator
    QApplication.removeTranslator(translator)
    if getattr(translator, "qt", None) is not None:  # Qt's own strings (qtbase)
        QApplication.removeTranslator(translator.qt)
    QLocale.setDefault(before)


def test_lang_option_is_parsed():
    assert parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    assert parse_args([]).lang is None


def test_english_is_the_source(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.findChild(QPushButton, "startServerButton").text() == "Start server"
    assert w.findChild(QPushButton, "connectButton").text() == "Connect"
    assert w.windowTitle() == "Socket Playground"


def test_chinese_window_and_panes(qtbot, zh, panes):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    for name in ("startServerButton", "connectButton"):
        text = w.findChild(QPushButton, name).text()
        assert CJK.search(text), (name, text)
    # the title is the translation's, and the translation has one with Chinese in it
    title = QCoreApplication.translate("MainWindow", "Socket Playground")
    assert CJK.search(title), title
    assert w.windowTitle() == title
    with qtbot.waitSignal(w.demo_finished, timeout=10000):
        w.run_demo()
    cli = panes(w, "client")[0]
    assert cli.property("state") == "peer-closed"  # properties stay English words
    send = cli.findChild(QPushButton, "sendButton")
    assert CJK.search(send.text())
    # words behind a helper (the Conversation button's, the error dialog's) too
    conversation = cli.findChild(QToolButton, "conversationButton")
    assert CJK.search(conversation.text()), conversation.text()
    from socket_playground import log

    assert CJK.search(log._t("ErrorDialog", "Socket Playground: unexpected error"))
    badge_text = cli.badge.text()
    assert CJK.search(badge_text), badge_text
    # plain-words errno explanations are translated too
    assert CJK.search(
        QCoreApplication.translate(
            "Errors",
            "Connection refused: nothing is "
            "listening on that port (the peer "
            "answered with a reset).",
        )
    )
    w.close()


def test_chinese_lessons(qtbot, zh, window, monkeypatch):
    """The lessons' titles and step texts come from the translation too
    (context "Lesson"): the list, the title, and every line of the transcript
    after Run all, each the translation of its step's English."""
    from socket_playground.core.lessons import CONTEXT, find
    from socket_playground.ui import lessons as lessons_ui

    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    panel = window.lessons
    titles = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert titles and all(CJK.search(title) for title in titles), titles
    monkeypatch.setattr(lessons_ui, "may_bind_privileged", lambda: False)
    runner = panel.load("recv-returns-empty")
    lesson = find("recv-returns-empty")
    assert lesson is not None
    assert CJK.search(panel.title.text()) and tr(lesson.title_en) in panel.title.text()
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        panel.findChild(QPushButton, "lessonRunAllButton").click()
    assert blocker.args == [True], panel.status.text()
    lines = panel.transcript.texts()
    assert lines == [f"{i + 1}. {tr(step.en)}" for i, step in enumerate(lesson.steps)]
    assert all(CJK.search(line) for line in lines), lines
    # where ports below 1024 may be bound, the other Chinese text
    privileged_lesson = find("privileged-ports")
    assert privileged_lesson is not None
    step = privileged_lesson.steps[0]
    for privileged in (True, False):
        monkeypatch.setattr(lessons_ui, "may_bind_privileged", lambda p=privileged: p)
        runner = panel.load("privileged-ports")
        with qtbot.waitSignal(runner.step_done, timeout=10000):
            panel.findChild(QPushButton, "lessonNextButton").click()
        shown = panel.transcript.texts()[0]
        assert shown == f"1. {tr(step.text(privileged))}" and CJK.search(shown)
    assert tr(step.en) != tr(step.en_privileged)


def test_english_when_asked_even_if_translations_exist(qapp):
    assert install_translator(qapp, "en") is None


def test_qt_own_strings_are_chinese_too(zh):
    """qtbase_zh_CN.qm (shipped with PySide6) is loaded with the UI's
    translation: Qt's own line-edit menu and dialog buttons speak Chinese."""
    from PySide6.QtCore import QCoreApplication

    assert zh.qt is not None
    undo = QCoreApplication.translate("QLineEdit", "&Undo")
    assert undo != "&Undo" and CJK.search(undo), undo
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert CJK.search(cancel), cancel
