"""The words of failed calls: an errno's plain words (a Unix socket's where
they differ), a failed name lookup's, and the error line under a pane's title.

Every string goes through ``_t(context, text)`` (``texts.py``) so that
``pyside6-lupdate`` finds it and the Chinese translation applies.
"""

from __future__ import annotations

from ..core.events import Call, Connect, Resolve
from ..core.tls_events import TlsHandshake
from .plain import clean
from .texts import _t

# the errnos whose words differ for a Unix domain socket (a path: no port, no RST)
UNIX_ERRNOS = frozenset({"ECONNREFUSED", "ENOENT", "EACCES"})
# getaddrinfo's "no such name" answers (glibc: EAI_NONAME; EAI_ADDRFAMILY and
# EAI_NODATA where the name has no address of the family asked)
NO_ADDRESS = frozenset({"EAI_NONAME", "EAI_ADDRFAMILY", "EAI_NODATA"})


def unix_words(name: str) -> str:
    return {
        "ECONNREFUSED": _t(
            "Errors",
            "Connection refused: the socket file exists but no program is listening on it "
            "(a stale file left by a server that ended?).",
        ),
        "ENOENT": _t(
            "Errors", "No socket file at that path: is the server running, is the path right?"
        ),
        "EACCES": _t(
            "Errors",
            "Permission denied: this user may not open that socket file (its permissions, "
            "or its folder's).",
        ),
    }[name]


def explain_errno(name: str, family: str = "") -> str:
    """A plain-words explanation of an errno name, or '' if none is known;
    ``family`` "unix": the words of a Unix domain socket where they differ."""
    if family == "unix" and name in UNIX_ERRNOS:
        return unix_words(name)
    texts = {
        "ECONNREFUSED": _t(
            "Errors",
            "Connection refused: nothing is listening on that port "
            "(the peer answered with a reset).",
        ),
        "ECONNRESET": _t(
            "Errors",
            "Connection reset by peer: the other end aborted the "
            "connection (it sent RST, not a normal FIN).",
        ),
        "ECONNABORTED": _t("Errors", "The connection was aborted on this machine."),
        "EADDRINUSE": _t(
            "Errors", "Address already in use: another socket is bound to this address and port."
        ),
        "EADDRNOTAVAIL": _t(
            "Errors", "That address does not belong to this machine, so it cannot be bound."
        ),
        "EACCES": _t(
            "Errors",
            "Permission denied: ports below 1024 are privileged; a normal user cannot bind them.",
        ),
        "EPERM": _t("Errors", "Operation not permitted."),
        "EAGAIN": _t(
            "Errors",
            "BlockingIOError: the socket is non-blocking and the call could not finish at "
            "once (nothing to read, or no room to send). Nothing happened; wait with "
            "select() and call again.",
        ),
        "SSL_WANT_READ": _t(
            "Errors",
            "SSLWantReadError: a non-blocking TLS socket needs more bytes from the peer "
            "first (a TLS record is not complete). Nothing happened; wait until the socket "
            "is readable (select()) and call again.",
        ),
        "SSL_WANT_WRITE": _t(
            "Errors",
            "SSLWantWriteError: a non-blocking TLS socket cannot send its record now (the "
            "send buffer is full). Nothing happened; wait until the socket is writable "
            "(select()) and call again.",
        ),
        "EINPROGRESS": _t(
            "Errors",
            "BlockingIOError: a non-blocking connect() has started; select() says when "
            "the socket is writable, then getsockopt(SO_ERROR) says whether it connected.",
        ),
        "TIMEOUT": _t(
            "Errors",
            "TimeoutError: nothing happened within the socket's timeout (settimeout). "
            "The socket is fine; the program calls again.",
        ),
        "ETIMEDOUT": _t("Errors", "Timed out: no answer came in time."),
        "EHOSTUNREACH": _t("Errors", "No route to that host."),
        "ENETUNREACH": _t("Errors", "That network cannot be reached."),
        "EPIPE": _t("Errors", "Broken pipe: the connection is closed for sending."),
        "ENOTCONN": _t("Errors", "The socket is not connected."),
        "EINVAL": _t("Errors", "Invalid argument for this socket's state."),
        "EAI_NONAME": _t("Errors", "Host name not found (DNS lookup failed)."),
        "EAI_AGAIN": _t("Errors", "Host name lookup failed for now; try again."),
        "EAI_FAIL": _t("Errors", "Host name lookup failed."),
        "EMFILE": _t(
            "Errors",
            "Too many open files: {0}. New connections wait in the backlog "
            "and are accepted once descriptors are free again.",
        ),
        "ENFILE": _t(
            "Errors",
            "Too many open files on this machine: {0}. New connections wait in the backlog.",
        ),
    }
    return texts.get(name, "")


def lookup_words(ev: Resolve) -> str:
    """A lookup restricted to one family that found nothing, for a name that
    has addresses of the other family ('' otherwise)."""
    if ev.errno not in NO_ADDRESS:
        return ""
    if ev.lacks == "ipv6":
        text = _t(
            "Errors",
            "“{0}” has no IPv6 address here (the name exists, with IPv4 addresses only): "
            "choose IPv4 or Auto.",
        )
    elif ev.lacks == "ipv4":
        text = _t(
            "Errors",
            "“{0}” has no IPv4 address here (the name exists, with IPv6 addresses only): "
            "choose IPv6 or Auto.",
        )
    else:
        return ""
    return text.format(clean(ev.host))


def call_words(ev: Call, family: str = "", server_side: bool = False) -> str:
    """The plain words of a failed call: its errno's (a TLS one's: a recv() or
    send() after the handshake, TLS_CLOSED), or a lookup's own."""
    from .tls_texts import explain as explain_tls  # (it imports this module)

    if isinstance(ev, Resolve):
        words = lookup_words(ev)
        if words:
            return words
    if isinstance(ev, Connect) and ev.gave_up:
        return _t(
            "Errors",
            "select() did not find the socket writable within {0} s: the program gave up on "
            "connect() (no getsockopt(SO_ERROR) was made) and closed the socket.",
        ).format(f"{ev.timeout or 0:g}")
    side = bool(getattr(ev, "server_side", server_side))  # (a TlsHandshake says its side)
    after = not isinstance(ev, TlsHandshake)  # (a recv() or send() after the handshake)
    return explain_errno(ev.errno, family) or explain_tls(ev.errno, ev.message, side, after)


def error_line(
    errno: str,
    detail: str,
    *,
    family: str = "",
    server_side: bool = False,
    failed: Call | None = None,
) -> str:
    """The error line under a pane's title: the errno and its plain words (with
    the numbers behind it where the words have a place for them). ``family``:
    the socket's ("unix" has its own words); ``server_side``: an accepted
    socket (a TLS alert's words name the client); ``failed``: the call that
    failed, when the record has it."""
    from .tls_texts import explain as explain_tls  # (it imports this module)

    why = ""
    if failed is not None and failed.errno == errno:
        why = call_words(failed, family, server_side)
    why = why or explain_errno(errno, family) or explain_tls(errno, detail, server_side)
    if "{0}" in why:
        return f"{errno}: {why.format(detail)}"
    return f"{errno}: {why or detail}"
