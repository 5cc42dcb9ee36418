"""Stopping many sessions fast: wake every socket first, then wait for each."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QElapsedTimer

STOP_WAIT_MS = 3000


class Stoppable(Protocol):
    def request_stop(self, abort: bool = False) -> None: ...

    def finish_stop(self, deadline_ms: int = STOP_WAIT_MS) -> None: ...


def stop_sessions(
    sessions: Iterable[Stoppable], deadline_ms: int = STOP_WAIT_MS, abort: bool = False
) -> None:
    """Stop many sessions fast: wake every socket first, then wait for each.

    A listener's accepted connections are sessions of their own and are not
    stopped with it (closing a server socket leaves its connections open).
    """
    todo = list(sessions)
    for s in todo:
        s.request_stop(abort)
    clock = QElapsedTimer()
    clock.start()
    for s in todo:  # one deadline for all, not one per session
        s.finish_stop(max(50, deadline_ms - int(clock.elapsed())))
