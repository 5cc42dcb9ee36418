"""A connection's integrity line: the SHA-256 of each direction's whole
stream (every byte, past the capture's cap too), a button to copy both, and
a note when the capture on disk stopped keeping bytes (its cap, or a failed
write). The hashes come from the capture writer, so they follow the record
as soon as the writer has caught up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..core.events import Direction
from ..workers.session import Session
from . import colors

SHOWN_HEX = 16  # hex digits shown; the tooltip and the copy have all 64


class IntegrityRow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityRow")
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("sha256Label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)  # two lines in a narrow pane, not a wider pane
        self.copy = QToolButton()
        self.copy.setObjectName("copySha256Button")
        self.copy.setText(self.tr("Copy SHA-256"))
        self.copy.setToolTip(self.tr("Copy both SHA-256 hashes (received and sent)"))
        self.copy.clicked.connect(self.copy_hashes)
        self.note = QLabel()
        self.note.setObjectName("captureNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(colors.css("warn"))
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.note)
        self.hashes: tuple[str, str] | None = None

    def refresh(self) -> tuple[str, str]:
        """Update the line; returns (received, sent) SHA-256 in lowercase hex."""
        log = self.session.log
        got, sent = log.sha256(Direction.IN), log.sha256(Direction.OUT)
        if (got, sent) != self.hashes and not got:  # no capture: no hashes
            self.hashes = (got, sent)
            self.label.setText(self.tr("SHA-256: not computed (capture off)"))
        elif (got, sent) != self.hashes:
            self.hashes = (got, sent)
            self.label.setText(
                self.tr("SHA-256 received {0}…  sent {1}…").format(
                    got[:SHOWN_HEX], sent[:SHOWN_HEX]
                )
            )
            self.label.setToolTip(
                self.tr("SHA-256 of every byte received:\n{0}\nof every byte sent:\n{1}").format(
                    got, sent
                )
            )
        self._show_note()
        return got, sent

    def _show_note(self) -> None:
        spool = self.session.log.spool
        if spool is None:
            return
        parts = []
        names = {Direction.IN: self.tr("received"), Direction.OUT: self.tr("sent")}
        for d in (Direction.IN, Direction.OUT):
            limit = spool.kept_limit(d)
            if limit is not None:
                parts.append(
                    self.tr(
                        "{0} bytes after byte {1:,} are not kept on disk; they are "
                        "still counted and in the SHA-256."
                    ).format(names[d], limit)
                )
        if spool.error:
            parts.append(self.tr("Writing the capture failed: {0}").format(spool.error))
        text = " ".join(parts)
        if text != self.note.text():
            self.note.setText(text)
            self.note.setVisible(bool(text))

    @Slot()
    def copy_hashes(self) -> None:
        got, sent = self.refresh()
        QGuiApplication.clipboard().setText(f"received: {got}\nsent: {sent}\n")
