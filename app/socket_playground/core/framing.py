"""Message framing: "a stream has no message boundaries" made concrete.

TCP delivers a stream of bytes. ``recv()`` returns whatever has arrived: half
a message, or three messages and the start of a fourth. The two sides agree
on a *framing* so the receiver can find where each message ends:

* ``"none"``: no framing. Bytes are only bytes (the UI shows raw chunks).
* ``"fixed"``: every message is exactly ``size`` bytes.
* ``"delimiter"``: each message ends with ``delimiter`` (``b"\\n"``,
  ``b"\\r\\n"``, ``b"\\0"``, ``b"END"``, ...).
* ``"length"``: each message starts with its length, an unsigned integer
  packed with the struct format ``prefix`` (``"!H"``: 2 bytes, network byte
  order). With ``prefix_counts_itself`` the value includes the prefix's own
  bytes.

:class:`Decoder` is fed the received stream chunk by chunk, exactly as
``recv()`` returned it, and returns the messages each chunk completes. The
work is linear in the bytes fed, however small the chunks. :func:`encode`
builds the frame a sender should write. Problems are *codes* (strings); the
UI turns codes into words. No Qt here.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "KINDS",
    "PREFIX_FORMATS",
    "DecodeError",
    "Decoder",
    "Framing",
    "FramingError",
    "Message",
    "encode",
]

#: The framing kinds, in display order.
KINDS: tuple[str, ...] = ("none", "fixed", "delimiter", "length")

#: The struct formats allowed for a length prefix, in display order.
PREFIX_FORMATS: tuple[str, ...] = (
    "!B",
    "!H",
    "<H",
    ">H",
    "!I",
    "<I",
    ">I",
    "!Q",
    "<Q",
    ">Q",
)

#: Default bound on an announced length (16 MiB).
DEFAULT_MAX_LENGTH = 16 * 1024 * 1024

# FramingError codes (settings: from Framing.validate)
BAD_FRAMING = "bad-framing"
BAD_KIND = "bad-kind"
BAD_SIZE = "bad-size"
BAD_DELIMITER = "bad-delimiter"
EMPTY_DELIMITER = "empty-delimiter"
BAD_PREFIX_FORMAT = "bad-prefix-format"
BAD_COUNTS_ITSELF = "bad-counts-itself"
BAD_MAX_LENGTH = "bad-max-length"
# FramingError codes (encode)
WRONG_SIZE = "wrong-size"
DELIMITER_IN_PAYLOAD = "delimiter-in-payload"
TOO_LONG_FOR_PREFIX = "too-long-for-prefix"
# DecodeError codes
LENGTH_TOO_LARGE = "length-too-large"
LENGTH_SMALLER_THAN_PREFIX = "length-smaller-than-prefix"

# Compact the receive buffer once this many consumed bytes sit at its front
# (and they are at least half of it): amortised O(1) per byte.
_COMPACT_AT = 64 * 1024


class FramingError(ValueError):
    """Bad framing settings, or a payload that cannot be framed.

    ``code``: one of ``"bad-framing"`` (not a :class:`Framing` at all),
    ``"bad-kind"``, ``"bad-size"``, ``"bad-delimiter"`` (not bytes),
    ``"empty-delimiter"``, ``"bad-prefix-format"``, ``"bad-counts-itself"``
    (not a bool), ``"bad-max-length"`` (settings) or
    ``"wrong-size"``, ``"delimiter-in-payload"``, ``"too-long-for-prefix"``
    (:func:`encode`). ``detail``: a short English explanation for logs; the UI
    should word the code itself.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Framing:
    """How messages are delimited in the stream. Only the fields the ``kind``
    uses matter (and are validated); any bad setting of those is a
    :class:`FramingError` (validate, Decoder, encode, prefix_size), never
    another exception."""

    kind: str
    size: int = 0
    delimiter: bytes = b"\n"
    prefix: str = "!H"
    prefix_counts_itself: bool = False
    max_length: int = DEFAULT_MAX_LENGTH

    def validate(self) -> None:
        """Raise :class:`FramingError` if the settings cannot be used."""
        if type(self.kind) is not str or self.kind not in KINDS:
            raise FramingError(BAD_KIND, f"kind must be one of {KINDS}, not {_show(self.kind)}")
        if self.kind == "fixed":
            if type(self.size) is not int or self.size < 1:
                raise FramingError(BAD_SIZE, f"size must be an int >= 1, not {_show(self.size)}")
        elif self.kind == "delimiter":
            if not isinstance(self.delimiter, (bytes, bytearray)):
                raise FramingError(
                    BAD_DELIMITER, f"delimiter must be bytes, not {type(self.delimiter).__name__}"
                )
            if not self.delimiter:
                raise FramingError(EMPTY_DELIMITER, "delimiter must not be empty")
        elif self.kind == "length":
            if type(self.prefix) is not str or self.prefix not in PREFIX_FORMATS:
                raise FramingError(
                    BAD_PREFIX_FORMAT,
                    f"prefix must be one of {PREFIX_FORMATS}, not {_show(self.prefix)}",
                )
            if type(self.prefix_counts_itself) is not bool:
                raise FramingError(
                    BAD_COUNTS_ITSELF,
                    f"prefix_counts_itself must be a bool, not {_show(self.prefix_counts_itself)}",
                )
            if type(self.max_length) is not int or self.max_length < 0:
                raise FramingError(
                    BAD_MAX_LENGTH, f"max_length must be an int >= 0, not {_show(self.max_length)}"
                )

    @property
    def prefix_size(self) -> int:
        """Bytes in the length prefix (``"length"`` kind), else 0
        (:class:`FramingError` for bad settings)."""
        self.validate()
        return struct.calcsize(self.prefix) if self.kind == "length" else 0


