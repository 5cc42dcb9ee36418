import socket

import pytest
from PySide6.QtCore import QThread

from socket_playground.workers.session import Session, stop_sessions


def live_qthreads() -> int:
    """QThreads started by sessions and still running."""
    import gc
    return sum(1 for o in gc.get_objects()
               if isinstance(o, QThread) and o.isRunning())


@pytest.fixture
def sessions(qtbot):
    """Make sessions; every one is stopped and its threads waited for."""
    made: list[Session] = []

    def make(role, **kw) -> Session:
        s = Session(role, **kw)
        made.append(s)
        s.accepted.connect(made.append)
        return s

    yield make
    stop_sessions(made)
    for s in made:
        assert not s.alive
        for t in s._threads:
            assert t.isFinished()


@pytest.fixture
def raw_listener():
    """A plain Python listening socket on loopback (the 'other program')."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(16)
    ls.settimeout(5)
    yield ls
    ls.close()
