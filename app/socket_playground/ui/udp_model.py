"""A UDP socket's chunk table: one row per ``recvfrom()``/``sendto()``, each a
whole datagram, with its peer and its size (a cut datagram says how many of
its bytes the call returned and how many were lost).

Columns: #, Call, Bytes, Time, Peer, Preview, Waited. The peer and the
datagram's own size come from the record's datagram events
(``SocketLog.datagrams``, one per chunk, in the same order).
"""

from __future__ import annotations

from ..core.endpoint import format_address
from ..core.events import Direction
from ..core.record import SocketLog
from ..core.sendinput import to_escaped_text
from ..core.udp_events import RecvFrom, SendTo
from . import colors
from .chunk_model import (
    ALIGN,
    DISPLAY,
    FOREGROUND,
    RIGHT,
    TOOLTIP,
    ChunkTable,
    ChunkTableModel,
    waited_text,
)
from .texts import _t


def peer_text(peer: object) -> str:
    return format_address(tuple(peer)) if isinstance(peer, tuple) and len(peer) >= 2 else "?"


def call_of(d: RecvFrom | SendTo) -> str:
    """``recvfrom(65535)``, ``recv(65535)`` (connected), ``sendto(3)``, ``send(3)``."""
    if isinstance(d, RecvFrom):
        return f"{'recv' if d.connected else 'recvfrom'}({d.bufsize})"
    return f"{'send' if d.connected else 'sendto'}({d.offered})"


class UdpChunkModel(ChunkTableModel):
    COLUMNS = 7
    COL_INDEX, COL_CALL, COL_BYTES, COL_TIME, COL_PEER, COL_PREVIEW, COL_WAITED = range(7)

    def __init__(self, log: SocketLog, parent=None) -> None:
        super().__init__(log.store, parent, log)
        self.log = log
        self._headers = [
            _t("UdpChunkModel", "#"),
            _t("UdpChunkModel", "Call"),
            _t("UdpChunkModel", "Bytes"),
            _t("UdpChunkModel", "Time (s)"),
            _t("UdpChunkModel", "Peer"),
            _t("UdpChunkModel", "Preview"),
            _t("UdpChunkModel", "Waited"),
        ]
        self._header_tips = [
            _t("UdpChunkModel", "The datagram's place in this socket's calls"),
            _t("UdpChunkModel", "recvfrom(bufsize) or sendto(bytes): one call, one datagram"),
            _t(
                "UdpChunkModel",
                "The datagram's bytes: recvfrom() returns one whole datagram, or its first "
                "bufsize bytes when it is larger (the rest is lost)",
            ),
            _t("UdpChunkModel", "When the call returned, in seconds on the run's one clock"),
            _t("UdpChunkModel", "Whom the datagram came from (recvfrom) or went to (sendto)"),
            _t("UdpChunkModel", "The first bytes, with escapes for the unprintable"),
            _t("UdpChunkModel", "How long recvfrom() waited for a datagram"),
        ]

    def datagram(self, r: int) -> RecvFrom | SendTo | None:
        dg = self.log.datagrams
        return dg[r] if 0 <= r < len(dg) else None

    def data(self, index, role=DISPLAY):
        role = int(role)
        r, c = index.row(), index.column()
        d = self.datagram(r)
        if d is None:
            return None
        cut = isinstance(d, RecvFrom) and d.truncated
        if role == DISPLAY:
            if c == self.COL_INDEX:
                return r
            _direction, _asked, size, t_us, waited, _offset = self._row(r)
            if c == self.COL_CALL:
                return call_of(d)
            if c == self.COL_BYTES:
                return _t("UdpChunkModel", "{0} of {1}").format(size, d.size) if cut else size  # type: ignore[union-attr]
            if c == self.COL_TIME:
                return self.times.table_text(t_us)
            if c == self.COL_PEER:
                return peer_text(d.peer)
            if c == self.COL_WAITED:
                return waited_text(waited)
            if size == 0:
                return _t("UdpChunkModel", "(an empty datagram)")
            preview = self.store.preview(r)
            return to_escaped_text(preview) + ("…" if size > len(preview) else "")
        if role == FOREGROUND:
            if cut:
                return colors.color("error")  # bytes were lost
            return colors.color("received" if isinstance(d, RecvFrom) else "sent")
        if role == ALIGN:
            return RIGHT if c in (0, 2, 3, 6) else None
        if role == TOOLTIP and c == self.COL_BYTES:
            return bytes_tip(d)
        if role == TOOLTIP and c == self.COL_PEER:
            return peer_text(d.peer)
        return None


def bytes_tip(d: RecvFrom | SendTo) -> str:
    if isinstance(d, SendTo):
        return _t("UdpChunkModel", "sendto() sent one datagram of {0} bytes").format(d.sent)
    if d.truncated:
        return _t(
            "UdpChunkModel",
            "recvfrom({0}) returned {1} bytes of a {2}-byte datagram: the other {3} bytes "
            "are lost (MSG_TRUNC)",
        ).format(d.bufsize, d.nbytes, d.size, d.lost)
    return _t("UdpChunkModel", "recvfrom() returned one whole datagram of {0} bytes").format(
        d.nbytes
    )


def direction_of(d: RecvFrom | SendTo) -> int:
    return Direction.IN if isinstance(d, RecvFrom) else Direction.OUT


class UdpChunkTable(ChunkTable):
    """The chunk table with the Peer column among the telling ones: #, Call,
    Bytes, Time and Peer fit before the tabs take the rest."""

    def __init__(self, model: UdpChunkModel, parent=None) -> None:
        super().__init__(model, parent)
        self.setColumnWidth(model.COL_CALL, self._fit(model.COL_CALL, "recvfrom(65535)"))
        self.setColumnWidth(model.COL_PEER, self._fit(model.COL_PEER, "127.000.000.001:65535"))
        # at least #, Call and Bytes (as a TCP pane's table): the Peer column may
        # scroll in a narrow column, the pane must not be wider than its column
        self.setMinimumWidth(ChunkTable.widths(self)[0])

    def _peer_width(self) -> int:
        return self.columnWidth(UdpChunkModel.COL_PEER)

    def widths(self) -> tuple[int, int]:
        least, whole = super().widths()
        return least + self._peer_width(), whole + self._peer_width()

    def fit_time(self) -> None:
        """Time as wide as its numbers, or what is left beside the Peer column."""
        if not getattr(self, "_time_auto", False):
            return
        used = sum(self.columnWidth(c) for c in range(3)) + self._peer_width()
        width = max(min(self.natural_time, self.viewport().width() - used), self.time_least())
        if width != self.columnWidth(UdpChunkModel.COL_TIME):
            self._fitting = True
            self.setColumnWidth(UdpChunkModel.COL_TIME, width)
            self._fitting = False
