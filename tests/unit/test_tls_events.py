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
