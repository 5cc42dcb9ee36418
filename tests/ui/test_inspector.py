"""Byte inspector: select bytes in the hex view, read them as numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QWidget

from socket_playground.core.capture import CaptureStore
from socket_playground.ui.bytes_view import BytesView
from socket_playground.ui.inspector import InspectorPanel

LEFT = Qt.MouseButton.LeftButton


def byte_pos(view: BytesView, offset: int, column: str = "hex") -> QPoint:
    """Centre of ``offset``'s hex pair (or ASCII character), laid out as the
    painter lays it out."""
    fm = view.fontMetrics()
    cw = fm.horizontalAdvance("0")
    lh = fm.height() + 2
    width, half = view.row_bytes, view.row_bytes // 2
    first = view.store.base - view.store.base % width
    row, col = divmod(offset - first, width)
    screen_row = row - view.verticalScrollBar().value()
    if view.store.dropped and view.verticalScrollBar().value() == 0:
        screen_row += 1
    hex_x = 10 * cw
    if column == "hex":
        x = hex_x + (col * 3 + (1 if col >= half else 0)) * cw + cw  # between the digits
    else:
        x = hex_x + (width * 3 + 2) * cw + col * cw + cw // 2
    return QPoint(x, screen_row * lh + lh // 2)


@pytest.fixture
def rig(qtbot):
    store = CaptureStore()
    store.append(0, b"\x00\x00\x01\x02hello", 0)
    store.append(1, b"\xff\xfe", 1)
    host = QWidget()
    view = BytesView(store)
    panel = InspectorPanel(view)
    lay = QHBoxLayout(host)
    lay.addWidget(view, 3)
    lay.addWidget(panel, 2)
    host.resize(1100, 420)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    view.refresh()
    yield view, panel
    del host  # held until teardown: it owns the view and the panel


def test_panel_names_and_hint(rig):
    view, panel = rig
    assert panel.objectName() == "byteInspector"
    assert panel.findChild(QTableWidget, "inspectorTable") is panel.table
    assert view.selection() == (0, 0)
    assert panel.hint.isVisible()
    assert not panel.findChild(QLabel, "inspectorRange").isVisible()
    assert panel.value_text("!I") == ""
    assert panel.table.item(0, 1).text() == "unsigned 16-bit, big-endian (network)"
    assert "htons" in panel.table.item(0, 0).toolTip()
    assert "little-endian" in panel.table.item(1, 0).toolTip()


def test_programmatic_selection_reads_numbers(qtbot, rig):
    view, panel = rig
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        view.set_selection(0, 4)
    assert blocker.args == [0, 4]
    assert view.selection() == (0, 4)
    assert panel.value_text("!I") == "258 (0x00000102)"
    assert panel.value_text("<I") == "33619968 (0x02010000)"
    assert panel.value_text("!H") == "0 (0x0000)"
    assert panel.value_text("!Q") == "needs 8 bytes"
    rng = panel.findChild(QLabel, "inspectorRange")
    assert rng.isVisible() and not panel.hint.isVisible()
    assert rng.text() == "bytes 0–3 (4 selected): 00 00 01 02"
    assert not panel.mixed_note.isVisible()
    # UTF-8 of "hello"
    view.set_selection(4, 9)
    assert panel.value_text("utf-8") == '"hello"'
    # across the received/sent boundary: read, but flagged
    view.set_selection(9, 11)
    assert panel.value_text("!H") == "65534 (0xfffe)"
    assert panel.value_text("<h") == "-257"
    assert panel.mixed_note.isVisible() is False  # both bytes were sent
    view.set_selection(8, 10)
    assert panel.mixed_note.isVisible()


def test_selection_is_clamped_to_retained_bytes(qtbot, rig):
    view, panel = rig
    view.set_selection(5, 10_000)
    assert view.selection() == (5, 11)
    view.set_selection(7, 3)  # reversed: swapped
    assert view.selection() == (3, 7)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        view.set_selection(50, 60)  # nothing retained there: none
    assert blocker.args == [0, 0]
    assert view.selection() == (0, 0)
    assert panel.hint.isVisible()
    with qtbot.assertNotEmitted(view.selection_changed):
        view.set_selection(2, 2)  # still none: no signal


def test_offset_at_matches_the_painted_layout(rig):
    view, _panel = rig
    for offset in range(11):
        assert view.offset_at(byte_pos(view, offset)) == offset
        assert view.offset_at(byte_pos(view, offset, "ascii")) == offset
    assert view.offset_at(QPoint(2, 5)) is None  # the offset column
    assert view.offset_at(byte_pos(view, 11)) is None  # past the last byte
    assert view.offset_at(byte_pos(view, 16)) is None  # a row with no bytes


def test_mouse_drag_selects(qtbot, rig):
    view, panel = rig
    vp = view.viewport()
    p2, p5 = byte_pos(view, 2), byte_pos(view, 5)
    assert view.offset_at(p2) == 2 and view.offset_at(p5) == 5
    with qtbot.waitSignal(
        view.selection_changed, timeout=1000, check_params_cb=lambda s, e: (s, e) == (2, 6)
    ):
        qtbot.mousePress(vp, LEFT, pos=p2)
        qtbot.mouseMove(vp, pos=p5)
        qtbot.mouseRelease(vp, LEFT, pos=p5)
    assert view.selection() == (2, 6)
    assert panel.value_text("!I") == str(0x01026865) + " (0x01026865)"
    # shift+click extends from the anchor (byte 2), here over the ASCII column
    with qtbot.waitSignal(view.selection_changed, timeout=1000):
        qtbot.mouseClick(
            vp, LEFT, Qt.KeyboardModifier.ShiftModifier, pos=byte_pos(view, 9, "ascii")
        )
    assert view.selection() == (2, 10)
    # dragging backwards and past the end of the row selects up to the row end
    qtbot.mousePress(vp, LEFT, pos=byte_pos(view, 4))
    qtbot.mouseMove(vp, pos=byte_pos(view, 0))
    assert view.selection() == (0, 5)
    qtbot.mouseMove(vp, pos=QPoint(vp.width() - 2, byte_pos(view, 4).y()))
    qtbot.mouseRelease(vp, LEFT, pos=QPoint(vp.width() - 2, byte_pos(view, 4).y()))
    assert view.selection() == (4, 11)
    # a click outside the bytes clears
    with qtbot.waitSignal(
        view.selection_changed, timeout=1000, check_params_cb=lambda s, e: s == e
    ):
        qtbot.mouseClick(vp, LEFT, pos=QPoint(2, 5))
    assert view.selection() == (0, 0)


def test_selection_paints(qtbot, rig):
    view, _panel = rig
    before = view.viewport().grab().toImage()
    view.set_selection(2, 6)
    after = view.viewport().grab().toImage()
    assert before != after
    view.set_selection(0, 0)
    assert view.viewport().grab().toImage() == before


def test_switching_mode_clears_selection(qtbot, rig):
    view, panel = rig
    view.set_selection(0, 4)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        view.set_mode("utf-8")
    assert blocker.args == [0, 0]
    assert view.selection() == (0, 0)
    assert panel.hint.isVisible()
    assert panel.value_text("!I") == ""
    # text modes have no selection
    with qtbot.assertNotEmitted(view.selection_changed):
        view.set_selection(0, 4)
        qtbot.mousePress(view.viewport(), LEFT, pos=QPoint(20, 5))
        qtbot.mouseRelease(view.viewport(), LEFT, pos=QPoint(20, 5))
    assert view.offset_at(QPoint(20, 5)) is None
    view.set_mode("hex")
    view.set_selection(0, 2)
    assert view.selection() == (0, 2)


def test_offsets_beyond_2_gib(qtbot):
    """Offsets are Python ints end to end: the signal must not be a C int."""
    store = CaptureStore(byte_cap=4 * 1024 * 1024)
    chunk = bytes(range(256)) * 4096  # 1 MiB, stored by reference
    store.extend(0, [0] * 2100, [chunk] * 2100, 65536)
    assert store.base > 2**31
    view = BytesView(store)
    panel = InspectorPanel(view)
    qtbot.addWidget(view)
    qtbot.addWidget(panel)
    view.resize(800, 300)
    view.show()
    view.refresh()
    start = store.combined_total - 256 + 1  # bytes 01 02 03 04
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as blocker:
        view.set_selection(start, start + 4)
    assert blocker.args == [start, start + 4]
    assert panel.value_text("!I") == "16909060 (0x01020304)"
    assert view.offset_at(byte_pos(view, start)) == start
    view.set_selection(0, store.base + 2)  # clamped to the retained bytes
    assert view.selection() == (store.base, store.base + 2)
