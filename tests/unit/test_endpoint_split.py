"""What a host field holds, split: IPv6 literals, [host]:port, host:port,
scope ids, and the family choice (core.endpoint.parse_endpoint)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core.endpoint import (
    FAMILIES,
    Endpoint,
    EndpointError,
    address_family,
    describe_bind_host,
    format_address,
    literal_family,
    parse_endpoint,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("::1", Endpoint("::1", None, "ipv6")),
        ("  ::1 ", Endpoint("::1", None, "ipv6")),
        ("[::1]", Endpoint("::1", None, "ipv6")),
        ("[::1]:8080", Endpoint("::1", 8080, "ipv6")),
        ("::1:8080", Endpoint("::1:8080", None, "ipv6")),  # an address: brackets split
        ("[fe80::1%lo]:80", Endpoint("fe80::1%lo", 80, "ipv6")),
        ("fe80::1%eth0", Endpoint("fe80::1%eth0", None, "ipv6")),
        ("127.0.0.1:6379", Endpoint("127.0.0.1", 6379, "ipv4")),
        ("127.0.0.1", Endpoint("127.0.0.1", None, "ipv4")),
        ("localhost:8000", Endpoint("localhost", 8000, None)),
        ("localhost", Endpoint("localhost", None, None)),
        ("example.com : 443", Endpoint("example.com", 443, None)),
    ],
)
def test_split(text: str, expected: Endpoint) -> None:
    assert parse_endpoint(text) == expected


def test_port_zero_only_where_allowed() -> None:
    assert parse_endpoint("[::]:0", allow_zero=True) == Endpoint("::", 0, "ipv6")
    assert parse_endpoint("0.0.0.0:0", allow_zero=True).port == 0
    with pytest.raises(EndpointError) as info:
        parse_endpoint("[::]:0")
    assert info.value.code == "port-range"


@pytest.mark.parametrize(
    ("text", "code", "bad"),
    [
        ("127.0.0.1:", "bad-port", ""),
        ("127.0.0.1:http", "bad-port", "http"),
        ("127.0.0.1:65536", "port-range", "65536"),
        ("127.0.0.1:123456", "bad-port", "123456"),
        ("[::1]8080", "bad-port", "8080"),
        ("[::1]:", "bad-port", ""),
        ("[::1", "bad-ipv6", "[::1"),
        ("[127.0.0.1]:80", "bad-ipv6", "[127.0.0.1]:80"),
        ("[::zz]:80", "bad-ipv6", "::zz"),
        ("[fe80::1%]:80", "bad-scope", ""),
        ("::1%lo", "scope-not-link-local", "::1%lo"),
        ("[2001:db8::1%eth0]:80", "scope-not-link-local", "2001:db8::1%eth0"),
        ("300.1.1.1:80", "bad-ipv4", "300.1.1.1"),
        ("my_host:80", "bad-hostname", "_"),
        (":80", "empty-host", ""),
        ("", "empty-host", ""),
    ],
)
def test_refused_with_a_reason(text: str, code: str, bad: str) -> None:
    with pytest.raises(EndpointError) as info:
        parse_endpoint(text)
    assert (info.value.code, info.value.text) == (code, bad)
    assert str(info.value)


def test_family_choice() -> None:
    assert parse_endpoint("::1", family="ipv6").family == "ipv6"
    assert parse_endpoint("localhost", family="ipv4") == Endpoint("localhost", None, None)
    with pytest.raises(EndpointError) as info:
        parse_endpoint("[::1]:80", family="ipv4")
    assert (info.value.code, info.value.text) == ("ipv4-chosen", "::1")
    with pytest.raises(EndpointError) as info:
        parse_endpoint("127.0.0.1", family="ipv6")
    assert (info.value.code, info.value.text) == ("ipv6-chosen", "127.0.0.1")
    assert FAMILIES == ("auto", "ipv4", "ipv6", "unix")


def test_literal_family() -> None:
    assert literal_family("::1") == "ipv6"
    assert literal_family("fe80::1%lo") == "ipv6"
    assert literal_family("10.0.0.1") == "ipv4"
    assert literal_family("localhost") is None
    assert literal_family("127.1") is None  # the resolver's reading: a name here


def test_addresses_as_written() -> None:
    assert format_address(("127.0.0.1", 80)) == "127.0.0.1:80"
    assert format_address(("::1", 8080, 0, 0)) == "[::1]:8080"
    assert format_address(("fe80::1%lo", 80, 0, 1)) == "[fe80::1%lo]:80"
    assert format_address(None) == "None"
    assert address_family(("::ffff:127.0.0.1", 1, 0, 0)) == "ipv6"
    assert address_family(("127.0.0.1", 1)) == "ipv4"
    assert address_family("::1") == "ipv6"


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("::", "all"),
        ("[::]", "all"),
        ("0:0:0:0:0:0:0:0", "all"),
        ("::1", "loopback"),
        ("0:0:0:0:0:0:0:1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("fe80::1%lo", "specific"),
        ("2001:db8::1", "specific"),
    ],
)
def test_ipv6_bind_kinds(host: str, kind: str) -> None:
    assert describe_bind_host(host) == kind


@given(st.text(max_size=80), st.sampled_from(FAMILIES), st.booleans())
def test_parse_never_crashes(text: str, family: str, zero: bool) -> None:
    try:
        ep = parse_endpoint(text, family=family, allow_zero=zero)
    except EndpointError as e:
        assert str(e)
    else:
        assert ep.host and ep.host.strip() == ep.host
        assert ep.port is None or (0 if zero else 1) <= ep.port <= 65535
        assert ep.family == literal_family(ep.host)


@given(st.ip_addresses(v=6), st.integers(1, 65535))
def test_bracketed_round_trip(addr, port: int) -> None:
    text = format_address((str(addr), port))
    assert parse_endpoint(text) == Endpoint(str(addr), port, "ipv6")
