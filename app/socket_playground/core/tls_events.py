"""TLS (``ssl``) as events: the handshake is one call of its own.

A TLS socket is a TCP socket wrapped by ``SSLContext.wrap_socket()`` after
``connect()`` (client) or ``accept()`` (server); ``do_handshake()`` is then
one :class:`TlsHandshake` event with what was agreed (version, cipher, the
peer certificate's subject, ALPN) or, when it failed, ``errno`` (a short
name, see :func:`failure_name`) and the library's message. The application
bytes that follow are the usual chunks: the plaintext ``SSLSocket.recv()`` and
``send()`` returned and took. No Qt, no socket calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .events import Call

# The errno names a failed handshake gets (the words are the UI's)
CERT_VERIFY = "CERT_VERIFY_FAILED"  # our side refused the peer's certificate
TLS_ALERT = "TLS_ALERT"  # the peer refused (it sent an alert: e.g. it did not trust us)
TLS_EOF = "TLS_EOF"  # the peer closed during the handshake (it is probably no TLS server)
TLS_PROTOCOL = "TLS_PROTOCOL"  # not TLS on the other end, or nothing both sides speak
TLS_TIMEOUT = "TLS_TIMEOUT"  # the handshake did not finish within the socket's timeout
# after the handshake: a recv()/send() found the connection ended (the peer closed its
# TCP connection without TLS's close_notify, or while we were still sending)
TLS_CLOSED = "TLS_CLOSED"
TLS_ERRNOS = frozenset({CERT_VERIFY, TLS_ALERT, TLS_EOF, TLS_PROTOCOL, TLS_TIMEOUT, TLS_CLOSED})

# OpenSSL's reason ("TLSV1_ALERT_UNKNOWN_CA") or text ("tlsv1 alert unknown ca")
_ALERT_REASON = re.compile(r"^(?:SSLV3|TLSV1|TLSV13)_ALERT_([A-Z_]+)$")
_ALERT_TEXT = re.compile(r"\b(?:sslv3|tlsv1|tlsv13) alert ([a-z ]+[a-z])")

# X509_V_ERR_* codes (OpenSSL) that the UI explains in plain words
VERIFY_SELF_SIGNED = 18  # X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
VERIFY_SELF_SIGNED_IN_CHAIN = 19
VERIFY_UNKNOWN_ISSUER = 20  # X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
VERIFY_NOT_YET_VALID = 9
VERIFY_EXPIRED = 10
VERIFY_HOSTNAME = 62  # X509_V_ERR_HOSTNAME_MISMATCH
VERIFY_IP = 64  # X509_V_ERR_IP_ADDRESS_MISMATCH


@dataclass(frozen=True, slots=True)
class TlsHandshake(Call):
    """``wrap_socket(…, server_side, server_hostname)`` and ``do_handshake()``.

    ``verify``: the client checked the server's certificate (CERT_REQUIRED and
    the host name); ``server_name``: the name sent (SNI) and checked.
    ``verify_code``: OpenSSL's X509_V_ERR_* number when verification failed.
    """

    server_side: bool = False
    server_name: str = ""
    verify: bool = True
    version: str = ""  # "TLSv1.3"
    cipher: str = ""  # "TLS_AES_256_GCM_SHA384"
    peer_subject: str = ""  # "CN=example.com" ("" when the peer sent none or it was not checked)
    alpn: str = ""
    verify_code: int = 0
    trusted: str = ""  # a client's file trusted besides the system's (its name, not its path)


def failure_name(kind: str, reason: str, library_message: str) -> str:
    """The errno name of a failed handshake from the exception's class name
    (``kind``), its ``reason`` (OpenSSL's, e.g. "WRONG_VERSION_NUMBER") and
    its message."""
    if kind == "SSLCertVerificationError":
        return CERT_VERIFY
    if kind in ("SSLEOFError", "SSLZeroReturnError") or "EOF" in library_message:
        return TLS_EOF
    if alert_of(reason, library_message):
        return TLS_ALERT
    return TLS_PROTOCOL


def alert_of(reason: str, library_message: str) -> str:
    """The TLS alert a failure is about, by its RFC 8446 name ("unknown_ca",
    "no_application_protocol"), from OpenSSL's reason or, when Python gives
    none (``[SSL] tlsv1 alert no application protocol``), its text; ''."""
    m = _ALERT_REASON.match(reason)
    if m:
        return m.group(1).lower()
    t = _ALERT_TEXT.search(library_message)
    return t.group(1).replace(" ", "_") if t else ""


def parse_alpn(text: str) -> tuple[str, ...]:
    """ "h2, http/1.1" → ("h2", "http/1.1"): the ALPN protocols to offer, in
    order; ValueError (the offending name) for one that is not 1–255
    printable ASCII bytes without spaces or commas."""
    names = tuple(n for n in text.replace(",", " ").split() if n)
    for n in names:
        if not n.isascii() or not n.isprintable() or not 1 <= len(n) <= 255:
            raise ValueError(n)
    return names
