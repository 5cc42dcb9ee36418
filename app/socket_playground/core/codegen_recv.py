"""Show the code: what the program received, as a receive loop.

Consecutive ``recv()`` calls that returned bytes are one *receive*: the
script loops ``recv()`` until as many bytes have come (TCP may cut the stream
elsewhere this time) and then uses them; when the peer's end of stream came
right after, the loop is the usual ``while True: ... if not data: break``.
The record's chunk sizes are kept in a comment. An echo (every byte received
sent back, then the peer's end) is the usual echo loop. Plain Python: no Qt,
no sockets.
"""

from __future__ import annotations

from collections.abc import Sequence

from .codegen_script import Script, Step
from .codegen_send import take_messages, would_block
from .codegen_text import preview, sizes_text
from .errors import TIMEOUT
from .events import Event, JobProgress, Recv, Select, Send

TEXT_SHOWN = 2048  # received text up to this long is printed whole
CALLS_LISTED = 8


def with_data(ev: Event) -> Recv | None:
    """``ev`` if it is a recv() that returned bytes."""
    return ev if isinstance(ev, Recv) and not ev.failed and ev.nbytes > 0 else None


def is_peer_eof(ev: Event) -> bool:
    """A recv() that returned b'' because the peer closed its sending side."""
    return isinstance(ev, Recv) and ev.eof and not ev.own_shutdown


def take_group(items: Sequence[Event], i: int, skip_waits: bool = False) -> tuple[list[Recv], int]:
    """The recv() calls with bytes from ``items[i]`` on, of one bufsize
    (notes skipped; ``skip_waits``, the teacher's script, which blocks: the
    would-block recv() calls and select() waits between them too)."""
    group: list[Recv] = []
    while i < len(items):
        ev = items[i]
        got = with_data(ev)
        if got is not None:
            if group and got.bufsize != group[0].bufsize:
                break
            group.append(got)
        elif not isinstance(ev, JobProgress) and not (
            skip_waits and (would_block(ev) or isinstance(ev, Select))
        ):
            break
        i += 1
    return group, i


def _kept(group: Sequence[Recv]) -> bytes | None:
    if all(ev.kept and len(ev.data) == ev.nbytes for ev in group):
        return b"".join(ev.data for ev in group)
    return None


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def use_lines(w: Script, data: bytes | None, total: int) -> list[str]:
    """What the script does with what it received: print it."""
    if data is not None and total <= TEXT_SHOWN and _is_text(data):
        return ["print(received.decode('utf-8', errors='replace'))"]
    return ["print('received', len(received), 'bytes')"]


def _what(w: Script, group: Sequence[Recv], total: int) -> list[str]:
    """Comments: how many bytes in which recv() calls, and a preview."""
    sizes = sizes_text([ev.nbytes for ev in group])
    call = f"recv({group[0].bufsize})"
    if len(group) == 1:
        out = [w.t("received_one", n=total, call=call)]
    else:
        out = [w.t("received_in", n=total, k=len(group), call=call, sizes=sizes)]
    if w.calls:
        for ev in group[:CALLS_LISTED]:
            out.append(w.at(ev) + f"recv({ev.bufsize}) -> {ev.nbytes} " + w.t("bytes_word"))
        if len(group) > CALLS_LISTED:
            out.append(w.t("more_calls", n=len(group) - CALLS_LISTED))
    data = _kept(group)
    if data is None:
        out.append(w.t("not_held"))
    elif total <= 512:
        out.append(w.t("it_received", what=preview(data)))
    return out


def _received(w: Script) -> list[str]:
    """The loop's start: empty, or what would-block calls found (``early``)."""
    if "early" not in w.explained:
        return ["received = bytearray()"]
    return ["received = bytearray(early)", 'early = b""']


def _recv_line(w: Script, size: object) -> list[str]:
    """The loop's ``recv()``; on a non-blocking socket, one that finds
    nothing yet (or, with TLS, no whole record) waits in select() and is
    made again: the program's found its bytes there, the script's may not."""
    call = f"    data = {w.var}.recv({size})"
    if not w.nonblocking:
        return [call]
    w.imports.add("select")
    if w.tls:
        w.imports.add("ssl")
    errors = "(BlockingIOError, ssl.SSLWantReadError)" if w.tls else "BlockingIOError"
    return [
        "    try:",
        "    " + call,
        f"    except {errors}:  # " + w.t("not_yet"),
        f"        select.select([{w.var}], [], [])",
        "        continue",
    ]


