"""Show the code: what the program sent, as a person would send it.

The program's writer calls ``send()`` until the kernel has taken every byte
of an item the user queued; those consecutive calls are one *message*
(:func:`take_messages`: each call was offered what the one before did not
take). A message is one ``sock.sendall(data)``; in the every-call style, or
where the program's calls took less than they were offered, the script makes
the same non-blocking ``send()`` calls in a loop and prints what each took.
Messages in a row that repeat one block become a ``for`` loop; equal pieces
of one text (the trickle job) a loop over slices; a file job a loop over the
file. No bytes literal is longer than :data:`.codegen_data.LITERAL_CAP`.
Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from .codegen_data import Data, data_expr, zeros
from .codegen_script import Script, Step, indent
from .codegen_text import sizes_text
from .errors import WOULD_BLOCK
from .events import Connect, Event, JobProgress, Recv, Send

CALLS_LISTED = 8  # recorded calls listed one per comment line, at most
PAUSE_MIN_NS = 5_000_000  # a pause this long between pieces becomes time.sleep()
REPEAT_MIN = 3  # this many equal messages in a row become a for loop
PIECES_MIN = 4  # this many equal-sized pieces of one text become a loop over slices


@dataclass
class Message:
    """Consecutive send() calls of one queued item (each offered the rest)."""

    sends: list[Send] = field(default_factory=list)
    data: bytes | None = None  # None: the record does not hold every byte

    @property
    def size(self) -> int:
        return sum(ev.sent for ev in self.sends)

    @property
    def complete(self) -> bool:
        last = self.sends[-1]
        return last.sent == last.offered

    @property
    def partial(self) -> bool:
        """A call took less than it was offered (the lesson of partial sends)."""
        return any(ev.sent < ev.offered for ev in self.sends)


def would_block(ev: Event) -> bool:
    """A send()/recv() that raised BlockingIOError (it moved no bytes), or a
    non-blocking connect() (EINPROGRESS: the handshake goes on)."""
    return isinstance(ev, Send | Recv | Connect) and ev.errno in WOULD_BLOCK


def is_sent(ev: Event) -> bool:
    return isinstance(ev, Send) and not ev.failed


def take_messages(
    items: Sequence[Event], i: int, skip_would_block: bool = True
) -> tuple[list[Message], int, bool]:
    """The messages sent from ``items[i]`` on, up to the first item that is
    neither a successful send() nor a repeat job's note; and whether a repeat
    job's note was among them. ``skip_would_block``: a send() that raised
    EAGAIN neither ends a message nor is one (else it ends the run)."""
    out: list[Message] = []
    repeat = False
    while i < len(items):
        ev = items[i]
        if isinstance(ev, JobProgress) and ev.job != "file":
            repeat = repeat or ev.job == "repeat"
            i += 1
            continue
        if skip_would_block and would_block(ev):  # no room yet: the message goes on
            i += 1
            continue
        if not isinstance(ev, Send) or ev.failed:
            break
        last = out[-1].sends[-1] if out else None
        if last is None or last.sent == last.offered or ev.offered != last.offered - last.sent:
            out.append(Message())
        out[-1].sends.append(ev)
        i += 1
    for m in out:
        if all(ev.kept and len(ev.data) == ev.sent for ev in m.sends):
            m.data = b"".join(ev.data for ev in m.sends)
    if repeat:  # a repeat job sends one block again and again: a kept one stands for all
        sizes = {m.size: m.data for m in out if m.data is not None}
        for m in out:
            if m.data is None and m.size in sizes:
                m.data = sizes[m.size]
    return out, i, repeat


# -- the code of one send --------------------------------------------------------------
def call_with(head: str, expr: Sequence[str]) -> list[str]:
    """``head(expr)`` as lines; a wrapped literal's own parentheses are the call's."""
    if len(expr) > 1 and expr[0] == "(" and expr[-1].strip() == ")":
        return [head + "(", *expr[1:]]
    lines = [head + "(" + expr[0], *expr[1:]]
    lines[-1] += ")"
    return lines


def send_code(w: Script, expr: Sequence[str], step_by_step: bool) -> list[str]:
    """``sock.sendall(expr)``; ``step_by_step``: the program's own loop of
    non-blocking send() calls, each call's result printed."""
    var = w.var
    if not step_by_step:
        return call_with(f"{var}.sendall", expr)
    w.imports.add("select")
    return [
        *call_with("view = memoryview", expr),
        "while view:",
        f"    select.select([], [{var}], [])  # " + w.t("wait_room"),
        f"    n = {var}.send(view, socket.MSG_DONTWAIT)",
        "    print(f'send({len(view)}) -> {n}')",
        "    view = view[n:]",
    ]


