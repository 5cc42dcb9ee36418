"""A relay's notes in a leg's timeline, in words."""

from __future__ import annotations

from ..core.events import Event
from ..core.relay_events import RELAY_IN, RelayLegStarted, RelayTyped, RelayTypedSent
from .texts import _t


def relay_note(ev: Event) -> str:
    """The timeline's line for a relay note ("" for another event)."""
    if isinstance(ev, RelayLegStarted):
        if ev.leg == RELAY_IN:
            return _t(
                "Relay", "(relay leg relay-in: what it receives is sent on by #{0} to {1})"
            ).format(ev.other, ev.target)
        return _t(
            "Relay", "(relay leg relay-out to {1}: what it receives is sent on by #{0})"
        ).format(ev.other, ev.target)
    if isinstance(ev, RelayTyped):
        return _t(
            "Relay",
            "(bytes typed into this leg are queued: they go out among the forwarded ones, "
            "from byte {0} of its sent stream on)",
        ).format(f"{ev.sent:,}")
    if isinstance(ev, RelayTypedSent):
        if ev.end < 0:
            return _t("Relay", "(typed bytes go out from byte {0} of its sent stream)").format(
                f"{ev.start:,}"
            )
        return _t(
            "Relay",
            "(typed bytes sent: bytes {0}–{1} of its sent stream; every other byte it sends "
            "was forwarded)",
        ).format(f"{ev.start:,}", f"{ev.end:,}")
    return ""
