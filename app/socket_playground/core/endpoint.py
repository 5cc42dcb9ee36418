"""Validate hosts (IPv4, IPv6 with an optional scope, or hostnames) and ports;
split what a person types in a host field (``[::1]:8080``, ``host:port``).

Families are words here (``"ipv4"``, ``"ipv6"``; ``"auto"`` lets
getaddrinfo decide): the socket module's constants belong to ``net``.
"""

from __future__ import annotations

import ipaddress
import socket
import string
from dataclasses import dataclass
from typing import Any

__all__ = [
    "FAMILIES",
    "Endpoint",
    "EndpointError",
    "address_family",
    "describe_bind_host",
    "format_address",
    "is_privileged",
    "literal_family",
    "parse_endpoint",
    "parse_unix",
    "unix_sockaddr",
    "unix_text",
    "validate_host",
    "validate_port",
]

FAMILIES = ("auto", "ipv4", "ipv6", "unix")  # the forms' choices, in their order
UNIX_PATH_MAX = 108  # sizeof(sun_path) (Linux): a path's bytes and its closing NUL
MAX_SCOPE_LEN = 15  # an interface name (IFNAMSIZ - 1) or its number
_SCOPE_CHARS = frozenset(string.ascii_letters + string.digits + "_.-@:")

MAX_HOST_LEN = 253
MAX_LABEL_LEN = 63
_DIGITS = frozenset(string.digits)
_HOST_CHARS = frozenset(string.ascii_letters + string.digits + "-.")

