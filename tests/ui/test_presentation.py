"""View → Presentation mode: larger fonts, the Lessons panel wide, full
screen; leaving it puts every font, size and the geometry back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget

from socket_playground.ui.presentation import PANEL_SHARE, SCALE


@pytest.fixture
def presenting(window, qtbot):
    """The action, and presentation mode left at the end whatever happened
    (the application's font is the whole test run's)."""
    action = window.findChild(QAction, "presentationAction")
    assert action is not None
    yield action
    if action.isChecked():
        action.trigger()


def table_sizes(table) -> tuple[int, list[int]]:
    header = table.horizontalHeader()
    return table.verticalHeader().defaultSectionSize(), [
        header.sectionSize(c) for c in range(header.count() - 1)
    ]


def test_presentation_mode_grows_and_restores(qtbot, window, presenting, connect_pair, child):
    client, _conn = connect_pair(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    hex_view = child(client, QWidget, "bytesView")
    hex_size = hex_view.font().pointSizeF()
    table = client.table
    rows, columns = table_sizes(table)
    geometry, state = window.geometry(), window.windowState()
    assert not window.lessons.isVisible()
    assert presenting.isCheckable() and presenting.shortcut() == QKeySequence("F11")

    presenting.trigger()
    assert app.font().pointSizeF() == pytest.approx(font.pointSizeF() * SCALE)
    qtbot.waitUntil(  # (the application's font reaches the widgets through events)
        lambda: client.font().pointSizeF() == pytest.approx(font.pointSizeF() * SCALE),
        timeout=5000,
    )
    assert hex_view.font().pointSizeF() == pytest.approx(hex_size * SCALE)  # a font of its own
    big_rows, big_columns = table_sizes(table)
    assert big_rows == round(rows * SCALE)
    assert big_columns == [round(c * SCALE) for c in columns]
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    assert window.lessons.isVisible()
    assert window.column_split.orientation() == Qt.Orientation.Vertical
    assert window.forms_row.direction() == QBoxLayout.Direction.TopToBottom
    central = window.centralWidget()
    panes = list(window.panes.values())
    window.setGeometry(0, 0, 1920, 1080)  # (the test screen is smaller)
    qtbot.waitUntil(  # wide enough for the panes: the panel has its 40 %
        lambda: abs(window.lessons.width() - round(1920 * PANEL_SHARE)) <= 4, timeout=5000
    )

    def cut(pane) -> bool:
        column = window.client_column if pane.property("role") == "client" else window.server_column
        inner = pane.parentWidget()
        return pane.width() < pane.minimumSizeHint().width() or (
            inner.width() > column.viewport().width()
        )

    for width, height in ((1920, 1080), (1280, 720)):
        window.setGeometry(0, 0, width, height)

        def laid_out(width=width) -> bool:  # nothing squeezed below its minimum, no pane cut
            return (
                window.width() == width
                and central.width() >= central.minimumSizeHint().width()
                and window.lessons.width() >= window.lessons.minimumSizeHint().width()
                and all(not cut(p) for p in panes)
            )

        qtbot.waitUntil(laid_out, timeout=5000)

    presenting.trigger()
    assert not presenting.isChecked()
    assert app.font() == font
    assert hex_view.font().pointSizeF() == hex_size
    assert table_sizes(table) == (rows, columns)
    assert window.column_split.orientation() == Qt.Orientation.Horizontal
    assert window.forms_row.direction() == QBoxLayout.Direction.LeftToRight
    qtbot.waitUntil(lambda: window.geometry() == geometry, timeout=5000)
    assert window.windowState() == state
    assert not window.lessons.isVisible()


def test_a_pane_made_while_presenting_shrinks_back(qtbot, window, presenting, connect_pair, child):
    """A table made with the larger font (row heights and column widths from
    it) is scaled down on leaving; a font of its own is put back; the Lessons
    panel, shown before, has its width again."""
    window.lessons.show()
    qtbot.waitUntil(window.lessons.isVisible, timeout=5000)
    panel_width = window.lessons.width()
    presenting.trigger()
    client, _conn = connect_pair(window)
    hex_view = child(client, QWidget, "bytesView")
    big_hex = hex_view.font().pointSizeF()
    rows, _columns = table_sizes(client.table)
    presenting.trigger()
    assert hex_view.font().pointSizeF() == pytest.approx(big_hex / SCALE)
    assert table_sizes(client.table)[0] == round(rows / SCALE)
    qtbot.waitUntil(lambda: window.lessons.width() == panel_width, timeout=5000)
    assert window.lessons.isVisible()
