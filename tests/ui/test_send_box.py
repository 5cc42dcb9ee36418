"""The send box: where a parse error is, highlighted in the text as typed."""

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


@pytest.mark.parametrize(
    ("mode", "typed", "marked"),
    [
        ("text", "😀😀 \\q", "\\q"),  # after two emoji (two UTF-16 units each)
        ("text", "héllo 👋🏽 \\x4", "\\x4"),  # a skin-tone modifier is one more emoji
        ("text", "𝄞 ends in \\", "\\"),
        ("hex", "48 65 😀", "😀"),  # the bad "digit" is itself an emoji
        ("hex", "😀", "😀"),
        ("hex", "48 6", "6"),
        ("text", "no emoji \\q", "\\q"),
    ],
)
def test_error_highlight_is_where_the_error_is(
    qtbot, window, child, connect_pair, click_send, mode, typed, marked
):
    cli, _srv = connect_pair(window)
    child(cli, QComboBox, "sendModeCombo").setCurrentIndex(0 if mode == "text" else 1)
    edit = child(cli, QLineEdit, "sendEdit")
    click_send(cli, typed)
    assert cli.findChild(QWidget, "sendError").isVisible()
    assert edit.text() == typed  # nothing lost
    assert edit.selectedText() == marked
    assert cli.property("sendCalls") == 0
