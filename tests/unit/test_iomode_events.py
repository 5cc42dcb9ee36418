"""The I/O-mode events: saved and read back, and what they do to the state."""

from socket_playground.core.errors import TIMEOUT
from socket_playground.core.events import (
    Accept,
    Connect,
    ConnectStarted,
    Recv,
    Select,
    Send,
    SetBlocking,
    State,
)
from socket_playground.core.sessionfile_codec import decode, encode
from socket_playground.core.state import StateMachine


def test_the_new_events_round_trip_through_a_session_file():
    for ev in (
        SetBlocking(1, 10, 20, timeout=None),
        SetBlocking(2, 10, 20, timeout=0.0),
        SetBlocking(3, 10, 20, timeout=2.5),
        Select(4, 10, 3_000_000, write=True, timeout=None, ready=True),
        Select(5, 10, 20, write=False, timeout=1.5, ready=False),
        Connect(6, 10, 20, host="h", port=1, completed=True, local=("127.0.0.1", 5)),
        Recv(7, 10, 20, bufsize=4096, errno="EAGAIN", message="Resource temporarily unavailable"),
    ):
        kind, fields = encode(ev)
        assert decode(kind, ev.seq, ev.t_start, ev.t_end, fields) == ev


def test_would_block_and_timeouts_change_no_state():
    m = StateMachine("client")
    m.feed(ConnectStarted(1, 0, 0, host="h", port=1))
    m.feed(Connect(2, 0, 0, errno="EINPROGRESS"))
    assert m.state is State.CONNECTING
    m.feed(Select(3, 0, 0, write=True))
    m.feed(Connect(4, 0, 0, completed=True, local=("127.0.0.1", 1), peer=("127.0.0.1", 2)))
    assert m.state is State.CONNECTED
    for ev in (
        Recv(5, 0, 0, errno="EAGAIN"),
        Send(6, 0, 0, offered=10, errno="EAGAIN"),
        Recv(7, 0, 0, errno=TIMEOUT),
        Send(8, 0, 0, offered=10, errno=TIMEOUT),
    ):
        assert m.feed(ev) is State.CONNECTED
    assert m.errno == ""
    listener = StateMachine("listener")
    assert listener.feed(Accept(9, 0, 0, errno=TIMEOUT)) is State.CREATED


def test_a_connect_that_timed_out_is_an_error():
    m = StateMachine("client")
    m.feed(ConnectStarted(1, 0, 0))
    assert m.feed(Connect(2, 0, 0, errno=TIMEOUT)) is State.ERROR
    assert m.feed(Recv(3, 0, 0, errno="ECONNRESET")) is State.ABORTED