def _data(w: Script, m_data: bytes | None, size: int, indent_by: str = "") -> Data:
    d = zeros(size) if m_data is None else data_expr(m_data, indent_by)
    w.placeholder_bytes += d.missing
    w.elided_bytes += d.elided
    return d


def data_comments(w: Script, d: Data) -> list[str]:
    if d.how == "zeros":
        return [w.t("zeros", n=d.size)]
    if d.how == "lines":
        return [w.t("lines", k=d.lines_count)]
    if d.how == "cut":
        return [w.t("cut", n=d.size, kept=d.size - d.elided, rest=d.elided)]
    return []


def _call_list(w: Script, sends: Sequence[Send]) -> list[str]:
    """The recorded calls, one comment line each (every-call style)."""
    out = []
    for ev in sends[:CALLS_LISTED]:
        text = w.at(ev) + f"send({ev.offered} bytes) -> {ev.sent}"
        if ev.waited_ns:
            text += " " + w.t("waited_room", ms=round(ev.waited_ns / 1e6))
        out.append(text)
    if len(sends) > CALLS_LISTED:
        out.append(w.t("more_calls", n=len(sends) - CALLS_LISTED))
    return out


def message_step(w: Script, m: Message) -> Step:
    """One message: sendall() (or the program's loop of send() calls)."""
    w.sent += m.size
    d = _data(w, m.data, m.size)
    step_by_step = w.calls and (m.partial or len(m.sends) > 1)
    comments: list[str] = []
    n = len(m.sends)
    if n > 1 or not m.complete:
        sizes = sizes_text([ev.sent for ev in m.sends])
        comments.append(w.t("took_in_calls", n=m.size, k=n, sizes=sizes))
    if not m.complete:
        last = m.sends[-1]
        comments.append(w.t("rest_later", rest=last.offered - last.sent))
    if w.calls:
        comments += _call_list(w, m.sends)
    if step_by_step:
        comments.append(w.t("partial_loop"))
    elif w.first_time("sendall"):
        comments.append(w.t("sendall"))
    comments += data_comments(w, d)
    return Step(comments, send_code(w, d.lines, step_by_step))


def _pause(w: Script, ms: Sequence[Message]) -> tuple[list[str], list[str]]:
    """(comment, code) for the shortest pause between consecutive messages,
    if it is long enough to be on purpose."""
    gaps = [b.sends[0].t_start - a.sends[-1].t_end for a, b in itertools.pairwise(ms)]
    pause = min(gaps, default=0)
    if pause < PAUSE_MIN_NS:
        return [], []
    w.imports.add("time")
    whole_ms = pause // 1_000_000  # the program's own delay; the rest was its overhead
    return [w.t("pause", ms=whole_ms)], [f"    time.sleep({whole_ms / 1000!r})"]


def repeat_step(w: Script, ms: Sequence[Message]) -> Step:
    """The same block sent ``len(ms)`` times in a row: a for loop."""
    size = ms[0].size
    w.sent += size * len(ms)
    d = _data(w, ms[0].data, size, "")
    w.placeholder_bytes += d.missing * (len(ms) - 1)
    w.elided_bytes += d.elided * (len(ms) - 1)
    calls = sum(len(m.sends) for m in ms)
    why, sleep = _pause(w, ms)
    comments = [w.t("repeat", k=len(ms), n=size, calls=calls), *why, *data_comments(w, d)]
    step_by_step = w.calls and any(m.partial or len(m.sends) > 1 for m in ms)
    if w.calls:
        comments += _call_list(w, [ev for m in ms for ev in m.sends])
    if step_by_step:
        comments.append(w.t("partial_loop"))
    code = [f"block = {d.lines[0]}", *d.lines[1:], f"for _ in range({len(ms)}):"]
    code += indent(send_code(w, ["block"], step_by_step)) + sleep
    return Step(comments, code)


