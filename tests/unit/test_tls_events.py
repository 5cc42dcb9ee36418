import pytest

from socket_playground.core import sessionfile_codec as codec
from socket_playground.core.tls_events import (
    CERT_VERIFY,
    TLS_ALERT,
    TLS_EOF,
    TLS_PROTOCOL,
    TlsHandshake,
    failure_name,
)


def test_failure_names():
    assert failure_name("SSLCertVerificationError", "CERTIFICATE_VERIFY_FAILED", "") == CERT_VERIFY
    assert failure_name("SSLEOFError", "", "EOF occurred") == TLS_EOF
    assert failure_name("SSLError", "TLSV1_ALERT_UNKNOWN_CA", "") == TLS_ALERT
    assert failure_name("SSLError", "WRONG_VERSION_NUMBER", "") == TLS_PROTOCOL


def test_handshake_round_trips_in_the_session_file_codec():
    ev = TlsHandshake(
        3,
        10,
        20,
        server_name="localhost",
        version="TLSv1.3",
        cipher="TLS_AES_256_GCM_SHA384",
        peer_subject="CN=localhost",
    )
    kind, fields = codec.encode(ev)
    assert kind == "TlsHandshake"
    assert codec.decode(kind, 3, 10, 20, fields) == ev
    bad = TlsHandshake(
        4, 1, 2, verify_code=18, errno=CERT_VERIFY, message="self-signed certificate"
    )
    assert codec.decode(*codec.encode(bad)[:1], 4, 1, 2, codec.encode(bad)[1]) == bad


def test_parse_alpn():
    from socket_playground.core.tls_events import parse_alpn

    assert parse_alpn("") == ()
    assert parse_alpn(" h2, http/1.1 ") == ("h2", "http/1.1")
    assert parse_alpn("h2 http/1.1,,") == ("h2", "http/1.1")
    for bad in ("h2, ü", "x" * 256, "a\x01b"):
        with pytest.raises(ValueError):
            parse_alpn(bad)


def test_an_alert_from_its_reason_or_its_text():
    from socket_playground.core.tls_events import alert_of

    text = "[SSL] tlsv1 alert no application protocol (_ssl.c:1006)"
    assert alert_of("", text) == "no_application_protocol"
    assert failure_name("SSLError", "", text) == TLS_ALERT  # (Python gave no reason)
    assert alert_of("TLSV1_ALERT_UNKNOWN_CA", "") == "unknown_ca"
    assert alert_of("SSLV3_ALERT_BAD_CERTIFICATE", "") == "bad_certificate"
    assert alert_of("", "[SSL] sslv3 alert handshake failure (_ssl.c:1)") == "handshake_failure"
    assert alert_of("WRONG_VERSION_NUMBER", "[SSL] wrong version number") == ""


def test_an_end_after_the_handshake_is_tls_closed():
    import ssl

    from socket_playground.core.errors import errno_name
    from socket_playground.core.tls_events import TLS_CLOSED

    assert errno_name(ssl.SSLEOFError(8, "EOF occurred in violation of protocol")) == TLS_CLOSED
    assert errno_name(ssl.SSLZeroReturnError(6, "TLS/SSL connection has been closed")) == TLS_CLOSED
