"""The sans-IO state machine: events in, state out (no sockets, no Qt)."""

import socket

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.events import State
from socket_playground.core.state import StateMachine

ERRNOS = ["", "", "", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]


def _make(kind: str, errno: str, flag: bool, n: int):
    seq = n + 1
    if kind == "listen":
        return ev.Listen(seq, 0, 0, backlog=5, errno=errno)
    if kind == "connecting":
        return ev.ConnectStarted(seq, 0, 0)
    if kind == "connect":
        return ev.Connect(seq, 0, 0, errno=errno)
    if kind == "accept":
        return ev.Accept(seq, 0, 0, errno=errno)
    if kind == "recv":
        return ev.Recv(seq, 0, 0, data=b"x" * (n % 3), nbytes=n % 3, own_shutdown=flag, errno=errno)
    if kind == "send":
        return ev.Send(seq, 0, 0, offered=3, sent=0 if errno else 3, errno=errno)
    if kind == "shutdown":
        return ev.Shutdown(seq, 0, 0, how=n % 3, wake=flag, errno=errno)
    if kind == "close":
        return ev.Close(seq, 0, 0, abort=flag)
    if kind == "loop":
        return ev.LoopFailed(seq, 0, 0, thread="recv", message="boom")
    return ev.WriterBlocked(seq, 0, 0, waiting=flag)


event_lists = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "listen",
                "connecting",
                "connect",
                "accept",
                "recv",
                "send",
                "shutdown",
                "close",
                "loop",
                "note",
            ]
        ),
        st.sampled_from(ERRNOS),
        st.booleans(),
    ),
    max_size=40,
).map(lambda items: [_make(k, e, f, i) for i, (k, e, f) in enumerate(items)])


@settings(max_examples=400, deadline=None)
@given(role=st.sampled_from(["listener", "client", "accepted"]), events=event_lists)
def test_any_sequence_gives_a_valid_state_and_resets_stay(role, events):
    m = StateMachine(role)
    seen_reset = False
    seen_final = False
    for e in events:
        before = m.state
        state = m.feed(e)
        assert isinstance(state, State)
        if getattr(e, "errno", "") == "ECONNRESET":
            seen_reset = True
        if seen_reset:
            # a socket that saw ECONNRESET is aborted for good
            assert state is State.ABORTED
        if seen_final:
            assert state in (State.ABORTED, State.ERROR)
        if state is State.ERROR:
            seen_final = True
            assert m.errno
        if state is State.ABORTED:
            seen_final = True
        if before is State.CLOSED:
            assert state in (State.CLOSED, State.ABORTED, State.ERROR)


def test_client_life():
    m = StateMachine("client")
    assert m.state is State.CREATED
    assert m.feed(ev.ConnectStarted(1, 0, 0)) is State.CONNECTING
    assert m.feed(ev.Connect(2, 0, 0)) is State.CONNECTED
    assert m.feed(ev.Shutdown(3, 0, 0, how=socket.SHUT_WR)) is State.HALF_CLOSED
    assert m.feed(ev.Recv(4, 0, 0)) is State.PEER_CLOSED
    assert m.feed(ev.Close(5, 0, 0)) is State.CLOSED


def test_own_shut_rd_b_empty_is_not_a_peer_close():
    m = StateMachine("accepted")
    assert m.state is State.CONNECTED
    assert m.feed(ev.Shutdown(1, 0, 0, how=socket.SHUT_RD)) is State.CONNECTED
    assert m.feed(ev.Recv(2, 0, 0, own_shutdown=True)) is State.CONNECTED
    assert m.feed(ev.Shutdown(3, 0, 0, how=socket.SHUT_RD, wake=True)) is State.CONNECTED


def test_reset_then_b_empty_stays_aborted():
    m = StateMachine("client")
    m.feed(ev.Connect(1, 0, 0))
    assert m.feed(ev.Send(2, 0, 0, offered=3, errno="ECONNRESET")) is State.ABORTED
    assert m.feed(ev.Recv(3, 0, 0)) is State.ABORTED  # b'' after Resume: still aborted
    assert m.feed(ev.Close(4, 0, 0)) is State.ABORTED
    assert m.errno == "ECONNRESET"


def test_abort_is_its_own_state_and_errors_stay():
    m = StateMachine("client")
    m.feed(ev.Connect(1, 0, 0))
    assert m.feed(ev.Close(2, 0, 0, abort=True)) is State.ABORTED
    assert m.errno == ""  # our own abort: no error to explain
    m = StateMachine("client")
    assert m.feed(ev.Connect(1, 0, 0, errno="ECONNREFUSED")) is State.ERROR
    assert m.feed(ev.Close(2, 0, 0)) is State.ERROR
    assert (m.errno, m.state) == ("ECONNREFUSED", State.ERROR)


def test_listener_accepts_stay_listening():
    m = StateMachine("listener")
    m.feed(ev.Listen(1, 0, 0, backlog=5))
    assert m.feed(ev.Accept(2, 0, 0, peer=("127.0.0.1", 5))) is State.LISTENING


def test_transient_accept_failures_keep_the_listener_listening():
    m = StateMachine("listener")
    m.feed(ev.Listen(1, 0, 0, backlog=5))
    for k, errno in enumerate(("ECONNABORTED", "EMFILE", "ENFILE")):
        assert m.feed(ev.Accept(2 + k, 0, 0, errno=errno)) is State.LISTENING
    assert m.feed(ev.Accept(9, 0, 0, errno="EBADF")) is State.ERROR


def test_a_listener_shows_a_passing_shortage_until_it_is_over():
    m = StateMachine("listener")
    m.feed(ev.Listen(1, 0, 0, backlog=5))
    m.feed(ev.NoDescriptors(2, 0, 0, open=250, limit=256, waiting=True))
    assert (m.state, m.errno, m.message) == (State.LISTENING, "EMFILE", "250 open, limit 256")
    m.feed(ev.Accept(3, 0, 0, errno="EMFILE", message="251 open, limit 256"))
    assert (m.state, m.errno, m.message) == (State.LISTENING, "EMFILE", "251 open, limit 256")
    m.feed(ev.Accept(4, 0, 0, peer=("127.0.0.1", 5)))  # accepting works again
    assert (m.state, m.errno) == (State.LISTENING, "")
    m.feed(ev.NoDescriptors(5, 0, 0, open=250, limit=256, waiting=True))
    m.feed(ev.NoDescriptors(6, 0, 0, open=100, limit=256, waiting=False))
    assert (m.state, m.errno) == (State.LISTENING, "")
    m.feed(ev.Accept(7, 0, 0, errno="EBADF"))  # a real error stays
    m.feed(ev.NoDescriptors(8, 0, 0, waiting=False))
    assert (m.state, m.errno) == (State.ERROR, "EBADF")
