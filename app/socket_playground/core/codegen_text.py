"""Show the code: the text pieces of a generated script.

Python literals for bytes, comment text (one line, printable, wrapped by
display width: Chinese characters count two columns and a line may break
between them), addresses and times for comments. Everything here works on
values (bytes, ints, address tuples), never on text the program formatted.
Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import re
import socket
import unicodedata
from collections.abc import Sequence

LITERAL_MAX = 200  # bytes up to this: repr() literal; longer: bytes.fromhex()
HEX_PER_LINE = 64  # hex digits per line of a bytes.fromhex() literal (32 bytes)
REPR_WIDTH = 66  # widest piece of a wrapped repr() literal
INLINE_WIDTH = 48  # a repr() literal this wide or less stays on the call's line
PREVIEW_WIDTH = 60  # a received-bytes comment shows at most this much of a repr()
COMMENT_WIDTH = 76  # comment text per line


# -- literals -----------------------------------------------------------------------
def _repr_pieces(data: bytes) -> list[str]:
    """repr() literals of consecutive pieces of ``data``, each at most
    REPR_WIDTH wide; a piece also ends after a newline byte."""
    pieces: list[str] = []
    start = 0
    while start < len(data):
        end = start + 1
        while end < len(data) and data[end - 1] != 0x0A:
            if len(repr(data[start : end + 1])) > REPR_WIDTH:
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
        lines += [f"{inner}'{h[k : k + HEX_PER_LINE]}'" for k in range(0, len(h), HEX_PER_LINE)]
        lines.append(f"{indent})")
        return lines
    whole = repr(data)
    if len(whole) <= INLINE_WIDTH:
        return [whole]
    return ["("] + [inner + p for p in _repr_pieces(data)] + [f"{indent})"]


def call_with_bytes(head: str, data: bytes, tail: str = ")") -> list[str]:
    """``head`` + a literal of ``data`` + ``tail``, as lines: for example
    ``send_all(s, b'hi')``."""
    lit = bytes_literal(data)
    lines = [head + lit[0], *lit[1:]]
    lines[-1] += tail
    return lines


# -- comment text ----------------------------------------------------------------------
def safe(text: object) -> str:
    """Text fit for a comment: one line, no control characters."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def preview(data: bytes) -> str:
    """repr() of ``data``, cut to PREVIEW_WIDTH characters."""
    r = repr(bytes(data))
    return r if len(r) <= PREVIEW_WIDTH else r[: PREVIEW_WIDTH - 3] + "..."


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def sizes_text(sizes: Sequence[int], most: int = 12) -> str:
    """``3, 4, 5, ...``: at most ``most`` sizes."""
    return ", ".join(map(str, sizes[:most])) + (", ..." if len(sizes) > most else "")


_TOKEN = re.compile(
    r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)
_NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int = COMMENT_WIDTH) -> list[str]:
    """``text`` in lines of at most ``width`` display columns, broken at
    spaces and between Chinese characters (a word longer than a line stays
    whole; closing punctuation never starts a line)."""
    lines: list[str] = []
    line = ""
    for tok in _TOKEN.findall(text):
        if tok.isspace():
            if line:
                line += " "
            continue
        if line and _width(line + tok) > width and tok[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = ""
        line += tok
    if line.strip():
        lines.append(line.rstrip())
    return lines


def comment_lines(text: str, indent: str = "") -> list[str]:
    """``text`` (made safe) as ``# ...`` lines of at most COMMENT_WIDTH columns."""
    return [f"{indent}# {p}" for p in wrap(safe(text))] or [f"{indent}#"]


def relative_time(t_ns: int, t_first_ns: int) -> str:
    """``[+1.234 s]``: seconds since the first event."""
    return f"[+{(t_ns - t_first_ns) / 1e9:.3f} s]"


def address_text(addr: object) -> str:
    """``127.0.0.1:5000`` or ``[::1]:5000`` for an address tuple; "" for None."""
    if not isinstance(addr, tuple) or len(addr) < 2:
        return "" if addr is None else safe(addr)
    host, port = str(addr[0]), addr[1]
    return safe(f"[{host}]:{port}" if ":" in host else f"{host}:{port}")


def errno_text(errno: str, message: str) -> str:
    """``ECONNREFUSED (Connection refused)`` for a failed call's comment."""
    what = errno or "an error"
    return safe(f"{what} ({message})" if message else what)


# -- names of the socket module's constants -------------------------------------------
FAMILY_WORDS = {
    "AF_INET": "IPv4 (AF_INET)",
    "AF_INET6": "IPv6 (AF_INET6)",
    "AF_UNIX": "Unix (AF_UNIX)",
}


def family_name(family: int) -> str:
    """``AF_INET`` for socket.AF_INET (unknown values: AF_INET)."""
    try:
        return socket.AddressFamily(family).name
    except ValueError:
        return "AF_INET"


def type_name(kind: int) -> str:
    """``SOCK_STREAM`` for socket.SOCK_STREAM (unknown values: SOCK_STREAM)."""
    try:
        return socket.SocketKind(kind).name
    except ValueError:
        return "SOCK_STREAM"


def is_constant_name(name: str) -> bool:
    """True if ``name`` can follow ``socket.`` in the script (SOL_SOCKET,
    SO_RCVBUF, TCP_NODELAY): an identifier of upper-case letters, digits, _."""
    return name.isidentifier() and name.isupper() and name.isascii()