def _show(v: object) -> str:
    """A short repr for an error message (a huge int's repr raises)."""
    return repr(v)[:80] if not isinstance(v, int) or v.bit_length() < 64 else "<huge int>"


def _checked(framing: object) -> Framing:
    if not isinstance(framing, Framing):
        raise FramingError(BAD_FRAMING, f"not a Framing: {type(framing).__name__}")
    framing.validate()
    return framing


class Message(NamedTuple):
    """One complete message found in the received stream.

    Offsets count bytes from the start of the stream (the first byte ever
    received is offset 0); ranges are half-open.
    ``start``/``end``: the payload. ``frame_start``/``frame_end``: the whole
    frame, including a length prefix before or a delimiter after the payload.
    """

    index: int  # type: ignore[assignment]  # (the message's number; shadows tuple.index)
    start: int
    end: int
    frame_start: int
    frame_end: int
    data: bytes


class DecodeError(NamedTuple):
    """The stream cannot be decoded past ``offset`` (where the bad frame's
    prefix begins). ``code``: ``"length-too-large"`` (``value`` > the
    framing's ``max_length``) or ``"length-smaller-than-prefix"``
    (``prefix_counts_itself`` and ``value`` < the prefix size). ``value``: the
    announced length as read from the prefix."""

    offset: int
    code: str
    value: int


