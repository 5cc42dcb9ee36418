"""Text from outside the program, shown as text: never as markup, never
turned round or cut short by a character nobody can see.

Peer bytes, addresses and host names, file names, errno messages, what a
session file holds and what the user typed reach labels, tooltips, message
boxes and item views. Qt guesses the format of a QLabel's, a QMessageBox's
and every tooltip's text (``Qt.mightBeRichText``): ``<b>x</b>`` would show
bold and ``<img src=…>`` an image. A right-to-left override (U+202E) turns
what follows round, ESC and NUL are invisible, and a 1 MB line takes the GUI
seconds to lay out.

- :func:`visible`: control, format and other invisible characters as escapes;
- :func:`clean`: one value on one line, visible, at most ``limit`` characters;
- :func:`tooltip`: a tooltip that shows its text as written;
- :func:`warning`: a message box with plain text.

A QLabel that shows such a value is made plain where it is built
(``setTextFormat(Qt.TextFormat.PlainText)``) and given ``clean()`` text;
item views paint their items' text plainly, so their cells need only
``clean()``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QMessageBox, QWidget

LIMIT = 1000  # characters of one value in a label or cell
TOOLTIP_LIMIT = 4000  # characters of one tooltip or message
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` with control and other invisible characters as escapes
    (``\\n``, ``\\x1b``, ``\\u202e``); a lone surrogate too."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def clean(text: str, limit: int = LIMIT) -> str:
    """``text`` on one line as :func:`visible` shows it, at most ``limit``
    characters (a longer one ends with "…")."""
    if len(text) <= limit and text.isprintable():
        return text
    shown = visible(text[: limit + 1])  # escapes only lengthen
    if len(shown) > limit:
        return shown[: limit - 1] + "…"
    return shown


def lines(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """Like :func:`clean`, but line breaks stay line breaks (a message of
    our own words with outside values in it)."""
    if len(text) <= limit and text.replace("\n", " ").isprintable():
        return text
    cut = text[: limit + 1]
    shown = "\n".join(visible(line) for line in cut.split("\n"))
    if len(shown) > limit:
        return shown[: limit - 1] + "…"
    return shown


def tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip's text that Qt shows as written: :func:`lines`, and where
    Qt would read it as HTML, the same characters said in HTML."""
    text = lines(text, limit)
    if GuiQt.mightBeRichText(text):
        return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
    return text


def warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show a warning whose text is plain (QMessageBox.warning() guesses), window
    modal and without a nested event loop; returns the box (deleted on close)."""
    box = QMessageBox(parent)
    box.setObjectName("plainWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(lines(text))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
