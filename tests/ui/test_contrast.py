"""Text stays readable on a light and on a dark palette: every colour role
at least 4.5:1 against the palette's window and base, the state badges'
white text at least 4.5:1 on their colours, and the widgets take their
colours from the palette the application has."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from socket_playground.core.events import State
from socket_playground.ui import colors, texts

UI = Path(__file__).resolve().parents[2] / "app" / "socket_playground" / "ui"
AA = 4.5


def light() -> QPalette:
    p = QPalette()
    for role, c in ((QPalette.ColorRole.Window, "#efefef"), (QPalette.ColorRole.Base, "#ffffff")):
        p.setColor(role, QColor(c))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    return p


def dark() -> QPalette:
    p = QPalette()
    for role, c in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.Base, "#2a2a2a")):
        p.setColor(role, QColor(c))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    return p


@pytest.mark.parametrize("palette", [light, dark], ids=["light", "dark"])
@pytest.mark.parametrize("role", sorted(colors.ROLES))
def test_each_role_is_readable_on_the_palette(palette, role):
    p = palette()
    c = colors.color(role, p)
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ratio = colors.contrast(c, p.color(background))
        assert ratio >= AA, f"{role} {c.name()} on {p.color(background).name()}: {ratio:.2f}"


@pytest.mark.parametrize("state", list(State))
def test_badge_text_is_readable(state):
    ratio = colors.contrast(QColor(colors.BADGE_TEXT), QColor(texts.STATE_COLOURS[state]))
    assert ratio >= AA, f"{state}: {ratio:.2f}"


def test_contrast_is_wcags():
    assert colors.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert colors.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_widgets_follow_the_application_palette(qapp):
    before = QApplication.palette()
    try:
        QApplication.setPalette(dark())
        from socket_playground.ui.columns import PaneColumn

        column = PaneColumn("c", "empty")
        assert colors.name("muted", dark()) in column.empty.styleSheet()
        QApplication.setPalette(light())
        column = PaneColumn("c", "empty")
        assert colors.name("muted", light()) in column.empty.styleSheet()
    finally:
        QApplication.setPalette(before)


def test_text_colours_come_from_the_roles():
    """No text colour written into a widget's code: a style sheet's
    ``color:`` and a QColor literal for text belong in colors.py (fills of
    the ruler and the conversation view, the lesson frame, and the badges
    with their white text, aside)."""
    allowed = {"colors.py", "texts.py", "ruler.py", "sequence_canvas.py", "lesson_focus.py"}
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<!background: )(?<!-)color:\s*#[0-9a-fA-F]{3,6}", line) or re.search(
                r'QColor\("#', line
            ):
                found.append(f"{path.name}:{n}: {line.strip()}")
    # the lesson transcript's current line: dark text on its own light background
    found = [f for f in found if "#1f2937" not in f and "#fee2e2" not in f]
    assert not found, "\n".join(found)


def test_label_in_dark_palette_uses_the_light_variant(qtbot, qapp):
    before = QApplication.palette()
    try:
        QApplication.setPalette(dark())
        label = QLabel()
        qtbot.addWidget(label)
        label.setStyleSheet(colors.css("error"))
        assert colors.ROLES["error"][1] in label.styleSheet()
    finally:
        QApplication.setPalette(before)