class Decoder:
    """Incremental decoder: feed received chunks, get complete messages.

    ``Decoder(framing)`` raises :class:`FramingError` for bad settings;
    :meth:`feed` never raises on any bytes. After a :class:`DecodeError`
    (``error`` is set) no more messages come out; ``leftover`` then holds
    everything from the bad frame on, including bytes fed later.
    """

    def __init__(self, framing: Framing) -> None:
        framing = _checked(framing)
        kind = framing.kind
        self.framing = framing
        self._kind = kind
        # only the fields the kind uses: the others may hold anything
        self._size = int(framing.size) if kind == "fixed" else 0
        self._delim = bytes(framing.delimiter) if kind == "delimiter" else b""
        self._prefix = struct.Struct(framing.prefix) if kind == "length" else None
        self._psize = self._prefix.size if self._prefix else 0
        self._counts_itself = kind == "length" and framing.prefix_counts_itself
        self._max = int(framing.max_length) if kind == "length" else 0
        self._buf = bytearray()
        self._pos = 0  # buffer index where the leftover begins
        self._scan = 0  # delimiter search resumes here (buffer index)
        self._base = 0  # stream offset of self._buf[0]
        self._offset = 0
        self._count = 0
        self._error: DecodeError | None = None

    # -- state -----------------------------------------------------------

    @property
    def offset(self) -> int:
        """Total bytes fed so far."""
        return self._offset

    @property
    def leftover(self) -> bytes:
        """Bytes received but not (yet) part of a complete message. A copy:
        use :attr:`leftover_length` when only the size is needed."""
        return bytes(self._buf[self._pos :])

    @property
    def leftover_length(self) -> int:
        """``len(leftover)``, without copying."""
        return len(self._buf) - self._pos

    @property
    def leftover_start(self) -> int:
        """Stream offset of the first leftover byte (== ``offset`` when there
        is no leftover)."""
        return self._base + self._pos

    @property
    def error(self) -> DecodeError | None:
        """The decode error that stopped the decoder, or None."""
        return self._error

    @property
    def message_count(self) -> int:
        """Messages returned so far (the next message's ``index``)."""
        return self._count

    # -- decoding ----------------------------------------------------------

    def feed(self, data: bytes) -> list[Message]:
        """Add one received chunk; return the messages it completes (in
        stream order; possibly none)."""
        n = len(data)
        self._offset += n
        if self._kind == "none":
            self._base += n
            return []
        if n:
            self._buf += data
        if self._error is not None:
            return []
        if self._kind == "fixed":
            out = self._fixed()
        elif self._kind == "delimiter":
            out = self._delimited()
        else:
            out = self._length()
        self._compact()
        return out

    def _message(self, start: int, end: int, frame_start: int, frame_end: int) -> Message:
        base = self._base
        msg = Message(
            self._count,
            base + start,
            base + end,
            base + frame_start,
            base + frame_end,
            bytes(self._buf[start:end]),
        )
        self._count += 1
        return msg

    def _fixed(self) -> list[Message]:
        out: list[Message] = []
        buf, pos, size = self._buf, self._pos, self._size
        while len(buf) - pos >= size:
            out.append(self._message(pos, pos + size, pos, pos + size))
            pos += size
        self._pos = pos
        return out

    def _delimited(self) -> list[Message]:
        out: list[Message] = []
        buf, delim = self._buf, self._delim
        dlen = len(delim)
        pos = self._pos
        scan = max(self._scan, pos)
        while True:
            i = buf.find(delim, scan)
            if i < 0:
                break
            out.append(self._message(pos, i, pos, i + dlen))
            pos = scan = i + dlen
        self._pos = pos
        # A delimiter can end at the next chunk: only its first dlen - 1
        # bytes can be here already, so the next search starts there.
        self._scan = max(pos, len(buf) - dlen + 1)
        return out

    def _length(self) -> list[Message]:
        out: list[Message] = []
        buf, pos, psize = self._buf, self._pos, self._psize
        assert self._prefix is not None  # length-prefix framing has its struct
        unpack_from = self._prefix.unpack_from
        while len(buf) - pos >= psize:
            (value,) = unpack_from(buf, pos)
            if value > self._max:
                self._error = DecodeError(self._base + pos, LENGTH_TOO_LARGE, value)
                break
            if self._counts_itself:
                if value < psize:
                    self._error = DecodeError(self._base + pos, LENGTH_SMALLER_THAN_PREFIX, value)
                    break
                payload_len = value - psize
            else:
                payload_len = value
            end = pos + psize + payload_len
            if len(buf) < end:
                break
            out.append(self._message(pos + psize, end, pos, end))
            pos = end
        self._pos = pos
        return out

    def _compact(self) -> None:
        pos = self._pos
        if pos >= _COMPACT_AT and pos * 2 >= len(self._buf):
            del self._buf[:pos]
            self._base += pos
            self._scan -= pos
            self._pos = 0


# -- encoding ----------------------------------------------------------------


def encode(framing: Framing, payload: bytes) -> bytes:
    """The frame a sender should write to send ``payload`` as one message.

    Raises :class:`FramingError` for bad settings, and with code
    ``"wrong-size"`` (fixed: payload is not ``size`` bytes),
    ``"delimiter-in-payload"`` (delimiter: the receiver would end the message
    early; this includes a payload whose tail overlaps the delimiter, e.g.
    ``b"ab"`` with delimiter ``b"aba"``) or ``"too-long-for-prefix"``
    (length: the length does not fit the prefix). ``"none"`` returns the
    payload unchanged. A ``payload`` that is not bytes-like is a TypeError
    (a program's mistake, not a setting).
    """
    framing = _checked(framing)
    if not isinstance(payload, (bytes, bytearray, memoryview)):
        raise TypeError(f"payload must be bytes, not {type(payload).__name__}")
    payload = bytes(payload)
    kind = framing.kind
    if kind == "none":
        return payload
    if kind == "fixed":
        if len(payload) != framing.size:
            raise FramingError(WRONG_SIZE, f"payload is {len(payload)} bytes, not {framing.size}")
        return payload
    if kind == "delimiter":
        delim = bytes(framing.delimiter)
        frame = payload + delim
        first = frame.find(delim)
        if first != len(payload):
            raise FramingError(
                DELIMITER_IN_PAYLOAD,
                f"the delimiter {delim!r} would be found at payload byte {first}",
            )
        return frame
    prefix = struct.Struct(framing.prefix)
    value = len(payload) + (prefix.size if framing.prefix_counts_itself else 0)
    limit = (1 << (8 * prefix.size)) - 1
    if value > limit:
        raise FramingError(
            TOO_LONG_FOR_PREFIX, f"length {value} does not fit {framing.prefix} (max {limit})"
        )
    return prefix.pack(value) + payload
