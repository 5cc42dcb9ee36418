"""Counting descriptors when none is left: the count must not read as 0."""

from __future__ import annotations

import gc
import os
import sys

import pytest

from socket_playground.net import descriptors

resource = pytest.importorskip("resource")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd")
def test_with_no_descriptor_left_everything_counts_as_open():
    gc.collect()  # earlier tests' unreachable files close now, not while we count
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    opened: list[int] = []
    try:
        cap = descriptors.open_count() + 16
        resource.setrlimit(resource.RLIMIT_NOFILE, (cap, hard))

        def fill() -> None:
            # the limit is on descriptor numbers: with descriptors numbered above
            # it (open before), there are more than 16 free numbers below it,
            # but never more than the limit itself
            for _ in range(cap):
                opened.append(os.open(os.devnull, os.O_RDONLY))

        with pytest.raises(OSError):
            fill()
        assert descriptors.open_count() == descriptors.limit()  # not 0
        b = descriptors.Budget()
        assert b.shortage(need=1) != ""  # and so nothing is granted
    finally:
        for fd in opened:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
