"""Putting the events of one socket in call order before they are applied.

A socket's threads (reader, writer, acceptor, and the GUI thread for a
setsockopt) each take a sequence number when a call starts and push the
event when it returns; the reader pushes its ``recv()`` results in runs. So
events reach the GUI out of order: a send() made while the reader was
collecting a run arrives before recv() results that came earlier.

:func:`take_ready` sorts what arrived by ``seq`` (splitting runs around the
other events' numbers) and keeps back everything at or after the
*watermark*: the lowest sequence number a thread has taken but not pushed
yet. What is applied is therefore never followed by an event with a lower
number. Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from .events import Event, RecvRun


def _cut_points(events: list[Event], watermark: int | None) -> list[int]:
    cuts = sorted(ev.seq for ev in events if not isinstance(ev, RecvRun))
    if watermark is not None:
        cuts.append(watermark)
        cuts.sort()
    return cuts


def _split(run: RecvRun, cuts: list[int]) -> list[Event]:
    """``run`` in pieces, so that no cut point falls inside a piece."""
    lo, hi = run.seqs[0], run.seqs[-1]
    k = bisect_left(cuts, lo)
    if k == len(cuts) or cuts[k] > hi:
        return [run]  # the common case: nothing inside
    pieces: list[Event] = []
    rest = run
    while k < len(cuts) and cuts[k] <= hi:
        j = bisect_left(rest.seqs, cuts[k])
        if 0 < j < len(rest.seqs):
            head, rest = rest.split(j)
            pieces.append(head)
        k += 1
    pieces.append(rest)
    return pieces


def take_ready(events: list[Event], watermark: int | None) -> tuple[list[Event], list[Event]]:
    """(ready, held): ``events`` in sequence order, split at ``watermark``.

    ``watermark`` None: no thread holds an unpushed number, all are ready.
    """
    if not events:
        return [], []
    ordered = all(events[i].seq < events[i + 1].seq for i in range(len(events) - 1))
    below = watermark is None or _last_seq(events[-1]) < watermark
    if ordered and below and _runs_disjoint(events):
        return events, []
    cuts = _cut_points(events, watermark)
    pieces: list[Event] = []
    for ev in events:
        if isinstance(ev, RecvRun):
            pieces.extend(_split(ev, cuts))
        else:
            pieces.append(ev)
    pieces.sort(key=lambda e: e.seq)
    if watermark is None:
        return pieces, []
    k = 0
    while k < len(pieces) and pieces[k].seq < watermark:
        k += 1
    return pieces[:k], pieces[k:]


def _last_seq(ev: Event) -> int:
    return ev.seqs[-1] if isinstance(ev, RecvRun) else ev.seq


def _runs_disjoint(events: list[Event]) -> bool:
    """True when every event ends before the next one starts."""
    return all(_last_seq(events[i]) < events[i + 1].seq for i in range(len(events) - 1))


T = TypeVar("T")


def merge_by_seq(
    life: Sequence[Event],
    chunks: Iterable[T],
    seq_of: Callable[[T], int],
    event_of: Callable[[T], Event],
) -> Iterator[Event]:
    """A socket's non-chunk events and its chunks (each made an event by
    ``event_of``) as one list in sequence order. A chunk that has an event of
    its own with the same number (the ``b''`` of a recv()) is that event."""
    j = 0
    for chunk in chunks:
        seq = seq_of(chunk)
        while j < len(life) and life[j].seq < seq:
            yield life[j]
            j += 1
        if j < len(life) and life[j].seq == seq:
            continue  # its own event follows
        yield event_of(chunk)
    yield from life[j:]
