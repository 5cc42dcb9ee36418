import socket

import pytest
from PySide6.QtCore import QThread

from socket_playground.core.events import State
from socket_playground.workers.session import Session, stop_sessions


def live_qthreads() -> int:
    """QThreads started by sessions and still running."""
    import gc

    return sum(1 for o in gc.get_objects() if isinstance(o, QThread) and o.isRunning())


def session_maker(made: list[Session]):
    """``make(role, **kw)``: a Session, kept in ``made`` with every socket it
    accepts."""

    def make(role, **kw) -> Session:
        s = Session(role, **kw)
        made.append(s)
        s.accepted.connect(made.append)
        return s

    return make


def stop_all(made: list[Session]) -> None:
    """Stop every session; each must be stopped, its threads ended."""
    stop_sessions(made)
    for s in made:
        assert not s.alive
        for t in s._threads:
            assert t.isFinished()


@pytest.fixture
def sessions(qtbot):
    """Make sessions; every one is stopped and its threads waited for."""
    made: list[Session] = []
    yield session_maker(made)
    stop_all(made)


@pytest.fixture
def raw_listener():
    """A plain Python listening socket on loopback (the 'other program')."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(16)
    ls.settimeout(5)
    yield ls
    ls.close()


def wait_state(qtbot, s: Session, state: State, timeout=5000):
    qtbot.waitUntil(lambda: s.state is state, timeout=timeout)


@pytest.fixture
def start_listener(qtbot, sessions):
    """Start a listener of ours on 127.0.0.1, port 0; returns it listening."""

    def start(**kw) -> Session:
        lst = sessions("listener", host="127.0.0.1", port=0, **kw)
        lst.start()
        wait_state(qtbot, lst, State.LISTENING)
        assert lst.local_port > 0
        return lst

    return start


@pytest.fixture
def own_pair(qtbot, sessions, start_listener):
    """A listener and a client of ours, connected: (listener, client, accepted)."""

    def make():
        lst = start_listener()
        cli = sessions("client", host="127.0.0.1", port=lst.local_port)
        with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
            cli.start()
        srv = blocker.args[0]
        wait_state(qtbot, cli, State.CONNECTED)
        return lst, cli, srv

    return make


@pytest.fixture
def connect_raw(qtbot, sessions, raw_listener):
    """A client of ours connected to a plain Python listener: (client, peer)."""

    def make(**kw):
        cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1], **kw)
        cli.start()
        peer, _ = raw_listener.accept()
        wait_state(qtbot, cli, State.CONNECTED)
        return cli, peer

    return make
