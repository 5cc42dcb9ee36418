"""Copy from the bytes view and the chunk table: hex, text, a Python bytes
literal or a C array (``copyHexAction``, ``copyTextAction``,
``copyPythonAction``, ``copyCArrayAction`` in the context menu), and Ctrl+C
in the view's default form (hex in hex mode, text in the text modes).

The bytes come from the capture (memory or disk) through
:func:`~..core.copy_formats.collect`: at most ``COPY_MAX`` of them, and the
status bar says when a selection was cut or held bytes no longer kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from ..core.capture import CaptureStore
from ..core.copy_formats import COPY_MAX, collect, format_bytes, rows_to_spans
from .bytes_view import BytesView
from .chunk_model import ChunkTableModel
from .status import show_status
from .texts import _t

Spans = Callable[[], list[tuple[int, int]]]

NAMES = {
    "hex": "copyHexAction",
    "text": "copyTextAction",
    "python": "copyPythonAction",
    "c": "copyCArrayAction",
}


def form_label(form: str) -> str:
    return {
        "hex": _t("CopyActions", "Copy as hex"),
        "text": _t("CopyActions", "Copy as text"),
        "python": _t("CopyActions", "Copy as Python bytes"),
        "c": _t("CopyActions", "Copy as C array"),
    }[form]


def copy_spans(
    widget: QWidget, store: CaptureStore, spans: list[tuple[int, int]], form: str, encoding: str
) -> str | None:
    """Put the bytes of ``spans`` on the clipboard as ``form``; returns the
    text (None: nothing was selected). The status bar says what was copied."""
    got = collect(store, spans, COPY_MAX)
    if not got.asked:
        show_status(widget, _t("CopyActions", "Nothing to copy: select bytes or rows first."))
        return None
    text = format_bytes(got.data, form, encoding)
    QGuiApplication.clipboard().setText(text)
    if got.cut:
        note = _t(
            "CopyActions", "Copied the first {0} of {1} bytes selected (at most {0} at a time)."
        ).format(f"{COPY_MAX:,}", f"{got.asked:,}")
    else:
        note = _t("CopyActions", "Copied {0} bytes.").format(f"{len(got.data):,}")
    if got.missing:
        note += " " + _t("CopyActions", "{0} of them are no longer kept and were left out.").format(
            f"{got.missing:,}"
        )
    show_status(widget, note)
    return text


class CopyActions(QObject):
    """The copy actions of one view (the bytes view or the chunk table)."""

    def __init__(
        self,
        view: QWidget,
        store: CaptureStore,
        spans: Spans,
        bytes_view: BytesView,
        extra: Callable[[], list[QAction]] = list,
    ) -> None:
        super().__init__(view)
        self.view, self.store, self.spans, self.bytes_view = view, store, spans, bytes_view
        self.extra = extra  # more actions for the context menu (find, clear)
        self.actions: dict[str, QAction] = {}
        for form, name in NAMES.items():
            action = QAction(form_label(form), view)
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, f=form: self.copy(f))
            self.actions[form] = action
        self.copy_action = QAction(_t("CopyActions", "Copy"), view)
        self.copy_action.setObjectName("copyAction")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: self.copy(self.default_form()))
        view.addAction(self.copy_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)

    def default_form(self) -> str:
        return "hex" if self.bytes_view.mode == "hex" else "text"

    def encoding(self) -> str:
        return "utf-8" if self.bytes_view.mode == "hex" else self.bytes_view.mode

    def copy(self, form: str) -> str | None:
        return copy_spans(self.view, self.store, self.spans(), form, self.encoding())

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.setObjectName("copyMenu")
        selected = bool(self.spans())
        for action in self.actions.values():
            action.setEnabled(selected)
            menu.addAction(action)
        extra = self.extra()
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        return menu

    def show_menu(self, pos) -> None:
        viewport = getattr(self.view, "viewport", None)
        where = viewport() if viewport is not None else self.view
        menu = self.menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where.mapToGlobal(pos))


def bytes_view_spans(view: BytesView) -> Spans:
    def spans() -> list[tuple[int, int]]:
        start, end = view.selection()
        return [(start, end)] if start < end else []

    return spans


def table_spans(table: QAbstractItemView, model: ChunkTableModel) -> Spans:
    """The selected rows' chunks as combined ranges: one per selection range,
    never one per row (a million rows selected cost nothing)."""

    def spans() -> list[tuple[int, int]]:
        sm = table.selectionModel()
        if sm is None:
            return []
        sel = sm.selection()
        ranges = [
            (model.chunk_of(sel.at(i).top()), model.chunk_of(sel.at(i).bottom()))
            for i in range(sel.count())
        ]
        return rows_to_spans(model.store, ranges)

    return spans
