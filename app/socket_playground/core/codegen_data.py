"""Show the code: a run of bytes as a Python expression a person would write.

Short bytes are a literal; bytes that repeat a unit are ``unit * k``
(``bytes(range(256)) * k``, ``b'x' * n``); numbered text lines are a
``b''.join(...)`` over a ``%``-format; anything else longer than
:data:`LITERAL_CAP` is cut: the first bytes as a literal, zero bytes for the
rest, and the expression says how many it left out (:attr:`Data.elided`).
Bytes the record no longer holds are zero bytes too (:attr:`Data.missing`).
Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codegen_text import bytes_literal

LITERAL_CAP = 1024  # the longest literal a script holds; past it, bytes are cut
CUT_KEEP = 256  # bytes written out of a longer run that has no pattern
UNIT_MAX = 1024  # the longest repeated unit looked for
PATTERN_MIN = 64  # shorter bytes are always a literal
_DIGITS = re.compile(rb"\d+")


@dataclass(frozen=True)
class Data:
    """Python source (lines; the first without indentation) that evaluates to
    ``size`` bytes. ``missing``: bytes the record did not hold (zero bytes
    stand in); ``elided``: bytes held but left out of a cut literal (zero
    bytes stand in). ``how``: "literal", "repeat", "lines", "cut", "zeros"."""

    lines: list[str]
    size: int
    how: str
    missing: int = 0
    elided: int = 0
    lines_count: int = 0  # how == "lines": how many numbered lines

    @property
    def inline(self) -> bool:
        return len(self.lines) == 1


def zeros(n: int) -> Data:
    """Zero bytes standing in for ``n`` bytes the record no longer holds."""
    return Data([f"b'\\x00' * {int(n)}"], int(n), "zeros", missing=int(n))


def data_expr(data: bytes, indent: str = "") -> Data:
    """The shortest honest expression for ``data`` (see the module doc)."""
    data = bytes(data)
    n = len(data)
    if n >= PATTERN_MIN:
        rep = _repeat(data)
        if rep is not None:
            return Data([rep], n, "repeat")
        lines = _numbered_lines(data)
        if lines is not None:
            body = [lines[0], *(indent + x for x in lines[1:])]
            return Data(body, n, "lines", lines_count=data.count(b"\n"))
    if n <= LITERAL_CAP:
        return Data(bytes_literal(data, indent), n, "literal")
    head = bytes_literal(data[:CUT_KEEP], indent)
    head[-1] += f" + b'\\x00' * {n - CUT_KEEP}"
    return Data(head, n, "cut", elided=n - CUT_KEEP)


def period(data: bytes) -> int:
    """The length of the shortest unit ``data`` is a repetition of (a prefix
    of the unit may end it); ``len(data)`` when there is none. O(n)."""
    n = len(data)
    fail = [0] * n
    k = 0
    for i in range(1, n):
        while k and data[i] != data[k]:
            k = fail[k - 1]
        if data[i] == data[k]:
            k += 1
        fail[i] = k
    return n - fail[-1] if n else 0


def unit_expr(unit: bytes) -> str:
    """``bytes(range(256))``, ``b'x'`` or the unit's literal (one line)."""
    if unit == bytes(range(256)):
        return "bytes(range(256))"
    return repr(unit)


def _repeat(data: bytes) -> str | None:
    p = period(data)
    k, r = divmod(len(data), p)
    if p > UNIT_MAX or k < 3 or len(unit_expr(data[:p])) > 80:
        return None
    expr = f"{unit_expr(data[:p])} * {k}"
    if r:
        expr += f" + {data[:r]!r}"
    return expr if len(expr) <= 100 else None


def _numbered_lines(data: bytes) -> list[str] | None:
    """``b''.join(b'line %04d: ...\\n' % i for i in range(a, b))`` when every
    line is the same text around one counting number."""
    if not data.endswith(b"\n") or b"%" in data:
        return None
    lines = data[:-1].split(b"\n")
    if len(lines) < 4:
        return None
    first = _DIGITS.search(lines[0])
    if first is None:
        return None
    before, after = lines[0][: first.start()], lines[0][first.end() :]
    width = len(first.group())
    padded = first.group().startswith(b"0") and width > 1
    start = int(first.group())
    for i, line in enumerate(lines):
        number = b"%0*d" % (width, start + i) if padded else b"%d" % (start + i)
        if line != before + number + after:
            return None
    fmt = before + (b"%0" + str(width).encode() + b"d" if padded else b"%d") + after + b"\n"
    span = f"{start}, {start + len(lines)}" if start else str(len(lines))
    gen = f"{fmt!r} % i for i in range({span})"
    if len(gen) > 100:
        return None
    if len(gen) <= 60:
        return [f"b''.join({gen})"]
    return ["b''.join(", f"    {gen}", ")"]
