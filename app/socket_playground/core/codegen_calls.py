"""Show the code: one recorded socket call (not a recv() or send() with
bytes) as a step of the script.

Each function takes the :class:`~.codegen_script.Script` (the socket's
variable, the language, the style) and a typed event (its fields: the call's
arguments and result), and returns the :class:`~.codegen_script.Step`:
comments saying what the call does, and the code that does the same. Whether
a failed call is wrapped in try/except, and which events are left out, is
:mod:`.codegen`'s business. Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

from collections.abc import Sequence

from .codegen_script import Script, Step
from .codegen_text import address_text, errno_text, is_constant_name, safe
from .codegen_words import known
from .errors import WOULD_BLOCK
from .events import (
    SHUT_NAMES,
    Accept,
    Bind,
    Close,
    Connect,
    Listen,
    Recv,
    Resolve,
    Select,
    SetBlocking,
    SetOption,
    Shutdown,
)


def addr_expr(w: Script, host: str, port: int) -> str:
    return repr((str(host), int(port)))


# -- options ----------------------------------------------------------------------------
def setopt_code(w: Script, ev: SetOption, var: str) -> list[str]:
    """``s.setsockopt(socket.LEVEL, socket.NAME, value)``; [] when the level or
    name is not a socket module constant."""
    if not (is_constant_name(ev.level) and is_constant_name(ev.name)):
        return []
    value = str(int(ev.value))
    if ev.name == "SO_LINGER":
        w.imports.add("struct")
        value = f"struct.pack('ii', 1, {int(ev.value)})"
    return [f"{var}.setsockopt(socket.{ev.level}, socket.{ev.name}, {value})"]


def setopt_comment(w: Script, ev: SetOption) -> str:
    if ev.name == "SO_LINGER":
        if ev.value == 0:
            return w.t("linger0")
        return w.t("linger", s=ev.value)
    text = w.t("opt_" + ev.name) if known("opt_" + ev.name) else ""
    call = f"setsockopt({ev.level}, {ev.name}, {ev.value})"
    text = call + w.t("sep") + text if text else call
    if ev.applied is not None and ev.applied != ev.value:
        text += w.t("applied", applied=ev.applied, name=ev.name)
    return text


def setopt_step(w: Script, ev: SetOption) -> Step:
    code = setopt_code(w, ev, w.var)
    if not code:
        return Step([w.at(ev) + w.t("not_translated", call=f"setsockopt({ev.level}, {ev.name})")])
    return Step([w.at(ev) + setopt_comment(w, ev)], code)


def linger_abort_step(w: Script) -> Step:
    """SO_LINGER 0 before an aborting close() whose option is not in the script."""
    w.imports.add("struct")
    return Step(
        [w.t("linger_for_abort")],
        [f"{w.var}.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))"],
    )


# -- addresses --------------------------------------------------------------------------
def resolve_step(w: Script, ev: Resolve) -> Step:
    got = f" -> {safe(ev.address)}" if ev.address else ""
    call = f"getaddrinfo({ev.host!r}, {ev.port}){got}"
    comments = [w.at(ev) + call + w.t("sep") + w.t("resolve")]
    return Step(
        comments,
        [
            f"print('getaddrinfo ->', socket.getaddrinfo({ev.host!r}, {int(ev.port)}, "
            "type=socket.SOCK_STREAM)[0][4])"
        ],
    )


def bind_step(w: Script, ev: Bind) -> Step:
    own = w.role == "listener"
    got = w.t("bound", address=address_text(ev.address)) if ev.address else ""
    zero = w.t("port0") if ev.port == 0 and not w.unix else ""
    if zero and own and w.port:  # the script binds the port the OS chose then
        zero = w.t("port0_kept", port=w.port)
    expr = w.address() if own else addr_expr(w, ev.host, ev.port)
    what = w.address() if w.unix else repr((ev.host, ev.port))
    return Step(
        [w.at(ev) + w.t("bind", address=what) + got + zero],
        [f"{w.var}.bind({expr})"],
    )


def listen_step(w: Script, ev: Listen) -> Step:
    return Step(
        [w.at(ev) + w.t("listen", backlog=ev.backlog)],
        [
            f"{w.var}.listen({int(ev.backlog)})",
            f"print('listening on', {w.var}.getsockname(), flush=True)",
        ],
    )


def accept_loop_step(w: Script, accepts: Sequence[Accept]) -> Step:
    n = len(accepts)
    peers = ", ".join(address_text(ev.peer) for ev in accepts[:4] if ev.peer)
    if n > 4:
        peers += ", ..."
    tls = [w.t("tls_accepted")] if w.accepted_tls else []
    return Step(
        [
            w.at(accepts[0]) + w.t("accepted_n", n=n) + (w.t("from", peers=peers) if peers else ""),
            w.t("accept_new_socket"),
            *tls,
        ],
        [
            f"for _ in range({n}):",
            "    c, addr = srv.accept()",
            "    print('accepted', addr)",
            "    conns.append(c)",
        ],
    )


def connect_step(w: Script, ev: Connect) -> Step:
    ends = ""
    if ev.local and ev.peer:
        ends = w.t("ends", local=address_text(ev.local), peer=address_text(ev.peer))
    comments = [w.at(ev) + w.t("connect") + ends]
    var = w.var
    pre: list[str] = []
    code = [
        f"{var}.connect({w.address()})",
        f"print('connected', {var}.getsockname(), '->', {var}.getpeername())",
    ]
    if ev.timeout is not None and w.calls:
        comments.append(w.t("connect_timeout", s=f"{ev.timeout:g}"))
        pre = [f"{var}.settimeout({float(ev.timeout)!r})"]
        code.append(f"{var}.settimeout(None)")
    return Step(comments, code, pre)


def nonblocking_connect_step(w: Script, ev: Connect) -> Step:
    """A non-blocking connect() in the every-call style, as the program made
    it: the attempt that raised BlockingIOError (EINPROGRESS), or, after
    select() found the socket writable, its result read with
    ``getsockopt(SO_ERROR)`` (connect() again would raise EISCONN)."""
    var = w.var
    if not ev.completed:  # the attempt: the handshake goes on in the kernel
        comments = [w.at(ev) + w.t("connect"), w.t("connect_in_progress", errno=ev.errno)]
        code = ["try:", f"    {var}.connect({w.address()})", "except BlockingIOError as e:"]
        return Step(comments, [*code, "    print('connect() ->', e)"])
    if ev.gave_up:  # select() timed out first: no getsockopt() was made
        w.errors += 1
        comments = [w.at(ev) + w.t("connect_gave_up", s=f"{ev.timeout or 0:g}")]
        w.imports.add("select")
        code = [f"if not select.select([], [{w.var}], [], 0)[1]:  # (still not writable)"]
        return Step(comments, [*code, "    print('connect() gave up: not writable in time')"])
    ends = ""
    if ev.local and ev.peer:
        ends = w.t("ends", local=address_text(ev.local), peer=address_text(ev.peer))
    comments = [w.at(ev) + w.t("connect_so_error") + ends]
    code = [
        f"err = {var}.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)",
        "print('getsockopt(SO_ERROR) ->', err, os.strerror(err))",
    ]
    w.imports.add("os")
    if ev.failed:
        w.errors += 1
        comments.append(w.t("failed_here", name="connect", what=errno_text(ev.errno, ev.message)))
    else:
        ends_now = f"{var}.getsockname(), '->', {var}.getpeername()"
        code += ["if err == 0:", f"    print('connected', {ends_now})"]
    return Step(comments, code)


def recv_call_step(w: Script, ev: Recv, why: str) -> Step:
    """One plain ``recv(bufsize)`` (its result printed). A non-blocking one
    that found nothing in the program may find bytes in the script (it runs
    at other times): they are kept in ``early`` for the next receive loop."""
    n = int(ev.bufsize)
    code = [f"data = {w.var}.recv({n})", f"print('recv({n}) ->', data)"]
    if not (w.nonblocking and ev.errno in WOULD_BLOCK):
        return Step([w.at(ev) + f"recv({n})" + why], code)
    pre = ['early = b""  # ' + w.t("early")] if w.first_time("early") else []
    return Step([w.at(ev) + f"recv({n})" + why], [*code, "early += data"], pre)


# -- the end ---------------------------------------------------------------------------
def shutdown_step(w: Script, ev: Shutdown, tls: bool = False) -> Step:
    """``shutdown(how)``; ``tls``: on an SSLSocket, the TCP socket's own
    shutdown(), as the program makes it (SSLSocket.shutdown() drops TLS)."""
    name = SHUT_NAMES.get(ev.how)
    if name is None:
        return Step([w.at(ev) + w.t("not_translated", call=f"shutdown({ev.how})")])
    comments = [w.at(ev) + f"shutdown({name})" + w.t("sep") + w.t("why_" + name)]
    if tls:
        comments.append(w.t("tls_shutdown"))
        return Step(comments, [f"socket.socket.shutdown({w.var}, socket.{name})"])
    return Step(comments, [f"{w.var}.shutdown(socket.{name})"])


def close_step(w: Script, ev: Close | None) -> Step:
    """close(); ``ev`` None: the program had not closed the socket yet."""
    at = w.at(ev) if ev is not None else ""
    var = w.var
    if w.role == "listener":
        return Step(
            [at + w.t("close_listener")],
            [f"{var}.close()", "for c in conns:", "    c.close()"],
        )
    key = "close_abort" if ev is not None and ev.abort else "close"
    return Step([at + w.t(key)], [f"{var}.close()"])


def set_blocking_step(w: Script, ev: SetBlocking) -> Step | None:
    """The I/O mode. A teacher's script leaves out setblocking(False): its
    sendall() and recv() loops are the blocking way (the per-call style keeps
    it, with the would-block rows)."""
    w.nonblocking = w.calls and ev.timeout == 0
    if ev.timeout == 0:
        if not w.calls:
            return None
        return Step([w.at(ev) + w.t("setblocking_false")], [f"{w.var}.setblocking(False)"])
    if ev.timeout is None:
        return Step([w.at(ev) + w.t("setblocking_true")], [f"{w.var}.setblocking(True)"])
    return Step(
        [w.at(ev) + w.t("settimeout", timeout=f"{ev.timeout:g}")],
        [f"{w.var}.settimeout({ev.timeout!r})"],
    )


def select_step(w: Script, ev: Select) -> Step | None:
    """A readiness wait (kept in the per-call style only, as the waits are)."""
    if not w.calls:
        return None
    w.imports.add("select")
    lists = f"[], [{w.var}]" if ev.write else f"[{w.var}], []"
    timeout = "" if ev.timeout is None else f", {ev.timeout!r}"
    what = w.t("select_write" if ev.write else "select_read")
    call = f"select.select({lists}, []{timeout})"
    if ev.write or "early" not in w.explained:
        return Step([w.at(ev) + what], [call])
    # bytes a would-block recv() of the script found are what this wait is for
    return Step([w.at(ev) + what], ["if not early:  # " + w.t("early_wait"), "    " + call])
