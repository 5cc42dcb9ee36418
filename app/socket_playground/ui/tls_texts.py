"""TLS in words: the handshake's timeline line, a failed handshake explained
in plain words, and the pane's TLS properties."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..core.tls_events import (
    CERT_VERIFY,
    TLS_ALERT,
    TLS_CLOSED,
    TLS_EOF,
    TLS_ERRNOS,
    TLS_TIMEOUT,
    TlsHandshake,
    alert_of,
)
from ..workers.tls import tls_version
from .errors_words import explain_errno
from .texts import _t


def alert_words(alert: str, server_side: bool) -> str:
    """A TLS alert the peer sent, in plain words ('' for one without)."""
    if alert == "unknown_ca":
        if server_side:
            return _t(
                "Tls",
                "the client does not trust this server's certificate "
                "(it does not know who issued it)",
            )
        return _t(
            "Tls", "the server does not trust our certificate (it does not know who issued it)"
        )
    if alert == "bad_certificate":
        if server_side:
            return _t(
                "Tls",
                "the client refused this server's certificate as bad "
                "(malformed, or its signature does not check)",
            )
        return _t(
            "Tls",
            "the server refused our certificate as bad (malformed, or its signature does "
            "not check)",
        )
    if alert == "certificate_unknown":
        if server_side:
            return _t(
                "Tls",
                "the client refused this server's certificate without saying why "
                "(often: not trusted, or made for another name)",
            )
        return _t(
            "Tls",
            "the server refused our certificate without saying why (often: not trusted)",
        )
    return {
        "no_application_protocol": _t("Tls", "the peer has none of the ALPN protocols offered"),
        "protocol_version": _t(
            "Tls",
            "the peer does not accept the TLS version offered (one side requires a newer or "
            "an older one)",
        ),
        "handshake_failure": _t(
            "Tls",
            "the peer found nothing both sides accept (no common cipher or group, or a "
            "certificate it requires was not sent)",
        ),
        "decrypt_error": _t(
            "Tls",
            "the peer could not check a signature of the handshake (a key that does not "
            "match its certificate?)",
        ),
        "certificate_required": _t(
            "Tls", "the server requires a certificate from the client, and none was sent"
        ),
    }.get(alert, "")


def explain(errno: str, message: str, server_side: bool = False, after: bool = False) -> str:
    """Why a handshake (or a TLS call after it) failed, in plain words ('' if
    not a TLS errno). ``message`` is OpenSSL's verify message ("self-signed
    certificate") or the exception's text; ``server_side``: our socket is the
    server (an alert's words then name the client); ``after``: a recv() or
    send() after the handshake failed, not the handshake."""
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
        alert = alert_of("", message)
        if after:
            return after_alert(alert, message)
        words = alert_words(alert, server_side)
        detail = f"{words} ({message})" if words else message  # OpenSSL's text as detail
        return _t("Tls", "The peer refused the handshake (a TLS alert): {0}").format(detail)
    if errno == TLS_TIMEOUT:
        return _t(
            "Tls",
            "The handshake did not finish within the socket's timeout (settimeout): "
            "the program gave up and closed the socket.",
        )
    if errno == TLS_CLOSED:
        return _t(
            "Tls",
            "The connection has ended: the peer closed it (without TLS's close_notify, "
            "or while we were still sending). The handshake had succeeded; nothing more "
            "can be sent or received.",
        )
    if errno == TLS_EOF:
        return _t(
            "Tls", "The peer closed the connection during the handshake (is it a TLS server?)."
        )
    if errno in TLS_ERRNOS:
        return _t("Tls", "No TLS handshake: the other end may not speak TLS ({0}).").format(message)
    return ""


def after_alert(alert: str, message: str) -> str:
    """A TLS alert that ended the connection after the handshake."""
    text = _t(
        "Tls", "The peer ended the connection with a TLS alert (the handshake had succeeded): {0}"
    ).format(message)
    if alert == "decode_error":  # (OpenSSL 3's answer to a FIN without close_notify)
        text += " " + _t(
            "Tls",
            "A TLS peer such as OpenSSL takes a TCP FIN without TLS's close_notify for a "
            "cut-off stream and answers it so: shutdown(SHUT_WR) on a TLS socket ends "
            "the TCP stream, not the TLS one.",
        )
    return text


def handshake_line(ev: TlsHandshake, call: str) -> str:
    """The timeline's line for a handshake."""
    if ev.errno:
        why = explain(ev.errno, ev.message, ev.server_side) or explain_errno(ev.errno) or ev.message
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
