"""The conversation view's words for a relay: the note under the lanes and a
forwarding arrow's tooltip (what one leg's ``recv()`` got and the other
leg's ``send()`` passed on)."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.sendinput import to_escaped_text
from ..core.sequence import Arrow
from ..workers.session import Session
from . import plain
from .texts import _t


def relay_note(unlinked: bool) -> str:
    if unlinked:
        return _t(
            "Conversation",
            "Bytes typed into a relay leg are queued among the forwarded ones and not yet "
            "placed: what the leg sends from where they may begin is not linked until they are.",
        )
    return _t(
        "Conversation",
        "Time runs down; each box is one call. Solid arrows: bytes in flight between the "
        "two ends of a connection. Dotted arrows: bytes the relay got by recv() on one leg "
        "and passed on by send() on the other.",
    )


def forward_tip(
    sessions: Sequence[Session], names: Sequence[str], arrow: Arrow, preview: int
) -> str:
    """A forwarding arrow's tooltip: the two calls, the offsets, the first bytes."""
    store = sessions[arrow.side].store
    i = arrow.recv_chunk
    at = store.combined[i] + arrow.start - store.offset[i]
    data = store.retained(at, at + min(preview, arrow.nbytes))
    head = _t(
        "Conversation",
        "{0} bytes (stream offsets {1}–{2}) passed on by the relay: recv() #{3} on {4} → "
        "send() #{5} on {6}",
    ).format(
        f"{arrow.nbytes:,}",
        f"{arrow.start:,}",
        f"{arrow.end:,}",
        i,
        names[arrow.side],
        arrow.send_chunk,
        names[arrow.dest],
    )
    if not data:
        body = _t("Conversation", "(these bytes are no longer kept)")
    else:
        body = to_escaped_text(data) + ("…" if arrow.nbytes > len(data) else "")
    return plain.tooltip(head + "\n" + plain.clean(body))
