"""File descriptors: the limit, how many are open, and whether one more
connection can be afforded. No Qt.

A connection costs descriptors: its socket; the wake-up descriptor of the
event dispatcher of each QThread started for it (a reader and a writer: GLib's
GWakeup, an eventfd, or a pipe pair with Qt's own dispatcher); and the capture
files the disk writer keeps open (the bytes in, the bytes out, the chunk
index). When none is left, GLib cannot make a new thread's wake-up and ends
the whole program ("Creating pipes for GWakeup: Too many open files", exit
133). So the program never starts a connection it cannot afford: a listener
leaves connections in the kernel's backlog and tries again later; Connect and
Start server refuse with the same words.
"""

from __future__ import annotations

import errno
import logging
import os
import threading

try:
    import resource
except ImportError:  # Windows: no RLIMIT_NOFILE; sockets are not C descriptors there
    resource = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

PER_CONNECTION = 6  # socket + 2 thread wake-ups + 3 capture files
RESERVE = 48  # kept for the GUI: dialogs, session files, Qt's own
RECOUNT_ABOVE = 256  # while more than this is free by estimate, no count is made
_FD_DIRS = ("/proc/self/fd", "/dev/fd")


def raise_soft_limit() -> tuple[int, int] | None:
    """Raise the soft RLIMIT_NOFILE to the hard limit (as servers do at start);
    returns (old, new), or None where there is no such limit."""
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if want > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
        except (ValueError, OSError) as e:  # macOS caps it below the hard limit
            log.info("open-file limit stays at %d: %s", soft, e)
            return soft, soft
        log.info("open-file limit raised from %d to %d", soft, want)
        return soft, want
    log.info("open-file limit: %d", soft)
    return soft, soft


def limit() -> int:
    """The soft limit on open descriptors (a large number where there is none)."""
    if resource is None:
        return 1 << 30
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return soft if soft != resource.RLIM_INFINITY else 1 << 30


def open_count() -> int:
    """Descriptors this process has open now (0 where that cannot be listed;
    the limit when listing fails for want of a descriptor: then all are open)."""
    for d in _FD_DIRS:
        try:
            return len(os.listdir(d)) - 1  # the listing's own descriptor
        except OSError as e:
            if e.errno in (errno.EMFILE, errno.ENFILE):
                return limit()
            continue
    return 0


def usage_text(n_open: int | None = None, lim: int | None = None) -> str:
    """ "N open, limit L": the numbers behind a "too many open files"."""
    n = open_count() if n_open is None else n_open
    return f"{n} open, limit {limit() if lim is None else lim}"


class Budget:
    """Whether ``need`` more descriptors can be taken, with RESERVE left.

    Counting the open descriptors lists a directory (about 1 ms per thousand),
    so it is done only when an estimate says few are free: the estimate starts
    from a count and goes down by what each granted connection needs (closed
    ones only make it err on the safe side).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._free_est = -1  # unknown: count first

    def shortage(self, need: int = PER_CONNECTION, pending: int = 0) -> str:
        """ "" and ``need`` taken from the estimate, or "N open, limit L" if
        fewer than ``need + pending`` (descriptors promised but not open yet:
        accepted connections whose threads are not started) would be left
        above RESERVE."""
        with self._lock:
            if self._free_est - need - pending - RESERVE < RECOUNT_ABOVE:
                lim, n = limit(), open_count()
                self._free_est = lim - n
                if self._free_est - need - pending < RESERVE:
                    return usage_text(n, lim)
            self._free_est -= need
            return ""

    def forget(self) -> None:
        """Count again at the next question (descriptors were freed)."""
        with self._lock:
            self._free_est = -1


budget = Budget()  # one per process: descriptors are per process
