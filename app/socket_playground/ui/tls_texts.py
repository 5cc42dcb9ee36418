"""TLS in words: the handshake's timeline line, a failed handshake explained
in plain words, and the pane's TLS properties."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..core.tls_events import CERT_VERIFY, TLS_ALERT, TLS_EOF, TLS_ERRNOS, TlsHandshake
from ..workers.tls import tls_version
from . import texts
from .texts import _t


def explain(errno: str, message: str) -> str:
    """Why a handshake failed, in plain words ('' if not a TLS errno).
    ``message`` is OpenSSL's verify message ("self-signed certificate")."""
    if errno == CERT_VERIFY:
        m = message.lower()
        if "self-signed" in m or "self signed" in m:
            why = _t(
                "Tls",
                "the server's certificate is self-signed: nobody vouches for it, "
                "so anyone could have made it",
            )
        elif "hostname" in m or "ip address mismatch" in m:
            why = _t("Tls", "the certificate is for another name than the one checked")
        elif "expired" in m or "not yet valid" in m:
            why = _t("Tls", "the certificate is not valid at this date")
        elif "issuer" in m:
            why = _t("Tls", "the certificate's issuer is not among the trusted ones of this system")
        else:
            why = message
        return _t("Tls", "Certificate verify failed: {0}.").format(why)
    if errno == TLS_ALERT:
        return _t("Tls", "The peer refused the handshake (a TLS alert): {0}").format(message)
    if errno == TLS_EOF:
        return _t(
            "Tls", "The peer closed the connection during the handshake (is it a TLS server?)."
        )
    if errno in TLS_ERRNOS:
        return _t("Tls", "No TLS handshake: the other end may not speak TLS ({0}).").format(message)
    return ""


def handshake_line(ev: TlsHandshake, call: str) -> str:
    """The timeline's line for a handshake."""
    if ev.errno:
        why = explain(ev.errno, ev.message) or texts.explain_errno(ev.errno) or ev.message
        return f"{call} ✗ {ev.errno} — {why}"
    text = _t("Tls", "{0} → {1}, {2}").format(call, ev.version, ev.cipher)
    if ev.peer_subject:
        text += _t("Tls", ", the peer is {0}").format(ev.peer_subject)
    elif not ev.server_side and not ev.verify:
        text += _t("Tls", ", not verified: anyone could be the server")
    if ev.alpn:
        text += _t("Tls", ", ALPN {0}").format(ev.alpn)
    return text


def call_of(ev: TlsHandshake) -> str:
    """The call as code (never translated): short enough for a timeline line;
    the wrap_socket() before it, with the server name, is in the script that
    the pane's Code button shows."""
    return "do_handshake()"


def tls_properties(pane: QWidget, session) -> None:
    """The pane's ``lastError`` and ``tlsVersion`` ("TLSv1.3"; "" without TLS)."""
    pane.setProperty("lastError", session.last_error)
    pane.setProperty("tlsVersion", tls_version(session))
