"""Find in bytes: the Bytes tab's find bar (``findBar``).

What is typed (text, hex, or text with escapes, parsed as the send box
parses) is searched for in the capture from the first byte the view shows,
by a :class:`~..core.byte_search.ByteSearch` on a GUI timer, about 8 ms at a
time, so the GUI never waits for a search; it follows the capture as it
grows while the bar is open. Next/Previous (Enter, Shift+Enter, F3,
Shift+F3) select the match in the bytes view (in hex: selections are shown
there) and scroll to it; ``findCount`` says how many there are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..core.byte_search import ByteSearch
from ..core.sendinput import SendInputError, parse_hex, parse_text
from . import colors, texts
from .bytes_view import BytesView

STEP_S = 0.008  # one slice of searching per timer tick, at most about this long
FOLLOW_MS = 500  # while open and searched to the end: look for new bytes this often
FIND_MAX = 4096  # characters


class FindBar(QWidget):
    def __init__(self, view: BytesView, show_hex: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view, self.show_hex = view, show_hex
        self.search: ByteSearch | None = None
        self._want = 0  # +1/-1: jump to the next/previous match once one is found
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find bytes"))
        self.edit.setMaxLength(FIND_MAX)
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(self.tr("Enter: next match, Shift+Enter: previous, Esc: close"))
        self.edit.installEventFilter(self)
        self.mode = QComboBox()
        self.mode.setObjectName("findModeCombo")
        self.mode.addItem(self.tr("Text"), "text")
        self.mode.addItem(self.tr("Hex"), "hex")
        self.mode.addItem(self.tr("Escapes"), "escapes")
        self.mode.setToolTip(
            self.tr("Text: as typed (UTF-8). Hex: 48 65 6c. Escapes: text with \\n \\r \\t \\xNN.")
        )
        self.prev_button = self._button("findPrevButton", "↑", self.tr("Previous match (Shift+F3)"))
        self.next_button = self._button("findNextButton", "↓", self.tr("Next match (F3)"))
        self.prev_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setProperty("matchCount", 0)
        close = self._button("findCloseButton", "✕", self.tr("Close the find bar (Esc)"))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.edit, self.mode, self.prev_button, self.next_button):
            row.addWidget(w)
        row.addWidget(self.count, 1)
        row.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self.edit.textChanged.connect(lambda _t: self.restart())
        self.mode.currentIndexChanged.connect(lambda _i: self.restart())
        self.hide()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        return b

    # -- opening and closing -----------------------------------------------------------
    def open(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.search is None:
            self.restart()
        else:
            self.timer.start(0)

    @Slot()
    def close_bar(self) -> None:
        self.timer.stop()
        self.hide()
        self.view.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                self.find_previous() if shift else self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)

    # -- searching ---------------------------------------------------------------------
    def needle(self) -> bytes | None:
        """What to look for; None (the reason in ``findCount``) when it cannot be read."""
        text, mode = self.edit.text(), self.mode.currentData()
        try:
            if mode == "hex":
                return parse_hex(text)
            if mode == "escapes":
                return parse_text(text)
            return text.encode("utf-8", "surrogatepass")
        except SendInputError as e:
            self._say(texts.send_input_error(e.code, e.position, e.text), error=True)
            return None

    @Slot()
    def restart(self) -> None:
        """Search again from the start (what to find, or the view, changed)."""
        self.search, self._want = None, 0
        self.timer.stop()
        needle = self.needle()
        if needle is None:
            return
        if not needle:
            self._say("")
            return
        self.search = ByteSearch(self.view.store, needle, origin=self.view.base)
        self._tick()

    @Slot()
    def _tick(self) -> None:
        search = self.search
        if search is None:
            return
        if search.pending:
            search.step(STEP_S)
        if self._want:
            self._jump(self._want)
        self._update_count()
        if self.isVisible():
            self.timer.start(0 if search.pending else FOLLOW_MS)

    @Slot()
    def find_next(self) -> None:
        self._go(+1)

    @Slot()
    def find_previous(self) -> None:
        self._go(-1)

    def _go(self, direction: int) -> None:
        if self.search is None:
            self.restart()
        if self.search is None:
            return
        self._want = direction
        self._jump(direction)
        self._update_count()

    def _jump(self, direction: int) -> None:
        search = self.search
        assert search is not None
        start, end = self.view.selection()
        if direction > 0:
            at = search.next_after(start if start < end else self.view.base - 1)
        else:
            at = search.previous_before(start if start < end else self.view.store.combined_total)
        if at is None:
            if not search.pending:
                self._want = 0  # searched everything: nothing to go to
            return
        self._want = 0
        if self.view.mode != "hex":
            self.show_hex()  # selections are shown in hex
        self.view.set_selection(at, at + len(search.needle))

    def _update_count(self) -> None:
        search = self.search
        if search is None:
            return
        n = search.count
        self.count.setProperty("matchCount", n)
        if search.pending:
            self._say(self.tr("{0} matches so far…").format(f"{n:,}"))
            return
        if not n:
            self._say(self.tr("No matches"))
            return
        start, end = self.view.selection()
        i = search.index_of(start) if end - start == len(search.needle) else -1
        if i >= 0:
            self._say(self.tr("{0} of {1}").format(f"{i + 1:,}", f"{n:,}"))
        else:
            self._say(self.tr("{0} matches").format(f"{n:,}"))

    def _say(self, text: str, error: bool = False) -> None:
        self.count.setText(text)
        self.count.setStyleSheet(colors.css("error") if error else "")
        if error:
            self.count.setProperty("matchCount", 0)
