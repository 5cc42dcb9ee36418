"""Unix domain sockets (AF_UNIX, SOCK_STREAM) with real sockets in a tmp_path
(and a Linux abstract name): a conversation, the socket file removed after
the listener's close(), a stale file, SO_PEERCRED."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import uuid

import pytest

from socket_playground.core import events as ev
from socket_playground.core.codegen import generate
from socket_playground.core.events import State
from socket_playground.net.unix import check

from .conftest import wait_state

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _listen(qtbot, sessions, path: str, **kw):
    lst = sessions("listener", host=path, port=0, family="unix", **kw)
    lst.start()
    wait_state(qtbot, lst, State.LISTENING)
    return lst


def _pair(qtbot, sessions, path: str, **kw):
    lst = _listen(qtbot, sessions, path, **kw)
    with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
        cli = sessions("client", host=path, port=0, family="unix")
        cli.start()
    srv = blocker.args[0]
    wait_state(qtbot, cli, State.CONNECTED)
    return lst, cli, srv


def test_conversation_over_a_socket_file(qtbot, sessions, tmp_path):
    path = str(tmp_path / "sp.sock")
    lst, cli, srv = _pair(qtbot, sessions, path)
    assert stat.S_ISSOCK(os.lstat(path).st_mode)
    assert (lst.family, cli.family, srv.family) == ("unix", "unix", "unix")
    made = next(e for e in lst.events if isinstance(e, ev.SocketCall))
    assert made.family == socket.AF_UNIX and not made.errno
    bound = next(e for e in lst.events if isinstance(e, ev.Bind))
    assert bound.address == path
    assert lst.local_addr == path and lst.local_port == 0
    assert cli.peer_addr == path and cli.local_addr == ""  # a client has no name
    assert srv.local_addr == path and srv.peer_addr == ""
    kinds = [type(e) for e in cli.events[:3]]
    assert kinds == [ev.SocketCall, ev.ConnectStarted, ev.Connect]  # no lookup
    cli.send(b"ping over AF_UNIX")
    qtbot.waitUntil(lambda: srv.bytes_received == 17, timeout=5000)
    srv.send(b"pong")
    qtbot.waitUntil(lambda: cli.bytes_received == 4, timeout=5000)
    assert srv.store.retained(0, 17) == b"ping over AF_UNIX"
    assert cli.tcp_state() is None  # no TCP here
    cli.stop()
    wait_state(qtbot, srv, State.PEER_CLOSED)


def test_peer_credentials_are_our_own_process(qtbot, sessions, tmp_path):
    if not hasattr(socket, "SO_PEERCRED"):
        pytest.skip("no SO_PEERCRED")
    _, cli, srv = _pair(qtbot, sessions, str(tmp_path / "cred.sock"))
    me = (os.getpid(), os.getuid(), os.getgid())
    assert cli.peer_cred() == me
    assert srv.peer_cred() == me
    cli.stop()
    assert cli.peer_cred() is None  # closed


def test_file_removed_when_the_listener_closes(qtbot, sessions, tmp_path):
    path = str(tmp_path / "gone.sock")
    lst = _listen(qtbot, sessions, path)
    assert os.path.exists(path)
    lst.stop()
    assert not os.path.exists(path)
    kinds = [type(e) for e in lst.events]
    assert kinds.index(ev.Unlink) > kinds.index(ev.Close)  # after close(), as servers do
    unlink = next(e for e in lst.events if isinstance(e, ev.Unlink))
    assert (unlink.path, unlink.stale, unlink.errno) == (path, False, "")
    # show the code: the listener script binds the path and removes the file
    code = generate("listener", list(lst.log.ordered()), host=path, port=0)
    assert "socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)" in code
    assert f"srv.bind({path!r})" in code
    assert f"os.unlink({path!r})" in code
    compile(code, "listener.py", "exec")


def test_a_file_replaced_meanwhile_is_left_alone(qtbot, sessions, tmp_path):
    path = str(tmp_path / "other.sock")
    lst = _listen(qtbot, sessions, path)
    os.unlink(path)  # another program takes the path
    with socket.socket(socket.AF_UNIX) as other:
        other.bind(path)
        lst.stop()
        assert os.path.exists(path)  # not ours to remove
    assert not any(isinstance(e, ev.Unlink) for e in lst.events)


def test_stale_socket_file(qtbot, sessions, tmp_path):
    path = str(tmp_path / "stale.sock")
    with socket.socket(socket.AF_UNIX) as old:  # bound, never listened, closed
        old.bind(path)
    assert check(path, server=True) == ("stale", "")
    lst = sessions("listener", host=path, family="unix")  # not removed: bind() fails
    lst.start()
    wait_state(qtbot, lst, State.ERROR)
    failed = next(e for e in lst.events if isinstance(e, ev.Bind))
    assert failed.errno == "EADDRINUSE"
    qtbot.waitUntil(lambda: not lst.alive, timeout=5000)
    assert os.path.exists(path)  # never bound: nothing of ours to remove
    lst = _listen(qtbot, sessions, path, unlink_stale=True)  # asked: removed first
    kinds = [type(e) for e in lst.events]
    assert kinds.index(ev.Unlink) < kinds.index(ev.Bind)
    assert next(e for e in lst.events if isinstance(e, ev.Unlink)).stale
    assert check(path, server=True) == ("in-use", "")
    lst.stop()
    assert not os.path.exists(path)


def test_the_checks_before_starting(tmp_path):
    regular = tmp_path / "notes.txt"
    regular.write_text("keep me")
    assert check(str(regular), server=True) == ("not-socket", "regular file")
    assert check(str(regular), server=False) == ("not-socket", "regular file")
    assert check(str(tmp_path), server=True) == ("not-socket", "directory")
    missing = str(tmp_path / "nowhere" / "sp.sock")
    assert check(missing, server=True) == ("no-dir", str(tmp_path / "nowhere"))
    assert check(str(tmp_path / "new.sock"), server=True) == ("", "")
    assert check(str(tmp_path / "new.sock"), server=False) == ("", "")  # connect() says
    assert regular.read_text() == "keep me"
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            assert check(str(locked / "sp.sock"), server=True) == ("no-permission", str(locked))
        finally:
            locked.chmod(0o700)


def test_a_stale_path_that_is_a_regular_file_is_never_removed(qtbot, sessions, tmp_path):
    path = tmp_path / "data.sock"
    path.write_text("not a socket")
    lst = sessions("listener", host=str(path), family="unix", unlink_stale=True)
    lst.start()
    qtbot.waitUntil(lambda: not lst.alive, timeout=5000)
    unlink = next(e for e in lst.events if isinstance(e, ev.Unlink))
    assert unlink.errno == "EEXIST" and unlink.stale
    assert path.read_text() == "not a socket"
    assert not any(isinstance(e, ev.Bind) for e in lst.events)


def test_connect_to_a_missing_path_fails_in_the_record(qtbot, sessions, tmp_path):
    cli = sessions("client", host=str(tmp_path / "none.sock"), family="unix")
    cli.start()
    wait_state(qtbot, cli, State.ERROR)
    failed = next(e for e in cli.events if isinstance(e, ev.Connect) and e.errno)
    assert failed.errno == "ENOENT"


@linux
def test_abstract_name(qtbot, sessions):
    name = "@socket-playground-test-" + uuid.uuid4().hex[:12]
    lst, cli, srv = _pair(qtbot, sessions, name)
    assert lst.local_addr == name and cli.peer_addr == name
    cli.send(b"abstract")
    qtbot.waitUntil(lambda: srv.bytes_received == 8, timeout=5000)
    code = generate("client", list(cli.log.ordered()), host=name, port=0)
    assert f"s.connect({chr(0) + name[1:]!r})" in code
    lst.stop()
    assert not any(isinstance(e, ev.Unlink) for e in lst.events)  # no file


def test_generated_scripts_run_against_each_other(qtbot, sessions, tmp_path):
    """The listener's and the client's scripts, run as processes on a new path."""
    path = str(tmp_path / "run.sock")
    _, cli, srv = _pair(qtbot, sessions, path)
    cli.send(b"hello")
    qtbot.waitUntil(lambda: srv.bytes_received == 5, timeout=5000)
    srv.send(b"world")
    qtbot.waitUntil(lambda: cli.bytes_received == 5, timeout=5000)
    cli.stop()
    wait_state(qtbot, srv, State.PEER_CLOSED)
    srv.stop()
    new = str(tmp_path / "scripts.sock")
    server_code = generate(
        "accepted", list(srv.log.ordered()), host=new, port=0, listener_events=[]
    )
    client_code = generate("client", list(cli.log.ordered()), host=new, port=0)
    (tmp_path / "server.py").write_text(server_code)
    (tmp_path / "client.py").write_text(client_code)
    server = subprocess.Popen(
        [sys.executable, str(tmp_path / "server.py")], stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    try:
        assert "listening on" in server.stdout.readline()  # bound: the client may connect
        out = subprocess.run(
            [sys.executable, str(tmp_path / "client.py")],
            capture_output=True,
            text=True,
            timeout=20,
        )
        assert out.returncode == 0, out.stderr
        assert server.wait(timeout=20) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdout.close()
    assert not os.path.exists(new)  # the server script removed its socket file


def test_saved_opened_and_exported(qtbot, sessions, tmp_path):
    """The .sps file keeps the addresses as text; the exports and the opened
    session say "unix"."""
    import io

    from socket_playground import __version__
    from socket_playground.core.export import export, python_script
    from socket_playground.core.sessionfile import SocketSource, open_session, save_session
    from socket_playground.workers.session import stop_sessions
    from socket_playground.workers.stored import StoredSession

    path = str(tmp_path / "saved.sock")
    lst, cli, srv = _pair(qtbot, sessions, path)
    cli.send(b"kept")
    qtbot.waitUntil(lambda: srv.bytes_received == 4, timeout=5000)
    stop_sessions([cli, srv, lst])
    sps = tmp_path / "unix.sps"
    save_session(sps, [SocketSource.of(s) for s in (lst, cli, srv)], __version__)
    with open_session(sps) as sf:
        assert sf.socket(lst.id).local_addr == path
        assert (sf.socket(cli.id).local_addr, sf.socket(cli.id).peer_addr) == ("", path)
        assert sf.events(lst.id) == lst.log.events  # the Unlink included
        assert [StoredSession(sf, i).family for i in (lst.id, cli.id, srv.id)] == ["unix"] * 3
        for sid in (lst.id, cli.id, srv.id):
            compile(python_script(sf, sid), "s.py", "exec")
        assert f"srv.bind({path!r})" in python_script(sf, srv.id)
        text = io.BytesIO()
        export(sf, srv.id, "text", text)
        assert f"local {path}, peer -" in text.getvalue().decode()
