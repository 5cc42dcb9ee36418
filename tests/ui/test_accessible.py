"""Every control has words for a screen reader: its text, or an accessible
name from its label, placeholder or tooltip (ui/accessible.py), in the UI's
language."""

import re

from PySide6.QtWidgets import QSpinBox, QWidget

from socket_playground.ui.accessible import needs_name, plain
from socket_playground.ui.main_window import MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")


def unnamed(root: QWidget) -> list[str]:
    return sorted(
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if needs_name(w)
    )


def test_every_control_is_named_after_a_conversation(qtbot, panes):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert unnamed(w) == []  # the forms, the Lessons panel
    with qtbot.waitSignal(w.demo_finished, timeout=10000):
        w.run_demo()
    assert unnamed(w) == []  # the panes as they come
    for pane in w.panes.values():
        if hasattr(pane, "build_all_tabs"):
            pane.build_all_tabs()  # the tabs built late
    assert unnamed(w) == []
    port = w.findChild(QSpinBox, "clientPortSpin")
    assert port.accessibleName().startswith("Port")  # its label or tooltip
    w.close()


def test_names_follow_the_language(qtbot, qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from socket_playground.main import install_translator

    before = QLocale()
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        name = w.findChild(QSpinBox, "clientPortSpin").accessibleName()
        assert CJK.search(name), name
        w.close()
    finally:
        QApplication.removeTranslator(translator)
        if getattr(translator, "qt", None) is not None:
            QApplication.removeTranslator(translator.qt)
        QLocale.setDefault(before)


def test_plain_drops_markup_and_mnemonics():
    assert plain("<b>Po&rt</b>") == "Port"
    assert plain("Save && quit") == "Save & quit"
