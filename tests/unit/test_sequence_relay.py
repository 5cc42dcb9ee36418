"""A relay's forwarding links, the pure part: a recv() on one leg linked to
the send() calls on the other leg that passed its bytes on, by stream offset
(a recv() sent on in two pieces is two links); bytes typed into a leg end
the links at the offset where they may begin."""

from socket_playground.core import events as ev
from socket_playground.core.record import SocketLog
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


def test_typed_bytes_end_the_links():
    inside, outside = legs()
    relay = Relay(0, 1, typed_from={1: 10})  # relay-out may have sent typed bytes from 10
    conv = Conversation(inside, outside, peers=[], relay=relay)
    scene = conv.scene(*conv.span())
    assert scene.unlinked
    assert [link[4:] for link in links(scene) if link[0] == 0] == [(0, 6), (6, 10)]
    assert [link[4:] for link in links(scene) if link[0] == 1] == [(0, 3)]  # the other way
