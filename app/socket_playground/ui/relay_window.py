"""Relays in the main window (mixed into it): File → New relay opens
``relayDialog``; the relay's listener is a server pane, and each relayed
connection two ordinary connection panes, the accepted leg (role
``relay-in``) under the relay's pane and the leg to the target (``relay-out``)
in the client column, each saying which leg it is and which is its other."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel

from ..workers.relay import RELAY_IN, RelayListener, RelayPair
from . import colors
from .listener_pane import ListenerPane
from .pane import ConnectionPane, pane_title
from .relay_dialog import RelayDialog

if TYPE_CHECKING:
    from .columns import PaneColumn
    from .pane import BasePane


class RelayStarts:
    server_column: PaneColumn
    client_column: PaneColumn
    panes: dict
    _stopped: bool

    # (the main window's)
    def _descriptors_left(self) -> bool:
        raise NotImplementedError

    def _add(self, s, pane: BasePane, column: PaneColumn, after=None) -> None:
        raise NotImplementedError

    @Slot()
    def show_relay_dialog(self) -> RelayDialog:
        dialog = RelayDialog(self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.start_requested.connect(self.start_relay)
        dialog.open()
        return dialog

    @Slot(str, int, str, int)
    def start_relay(
        self, listen_host: str, listen_port: int, host: str, port: int
    ) -> RelayListener | None:
        if not self._descriptors_left():
            return None
        s = RelayListener(host, port, host=listen_host, port=listen_port)
        pane = ListenerPane(s)
        text = QCoreApplication.translate("Relay", "Relay #{0} → {1}")
        pane.header.title.setText(text.format(s.id, s.target_text))
        pane.setProperty("relayTarget", s.target_text)
        self._add(s, pane, self.server_column)
        s.relayed.connect(self._on_relayed)
        s.start()
        return s

    @Slot(object)
    def _on_relayed(self, pair: RelayPair) -> None:
        if self._stopped:
            pair.inside.stop()
            pair.outside.stop()
            return
        parent = pair.inside.parent_session
        inside, outside = ConnectionPane(pair.inside), ConnectionPane(pair.outside)
        self._add(pair.inside, inside, self.server_column, self.panes.get(parent))
        self._add(pair.outside, outside, self.client_column)
        for pane in (inside, outside):
            mark_leg(pane, pair)
            pane.refresh()


def mark_leg(pane: ConnectionPane, pair: Any) -> None:
    """The pane's role is its leg, a line says which is the other leg, and the
    pause button's tooltip says that pausing stops that direction."""
    leg: Any = pane.session  # a RelayLeg, or a saved one (workers/stored.py)
    other = leg.other_leg
    assert other is not None
    pane.setProperty("role", leg.relay_leg)
    pane.setProperty("otherLeg", other.id)
    label = QLabel()
    label.setObjectName("relayLegLabel")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    pane.layout_.insertWidget(1, label)
    pane.relay_label = label  # type: ignore[attr-defined]

    def show() -> None:
        label.setText(leg_text(leg, other, pair))
        label.setStyleSheet(colors.css("error") if failed(leg, pair) else "")

    show()
    pair.changed.connect(show)
    leg.changed.connect(lambda _b: show())

    def tip(name: str) -> None:
        if name == "socket":
            pane.controls.pause.setToolTip(pause_tip(leg, other))

    pane.tabs.built.connect(tip)
    if pane.tabs.built_part("socket") is not None:
        tip("socket")


def failed(leg: Any, pair: Any) -> bool:
    return pair.failure is not None and leg is pair.inside


def leg_text(leg: Any, other: Any, pair: Any) -> str:
    if failed(leg, pair):
        assert pair.failure is not None
        errno, message = pair.failure
        return QCoreApplication.translate(
            "Relay",
            "Relay leg relay-in: the relay could not connect to the target {0} ({1}: {2}), "
            "so this connection was reset (RST), as a connection to the target would be.",
        ).format(pair.target_text, errno, message)
    if leg.relay_leg == RELAY_IN:
        return QCoreApplication.translate(
            "Relay", "Relay leg relay-in (from the client); its other leg: {0} (relay-out, to {1})."
        ).format(pane_title(other), pair.target_text)
    return QCoreApplication.translate(
        "Relay", "Relay leg relay-out (to the target {0}); its other leg: {1} (relay-in)."
    ).format(pair.target_text, pane_title(other))


def pause_tip(leg: Any, other: Any) -> str:
    return QCoreApplication.translate(
        "Relay",
        "Stop calling recv() on this relay leg: nothing more is forwarded from it to {0} "
        "(the bytes wait in this leg's kernel queue); the other direction still flows.",
    ).format(pane_title(other))
