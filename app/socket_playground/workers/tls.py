"""TLS for the UI: what a form chose, handed to a Session, and what the
record says about the handshake (the UI never imports ``net``)."""

from __future__ import annotations

from itertools import islice
from typing import Any

from ..core.errors import WOULD_BLOCK
from ..core.tls_events import TlsHandshake
from ..net.tls import TlsSettings
from ..net.tls_cert import CertError, CertFiles, check, check_ca, last_self_signed, self_signed

__all__ = [
    "CertError",
    "CertFiles",
    "TlsSettings",
    "check_ca",
    "check_cert",
    "handshake_of",
    "last_self_signed",
    "make_self_signed",
    "tls_version",
    "use_tls",
]

check_cert = check
make_self_signed = self_signed


def use_tls(session: Any, tls: TlsSettings | None) -> None:
    """TLS on top of the session's TCP socket (before ``start()``); a
    listener's accepted sockets inherit it as the server side."""
    session.settings.tls = tls


def handshake_of(session: Any) -> TlsHandshake | None:
    """The socket's handshake event, if it made one."""
    for ev in islice(session.log.events, 256):  # (it comes early: after connect/accept)
        if isinstance(ev, TlsHandshake) and ev.errno not in WOULD_BLOCK:
            return ev
    return None


def tls_version(session: Any) -> str:
    """ "TLSv1.3" once the handshake succeeded; "" without TLS (or before)."""
    ev = handshake_of(session)
    return ev.version if ev is not None and not ev.errno else ""
