"""The pane shows exactly what the state machine says: any sequence of
events, applied in batches to a real (unstarted) session, leaves the pane's
``state`` property and its badge equal to a separate StateMachine fed the
same events."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel

from socket_playground.core import events as ev
from socket_playground.core.state import StateMachine
from socket_playground.ui import texts
from socket_playground.ui.pane import ConnectionPane
from socket_playground.workers.session import Session, stop_sessions

KINDS = ["connecting", "connect", "recv", "eof", "send", "shutdown", "close", "note"]
ERRNOS = ["", "", "", "", "ECONNRESET", "ECONNREFUSED", "EPIPE"]


def make(kind: str, errno: str, flag: bool):
    seq = ev.next_seq()
    t = ev.now_ns()
    if kind == "connecting":
        return ev.ConnectStarted(seq, t, t, host="127.0.0.1", port=9)
    if kind == "connect":
        return ev.Connect(seq, t, t, host="127.0.0.1", port=9, errno=errno)
    if kind == "recv":
        if errno:
            return ev.Recv(seq, t, t, errno=errno)
        return ev.run_of(4096, [seq], [t], [t], [b"data"])
    if kind == "eof":
        return ev.Recv(seq, t, t, own_shutdown=flag)
    if kind == "send":
        return ev.Send(
            seq,
            t,
            t,
            offered=4,
            sent=0 if errno else 4,
            data=b"" if errno else b"abcd",
            errno=errno,
        )
    if kind == "shutdown":
        return ev.Shutdown(seq, t, t, how=1 if flag else 0, errno=errno)
    if kind == "close":
        return ev.Close(seq, t, t, abort=flag)
    return ev.WriterBlocked(seq, t, t, waiting=flag)


batches = st.lists(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.sampled_from(ERRNOS), st.booleans()),
        min_size=1,
        max_size=6,
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=batches)
def test_pane_state_is_the_state_machines(qtbot, plan):
    s = Session("client", host="127.0.0.1", port=9)  # never started: no thread
    pane = ConnectionPane(s)
    qtbot.addWidget(pane)
    machine = StateMachine("client")
    try:
        s.drain()  # its socket() event
        for batch in plan:
            events = [make(k, e, f) for k, e, f in batch]
            for e in events:
                machine.feed(e)
            s._apply(events)
            pane.update_views()
            assert pane.property("state") == machine.state.value
            assert pane.property("lastError") == machine.errno
            badge = pane.findChild(QLabel, "stateBadge")
            assert badge.text() == texts.state_text(machine.state, machine.errno)
    finally:
        stop_sessions([s])
