"""Show the code: one recorded socket call as a step of the script.

Each function takes a typed event (its fields: the call's arguments and
result) and the variable that names the socket in the script, and returns the
:class:`~.codegen_script.Step`: comments saying what the program did, and the
code that does the same. Whether a failed call is wrapped in try/except, and
which events are left out, is :mod:`.codegen`'s business. Plain Python: no
Qt, no sockets.
"""

from __future__ import annotations

from collections.abc import Sequence

from .codegen_script import Script, Step
from .codegen_text import (
    address_text,
    call_with_bytes,
    is_constant_name,
    plural,
    preview,
    safe,
    sizes_text,
)
from .events import (
    SHUT_NAMES,
    Accept,
    Bind,
    Close,
    Connect,
    Listen,
    Recv,
    Resolve,
    Send,
    SetOption,
    Shutdown,
)

_SHUT_WHY = {
    "SHUT_WR": "send FIN: no more bytes from us; we can still receive",
    "SHUT_RD": "no more receiving on this socket",
    "SHUT_RDWR": "no more sending (FIN) or receiving",
}


def addr_expr(w: Script, host: str, port: int) -> str:
    """``(HOST, PORT)`` when the address is the script's own, else a literal."""
    if host == w.host and int(port) == w.port:
        return "(HOST, PORT)"
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


def setopt_comment(ev: SetOption) -> str:
    if ev.name == "SO_LINGER":
        if ev.value == 0:
            return (
                "SO_LINGER on with a 0 s timeout: close() sends RST (reset) "
                "instead of FIN: the program's Abort"
            )
        return (
            f"SO_LINGER on with a {ev.value} s timeout: close() waits up to "
            f"{ev.value} s for unsent bytes to go out"
        )
    text = f"setsockopt({ev.level}, {ev.name}, {ev.value})"
    if ev.applied is not None and ev.applied != ev.value:
        text += f"; the OS applied {ev.applied} (getsockopt({ev.name}))"
    return text


def setopt_step(w: Script, ev: SetOption, var: str) -> Step:
    code = setopt_code(w, ev, var)
    if not code:
        return Step(
            [
                f"{w.at(ev)} the program called setsockopt({ev.level}, {ev.name}, "
                f"{ev.value}) (not translated)"
            ]
        )
    return Step([f"{w.at(ev)} {setopt_comment(ev)}"], code)


def linger_abort_step(w: Script, var: str) -> Step:
    """SO_LINGER 0 before an aborting close() whose option is not in the script."""
    w.imports.add("struct")
    return Step(
        ["SO_LINGER on with a 0 s timeout, so that close() sends RST as the program's Abort did"],
        [f"{var}.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))"],
    )


# -- addresses --------------------------------------------------------------------------
def resolve_step(w: Script, ev: Resolve) -> Step:
    got = f" -> {safe(ev.address)}" if ev.address else ""
    comments = [
        f"{w.at(ev)} getaddrinfo({ev.host!r}, {ev.port}){got}: the name looked "
        "up (bind() and connect() look a name up themselves too)"
    ]
    expr = addr_expr(w, ev.host, ev.port)
    args = "HOST, PORT" if expr == "(HOST, PORT)" else f"{ev.host!r}, {int(ev.port)}"
    return Step(
        comments,
        [f"print('getaddrinfo ->', socket.getaddrinfo({args}, type=socket.SOCK_STREAM)[0][4])"],
    )


def bind_step(w: Script, ev: Bind, var: str, own: bool) -> Step:
    """``own``: the script's HOST/PORT are this socket's (a listener's) address."""
    got = f" and got {address_text(ev.address)}" if ev.address else ""
    zero = "; port 0 lets the OS choose a free port" if ev.port == 0 else ""
    expr = "(HOST, PORT)" if own else addr_expr(w, ev.host, ev.port)
    return Step(
        [f"{w.at(ev)} the program called bind({(ev.host, ev.port)!r}){got}{zero}"],
        [f"{var}.bind({expr})"],
    )


def listen_step(w: Script, ev: Listen, var: str) -> Step:
    return Step(
        [
            f"{w.at(ev)} listen({ev.backlog}): accept connections; up to the backlog "
            "may wait for accept()"
        ],
        [
            f"{var}.listen({int(ev.backlog)})",
            f"print('listening on', {var}.getsockname(), flush=True)",
        ],
    )


def accept_loop_step(w: Script, accepts: Sequence[Accept]) -> Step:
    n = len(accepts)
    peers = ", ".join(address_text(ev.peer) for ev in accepts[:4] if ev.peer)
    if n > 4:
        peers += ", ..."
    return Step(
        [
            f"{w.at(accepts[0])} the program accepted {plural(n, 'connection')} here"
            + (f" (from {peers})" if peers else ""),
            "accept() waits for a client and returns a NEW socket for that one connection;",
            'what each connection did is in the "accepted" scripts',
        ],
        [
            f"for _ in range({n}):",
            "    c, addr = srv.accept()",
            "    print('accepted', addr)",
            "    conns.append(c)",
        ],
    )


