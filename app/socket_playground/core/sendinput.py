"""Parse what a user types into a send box (text with escapes, or hex)."""

from __future__ import annotations

__all__ = [
    "SendInputError",
    "parse",
    "parse_hex",
    "parse_text",
    "to_escaped_text",
    "to_hex",
    "utf16_span",
]

HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
HEX_SEPARATORS = frozenset(":-,")

_SIMPLE_ESCAPES = {
    "n": b"\n",
    "r": b"\r",
    "t": b"\t",
    "\\": b"\\",
    "0": b"\0",
    "'": b"'",
    '"': b'"',
}

_MESSAGES = {
    "unknown-escape": "unknown escape sequence {text!r}",
    "bad-hex-escape": "\\x must be followed by exactly two hex digits, got {text!r}",
    "trailing-backslash": "input ends with a lone backslash",
    "bad-hex-char": "{text!r} is not a hex digit",
    "odd-hex-digits": "odd number of hex digits in {text!r}",
}


class SendInputError(ValueError):
    """Invalid send-box input: an error ``code``, where it starts and the snippet."""

    def __init__(self, code: str, position: int, text: str) -> None:
        self.code = code
        self.position = position
        self.text = text
        detail = _MESSAGES.get(code, code).format(text=text)
        super().__init__(f"{detail} at position {position}")


def parse_text(s: str) -> bytes:
    """Encode ``s`` as UTF-8, interpreting ``\\n \\r \\t \\\\ \\0 \\' \\" \\xNN``."""
    out = bytearray()
    plain_start = 0
    i = 0
    n = len(s)
    while i < n:
        if s[i] != "\\":
            i += 1
            continue
        out += s[plain_start:i].encode("utf-8", "surrogatepass")
        if i + 1 >= n:
            raise SendInputError("trailing-backslash", i, "\\")
        c = s[i + 1]
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c]
            i += 2
        elif c == "x":
            digits = s[i + 2 : i + 4]
            if len(digits) != 2 or not all(d in HEX_DIGITS for d in digits):
                raise SendInputError("bad-hex-escape", i, s[i : i + 4])
            out.append(int(digits, 16))
            i += 4
        else:
            raise SendInputError("unknown-escape", i, s[i : i + 2])
        plain_start = i
    out += s[plain_start:].encode("utf-8", "surrogatepass")
    return bytes(out)


def _hex_groups(s: str) -> list[tuple[int, str]]:
    """Split ``s`` on whitespace and separators into ``(start, group)`` pairs."""
    groups: list[tuple[int, str]] = []
    start = -1
    for i, c in enumerate(s):
        if c.isspace() or c in HEX_SEPARATORS:
            if start >= 0:
                groups.append((start, s[start:i]))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        groups.append((start, s[start:]))
    return groups


def parse_hex(s: str) -> bytes:
    """Parse hex digit pairs; whitespace, ``: - ,`` and ``0x`` prefixes are allowed."""
    groups = _hex_groups(s)
    digit_groups: list[tuple[int, str, str]] = []
    for start, group in groups:
        prefix = 2 if group[:2] in ("0x", "0X") and len(group) > 2 else 0
        for offset, c in enumerate(group[prefix:], start + prefix):
            if c not in HEX_DIGITS:
                raise SendInputError("bad-hex-char", offset, c)
        digit_groups.append((start, group, group[prefix:]))
    for start, group, digits in digit_groups:
        if len(digits) % 2:
            if len(groups) == 1:
                last = start + len(group) - 1
                raise SendInputError("odd-hex-digits", last, s[last])
            raise SendInputError("odd-hex-digits", start, group)
    return bytes.fromhex("".join(d for _, _, d in digit_groups))


def _utf16_len(s: str) -> int:
    """UTF-16 code units in ``s`` (a character past U+FFFF takes two)."""
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def utf16_span(s: str, position: int, length: int) -> tuple[int, int]:
    """``s[position : position + length]`` as (start, length) in UTF-16 code
    units, the positions a Qt text widget uses: :class:`SendInputError`
    positions count Python characters, and every character past U+FFFF
    (an emoji) is two units in Qt. Clipped to ``s``."""
    position = min(max(position, 0), len(s))
    end = min(max(position + length, position), len(s))
    start = _utf16_len(s[:position])
    return start, _utf16_len(s[position:end])


def parse(s: str, mode: str) -> bytes:
    """Parse ``s`` in ``mode`` ``"text"`` or ``"hex"``."""
    if mode == "text":
        return parse_text(s)
    if mode == "hex":
        return parse_hex(s)
    raise ValueError(f"unknown send mode {mode!r}")


_ESCAPED = {0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x00: "\\0"}


def to_escaped_text(data: bytes) -> str:
    """Render bytes as escaped text that :func:`parse_text` turns back into ``data``."""
    parts = []
    for b in data:
        if b in _ESCAPED:
            parts.append(_ESCAPED[b])
        elif 0x20 <= b < 0x7F:
            parts.append(chr(b))
        else:
            parts.append(f"\\x{b:02x}")
    return "".join(parts)


def to_hex(data: bytes) -> str:
    """Render bytes as space-separated lowercase hex pairs (``"48 65 6c"``)."""
    return data.hex(" ")
