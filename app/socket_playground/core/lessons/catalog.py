"""All lessons, gathered from the part modules."""

from __future__ import annotations

import importlib

from . import Lesson

PARTS = (
    "part_stream",
    "part_framing",
    "part_servers",
    "part_serving",
    "part_ending",
    "part_kernel",
    "part_nonblocking",
    "part_waiting",
    "part_files",
    "part_udp",
    "part_mysocket",
    "part_unix",
)

LESSONS: list[Lesson] = []
for _name in PARTS:
    try:
        _mod = importlib.import_module(f"{__package__}.{_name}")
    except ModuleNotFoundError as _e:
        if _e.name != f"{__package__}.{_name}":
            raise
        continue
    LESSONS.extend(_mod.LESSONS)