def connect_step(w: Script, ev: Connect, var: str) -> Step:
    ends = ""
    if ev.local and ev.peer:
        ends = f" ({address_text(ev.local)} -> {address_text(ev.peer)})"
    comments = [
        f"{w.at(ev)} connect(({ev.host!r}, {ev.port})): the three-way handshake "
        f"(SYN, SYN-ACK, ACK){ends}"
    ]
    pre: list[str] = []
    code = [
        f"{var}.connect((HOST, PORT))",
        f"print('connected', {var}.getsockname(), '->', {var}.getpeername())",
    ]
    if ev.timeout is not None:
        comments.append(
            f"the program gave connect() {ev.timeout:g} s; after it, the socket blocks again"
        )
        pre = [f"{var}.settimeout({float(ev.timeout)!r})"]
        code.append(f"{var}.settimeout(None)")
    return Step(comments, code, pre)


# -- bytes ------------------------------------------------------------------------------
def send_step(w: Script, ev: Send, var: str) -> Step:
    """A send() that returned: ``send_all`` of exactly the bytes it sent (zero
    bytes in their place when the record no longer holds them)."""
    size = ev.sent
    w.helpers.add("send_all")
    w.sent += size
    head = (
        f"{w.at(ev)} the program's send() was offered {ev.offered or size} bytes "
        f"and returned {size}"
    )
    if not ev.kept or len(ev.data) != size:
        w.placeholder_bytes += size
        return Step(
            [
                head,
                f"NOT THE ORIGINAL BYTES: the program no longer holds these "
                f"{size} bytes, so zero bytes stand in for them",
            ],
            [f"send_all({var}, b'\\x00' * {size})  # placeholder, NOT the original"],
        )
    return Step([head], call_with_bytes(f"send_all({var}, ", ev.data))


def failed_send_step(w: Script, ev: Send, var: str) -> Step:
    """A send() that raised: the same single send() (the caller wraps it)."""
    n = ev.offered
    head = f"{w.at(ev)} the program's send() was offered {n} bytes"
    if ev.kept and len(ev.data) == n:
        return Step([head], call_with_bytes(f"{var}.send(", ev.data))
    w.placeholder_bytes += n
    return Step(
        [
            head,
            f"NOT THE ORIGINAL BYTES: the record does not hold the {n} bytes "
            "it offered, so zero bytes stand in for them",
        ],
        [f"{var}.send(b'\\x00' * {n})  # placeholder, NOT the original"],
    )


def recv_group_step(w: Script, group: Sequence[Recv], var: str) -> Step:
    """Consecutive recv(bufsize) calls with data: ``recv_exactly`` of their total."""
    bufsize = group[0].bufsize
    total = sum(ev.nbytes for ev in group)
    w.helpers.add("recv_exactly")
    w.received += total
    sizes = [ev.nbytes for ev in group]
    comments = [
        f"{w.at(group[0])} the program received {total} bytes here in "
        f"{plural(len(group), f'recv({bufsize}) call')} ({sizes_text(sizes)})"
    ]
    if all(ev.kept and len(ev.data) == ev.nbytes for ev in group):
        comments.append(f"it received {preview(b''.join(ev.data for ev in group))}")
    else:
        comments.append("(the program no longer holds all of these bytes)")
    return Step(comments, [f"data = recv_exactly({var}, {total}, {bufsize})"])


def recv_call_step(w: Script, ev: Recv, var: str, why: str) -> Step:
    """One plain ``recv(bufsize)`` (its result printed)."""
    n = int(ev.bufsize)
    return Step(
        [f"{w.at(ev)} recv({n}){why}"], [f"data = {var}.recv({n})", f"print('recv({n}) ->', data)"]
    )


def eof_step(w: Script, ev: Recv, var: str) -> Step:
    """recv() returned b'' because the peer closed its sending side."""
    w.helpers.add("expect_eof")
    n = int(ev.bufsize)
    return Step(
        [
            f"{w.at(ev)} recv({n}) returned b'': the peer closed its sending side "
            "(FIN), no more bytes will come"
        ],
        [f"expect_eof({var}, {n})"],
    )


# -- the end ---------------------------------------------------------------------------
def shutdown_step(w: Script, ev: Shutdown, var: str) -> Step:
    name = SHUT_NAMES.get(ev.how)
    if name is None:
        return Step([f"{w.at(ev)} the program called shutdown({ev.how}) (not translated)"])
    return Step(
        [f"{w.at(ev)} shutdown({name}): {_SHUT_WHY[name]}"], [f"{var}.shutdown(socket.{name})"]
    )


def close_step(w: Script, ev: Close | None, var: str, role: str) -> Step:
    """close(); ``ev`` None: the program had not closed the socket yet."""
    at = w.at(ev) + " " if ev is not None else ""
    if role == "listener":
        return Step(
            [f"{at}close() the listening socket: no more connections"],
            [
                f"{var}.close()",
                "for c in conns:   # in the program each connection was a socket of its own",
                "    c.close()",
            ],
        )
    if ev is not None and ev.abort:
        text = "close() with SO_LINGER 0: RST (reset) to the peer instead of FIN"
    else:
        text = "close(): FIN to the peer (RST if SO_LINGER is 0 or unread bytes are left)"
    return Step([at + text], [f"{var}.close()"])
