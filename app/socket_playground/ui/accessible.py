"""Accessible names for the controls that show no words of their own.

A screen reader reads a button's text, but a spin box, a combo box, a line
edit or a table says nothing unless it has an accessible name. The name is
taken, in this order, from the label that is its buddy, the label just
before it in its layout ("Port", "Backlog"), its placeholder text, or the
first sentence of its tooltip: words the UI already shows (and translates).
:func:`name_controls` runs over a widget tree when it is built (the window,
a pane, a tab built late, a dialog); a name set by hand is kept.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)
NAME_MAX = 80  # characters: a name, not a description


def plain(text: str) -> str:
    """A label's words without markup or mnemonic ampersands."""
    if "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def needs_name(w: QWidget) -> bool:
    """A control of ours that shows no words of its own and has no name."""
    if not isinstance(w, CONTROLS) or w.accessibleName():
        return False
    if w.objectName().startswith("qt_") or isinstance(w, QHeaderView):
        return False  # Qt's own parts (a table's corner, a header, the menu bar's »)
    parent = w.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QLineEdit):
        return False  # a spin box's editor, a tab bar's arrows, a line edit's clear button
    if (
        isinstance(w, QAbstractItemView)
        and parent is not None
        and parent.inherits("QComboBoxPrivateContainer")
    ):
        return False  # a combo box's popup list
    return not (isinstance(w, QAbstractButton) and plain(w.text()))


def _label_before(w: QWidget) -> str:
    parent = w.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    i = layout.indexOf(w)
    if i <= 0:
        return ""
    item = layout.itemAt(i - 1)
    before = item.widget() if item is not None else None
    return plain(before.text()) if isinstance(before, QLabel) else ""


def derive(w: QWidget) -> str:
    parent = w.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is w and plain(label.text()):
                return plain(label.text())[:NAME_MAX]
    before = _label_before(w)
    if before:
        return before[:NAME_MAX]
    if isinstance(w, QLineEdit) and w.placeholderText():
        return plain(w.placeholderText())[:NAME_MAX]
    tip = plain(w.toolTip())
    if tip:
        for stop in (". ", ": ", "; "):
            tip = tip.split(stop, 1)[0]
        return tip[:NAME_MAX]
    return ""


def name_controls(root: QWidget) -> None:
    """Give every control under ``root`` (and ``root``) without words a name."""
    for w in (root, *root.findChildren(QWidget)):
        if needs_name(w):
            name = derive(w)
            if name:
                w.setAccessibleName(name)
