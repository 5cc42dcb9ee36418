"""A Unix socket's address as typed (core/endpoint.py): absolute paths and
@names, the sun_path limit, refusals; the text of addresses the socket
module returns; the session file's codec for them. No sockets, no Qt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.endpoint import (
    UNIX_PATH_MAX,
    EndpointError,
    address_family,
    format_address,
    parse_endpoint,
    parse_unix,
    unix_sockaddr,
    unix_text,
)
from socket_playground.core.sessionfile_codec import decode, encode


@pytest.mark.parametrize(
    ("typed", "path"),
    [
        ("/tmp/sp.sock", "/tmp/sp.sock"),
        ("  /run/user/1000/x.sock ", "/run/user/1000/x.sock"),
        ("@socket-playground", "@socket-playground"),
        ("/tmp/ünï.sock", "/tmp/ünï.sock"),
        ("/" + "a" * 106, "/" + "a" * 106),  # 107 bytes and the NUL: 108
        ("@" + "b" * 106, "@" + "b" * 106),  # NUL and 106 bytes
    ],
)
def test_paths_and_abstract_names(typed, path):
    assert parse_unix(typed) == path
    assert parse_endpoint(typed, family="unix") == parse_endpoint(path, family="unix")
    assert parse_endpoint(typed, family="unix").family == "unix"
    assert parse_endpoint(typed, family="unix").port is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "unix-empty"),
        ("   ", "unix-empty"),
        ("@", "unix-empty"),
        ("sp.sock", "unix-relative"),
        ("./sp.sock", "unix-relative"),
        ("127.0.0.1", "unix-relative"),
        ("/tmp/a\0b", "unix-nul"),
        ("/tmp/", "unix-dir"),
        ("/" + "a" * 107, "unix-too-long"),  # 108 bytes: no room for the NUL
        ("/tmp/" + "é" * 52, "unix-too-long"),  # 5 + 104 bytes (UTF-8)
    ],
)
def test_refused(typed, code):
    with pytest.raises(EndpointError) as info:
        parse_unix(typed)
    assert info.value.code == code
    assert str(info.value)  # a sentence


def test_the_limit_is_sun_path():
    assert UNIX_PATH_MAX == 108
    with pytest.raises(EndpointError) as info:
        parse_unix("/" + "x" * 200)
    assert info.value.text == "201"


def test_a_path_under_another_family_says_choose_unix():
    for family in ("auto", "ipv4", "ipv6"):
        with pytest.raises(EndpointError) as info:
            parse_endpoint("/tmp/sp.sock", family=family)
        assert info.value.code == "path-not-unix"


def test_sockaddr_and_text():
    assert unix_sockaddr("@name") == "\0name"
    assert unix_sockaddr("/tmp/sp.sock") == "/tmp/sp.sock"
    assert unix_text(b"\0name") == "@name"
    assert unix_text("\0name") == "@name"
    assert unix_text("/tmp/sp.sock") == "/tmp/sp.sock"
    assert unix_text("") == ""  # unnamed (a client that did not bind())
    assert format_address("/tmp/sp.sock") == "/tmp/sp.sock"
    assert address_family("/tmp/sp.sock") == address_family("@x") == "unix"
    assert address_family(("::1", 80)) == "ipv6"
    assert address_family(("127.0.0.1", 80)) == "ipv4"


@given(st.text(max_size=200))
def test_parse_unix_raises_only_endpoint_errors(text):
    try:
        path = parse_unix(text)
    except EndpointError:
        return
    assert path.startswith(("/", "@")) and "\0" not in path
    assert len(path.encode("utf-8", "surrogateescape")) < UNIX_PATH_MAX


def test_events_with_unix_addresses_survive_the_codec():
    for event in (
        ev.Bind(1, 2, 3, host="/tmp/sp.sock", address="/tmp/sp.sock"),
        ev.Accept(4, 5, 6, peer="", local="@name"),
        ev.Connect(7, 8, 9, host="/tmp/sp.sock", local="", peer="/tmp/sp.sock"),
        ev.Unlink(10, 11, 12, path="/tmp/sp.sock", stale=True),
        ev.Unlink(13, 14, 15, path="/tmp/sp.sock", errno="EACCES", message="denied"),
        ev.Connect(16, 17, 18, host="::1", port=80, local=("::1", 5, 0, 0), peer=("::1", 80, 0, 0)),
    ):
        kind, fields = encode(event)
        assert decode(kind, event.seq, event.t_start, event.t_end, fields) == event
