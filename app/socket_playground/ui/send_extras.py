"""What the send box remembers and takes besides typing: the history
(Up/Down in ``sendEdit``, each payload with its mode; the last 50, kept in
the settings), named saved payloads (``savedPayloadsButton``), a multi-line
editor (``payloadEditorButton``), and a file dropped on the box (sent by the
Send-more tab's file job: the box only says which file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import payloads
from ..core.payloads import NAME_MAX, Payload
from . import plain

if TYPE_CHECKING:
    from .send_box import SendBox

HISTORY_KEY = "sendBox/history"
SAVED_KEY = "sendBox/savedPayloads"


def dropped_file(event: QEvent) -> str | None:
    """The local file a drag carries (the first one), else None."""
    mime = event.mimeData()  # type: ignore[attr-defined]
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if isinstance(url, QUrl) and url.isLocalFile():
            return url.toLocalFile()
    return None


class SendExtras(QObject):
    file_dropped = Signal(str)  # a path: the pane sends it through the file job

    def __init__(self, box: SendBox) -> None:
        super().__init__(box)
        self.box = box
        self._pos = -1  # history entry shown; -1: none (the draft)
        self._draft: Payload = ("text", "")
        self.saved_button = QToolButton()
        self.saved_button.setObjectName("savedPayloadsButton")
        self.saved_button.setText(self.tr("&Payloads"))
        self.saved_button.setToolTip(
            self.tr("Save the payload under a name, or put a saved one in the box (Alt+P)")
        )
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.setObjectName("savedPayloadsMenu")
        self.saved_menu.aboutToShow.connect(self._fill_menu)
        self.saved_button.setMenu(self.saved_menu)
        self.editor_button = QToolButton()
        self.editor_button.setObjectName("payloadEditorButton")
        self.editor_button.setText(self.tr("&Editor…"))
        self.editor_button.setToolTip(
            self.tr("Edit a long or multi-line payload; a line break is \\n (Alt+E)")
        )
        self.editor_button.clicked.connect(self.open_editor)
        self.dialog: QDialog | None = None
        box.edit.installEventFilter(self)
        box.edit.textEdited.connect(self._edited)
        box.setAcceptDrops(True)
        box.installEventFilter(self)

    # -- settings ----------------------------------------------------------------------
    def history(self) -> list[Payload]:
        return payloads.load_history(QSettings().value(HISTORY_KEY, ""))

    def saved(self) -> dict[str, Payload]:
        return payloads.load_saved(QSettings().value(SAVED_KEY, ""))

    def current(self) -> Payload:
        return self.box.mode.currentData(), self.box.edit.text()

    def remember(self) -> None:
        """The box's payload goes to the history (called once it was sent)."""
        history = payloads.push_history(self.history(), self.current())
        QSettings().setValue(HISTORY_KEY, payloads.dump_history(history))
        self._pos = -1

    # -- history -----------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        t = event.type()
        if obj is self.box.edit and t == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():  # type: ignore[attr-defined]
                self.recall(-1 if key == Qt.Key.Key_Up else 1)
                return True
        drag = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if obj is self.box and t in drag and dropped_file(event):
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if obj is self.box and t == QEvent.Type.Drop:
            path = dropped_file(event)
            if path:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.file_dropped.emit(path)
                return True
        return super().eventFilter(obj, event)

    def recall(self, step: int) -> bool:
        """Up (-1): an earlier payload; Down (+1): a later one, then what
        was typed before. Returns whether the box changed."""
        history = self.history()
        n = len(history)
        pos = n if self._pos < 0 else self._pos
        new = max(0, min(pos + step, n))
        if new == pos or not n:
            return False
        if self._pos < 0:
            self._draft = self.current()
        self._pos = -1 if new == n else new
        mode, text = self._draft if new == n else history[new]
        self.box.set_input(text, mode)
        self.box.error.hide()
        return True

    @Slot(str)
    def _edited(self, _text: str) -> None:
        self._pos = -1  # typing makes it a new payload

    # -- saved payloads ----------------------------------------------------------------
    def save_payload(self, name: str) -> bool:
        name = name.strip()[:NAME_MAX]
        if not name:
            return False
        saved = self.saved()
        saved[name] = self.current()
        QSettings().setValue(SAVED_KEY, payloads.dump_saved(saved))
        return True

    def load_payload(self, name: str) -> bool:
        p = self.saved().get(name)
        if p is None:
            return False
        self.box.set_input(p[1], p[0])
        self.box.error.hide()
        self._pos = -1
        return True

    def delete_payload(self, name: str) -> bool:
        saved = self.saved()
        if saved.pop(name, None) is None:
            return False
        QSettings().setValue(SAVED_KEY, payloads.dump_saved(saved))
        return True

    @Slot()
    def ask_and_save(self) -> None:
        if not self.box.edit.text():
            self.box.show_error(self.tr("Nothing to save: type some bytes first."))
            return
        name, ok = QInputDialog.getText(
            self.box, self.tr("Save payload"), self.tr("Name for this payload:")
        )
        if ok and not self.save_payload(name):
            self.box.show_error(self.tr("A saved payload needs a name."))

    @Slot()
    def _fill_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("Save current payload…"))
        save.setObjectName("savePayloadAction")
        save.triggered.connect(self.ask_and_save)
        saved = self.saved()
        if not saved:
            return
        menu.addSeparator()
        for name in sorted(saved, key=str.casefold):
            label = plain.clean(name, NAME_MAX).replace("&", "&&")
            action = menu.addAction(label)
            action.setObjectName("savedPayloadAction")
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.load_payload(n))
        delete = menu.addMenu(self.tr("Delete"))
        delete.setObjectName("deletePayloadMenu")
        for name in sorted(saved, key=str.casefold):
            action = delete.addAction(plain.clean(name, NAME_MAX).replace("&", "&&"))
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.delete_payload(n))

    # -- editor ------------------------------------------------------------------------
    @Slot()
    def open_editor(self) -> QDialog:
        """A dialog with the payload over several lines; OK puts it back."""
        mode = self.box.mode.currentData()
        dialog = QDialog(self.box)
        dialog.setObjectName("payloadEditorDialog")
        dialog.setWindowTitle(self.tr("Payload"))
        edit = QPlainTextEdit()
        edit.setObjectName("payloadEditor")
        edit.setPlainText(payloads.to_editor(self.box.edit.text(), mode))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        v = QVBoxLayout(dialog)
        v.addWidget(edit)
        v.addWidget(buttons)
        dialog.resize(560, 320)

        def done() -> None:
            m = self.box.mode.currentData()
            self.box.edit.setText(payloads.from_editor(edit.toPlainText(), m))
            self.box.error.hide()
            self._pos = -1

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        edit.setFocus()
        self.dialog = dialog
        return dialog

    def buttons(self) -> list[QWidget]:
        return [self.saved_button, self.editor_button]
