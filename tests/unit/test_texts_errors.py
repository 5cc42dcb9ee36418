"""The words of failed calls (ui/errors_words.py, ui/tls_texts.py): a TLS
alert in plain words with OpenSSL's text kept, a TLS call after the
handshake, a handshake that timed out, a Unix socket's errors, a lookup in
a family the name lacks. (Words only; the sockets are in tests/workers.)"""

from __future__ import annotations

import json

from socket_playground.core import sessionfile_codec as codec
from socket_playground.core.events import Close, Connect, Resolve, Send, State
from socket_playground.core.state import StateMachine
from socket_playground.core.tls_events import (
    TLS_ALERT,
    TLS_CLOSED,
    TLS_TIMEOUT,
    TlsHandshake,
)
from socket_playground.ui.errors_words import call_words, error_line, explain_errno
from socket_playground.ui.tls_texts import explain, handshake_line

ALPN = "[SSL] tlsv1 alert no application protocol (_ssl.c:1006)"
UNKNOWN_CA = "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)"


def test_an_alert_in_plain_words_with_openssl_text_kept():
    line = error_line(TLS_ALERT, ALPN)
    assert "none of the ALPN protocols offered" in line
    assert "tlsv1 alert no application protocol" in line  # the detail stays
    assert "may not speak TLS" not in line
    refused = TlsHandshake(1, 0, 1, server_side=True, errno=TLS_ALERT, message=UNKNOWN_CA)
    assert "the client does not trust" in error_line(TLS_ALERT, UNKNOWN_CA, failed=refused)
    server = error_line(TLS_ALERT, UNKNOWN_CA, server_side=True)
    assert "the client does not trust this server's certificate" in server
    assert "does not know who issued it" in server and "TLSV1_ALERT_UNKNOWN_CA" in server
    client = explain(TLS_ALERT, UNKNOWN_CA)
    assert "the server does not trust our certificate" in client


def test_the_common_alerts_have_words():
    for alert in (
        "bad certificate",
        "certificate unknown",
        "protocol version",
        "handshake failure",
        "decrypt error",
    ):
        message = f"[SSL] sslv3 alert {alert} (_ssl.c:1006)"
        for side in (False, True):
            words = explain(TLS_ALERT, message, side)
            assert words.count("(") >= 2, words  # plain words, then OpenSSL's text
            assert words.endswith(f"({message})")
    unknown = "[SSL] tlsv1 alert some new alert (_ssl.c:1)"
    assert explain(TLS_ALERT, unknown).endswith(f": {unknown}")


def test_a_handshake_line_names_the_alert():
    ev = TlsHandshake(1, 0, 1, server_side=True, errno=TLS_ALERT, message=UNKNOWN_CA)
    assert "the client does not trust" in handshake_line(ev, "do_handshake()")


def test_tls_closed_and_timeout_are_not_handshake_words():
    closed = error_line(TLS_CLOSED, "EOF occurred in violation of protocol (_ssl.c:2427)")
    assert "during the handshake" not in closed and "close_notify" in closed
    late = Send(5, 0, 1, offered=4, errno=TLS_CLOSED, message="EOF occurred (_ssl.c:2427)")
    assert "The handshake had succeeded" in call_words(late)  # the timeline's row
    timeout = TlsHandshake(1, 0, 1, errno=TLS_TIMEOUT, message="timed out")
    row = handshake_line(timeout, "do_handshake()")
    assert "did not finish" in row and "closed the socket" in row
    assert "calls again" not in row


def test_a_handshake_that_timed_out_is_an_error():
    m = StateMachine("client")
    m.feed(Connect(1, 0, 1, host="127.0.0.1", port=1))
    m.feed(TlsHandshake(2, 1, 2, errno=TLS_TIMEOUT, message="timed out"))
    m.feed(Close(3, 2, 3))
    assert m.state is State.ERROR and m.errno == TLS_TIMEOUT
    assert isinstance(m.failed, TlsHandshake)


def test_unix_words():
    refused = error_line("ECONNREFUSED", "[Errno 111] Connection refused", family="unix")
    assert "socket file exists but no program is listening" in refused
    assert "port" not in refused and "reset" not in refused
    assert "port" in explain_errno("ECONNREFUSED")  # TCP keeps its words
    missing = error_line("ENOENT", "[Errno 2] No such file or directory", family="unix")
    assert "No socket file at that path" in missing


def test_a_lookup_in_a_family_the_name_lacks():
    ev = Resolve(
        1,
        0,
        1,
        host="localhost",
        port=80,
        lacks="ipv6",
        errno="EAI_NONAME",
        message="[Errno -2] Name or service not known",
    )
    line = error_line(ev.errno, ev.message, failed=ev)
    assert "“localhost” has no IPv6 address here" in line and "DNS" not in line
    v4 = error_line(
        "EAI_ADDRFAMILY",
        "",
        failed=Resolve(1, 0, 1, host="h", lacks="ipv4", errno="EAI_ADDRFAMILY"),
    )
    assert "no IPv4 address" in v4
    unknown = Resolve(1, 0, 1, host="nx.invalid", errno="EAI_NONAME")  # no address at all
    assert "Host name not found" in error_line("EAI_NONAME", "", failed=unknown)


def test_resolve_fields_round_trip_in_the_session_file_codec():
    ev = Resolve(
        4,
        1,
        2,
        host="localhost",
        port=8,
        lacks="ipv6",
        errno="EAI_NONAME",
        message="no",
    )
    kind, fields = codec.encode(ev)
    assert codec.decode(kind, 4, 1, 2, fields) == ev
    shown = json.loads(fields)
    old = json.dumps({k: v for k, v in shown.items() if k != "lacks"})
    assert codec.decode(kind, 4, 1, 2, old) == Resolve(
        4, 1, 2, host="localhost", port=8, errno="EAI_NONAME", message="no"
    )  # a file of an older version
