"""Validate hosts (IPv4 or hostnames; the program uses AF_INET) and ports."""

from __future__ import annotations

import socket
import string

__all__ = [
    "EndpointError",
    "describe_bind_host",
    "is_privileged",
    "validate_host",
    "validate_port",
]

MAX_HOST_LEN = 253
MAX_LABEL_LEN = 63
_DIGITS = frozenset(string.digits)
_HOST_CHARS = frozenset(string.ascii_letters + string.digits + "-.")

_MESSAGES = {
    "empty-host": "host is empty",
    "bad-ipv4": "{text!r} is not a valid IPv4 address",
    "ipv6-unsupported": "IPv6 addresses are not supported: {text!r}",
    "bad-hostname": "invalid hostname part {text!r}",
    "host-too-long": "host is longer than 253 characters",
    "port-range": "port {text} is out of range",
}


class EndpointError(ValueError):
    """Invalid host or port: an error ``code`` and the offending ``text``."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        super().__init__(_MESSAGES.get(code, code).format(text=text))


def _ipv4_octets(host: str) -> list[int] | None:
    """Return the four octets of a strict dotted quad, else None (no leading zeros)."""
    parts = host.split(".")
    if len(parts) != 4:
        return None
    octets = []
    for part in parts:
        if not 1 <= len(part) <= 3 or not set(part) <= _DIGITS:
            return None
        if len(part) > 1 and part[0] == "0":  # "010" could be read as octal
            return None
        value = int(part)
        if value > 255:
            return None
        octets.append(value)
    return octets


def validate_host(s: str) -> str:
    """Return ``s`` stripped if it is a dotted-quad IPv4 address or a hostname.

    Anything else, a value that is not a ``str`` included, is an
    :class:`EndpointError`; nothing else is raised."""
    if not isinstance(s, str):
        raise EndpointError("bad-hostname", f"<{type(s).__name__}>")
    host = s.strip()
    if not host:
        raise EndpointError("empty-host", "")
    if ":" in host:
        raise EndpointError("ipv6-unsupported", host)
    if len(host) > MAX_HOST_LEN:
        raise EndpointError("host-too-long", host)
    if set(host) <= _DIGITS | {"."}:
        if _ipv4_octets(host) is None:
            raise EndpointError("bad-ipv4", host)
        return host
    for c in host:
        if c not in _HOST_CHARS:
            raise EndpointError("bad-hostname", c)
    for label in host.split("."):
        if not label or len(label) > MAX_LABEL_LEN or label[0] == "-" or label[-1] == "-":
            raise EndpointError("bad-hostname", label)
    return host


def validate_port(p: int, *, allow_zero: bool) -> int:
    """Return ``p`` if it is an ``int`` in 1..65535 (0..65535 when
    ``allow_zero``); anything else (a bool, a float, a str, a huge number) is
    an :class:`EndpointError` ``"port-range"``."""
    low = 0 if allow_zero else 1
    if type(p) is not int:
        raise EndpointError("port-range", f"<{type(p).__name__}>")
    if not low <= p <= 65535:
        # str() of an int with thousands of digits raises: say less
        raise EndpointError("port-range", str(p) if p.bit_length() <= 64 else "(too large)")
    return p


CAP_NET_BIND_SERVICE = 10  # the capability's bit in /proc/self/status's CapEff


def may_bind_privileged(
    euid: int | None = None, cap_eff: int | None = None, unprivileged_start: int | None = None
) -> bool:
    """Whether this process may bind ports below 1024 (Linux: root, the
    CAP_NET_BIND_SERVICE capability, or net.ipv4.ip_unprivileged_port_start
    lowered, as some containers do). Arguments left None are read from the
    system; elsewhere than Linux: root only."""
    import os

    if euid is None:
        euid = os.geteuid() if hasattr(os, "geteuid") else -1
    if cap_eff is None:
        cap_eff = _read_cap_eff()
    if unprivileged_start is None:
        unprivileged_start = _read_int("/proc/sys/net/ipv4/ip_unprivileged_port_start", 1024)
    return euid == 0 or bool(cap_eff >> CAP_NET_BIND_SERVICE & 1) or unprivileged_start < 1024


def _read_cap_eff() -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("CapEff:"):
                    return int(line.split()[1], 16)
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _read_int(path: str, default: int) -> int:
    try:
        with open(path, encoding="ascii") as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return default


def is_privileged(port: int) -> bool:
    """True for ports 1..1023, which usually need elevated rights to bind."""
    return 1 <= port <= 1023


def describe_bind_host(host: str) -> str:
    """Classify a bind address: ``"loopback"``, ``"all"`` or ``"specific"``.

    The empty string counts as ``"all"`` (the UI treats it as 0.0.0.0).
    """
    h = host.strip().lower().strip("[]")
    if h in ("", "0.0.0.0", "::", "*"):
        return "all"
    if h in ("localhost", "::1"):
        return "loopback"
    try:  # the resolver's own reading of a number: 0x0, 0x7f.1, 127.1, 2130706433
        packed = socket.inet_aton(h)
    except OSError:
        return "specific"
    if packed == b"\0\0\0\0":
        return "all"
    return "loopback" if packed[0] == 127 else "specific"
