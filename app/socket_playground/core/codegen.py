"""Show the code: a socket's recorded calls as a plain-Python script.

:func:`generate` turns the ordered events of one socket into a runnable script
that uses only the standard library's ``socket`` (and ``struct`` for
SO_LINGER). Run against the same peer it puts the same bytes on the wire, in
the same order relative to what it waits for. The program only shows the
text; it never runs it.

:func:`events_with_data` builds the complete ordered list a Session holds in
two places: lifecycle events in ``session.events`` and every recv()/send()
chunk in its :class:`~.capture.CaptureStore`.

No Qt here: this module is plain Python.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence

from .capture import CaptureStore
from .events import SHUT_NAMES, Direction, Event, Kind

ROLES = ("client", "listener", "accepted")

#: ``Event.detail`` of a rebuilt SEND/RECV whose bytes the store no longer holds.
NOT_RETAINED = "not retained"

LITERAL_MAX = 200      # bytes up to this: repr() literal; longer: bytes.fromhex()
HEX_PER_LINE = 64      # hex digits per line of a bytes.fromhex() literal (32 bytes)
REPR_WIDTH = 66        # widest piece of a wrapped repr() literal
INLINE_WIDTH = 48      # a repr() literal this wide or less stays on the call's line
PREVIEW_WIDTH = 60     # a received-bytes comment shows at most this much of a repr()
DEFAULT_BUFSIZE = 4096
COMMENT_WIDTH = 76     # comment text per line

# Events that open a socket's life sort before a chunk recorded in the same
# microsecond; events that end something sort after it.
_OPENING = frozenset({Kind.SOCKET, Kind.SETOPT, Kind.BIND, Kind.LISTEN, Kind.ACCEPT,
                      Kind.CONNECTING, Kind.CONNECT})

_SETOPT_RE = re.compile(r"setsockopt\(([A-Z][A-Z0-9_]*), ([A-Z][A-Z0-9_]*), (.+)\)")
_LINGER_VALUE = "struct.pack('ii', 1, 0)"
_INT_RE = re.compile(r"-?\d+")
_LISTEN_RE = re.compile(r"listen\((\d+)\)")
_SHUTDOWN_RE = re.compile(r"shutdown\((SHUT_RD|SHUT_WR|SHUT_RDWR)\)")


# -- the complete event list ---------------------------------------------------
def events_with_data(events: Iterable[Event], store: CaptureStore, t0_ns: int) -> list[Event]:
    """Lifecycle events merged with one SEND/RECV event per store chunk.

    ``store.t_us`` counts microseconds since ``t0_ns`` (the Session's start),
    so lifecycle events are compared at that resolution too; in a tie, events
    that open something (socket, setsockopt, connect, …) come before the chunk
    and events that end something (EOF, shutdown, close, error) after it.
    Each input keeps its own order.

    A rebuilt SEND has ``data`` = the bytes that send() call sent; a rebuilt
    RECV is a batch of one: ``obj = ([t_ns], [data])``. When the store has
    dropped a chunk's bytes, ``data`` is ``b""`` and ``detail`` is
    :data:`NOT_RETAINED` (``size`` is still exact). The store's empty chunks
    (an EOF's ``b''``) are skipped: the lifecycle list has the EOF event.
    """
    life = list(events)
    chunks: list[Event] = []
    chunk_keys: list[int] = []
    for i in range(len(store)):
        size = store.size[i]
        if size == 0:
            continue
        t_us = store.t_us[i]
        t_ns = t0_ns + t_us * 1000
        start = store.combined[i]
        data = store.retained(start, start + size)
        kept = len(data) == size
        if not kept:
            data = b""
        detail = "" if kept else NOT_RETAINED
        asked = store.asked[i]
        if store.direction[i] == Direction.OUT:
            ev = Event(Kind.SEND, t_ns, "send", size, data, "", detail, None, asked)
        else:
            ev = Event(Kind.RECV, t_ns, f"recv({asked})", size, b"", "", detail,
                       ([t_ns], [data]), asked)
        chunks.append(ev)
        chunk_keys.append(t_us)

    def life_key(ev: Event) -> tuple[int, int]:
        return (ev.t_ns - t0_ns) // 1000, 0 if ev.kind in _OPENING else 2

    out: list[Event] = []
    i = j = 0
    while i < len(life) and j < len(chunks):
        if life_key(life[i]) < (chunk_keys[j], 1):
            out.append(life[i])
            i += 1
        else:
            out.append(chunks[j])
            j += 1
    out.extend(life[i:])
    out.extend(chunks[j:])
    return out


def suggested_filename(role: str, session_id: int) -> str:
    """``client_3.py``: a name for saving a generated script."""
    if role not in ROLES:
        raise ValueError(role)
    return f"{role}_{int(session_id)}.py"


# -- text helpers -----------------------------------------------------------------
def _safe(text: object) -> str:
    """Text fit for a comment: one line, no control characters."""
    out = []
    for ch in str(text):
        if ch.isprintable():
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)


def _repr_pieces(data: bytes) -> list[str]:
    """repr() literals of consecutive pieces of ``data``, each at most
    REPR_WIDTH wide; a piece also ends after a newline byte."""
    pieces: list[str] = []
    start = 0
    while start < len(data):
        end = start + 1
        while end < len(data) and data[end - 1] != 0x0A:
            if len(repr(data[start:end + 1])) > REPR_WIDTH:
                break
            end += 1
        pieces.append(repr(data[start:end]))
        start = end
    return pieces or [repr(b"")]


def bytes_literal(data: bytes, indent: str = "") -> list[str]:
    """Python source that evaluates to exactly ``data``, as lines (the first
    without ``indent``, the others with it). Short data is Python's own
    repr(); past LITERAL_MAX bytes it is ``bytes.fromhex(...)`` wrapped in
    lines of HEX_PER_LINE digits."""
    data = bytes(data)
    inner = indent + "    "
    if len(data) > LITERAL_MAX:
        h = data.hex()
        lines = ["bytes.fromhex("]
        lines += [f"{inner}'{h[k:k + HEX_PER_LINE]}'" for k in range(0, len(h), HEX_PER_LINE)]
        lines.append(f"{indent})")
        return lines
    whole = repr(data)
    if len(whole) <= INLINE_WIDTH:
        return [whole]
    return ["("] + [inner + p for p in _repr_pieces(data)] + [f"{indent})"]


def _preview(data: bytes) -> str:
    r = repr(bytes(data))
    return r if len(r) <= PREVIEW_WIDTH else r[:PREVIEW_WIDTH - 3] + "..."


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -- helpers the script may define ------------------------------------------------
_HELPERS = {
    "send_all": '''\
def send_all(sock, data):
    """send() until every byte is out. One send() may take only part of the
    data (it returns how many bytes it took), so call it again with the rest."""
    view = memoryview(data)
    while view:
        n = sock.send(view)
        print(f"send({len(view)}) -> {n}")
        view = view[n:]
''',
    "recv_exactly": '''\
def recv_exactly(sock, n, bufsize):
    """recv() until n bytes have come. TCP is a stream: the same bytes may come
    in more or fewer pieces than when the program ran. Never ask for more than
    is still expected here, so bytes meant for a later step stay queued."""
    data = bytearray()
    while len(data) < n:
        want = min(bufsize, n - len(data))
        chunk = sock.recv(want)
        print(f"recv({want}) -> {len(chunk)} bytes")
        if not chunk:
            raise ConnectionError(f"the peer closed after {len(data)} of {n} bytes")
        data += chunk
    return bytes(data)
''',
    "expect_eof": '''\
def expect_eof(sock, bufsize):
    """recv() returns b'' once the peer has closed its sending side (FIN)."""
    data = sock.recv(bufsize)
    print(f"recv({bufsize}) -> {data!r}")
    if data:
        print("note: expected b'' (end of stream), got more bytes than the program did")
    return data
''',
}


class _Step:
    """One step of the script: comments, code, and the program call it
    stands for (so a following ERROR event can wrap it in try/except)."""

    __slots__ = ("call", "comments", "code")

    def __init__(self, call: str, comments: list[str], code: list[str]) -> None:
        self.call, self.comments, self.code = call, comments, code


class _Writer:
    def __init__(self, role: str, host: str, port: int, t_first: int) -> None:
        self.role = role
        self.host, self.port = host, port
        self.t_first = t_first
        self.steps: list[_Step] = []
        self.helpers: set[str] = set()
        self.imports = {"socket"}
        self.placeholder_bytes = 0
        self.errors = 0
        self.sent = 0
        self.received = 0

    def at(self, ev: Event) -> str:
        return f"[+{(ev.t_ns - self.t_first) / 1e9:.3f} s]"

    def step(self, call: str, comments: Sequence[str], code: Sequence[str]) -> None:
        self.steps.append(_Step(call, [_safe(c) for c in comments], list(code)))

    # -- calls as code -------------------------------------------------------
    def call_code(self, call: str, var: str) -> list[str] | None:
        """The script line(s) for a recorded call string, or None."""
        m = _SETOPT_RE.fullmatch(call)
        if m:
            level, name, value = m.groups()
            if value == _LINGER_VALUE:
                self.imports.add("struct")
                return [f"{var}.setsockopt(socket.{level}, socket.{name}, "
                        "struct.pack('ii', 1, 0))"]
            if _INT_RE.fullmatch(value):
                return [f"{var}.setsockopt(socket.{level}, socket.{name}, {int(value)})"]
            return None
        if call.startswith("bind("):
            return [f"{var}.bind((HOST, PORT))"]
        if call.startswith("connect("):
            return [f"{var}.connect((HOST, PORT))"]
        m = _LISTEN_RE.fullmatch(call)
        if m:
            return [f"{var}.listen({int(m.group(1))})"]
        m = _SHUTDOWN_RE.fullmatch(call)
        if m:
            return [f"{var}.shutdown(socket.{m.group(1)})"]
        if call == "close()":
            return [f"{var}.close()"]
        return None

    def error(self, ev: Event, var: str) -> None:
        """A call raised in the program: the same call in try/except, or a comment."""
        self.errors += 1
        what = f"{ev.errno or 'an error'}" + (f" ({ev.detail})" if ev.detail else "")
        last = self.steps[-1] if self.steps else None
        code = None
        if last is not None and last.call == ev.call and last.code \
                and not last.code[0].startswith("try:"):
            self.steps.pop()
            comments, code = last.comments, last.code
        else:
            code = self.call_code(ev.call, var)
            comments = [f"{self.at(ev)} {ev.call}"]
        if code is None:
            self.step("", [f"{self.at(ev)} here the program's {ev.call} failed: {what}",
                           "(the script does not repeat that call)"], [])
            return
        name = ev.call.split("(", 1)[0]
        self.step("", comments + [f"the program's {name}() failed here with {what};",
                                  "the script's will most likely fail the same way"],
                  ["try:", *("    " + c for c in code),
                   "except OSError as e:",
                   f"    print({name + '() failed:'!r}, e)"])

    # -- data ----------------------------------------------------------------
    def send(self, ev: Event, var: str) -> None:
        size = ev.size or len(ev.data)
        data = bytes(ev.data)
        asked = ev.asked or size
        self.helpers.add("send_all")
        self.sent += size
        head = (f"{self.at(ev)} the program's send() was offered {asked} bytes "
                f"and returned {size}")
        if ev.detail == NOT_RETAINED or len(data) != size:
            self.placeholder_bytes += size
            self.step("send", [head,
                               f"NOT THE ORIGINAL BYTES: the program no longer holds these "
                               f"{size} bytes, so zero bytes stand in for them"],
                      [f"send_all({var}, b'\\x00' * {size})  # placeholder, NOT the original"])
            return
        lit = bytes_literal(data)
        lines = [f"send_all({var}, {lit[0]}"] + lit[1:]
        lines[-1] += ")"
        self.step("send", [head], lines)

    def recv_group(self, group: list[Event], var: str) -> None:
        total = 0
        calls = 0
        sizes: list[int] = []
        known = bytearray()
        complete = True
        for ev in group:
            times, datas = ev.obj if isinstance(ev.obj, tuple) and len(ev.obj) == 2 else ([], [])
            n = ev.size or sum(len(d) for d in datas)
            total += n
            calls += max(1, len(datas))
            got = b"".join(datas)
            if ev.detail == NOT_RETAINED or len(got) != n:
                complete = False
            else:
                known += got
            sizes += [len(d) for d in datas] if len(got) == n else [n]
        bufsize = group[0].asked or DEFAULT_BUFSIZE
        self.helpers.add("recv_exactly")
        self.received += total
        shown = ", ".join(map(str, sizes[:12])) + (", ..." if len(sizes) > 12 else "")
        comments = [f"{self.at(group[0])} the program received {total} bytes here in "
                    f"{_plural(calls, f'recv({bufsize}) call')} ({shown})"]
        if complete:
            comments.append(f"it received {_preview(bytes(known))}")
        self.step("recv", comments, [f"data = recv_exactly({var}, {total}, {bufsize})"])

    # -- assembly --------------------------------------------------------------
    def render(self, docstring: str, setup: list[str]) -> str:
        out = ["#!/usr/bin/env python3", '"""' + docstring + '"""', ""]
        out += [f"import {m}" for m in sorted(self.imports)]
        out += ["", f"HOST = {self.host!r}", f"PORT = {int(self.port)}", ""]
        for name in ("send_all", "recv_exactly", "expect_eof"):
            if name in self.helpers:
                out += ["", _HELPERS[name].rstrip("\n"), ""]
        out += [""] + setup
        for st in self.steps:
            out.append("")
            for c in st.comments:
                out += ["# " + part for part in
                        textwrap.wrap(c, COMMENT_WIDTH, break_long_words=False,
                                      break_on_hyphens=False) or [""]]
            out += st.code
        return "\n".join(out).rstrip("\n") + "\n"


def _bufsize(ev: Event) -> int:
    if ev.asked:
        return ev.asked
    m = re.fullmatch(r"recv\((\d+)\)", ev.call or "")
    return int(m.group(1)) if m else DEFAULT_BUFSIZE


def generate(role: str, events: Sequence[Event], *, host: str, port: int,
             listener_events: Sequence[Event] | None = None) -> str:
    """A runnable plain-Python script equivalent to one socket's events.

    ``events`` is the socket's complete ordered list, sends and receives
    included (see :func:`events_with_data`). ``role`` is ``"client"``,
    ``"listener"`` or ``"accepted"``. ``host``/``port``: where a client
    connects; where a listener binds; for an accepted socket, the address of
    the listener that accepted it (the script listens there, accepts one
    connection and replays this socket's calls on it). ``listener_events``
    (accepted only, optional): the listener's events, whose setsockopt calls
    before listen() the script repeats (an accepted socket inherits them).
    Port 0 makes the script's listener pick a free port; it prints the port.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    events = [ev for ev in events if ev.kind is not Kind.NOTE]
    t_first = events[0].t_ns if events else 0
    w = _Writer(role, host, int(port), t_first)
    var = {"client": "s", "listener": "srv", "accepted": "conn"}[role]

    setup: list[str] = []
    if role == "accepted":
        setup = _accepted_setup(w, events, listener_events or [])
    else:
        what = "a client" if role == "client" else "a listening"
        setup = [f"# {what} socket: IPv4 (AF_INET), TCP (SOCK_STREAM)",
                 f"{var} = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"]
        if role == "listener":
            setup.append("conns = []   # the sockets accept() returns")

    closed = False
    connect_done = False
    accepts: list[Event] = []
    i = 0
    while i < len(events):
        ev = events[i]
        k = ev.kind
        if k is not Kind.ACCEPT and accepts:
            _accept_loop(w, accepts)
            accepts = []
        if k is Kind.SOCKET:
            pass   # the setup above made it
        elif k is Kind.SETOPT:
            code = w.call_code(ev.call, var)
            if code is None:
                w.step(ev.call, [f"{w.at(ev)} the program called {ev.call} "
                                 "(not translated)"], [])
            else:
                comments = [f"{w.at(ev)} {_setopt_comment(ev)}"]
                w.step(ev.call, comments, code)
        elif k is Kind.BIND:
            got = f" and got {ev.detail}" if ev.detail else ""
            zero = "; port 0 lets the OS choose a free port" if ev.call.endswith(", 0))") else ""
            w.step(ev.call, [f"{w.at(ev)} the program called {ev.call}{got}{zero}"],
                   [f"{var}.bind((HOST, PORT))"])
        elif k is Kind.LISTEN:
            w.step(ev.call, [f"{w.at(ev)} {ev.call}: accept connections; up to the backlog "
                             "may wait for accept()"],
                   (w.call_code(ev.call, var) or [f"{var}.listen(5)"])
                   + [f"print('listening on', {var}.getsockname(), flush=True)"])
        elif k is Kind.ACCEPT:
            if role == "listener":
                accepts.append(ev)
            # accepted: the setup already accepted this connection
        elif k in (Kind.CONNECTING, Kind.CONNECT):
            if not connect_done and role == "client":
                connect_done = True
                w.step(ev.call, [f"{w.at(ev)} connect(): the three-way handshake "
                                 "(SYN, SYN-ACK, ACK)"],
                       [f"{var}.connect((HOST, PORT))",
                        f"print('connected', {var}.getsockname(), '->', {var}.getpeername())"])
        elif k is Kind.SEND:
            w.send(ev, var)
        elif k is Kind.RECV:
            group = [ev]
            while (i + 1 < len(events) and events[i + 1].kind is Kind.RECV
                   and events[i + 1].asked == ev.asked):
                i += 1
                group.append(events[i])
            w.recv_group(group, var)
        elif k is Kind.EOF:
            n = _bufsize(ev)
            if ev.obj == "shut_rd":
                w.step(ev.call, [f"{w.at(ev)} recv({n}) returned b'': this socket shut "
                                 "its own reading side"],
                       [f"data = {var}.recv({n})",
                        f"print('recv({n}) ->', data)"])
            else:
                w.helpers.add("expect_eof")
                w.step(ev.call, [f"{w.at(ev)} recv({n}) returned b'': the peer closed "
                                 "its sending side (FIN), no more bytes will come"],
                       [f"expect_eof({var}, {n})"])
        elif k is Kind.SHUTDOWN:
            if ev.obj != "wake":   # the program's own way to stop its reader
                name = SHUT_NAMES.get(ev.size, "SHUT_WR")
                why = {"SHUT_WR": "send FIN: no more bytes from us; we can still receive",
                       "SHUT_RD": "no more receiving on this socket",
                       "SHUT_RDWR": "no more sending (FIN) or receiving"}[name]
                w.step(ev.call, [f"{w.at(ev)} shutdown({name}): {why}"],
                       [f"{var}.shutdown(socket.{name})"])
        elif k is Kind.CLOSE:
            closed = True
            _close(w, ev, var, role)
        elif k is Kind.ERROR:
            w.error(ev, var)
        i += 1
    if accepts:
        _accept_loop(w, accepts)
    if not closed:
        w.step("close()", ["the program had not closed this socket yet; the script "
                           "closes it (its exit would too)"], [])
        _close(w, None, var, role)

    return w.render(_docstring(w), setup)


def _setopt_comment(ev: Event) -> str:
    m = _SETOPT_RE.fullmatch(ev.call)
    name = m.group(2) if m else "option"
    if m and m.group(3) == _LINGER_VALUE:
        return ("SO_LINGER on with a 0 s timeout: close() sends RST (reset) "
                "instead of FIN: the program's Abort")
    text = f"{ev.call}"
    if m and _INT_RE.fullmatch(m.group(3)) and ev.size and ev.size != int(m.group(3)):
        text += f"; the OS applied {ev.size} (getsockopt({name}))"
    return text


def _close(w: _Writer, ev: Event | None, var: str, role: str) -> None:
    at = w.at(ev) + " " if ev is not None else ""
    if role == "listener":
        w.step("close()", [f"{at}close() the listening socket: no more connections"],
               [f"{var}.close()",
                "for c in conns:   # in the program each connection was a socket of its own",
                "    c.close()"])
    else:
        w.step("close()", [f"{at}close(): FIN to the peer (RST if SO_LINGER is 0 "
                           "or unread bytes are left)"],
               [f"{var}.close()"])


def _accept_loop(w: _Writer, accepts: list[Event]) -> None:
    n = len(accepts)
    peers = ", ".join(_safe(ev.detail) for ev in accepts[:4] if ev.detail)
    if n > 4:
        peers += ", ..."
    w.step("accept()", [
        f"{w.at(accepts[0])} the program accepted {_plural(n, 'connection')} here"
        + (f" (from {peers})" if peers else ""),
        "accept() waits for a client and returns a NEW socket for that one connection;",
        "what each connection did is in the \"accepted\" scripts",
    ], [f"for _ in range({n}):",
        "    c, addr = srv.accept()",
        "    print('accepted', addr)",
        "    conns.append(c)"])


def _accepted_setup(w: _Writer, events: list[Event], listener_events: Sequence[Event]) -> list[str]:
    lines = ["# This connection was accepted by a listening socket: make one, accept",
             "# one connection, and replay what the program did on it.",
             "srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"]
    reuse = False
    for ev in listener_events:
        if ev.kind is Kind.LISTEN:
            break
        if ev.kind is Kind.SETOPT:
            code = w.call_code(ev.call, "srv")
            if code:
                reuse = reuse or "SO_REUSEADDR" in ev.call
                lines += [f"# {_safe(_setopt_comment(ev))}"] + code
    if not reuse:
        lines += ["# SO_REUSEADDR: bind again at once after a previous run",
                  "srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"]
    lines += ["srv.bind((HOST, PORT))",
              "srv.listen(1)",
              "print('listening on', srv.getsockname(), flush=True)",
              "conn, addr = srv.accept()   # waits for the client"]
    first = next((ev for ev in events if ev.kind is Kind.ACCEPT), None)
    if first is not None and first.detail:
        lines.append(f"# (in the program the client was {_safe(first.detail)})")
    lines += ["print('accepted', addr)",
              "srv.close()   # one connection is all this script needs"]
    return lines


def _docstring(w: _Writer) -> str:
    role = w.role
    what = {
        "client": "A TCP client: it connects to HOST:PORT and replays what the program's\n"
                  "client socket did. Start the same peer (server) first.",
        "listener": "A TCP listening socket: it binds HOST:PORT, listens and accepts\n"
                    "connections the way the program's listener did.",
        "accepted": "One accepted TCP connection: it listens on HOST:PORT, accepts one\n"
                    "connection and replays what the program did on it. Run this\n"
                    "first, then connect the same client.",
    }[role]
    text = (f"\n{what}\n\n"
            "Generated by Socket Playground. It is equivalent to the session: the\n"
            "same calls in the same order, the same bytes sent. The pauses between\n"
            "calls are not reproduced, and recv() may return the bytes in pieces of\n"
            "other sizes than when the program ran (TCP is a byte stream, not\n"
            "messages); the script waits for the same number of bytes.\n")
    if w.sent or w.received:
        text += (f"\nThe program sent {w.sent} and received {w.received} bytes on this "
                 "socket.\n")
    if w.placeholder_bytes:
        text += (f"\nWARNING: {w.placeholder_bytes} of the sent bytes are NOT the original:\n"
                 "the program no longer held them; zero bytes stand in for them.\n")
    if w.errors:
        text += ("\nSome calls failed in the program; the script makes them in try/except\n"
                 "or says so in a comment.\n")
    return text