def _chunk_print(w: Script) -> list[str]:
    """Every-call style: each recv() call's result printed."""
    return ["    print('recv() ->', len(data), 'bytes')"] if w.calls else []


def receive_step(w: Script, group: Sequence[Recv], until_eof: bool, more_later: bool) -> Step:
    """The bytes of ``group``; ``until_eof``: the peer's b'' came next;
    ``more_later``: the script receives again later (never ask for more than
    this step's bytes then, so a later step's bytes stay queued)."""
    total = sum(ev.nbytes for ev in group)
    w.received += total
    bufsize = group[0].bufsize
    comments = _what(w, group, total)
    if until_eof:
        comments.append(w.t("until_eof"))
        code = [
            *_received(w),
            "while True:",
            *_recv_line(w, bufsize),
            *_chunk_print(w),
            "    if not data:",
            "        break  # b'': " + w.t("peer_closed_short"),
            "    received += data",
        ]
    else:
        if w.first_time("stream"):
            comments.append(w.t("stream"))
        size = str(bufsize)
        if more_later and bufsize < total:
            size = f"min({bufsize}, {total} - len(received))"
        elif more_later:
            size = f"{total} - len(received)"
        code = [
            *_received(w),
            f"while len(received) < {total}:",
            *_recv_line(w, size),
            *_chunk_print(w),
            "    if not data:",
            "        break  # b'': " + w.t("peer_closed_early"),
            "    received += data",
        ]
    return Step(comments, code + use_lines(w, _kept(group), total))


def eof_step(w: Script, ev: Recv) -> Step:
    """A recv() that returned b'' with no bytes before it: the peer's end."""
    n = int(ev.bufsize)
    return Step(
        [w.at(ev) + w.t("eof", n=n)],
        [f"data = {w.var}.recv({n})", "print('recv() ->', data)"],
    )


# -- echo ------------------------------------------------------------------------------
def echo_span(items: Sequence[Event], i: int) -> tuple[int, int, int] | None:
    """From ``items[i]``: received bytes, each sent back (and nothing else),
    then the peer's end. (index after the b'', bytes, bufsize), or None."""
    received = bytearray()
    sent = bytearray()
    bufsize = 0
    j = i
    while j < len(items):
        ev = items[j]
        if is_peer_eof(ev):
            if received and sent == received:
                return j + 1, len(received), bufsize
            return None
        if with_data(ev) is not None:
            group, j = take_group(items, j)
            data = _kept(group)
            if data is None:
                return None
            received += data
            bufsize = max([bufsize, *(g.bufsize for g in group)])
            continue
        if isinstance(ev, Send) and not ev.failed:
            ms, j, _ = take_messages(items, j)
            for m in ms:
                if m.data is None or received[len(sent) : len(sent) + m.size] != m.data:
                    return None
                sent += m.data
            continue
        if not isinstance(ev, JobProgress):
            return None
        j += 1
    return None


def echo_step(w: Script, items: Sequence[Event], nbytes: int, bufsize: int) -> Step:
    w.received += nbytes
    w.sent += nbytes
    recvs = sum(1 for ev in items if with_data(ev) is not None)
    sends = sum(1 for ev in items if isinstance(ev, Send))
    var = w.var
    return Step(
        [w.t("echo", n=nbytes, recvs=recvs, sends=sends)],
        [
            "while True:",
            *_recv_line(w, bufsize),
            "    if not data:",
            "        break  # b'': " + w.t("peer_closed_short"),
            f"    {var}.sendall(data)",
        ],
    )


def timeouts_span(items: Sequence[Event], i: int) -> int:
    """The index after the recv() calls in a row from ``items[i]`` that timed
    out (settimeout); ``i`` when ``items[i]`` is none."""
    j = i
    while j < len(items):
        ev = items[j]
        if not (isinstance(ev, Recv) and ev.errno == TIMEOUT):
            break
        j += 1
    return j


def timeouts_step(w: Script, ev: Recv, times: int) -> Step:
    """recv() calls that timed out, as a teacher writes them: one loop that
    tries again after each TimeoutError (the socket is fine)."""
    n = int(ev.bufsize)
    return Step(
        [w.at(ev) + w.t("recv_timeouts", n=n, times=times)],
        [
            f"for attempt in range({times}):",
            "    try:",
            f"        data = {w.var}.recv({n})",
            f"        print('recv({n}) ->', data)",
            "        break",
            "    except TimeoutError:",
            f"        print('recv({n}) timed out: nothing came; the socket is fine')",
        ],
    )
