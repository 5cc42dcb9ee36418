"""User-visible words for the codes that core and workers return.

Every string goes through ``QCoreApplication.translate`` so that
``pyside6-lupdate`` finds it and the Chinese translation applies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.events import State
from .plain import clean


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def state_label(state: State) -> str:
    return {
        State.CREATED: _t("State", "created"),
        State.BOUND: _t("State", "bound"),
        State.LISTENING: _t("State", "listening"),
        State.CONNECTING: _t("State", "connecting"),
        State.CONNECTED: _t("State", "connected"),
        State.PEER_CLOSED: _t("State", "peer closed"),
        State.HALF_CLOSED: _t("State", "half-closed"),
        State.CLOSED: _t("State", "closed"),
        State.ABORTED: _t("State", "aborted"),
        State.ERROR: _t("State", "error"),
    }[state]


def state_text(state: State, errno: str = "") -> str:
    """The badge's words: the state, and for aborted/error the errno name
    (e.g. "aborted: ECONNRESET")."""
    label = state_label(state)
    if errno and state in (State.ERROR, State.ABORTED):
        return f"{label}: {errno}"
    return label


def state_tooltip(state: State) -> str:
    return {
        State.CREATED: _t("State", "socket() made the socket; nothing else happened yet."),
        State.BOUND: _t(
            "State",
            "The UDP socket has an address (bind(), or its first sendto()): datagrams sent "
            "to it are queued until recvfrom() takes them.",
        ),
        State.LISTENING: _t(
            "State",
            "listen() was called: the kernel queues incoming "
            "connections until accept() takes them.",
        ),
        State.CONNECTING: _t("State", "connect() is waiting for the server's answer."),
        State.CONNECTED: _t(
            "State", "Connected: both ends are equal peers and may send and receive."
        ),
        State.PEER_CLOSED: _t(
            "State",
            "recv() returned b'': the peer will send nothing more. "
            "We may still send until we close.",
        ),
        State.HALF_CLOSED: _t(
            "State", "We called shutdown(SHUT_WR): we send nothing more, but can still receive."
        ),
        State.CLOSED: _t("State", "close() was called: the socket is gone."),
        State.ABORTED: _t(
            "State",
            "The connection was reset (RST): we aborted it (SO_LINGER 0, "
            "then close()) or the peer did (ECONNRESET). Bytes not yet "
            "read or sent are lost.",
        ),
        State.ERROR: _t("State", "A socket call failed; the timeline says which and why."),
    }[state]


STATE_COLOURS = {
    State.CREATED: "#6b7280",
    State.BOUND: "#2563eb",
    State.LISTENING: "#2563eb",
    State.CONNECTING: "#b45309",
    State.CONNECTED: "#15803d",
    State.PEER_CLOSED: "#7c3aed",
    State.HALF_CLOSED: "#0e7490",
    State.CLOSED: "#4b5563",
    State.ABORTED: "#9f1239",
    State.ERROR: "#dc2626",
}


def no_descriptors(usage: str) -> str:
    """Why Connect or Start server did nothing."""
    return _t(
        "Errors",
        "Too many open files ({0}): close some connections first. "
        "Starting another socket now could end the program.",
    ).format(usage)


def endpoint_error(code: str, text: str) -> str:
    msgs = {
        "empty-host": _t("Input", "Enter a host: an IPv4 or IPv6 address, or a name."),
        "bad-ipv4": _t("Input", "“{0}” is not a valid IPv4 address (four numbers 0–255)."),
        "bad-ipv6": _t(
            "Input",
            "“{0}” is not a valid IPv6 address. With a port, put the address in brackets: "
            "[::1]:8000.",
        ),
        "bad-scope": _t(
            "Input",
            "“{0}” is not a valid scope id: after % comes an interface name or number "
            "(fe80::1%eth0).",
        ),
        "scope-not-link-local": _t(
            "Input",
            "“{0}”: only a link-local address (fe80::…) takes a scope id (%…); leave it out.",
        ),
        "unknown-scope": _t("Input", "This machine has no network interface “{0}” (after %)."),
        "bad-port": _t("Input", "“{0}” after the host is not a port: write host:port, [::1]:port."),
        "ipv4-chosen": _t(
            "Input", "“{0}” is an IPv6 address, but the family is IPv4: choose IPv6 or Auto."
        ),
        "ipv6-chosen": _t(
            "Input", "“{0}” is an IPv4 address, but the family is IPv6: choose IPv4 or Auto."
        ),
        "bad-hostname": _t("Input", "Not a valid host name: “{0}”."),
        "host-too-long": _t("Input", "The host name is too long (253 characters at most)."),
        "port-range": _t("Input", "Port must be 1–65535."),
        "unix-empty": _t(
            "Input", "Enter the socket file's path (/tmp/sp.sock), or @name for an abstract name."
        ),
        "path-not-unix": _t(
            "Input", "“{0}” is a path: choose the Unix family for a Unix domain socket."
        ),
        "unix-relative": _t(
            "Input",
            "“{0}”: write the socket file's full path, from / (/tmp/sp.sock), or @name "
            "for an abstract name.",
        ),
        "unix-nul": _t("Input", "A Unix socket's path cannot contain a NUL byte (\\0)."),
        "unix-dir": _t("Input", "“{0}” ends with /: that is a directory, not a socket file."),
        "unix-too-long": _t(
            "Input",
            "The path is {0} bytes: a Unix socket address (sun_path) holds 108 bytes, "
            "so at most 107 and the closing NUL. Choose a shorter path.",
        ),
    }
    return msgs.get(code, code).format(clean(text))


def unix_problem(code: str, detail: str, path: str) -> str:
    """Why a Unix socket cannot start at ``path`` (see ``net.unix.check``)."""
    kinds = {
        "regular file": _t("Input", "a regular file"),
        "directory": _t("Input", "a directory"),
    }
    msgs = {
        "no-dir": _t("Input", "The folder “{1}” does not exist: no socket file can be made there."),
        "no-permission": _t(
            "Input", "Permission denied: “{1}” cannot be used (write and search rights needed)."
        ),
        "not-socket": _t(
            "Input",
            "“{0}” is {1}, not a socket file: choose another path (it will not be removed).",
        ),
        "in-use": _t("Input", "A server is listening on “{0}” already (connect() answered)."),
        "ours": _t("Input", "Server #{1} of this window is listening on “{0}” already."),
        "stale": _t(
            "Input",
            "“{0}” is a socket file that no server listens on (stale): bind() would fail "
            "with EADDRINUSE until it is removed.",
        ),
    }
    shown = (
        kinds.get(detail, _t("Input", "another kind of file")) if code == "not-socket" else detail
    )
    return msgs.get(code, code).format(clean(path), clean(shown))


def send_input_error(code: str, position: int, text: str) -> str:
    msgs = {
        "unknown-escape": _t(
            "Input", "Unknown escape “{1}” at position {0}. Use \\n \\r \\t \\\\ \\0 or \\xNN."
        ),
        "bad-hex-escape": _t("Input", "“{1}” at position {0}: \\x needs two hex digits."),
        "trailing-backslash": _t(
            "Input", "Lone backslash at position {0} (write \\\\ for one backslash)."
        ),
        "bad-hex-char": _t("Input", "“{1}” at position {0} is not a hex digit."),
        "odd-hex-digits": _t(
            "Input", "Odd number of hex digits at position {0} (“{1}”): each byte is two digits."
        ),
    }
    return msgs.get(code, code).format(position + 1, clean(text))


def bind_note(kind: str) -> str:
    return {
        "loopback": _t("Bind", "Loopback: only programs on this machine can connect."),
        "all": _t("Bind", "All interfaces: other machines on the network can connect too."),
        "specific": _t("Bind", "One interface: reachable at that address only."),
        "unix": _t(
            "Bind",
            "Unix socket: only programs on this machine that may open the path can connect; "
            "its socket file is removed when the server closes.",
        ),
        "abstract": _t(
            "Bind",
            "Abstract Unix socket: only programs on this machine (in its network namespace) "
            "can connect; no file, the name goes when the server closes.",
        ),
    }.get(kind, "")


def framing_error(code: str) -> str:
    return {
        "wrong-size": _t(
            "Framing", "With fixed-length framing the message must be exactly that many bytes."
        ),
        "delimiter-in-payload": _t(
            "Framing",
            "The message contains the delimiter (or ends "
            "with part of it): the receiver would end it "
            "early.",
        ),
        "too-long-for-prefix": _t("Framing", "The message is too long for this length prefix."),
    }.get(code, code)


def duration(ns: int) -> str:
    """A call's blocked time in short words: "850 µs", "1.8 ms", "250 ms", "12 s"."""
    if ns < 1_000_000:
        return _t("Duration", "{0} µs").format(max(ns, 0) // 1000)
    if ns < 1_000_000_000:
        ms = ns / 1e6
        return _t("Duration", "{0} ms").format(f"{ms:.1f}" if ms < 10 else f"{ms:.0f}")
    s = ns / 1e9
    return _t("Duration", "{0} s").format(f"{s:.1f}" if s < 10 else f"{s:,.0f}")