def pieces_step(w: Script, ms: Sequence[Message]) -> Step:
    """Equal pieces of one text sent one after another: a loop over slices."""
    data = b"".join(m.data or b"" for m in ms)
    piece = ms[0].size
    w.sent += len(data)
    d = _data(w, data, len(data))
    why, sleep = _pause(w, ms)
    step_by_step = w.calls and any(m.partial or len(m.sends) > 1 for m in ms)
    comments = [w.t("pieces", k=len(ms), piece=piece, n=len(data)), *why, *data_comments(w, d)]
    if w.calls:
        comments += _call_list(w, [ev for m in ms for ev in m.sends])
    code = [f"data = {d.lines[0]}", *d.lines[1:], f"for i in range(0, len(data), {piece}):"]
    code += indent(send_code(w, [f"data[i:i + {piece}]"], step_by_step)) + sleep
    return Step(comments, code)


def run_steps(w: Script, ms: Sequence[Message]) -> list[Step]:
    """Messages sent one after another: loops where they repeat, else one
    step each."""
    steps: list[Step] = []
    j = 0
    while j < len(ms):
        m = ms[j]
        k = j + 1
        while k < len(ms) and ms[k].size == m.size and ms[k].data == m.data:
            k += 1
        if k - j >= REPEAT_MIN:
            steps.append(repeat_step(w, ms[j:k]))
            j = k
            continue
        k = j + 1
        while k < len(ms) and ms[k].size == m.size and ms[k].data is not None:
            k += 1
        if k < len(ms) and 0 < ms[k].size < m.size and ms[k].data is not None:
            k += 1  # the last piece may be shorter
        if m.data is not None and k - j >= PIECES_MIN and m.complete:
            steps.append(pieces_step(w, ms[j:k]))
            j = k
            continue
        steps.append(message_step(w, m))
        j += 1
    return steps


# -- a file --------------------------------------------------------------------------
def file_span(items: Sequence[Event], i: int) -> int | None:
    """``items[i]`` starts a file job: the index after its last note, if the
    job made no other call than send() (else None: its sends are sent as
    bytes)."""
    start = items[i]
    if not (isinstance(start, JobProgress) and start.job == "file" and not start.done):
        return None
    for j in range(i + 1, len(items)):
        ev = items[j]
        if isinstance(ev, JobProgress):
            if ev.job == "file" and ev.done:
                return j + 1
            continue
        if not is_sent(ev):
            return None
    return None


def file_step(w: Script, items: Sequence[Event]) -> Step:
    """A file job: read the file in blocks, sendall() each block."""
    start, end = items[0], items[-1]
    assert isinstance(start, JobProgress) and isinstance(end, JobProgress)
    sends = [ev for ev in items if isinstance(ev, Send)]
    ms, _, _ = take_messages(sends, 0)
    block = max((m.size for m in ms), default=65536)
    sent = sum(ev.sent for ev in sends)
    w.sent += sent
    total = max(start.total, sent)
    step_by_step = w.calls and any(m.partial or len(m.sends) > 1 for m in ms)
    comments = [
        w.t("file", path=start.path, n=total, block=block),
        w.t("took_in_calls", n=sent, k=len(sends), sizes="...") if len(sends) > len(ms) else "",
    ]
    if w.calls:
        comments += _call_list(w, sends)
    if step_by_step:
        comments.append(w.t("partial_loop"))
    code = [f"with open({start.path!r}, 'rb') as f:"]
    if sent >= total:
        code += [f"    while block := f.read({block}):"]
        code += indent(send_code(w, ["block"], step_by_step), "        ")
    else:
        comments.append(w.t("file_part", sent=sent, n=total))
        code += [
            f"    left = {sent}",
            f"    while left and (block := f.read(min({block}, left))):",
            *indent(send_code(w, ["block"], step_by_step), "        "),
            "        left -= len(block)",
        ]
    return Step([c for c in comments if c], code)


def failed_send_step(w: Script, ev: Send) -> Step:
    """A send() that raised: the same single send() (the caller wraps it)."""
    n = ev.offered
    head = w.at(ev) + w.t("send_offered", n=n)
    kept = ev.kept and len(ev.data) == n
    d = _data(w, ev.data if kept else None, n)
    return Step([head, *data_comments(w, d)], call_with(f"{w.var}.send", d.lines))