_MESSAGES = {
    "empty-host": "host is empty",
    "bad-ipv4": "{text!r} is not a valid IPv4 address",
    "bad-ipv6": "{text!r} is not a valid IPv6 address",
    "bad-scope": "{text!r} is not a valid scope id (an interface after %)",
    "bad-port": "{text!r} after the host is not a port number",
    "scope-not-link-local": "{text!r}: only a link-local address takes a scope id",
    "ipv4-chosen": "{text!r} is an IPv6 address, but IPv4 was chosen",
    "ipv6-chosen": "{text!r} is an IPv4 address, but IPv6 was chosen",
    "bad-hostname": "invalid hostname part {text!r}",
    "host-too-long": "host is longer than 253 characters",
    "port-range": "port {text} is out of range",
    "unix-empty": "enter a path (/tmp/sp.sock) or @name",
    "path-not-unix": "{text!r} is a path: choose the Unix family",
    "unix-relative": "{text!r}: write the full path, from /, or @name",
    "unix-nul": "a Unix socket's path cannot hold a NUL byte",
    "unix-dir": "{text!r} ends with /: it names a directory",
    "unix-too-long": "the path is {text} bytes; sun_path holds at most 107 and its NUL",
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


def _ipv6(host: str) -> str:
    """``host`` if it is an IPv6 address, with an optional ``%scope``; else
    an :class:`EndpointError` (``bad-ipv6`` or ``bad-scope``)."""
    addr, pct, scope = host.partition("%")
    if pct and (not scope or len(scope) > MAX_SCOPE_LEN or not set(scope) <= _SCOPE_CHARS):
        raise EndpointError("bad-scope", scope)
    try:
        v6 = ipaddress.IPv6Address(addr)
    except ValueError:
        raise EndpointError("bad-ipv6", host) from None
    if pct and not (v6.is_link_local or v6.is_multicast):  # getaddrinfo refuses the rest
        raise EndpointError("scope-not-link-local", host)
    return host


def _name_or_ipv4(host: str) -> str:
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


def validate_host(s: str) -> str:
    """Return ``s`` stripped if it is a dotted-quad IPv4 address, an IPv6
    address (``fe80::1%lo``: with a scope id; ``[::1]``: the brackets
    dropped) or a hostname.

    Anything else, a value that is not a ``str`` included, is an
    :class:`EndpointError`; nothing else is raised. A port after the host is
    an error here (see :func:`parse_endpoint`)."""
    if not isinstance(s, str):
        raise EndpointError("bad-hostname", f"<{type(s).__name__}>")
    host = s.strip()
    if not host:
        raise EndpointError("empty-host", "")
    if host.startswith("[") and host.endswith("]") and ":" in host:
        return _ipv6(host[1:-1])
    if ":" in host:
        return _ipv6(host)
    return _name_or_ipv4(host)


def literal_family(host: str) -> str | None:
    """``"ipv4"`` or ``"ipv6"`` for an address written as numbers (as
    :func:`validate_host` accepts them), None for a name (the resolver
    decides)."""
    if ":" in host:
        return "ipv6"
    if set(host) <= _DIGITS | {"."} and _ipv4_octets(host) is not None:
        return "ipv4"
    return None


@dataclass(frozen=True, slots=True)
class Endpoint:
    """What a host field held: the host (no brackets), the port typed after
    it (None if none) and the family its spelling fixes (None: a name)."""

    host: str
    port: int | None = None
    family: str | None = None


def _port_text(text: str, allow_zero: bool) -> int:
    if not text or len(text) > 5 or not set(text) <= _DIGITS:
        raise EndpointError("bad-port", text[:20])
    return validate_port(int(text), allow_zero=allow_zero)


def parse_endpoint(s: str, *, family: str = "auto", allow_zero: bool = False) -> Endpoint:
    """Split what was typed in a host field: ``::1``, ``[::1]``, ``[::1]:8080``,
    ``[fe80::1%lo]:80``, ``127.0.0.1:6379``, ``localhost:8000`` or a bare
    host. An IPv6 address with a port needs its brackets (``::1:8080`` is an
    address). ``family`` (``"auto"``, ``"ipv4"``, ``"ipv6"``) is the form's
    choice: an address of the other family is refused (``ipv4-chosen``,
    ``ipv6-chosen``). Errors are :class:`EndpointError`, nothing else."""
    if family == "unix":
        return Endpoint(parse_unix(s), None, "unix")
    if not isinstance(s, str):
        raise EndpointError("bad-hostname", f"<{type(s).__name__}>")
    text = s.strip()
    if text.startswith(("/", "@")):
        raise EndpointError("path-not-unix", text[:60])
    port: int | None = None
    if text.startswith("["):
        inside, bracket, rest = text[1:].partition("]")
        if not bracket or ":" not in inside:
            raise EndpointError("bad-ipv6", text[:60])
        if rest:
            if not rest.startswith(":"):
                raise EndpointError("bad-port", rest[:20])
            port = _port_text(rest[1:], allow_zero)
        host = _ipv6(inside)
    elif text.count(":") == 1:
        name, _, port_text = text.partition(":")
        port = _port_text(port_text.strip(), allow_zero)
        host = validate_host(name)
    else:
        host = validate_host(text)
    fam = literal_family(host)
    if family == "ipv4" and fam == "ipv6":
        raise EndpointError("ipv4-chosen", host)
    if family == "ipv6" and fam == "ipv4":
        raise EndpointError("ipv6-chosen", host)
    return Endpoint(host, port, fam)


def parse_unix(s: str) -> str:
    """A Unix socket's address as typed: an absolute path (``/tmp/sp.sock``)
    or a Linux abstract name (``@name``, bound as ``"\\0name"``), stripped.
    At most 107 bytes (UTF-8) either way; errors are :class:`EndpointError`."""
    if not isinstance(s, str):
        raise EndpointError("bad-hostname", f"<{type(s).__name__}>")
    text = s.strip()
    if not text or text == "@":
        raise EndpointError("unix-empty", "")
    if "\0" in text:
        raise EndpointError("unix-nul", "")
    if not text.startswith(("/", "@")):
        raise EndpointError("unix-relative", text[:60])
    if text.startswith("/") and text.endswith("/"):
        raise EndpointError("unix-dir", text[:60])
    n = len(text.encode("utf-8", "surrogateescape"))  # "@": the abstract name's NUL
    if n >= UNIX_PATH_MAX:
        raise EndpointError("unix-too-long", str(n))
    return text


def unix_sockaddr(text: str) -> str:
    """What bind()/connect() take: ``@name`` becomes ``"\\0name"`` (abstract)."""
    return "\0" + text[1:] if text.startswith("@") else text


def unix_text(addr: Any) -> str:
    """A Unix socket's address from the socket module as text: a path as it
    is, an abstract name (bytes or str starting with NUL) as ``@name``, an
    unnamed socket's as ""."""
    if isinstance(addr, bytes | bytearray):
        addr = bytes(addr).decode("utf-8", "backslashreplace")
    text = str(addr)
    return "@" + text[1:] if text.startswith("\0") else text


def address_family(addr: Any) -> str:
    """``"unix"`` for a Unix address (text: a path, ``@name``); ``"ipv6"``
    for an address tuple (or host text) of IPv6; else ``"ipv4"``."""
    if isinstance(addr, str) and addr.startswith(("/", "@")):
        return "unix"
    host = addr[0] if isinstance(addr, tuple | list) and addr else addr
    return "ipv6" if ":" in str(host) else "ipv4"


def format_address(addr: Any) -> str:
    """``127.0.0.1:8000``, ``[::1]:8000``, ``[fe80::1%lo]:80``: an address tuple
    as people write it (an IPv6 host in brackets); anything else (a Unix
    socket's path or ``@name``) as str()."""
    if isinstance(addr, tuple | list) and len(addr) >= 2:
        host = str(addr[0])
        return f"[{host}]:{addr[1]}" if ":" in host else f"{host}:{addr[1]}"
    return str(addr)


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
    if ":" in h:
        try:
            v6 = ipaddress.IPv6Address(h.partition("%")[0])
        except ValueError:
            return "specific"
        if v6.is_unspecified:
            return "all"
        mapped = v6.ipv4_mapped
        if v6.is_loopback or (mapped is not None and mapped.is_loopback):
            return "loopback"
        return "specific"
    try:  # the resolver's own reading of a number: 0x0, 0x7f.1, 127.1, 2130706433
        packed = socket.inet_aton(h)
    except OSError:
        return "specific"
    if packed == b"\0\0\0\0":
        return "all"
    return "loopback" if packed[0] == 127 else "specific"


WILDCARDS = {"ipv4": "0.0.0.0", "ipv6": "::"}
LOOPBACKS = {"ipv4": "127.0.0.1", "ipv6": "::1"}


def client_host_for(server_ip: str, client_host: str) -> str | None:
    """Where a client should connect to reach a server bound to ``server_ip``
    (None: the client's host already does). A specific address is itself; a
    wildcard is reached on loopback, and a client host that is an address of
    the other family (or of another machine) is replaced by loopback of the
    server's family. A name (``localhost``) is left alone."""
    fam = literal_family(server_ip.split("%", 1)[0])
    if fam is None:
        return None
    current = literal_family(client_host.split("%", 1)[0]) if client_host else None
    if current is None and client_host:
        return None  # a name: the resolver decides (the form shows its answer)
    if server_ip not in WILDCARDS.values():
        return None if client_host == server_ip else server_ip
    if current is None:
        return LOOPBACKS[fam]
    if fam == "ipv6" and current == "ipv4":
        return None  # a dual-stack listener (::) takes IPv4 clients too
    if current != fam:
        return LOOPBACKS[fam]
    return None
