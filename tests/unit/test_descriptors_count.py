"""Counting descriptors when none is left: the count must not read as 0."""

from __future__ import annotations

import os
import sys

import pytest

from socket_playground.net import descriptors

resource = pytest.importorskip("resource")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd")
def test_with_no_descriptor_left_everything_counts_as_open():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    opened: list[int] = []
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (descriptors.open_count() + 16, hard))

        def fill() -> None:
            for _ in range(64):  # bounded: the limit is 16 above what is open
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
