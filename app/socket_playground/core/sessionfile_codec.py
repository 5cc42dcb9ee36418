"""Typed events to and from the session file's JSON ``fields``.

Only the kinds listed in :data:`KINDS` are written and read, each with the
fields its dataclass declares: every value is checked against the field's
type (bytes as base64, addresses as lists of str/int or a Unix path) before an event is
built. Nothing from the file is evaluated. No Qt: plain Python.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import math
import typing
from collections.abc import Callable
from typing import Any

from . import events as ev_mod
from .events import (
    Accept,
    Bind,
    Close,
    CloseRequested,
    Connect,
    ConnectStarted,
    Event,
    FileError,
    JobProgress,
    Listen,
    LoopFailed,
    NoDescriptors,
    OverCap,
    Recv,
    Resolve,
    Select,
    Send,
    SetBlocking,
    SetOption,
    Shutdown,
    SocketCall,
    Unlink,
    Unsent,
    WriterBlocked,
)
from .relay_events import RelayLegStarted, RelayTyped, RelayTypedSent
from .sessionfile_schema import MAX_FIELDS_JSON, MAX_INT, SessionFileError
from .tls_events import TlsHandshake
from .udp_events import RecvFrom, SendTo

KINDS: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        SocketCall,
        SetOption,
        SetBlocking,
        Select,
        Resolve,
        Bind,
        Listen,
        Accept,
        Connect,
        Recv,
        Send,
        Shutdown,
        Close,
        Unlink,
        ConnectStarted,
        WriterBlocked,
        JobProgress,
        FileError,
        Unsent,
        CloseRequested,
        LoopFailed,
        NoDescriptors,
        OverCap,
        RecvFrom,  # (UDP: kept without their bytes, which are the chunks')
        SendTo,
        TlsHandshake,
        RelayLegStarted,
        RelayTyped,
        RelayTypedSent,
    )
}
"""Every event kind a socket's log keeps apart from its chunks (a RecvRun
always becomes chunks)."""

_BASE = frozenset({"seq", "t_start", "t_end"})


class _Bad(ValueError):
    """A value that does not fit its field."""


def _int(v: Any) -> int:
    if type(v) is not int or not -MAX_INT - 1 <= v <= MAX_INT:
        raise _Bad("not an integer in range")
    return v


def _bool(v: Any) -> bool:
    if type(v) is not bool:
        raise _Bad("not a boolean")
    return v


def _str(v: Any) -> str:
    if type(v) is not str:
        raise _Bad("not a string")
    return v


def _bytes(v: Any) -> bytes:
    try:
        return base64.b64decode(_str(v), validate=True)
    except binascii.Error:
        raise _Bad("not base64") from None


def _opt_int(v: Any) -> int | None:
    return None if v is None else _int(v)


def _opt_float(v: Any) -> float | None:
    if v is None:
        return None
    if type(v) not in (int, float) or not math.isfinite(v):
        raise _Bad("not a finite number")
    return float(v)


def _opt_addr(v: Any) -> tuple[Any, ...] | str | None:
    if v is None:
        return None
    if type(v) is str:  # a Unix socket's: a path, @name, or "" (unnamed)
        if len(v) > 1024:
            raise _Bad("address too long")
        return v
    if type(v) is not list or not 2 <= len(v) <= 4:
        raise _Bad("not an address")
    for part in v:
        if type(part) is str:
            if len(part) > 1024:
                raise _Bad("address too long")
        else:
            _int(part)
    return tuple(v)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _same(v: Any) -> Any:
    return v


def _int_out(v: Any) -> Any:
    return int(v) if isinstance(v, int) and not isinstance(v, bool) else v  # IntEnum: int


def _opt_int_out(v: Any) -> Any:
    return None if v is None else _int_out(v)


def _str_out(v: Any) -> Any:
    return str(v) if isinstance(v, str) else v  # StrEnum: str


def _addr_out(v: Any) -> Any:
    return v if v is None or isinstance(v, str) else list(v)


def _bytes_out(v: Any) -> Any:
    return _b64(bytes(v))


_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]  # (to JSON, from JSON)
_BY_HINT: list[tuple[Any, _Codec]] = [
    (bool, (_same, _bool)),
    (int, (_int_out, _int)),
    (str, (_str_out, _str)),
    (bytes, (_bytes_out, _bytes)),
    (int | None, (_opt_int_out, _opt_int)),
    (float | None, (_same, _opt_float)),
    (ev_mod.Address | None, (_addr_out, _opt_addr)),
]


def _codec(hint: Any) -> _Codec:
    for h, codec in _BY_HINT:
        if h == hint:
            return codec
    raise TypeError(f"no session-file codec for field type {hint!r}")


def _field_codecs(cls: type[Event]) -> dict[str, _Codec]:
    hints = typing.get_type_hints(cls, vars(ev_mod))
    return {f.name: _codec(hints[f.name]) for f in dataclasses.fields(cls) if f.name not in _BASE}


_FIELDS: dict[str, dict[str, _Codec]] = {name: _field_codecs(cls) for name, cls in KINDS.items()}


def encode(ev: Event) -> tuple[str, str]:
    """(kind, fields JSON) of an event; ValueError for a kind not kept in files."""
    kind = type(ev).__name__
    codecs = _FIELDS.get(kind)
    if codecs is None or KINDS[kind] is not type(ev):
        raise ValueError(f"event kind {kind} cannot be saved")
    fields = fields_of(ev)
    for name, value in fields.items():  # what is written can be read back
        try:
            codecs[name][1](value)
        except _Bad as e:
            raise ValueError(f"{kind}.{name} cannot be saved: {e}") from None
    return kind, json.dumps(fields, separators=(",", ":"), allow_nan=False)


def fields_of(ev: Event) -> dict[str, Any]:
    """An event's fields other than seq and times, as JSON values (bytes as
    base64, tuples as lists)."""
    codecs = _FIELDS.get(type(ev).__name__)
    if codecs is None:
        raise ValueError(f"event kind {type(ev).__name__} cannot be saved")
    return {name: out(getattr(ev, name)) for name, (out, _in) in codecs.items()}


def _no_constant(name: str) -> Any:
    raise _Bad(f"{name} is not a number")


def decode(kind: Any, seq: Any, t_start: Any, t_end: Any, fields: Any) -> Event:
    """The typed event of one ``events`` row; SessionFileError ("corrupt")
    for an unknown kind or field, or a value that does not fit."""
    try:
        cls = KINDS.get(_str(kind))
        if cls is None:
            raise _Bad(f"unknown event kind {str(kind)[:40]!r}")
        text = _str(fields)
        if len(text) > MAX_FIELDS_JSON:
            raise _Bad("event fields too large")
        data = json.loads(text, parse_constant=_no_constant)
        if type(data) is not dict:
            raise _Bad("event fields are not an object")
        codecs = _FIELDS[cls.__name__]
        unknown = set(data) - set(codecs)
        if unknown:
            raise _Bad(f"unknown field {sorted(unknown)[0][:40]!r} of {cls.__name__}")
        kwargs = {name: codecs[name][1](value) for name, value in data.items()}
        return cls(_int(seq), _int(t_start), _int(t_end), **kwargs)
    except (ValueError, RecursionError, TypeError) as e:  # _Bad, JSON, big ints
        raise SessionFileError("corrupt", f"a damaged event record ({e})") from None
