"""A UDP socket's timeline: the lines of :mod:`.timeline`, with one line per
datagram (``recvfrom(65535) → 3 bytes from 127.0.0.1:40000``; a cut one
says how many bytes were lost) and an ICMP error as an error line that says
the socket stays usable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.events import Event
from ..core.udp_events import RecvFrom, SendTo
from .errors_words import explain_errno
from .timeline import Line, TimelineView
from .udp_model import call_of, peer_text


class UdpTimelineView(TimelineView):
    @staticmethod
    def call_of(line: Line) -> str:
        if isinstance(line, RecvFrom | SendTo):
            return call_of(line)
        return TimelineView.call_of(line)

    def event_text(self, ev: Event) -> str:
        if not isinstance(ev, RecvFrom | SendTo):
            return super().event_text(ev)
        call = call_of(ev)
        if ev.errno:
            why = udp_errno_text(ev.errno) or ev.message
            text = f"{call} ✗ {ev.errno}" + (f" — {why}" if why else "")
            return text + " " + self.tr("(the socket stays usable)")
        if isinstance(ev, SendTo):
            return self.tr("{0} → {1}: one datagram to {2}").format(
                call, ev.sent, peer_text(ev.peer)
            )
        if ev.truncated:
            return self.tr(
                "{0} → {1} bytes from {2}: the datagram had {3}, {4} lost (MSG_TRUNC)"
            ).format(call, ev.nbytes, peer_text(ev.peer), ev.size, ev.lost)
        return self.tr("{0} → {1} bytes from {2}: one whole datagram").format(
            call, ev.nbytes, peer_text(ev.peer)
        )


def udp_errno_text(errno: str) -> str:
    """What an errno means on a UDP socket (ECONNREFUSED is an ICMP message here)."""
    if errno == "ECONNREFUSED":
        return QCoreApplication.translate(
            "UdpPane",
            "Nothing is listening on that UDP port: the peer's kernel answered an earlier "
            'datagram with ICMP "port unreachable", and a connected UDP socket reports it '
            "on its next call.",
        )
    if errno == "EACCES":
        return QCoreApplication.translate(
            "UdpPane", "Sending to a broadcast address needs SO_BROADCAST (Socket tab)."
        )
    if errno == "EMSGSIZE":
        return QCoreApplication.translate(
            "UdpPane", "Too large for one datagram (at most 65,507 bytes over IPv4)."
        )
    return explain_errno(errno)
