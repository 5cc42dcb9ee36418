"""A relay's forwarding links, the pure part: a recv() on one leg linked to
the send() calls on the other leg that passed its bytes on, by stream offset
(a recv() sent on in two pieces is two links); bytes typed into a leg are
skipped by the offsets (they link to nothing), and typed bytes not yet placed
end the links where they may begin."""

from socket_playground.core import events as ev
from socket_playground.core.record import SocketLog
from socket_playground.core.relay_events import RelayTyped, RelayTypedSent, TypedRanges
from socket_playground.core.sequence import ArrowKind, Conversation
from socket_playground.core.sequence_relay import Relay

US = 1000


def legs():
    """relay-in receives 10 bytes in one recv() (and later 4 more); relay-out
    sends the 10 in two pieces (6, 4), then 4; relay-out receives 3, relay-in
    sends them."""
    inside, outside = SocketLog("accepted", t0_ns=0), SocketLog("client", t0_ns=0)
    inside.add([ev.Recv(1, 10 * US, 11 * US, data=b"0123456789", nbytes=10)])
    outside.add([ev.Send(2, 12 * US, 13 * US, offered=10, sent=6, data=b"012345")])
    outside.add([ev.Send(3, 14 * US, 15 * US, offered=4, sent=4, data=b"6789")])
    outside.add([ev.Recv(4, 20 * US, 21 * US, data=b"abc", nbytes=3)])
    inside.add([ev.Send(5, 22 * US, 23 * US, offered=3, sent=3, data=b"abc")])
    inside.add([ev.Recv(6, 30 * US, 31 * US, data=b"more", nbytes=4)])
    outside.add([ev.Send(7, 32 * US, 33 * US, offered=4, sent=4, data=b"more")])
    return inside, outside


def links(scene):
    return sorted(
        (a.side, a.to, a.recv_chunk, a.send_chunk, a.start, a.end)
        for a in scene.arrows
        if a.kind is ArrowKind.FORWARD
    )


def test_each_recv_linked_to_the_sends_that_passed_it_on():
    inside, outside = legs()
    conv = Conversation(inside, outside, peers=[], relay=Relay(0, 1))
    scene = conv.scene(*conv.span())
    # relay-in row 0 (10 bytes) → relay-out rows 0 and 1; relay-out's recv
    # (row 2) → relay-in's send (row 1); relay-in row 2 → relay-out row 3
    assert links(scene) == [
        (0, 1, 0, 0, 0, 6),
        (0, 1, 0, 1, 6, 10),
        (0, 1, 2, 3, 10, 14),
        (1, 0, 2, 1, 0, 3),
    ]
    assert not [a for a in scene.arrows if a.kind is ArrowKind.DATA]  # no peers
    assert not scene.unlinked
    # a window with only the second send(): its link found from its side
    part = conv.scene(14 * US, 15 * US)
    assert (0, 1, 0, 1, 6, 10) in links(part)


def typed(*notes) -> TypedRanges:
    t = TypedRanges()
    for n in notes:
        t.add(n)
    return t


def test_typed_bytes_not_yet_placed_end_the_links():
    inside, outside = legs()
    relay = Relay(0, 1, typed={1: typed(RelayTyped(9, 0, 0, sent=10))})  # queued at 10
    conv = Conversation(inside, outside, peers=[], relay=relay)
    scene = conv.scene(*conv.span())
    assert scene.unlinked
    assert [link[4:] for link in links(scene) if link[0] == 0] == [(0, 6), (6, 10)]
    assert [link[4:] for link in links(scene) if link[0] == 1] == [(0, 3)]  # the other way


def test_links_go_on_past_typed_bytes():
    """relay-out sent 5 typed bytes between the two forwarded pieces (its
    notes place them at [6, 11)): the second piece is at 11–15 of relay-out's
    sent stream and still linked to relay-in's recv() (offsets 6–10); the
    typed send() links to nothing; the later 4 bytes link too."""
    inside, outside = SocketLog("accepted", t0_ns=0), SocketLog("client", t0_ns=0)
    inside.add([ev.Recv(1, 10 * US, 11 * US, data=b"0123456789", nbytes=10)])
    outside.add([ev.Send(2, 12 * US, 13 * US, offered=10, sent=6, data=b"012345")])
    outside.add([ev.Send(3, 13 * US, 13 * US, offered=5, sent=5, data=b"typed")])
    outside.add([ev.Send(4, 14 * US, 15 * US, offered=4, sent=4, data=b"6789")])
    inside.add([ev.Recv(6, 30 * US, 31 * US, data=b"more", nbytes=4)])
    outside.add([ev.Send(7, 32 * US, 33 * US, offered=4, sent=4, data=b"more")])
    notes = typed(
        RelayTyped(5, 0, 0, sent=6),
        RelayTypedSent(6, 0, 0, start=6),
        RelayTypedSent(7, 0, 0, start=6, end=11),
    )
    assert notes.bound is None and notes.done == [(6, 11)]
    conv = Conversation(inside, outside, peers=[], relay=Relay(0, 1, typed={1: notes}))
    scene = conv.scene(*conv.span())
    assert not scene.unlinked
    # (side, to, recv row, send row, offsets of the received stream)
    assert links(scene) == [(0, 1, 0, 0, 0, 6), (0, 1, 0, 2, 6, 10), (0, 1, 1, 3, 10, 14)]


def test_typed_ranges_map_offsets():
    t = typed(
        RelayTyped(1, 0, 0, sent=2),
        RelayTypedSent(2, 0, 0, start=4),
        RelayTypedSent(3, 0, 0, start=4, end=7),
        RelayTyped(4, 0, 0, sent=9),
        RelayTypedSent(5, 0, 0, start=10),
        RelayTypedSent(6, 0, 0, start=10, end=12),
    )
    assert t.done == [(4, 7), (10, 12)] and t.bound is None
    assert t.to_sent(0, 4) == [(0, 4)]
    assert t.to_sent(2, 8) == [(2, 4), (7, 10), (12, 13)]  # around both typed ranges
    assert t.to_sent(4, 5) == [(7, 8)]
    assert t.to_forwarded(7, 10) == (4, 7) and t.to_forwarded(12, 14) == (7, 9)
    assert t.typed_at(5, 6) and not t.typed_at(7, 10)
    waiting = typed(RelayTyped(1, 0, 0, sent=3), RelayTyped(2, 0, 0, sent=3))
    assert waiting.bound == 3
    waiting.add(RelayTypedSent(3, 0, 0, start=5))
    assert waiting.bound == 5  # exact once the writer begins them
    waiting.add(RelayTypedSent(4, 0, 0, start=5, end=8))
    assert waiting.bound == 8 and waiting.waiting == 1  # the second may begin there
