"""Show the code: the socket before its first recorded call.

A client or listener script makes its socket first; an accepted socket's
script makes a listening socket (with the options its listener set before
listen(), which an accepted socket inherits), accepts one connection and then
replays what the program did on it. Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .codegen_calls import setopt_code, setopt_comment
from .codegen_script import Script
from .codegen_text import FAMILY_WORDS, address_text, comment_lines, family_name, type_name
from .codegen_unix import cleanup_lines
from .events import Accept, Event, Listen, SetOption, SocketCall


def first_socket(events: Iterable[Event]) -> SocketCall | None:
    return next((ev for ev in events if isinstance(ev, SocketCall) and not ev.failed), None)


def socket_line(var: str, first: SocketCall | None, unix: bool = False) -> tuple[str, str]:
    """(what, code): ``IPv4 (AF_INET), TCP (SOCK_STREAM)`` and the socket() call
    (without a socket() call: AF_INET, or AF_UNIX for a path)."""
    default = "AF_UNIX" if unix else "AF_INET"
    fam = family_name(first.family) if first is not None else default
    kind = type_name(first.type) if first is not None else "SOCK_STREAM"
    stream = "stream (SOCK_STREAM)" if fam == "AF_UNIX" else "TCP (SOCK_STREAM)"
    what = f"{FAMILY_WORDS.get(fam, fam)}, " + (stream if kind == "SOCK_STREAM" else kind)
    return what, f"{var} = socket.socket(socket.{fam}, socket.{kind})"


def own_setup(w: Script, events: Sequence[Event]) -> list[str]:
    """A client's or a listener's socket."""
    what, code = socket_line(w.var, first_socket(events), w.unix)
    key = "a_client" if w.role == "client" else "a_listener"
    lines = [*comment_lines(w.t(key, what=what)), code]
    if w.role == "listener":
        lines.append("conns = []  # " + w.t("conns"))
    return lines


def accepted_setup(
    w: Script, listener_events: Sequence[Event], events: Sequence[Event]
) -> list[str]:
    """A listening socket that accepts the one connection this script is about."""
    _, code = socket_line("srv", first_socket(listener_events), w.unix)
    lines = [*comment_lines(w.t("accepted_intro")), code]
    reuse = False
    for ev in listener_events:
        if isinstance(ev, Listen):
            break
        if isinstance(ev, SetOption) and not ev.failed:
            opt = setopt_code(w, ev, "srv")
            if opt:
                reuse = reuse or ev.name == "SO_REUSEADDR"
                lines += comment_lines(setopt_comment(w, ev)) + opt
    if not reuse and not w.unix:  # (a Unix path has no TIME_WAIT to wait out)
        lines += [
            *comment_lines(w.t("reuse")),
            "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
        ]
    lines += [
        f"srv.bind({w.address()})",
        "srv.listen(1)",
        "print('listening on', srv.getsockname(), flush=True)",
        f"conn, addr = srv.accept()  # {w.t('waits_for_client')}",
    ]
    peer = next((ev.peer for ev in events if isinstance(ev, Accept) and ev.peer), None)
    if peer is not None:
        lines += comment_lines(w.t("client_was", peer=address_text(peer)))
    lines += ["print('accepted', addr)", f"srv.close()  # {w.t('one_is_enough')}"]
    return lines + cleanup_lines(w)
