"""Tests for socket_playground.core.endpoint."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from socket_playground.core.endpoint import (
    EndpointError,
    describe_bind_host,
    is_privileged,
    validate_host,
    validate_port,
)

_LABEL = st.from_regex(r"\A[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("localhost", "localhost"),
        ("127.0.0.1", "127.0.0.1"),
        ("0.0.0.0", "0.0.0.0"),
        ("255.255.255.255", "255.255.255.255"),
        ("my-host.example", "my-host.example"),
        ("  localhost\t", "localhost"),
        ("a", "a"),
        ("1.2.3.4a", "1.2.3.4a"),
        ("x" * 63 + ".com", "x" * 63 + ".com"),
        ("::1", "::1"),
        ("::", "::"),
        ("[::1]", "::1"),
        ("fe80::1%lo", "fe80::1%lo"),
        ("2001:db8::8a2e:370:7334", "2001:db8::8a2e:370:7334"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
    ],
)
def test_validate_host_valid(s: str, expected: str) -> None:
    assert validate_host(s) == expected


@pytest.mark.parametrize(
    ("s", "code", "text"),
    [
        ("", "empty-host", ""),
        ("   ", "empty-host", ""),
        ("256.1.1.1", "bad-ipv4", "256.1.1.1"),
        ("1.2.3", "bad-ipv4", "1.2.3"),
        ("1..2.3", "bad-ipv4", "1..2.3"),
        ("1.2.3.4.5", "bad-ipv4", "1.2.3.4.5"),
        ("01.2.3.4", "bad-ipv4", "01.2.3.4"),
        ("1234.1.1.1", "bad-ipv4", "1234.1.1.1"),
        ("1.2.3.4.", "bad-ipv4", "1.2.3.4."),
        ("12345", "bad-ipv4", "12345"),
        (":::1", "bad-ipv6", ":::1"),
        ("1:2:3:4:5:6:7:8:9", "bad-ipv6", "1:2:3:4:5:6:7:8:9"),
        ("::g", "bad-ipv6", "::g"),
        ("[::1]:80", "bad-ipv6", "[::1]:80"),
        ("fe80::1%", "bad-scope", ""),
        ("fe80::1%a b", "bad-scope", "a b"),
        ("fe80::1%" + "x" * 16, "bad-scope", "x" * 16),
        ("my_host", "bad-hostname", "_"),
        ("host name", "bad-hostname", " "),
        ("hé.example", "bad-hostname", "é"),
        ("a..b", "bad-hostname", ""),
        (".a", "bad-hostname", ""),
        ("a.", "bad-hostname", ""),
        ("-a.example", "bad-hostname", "-a"),
        ("a-.example", "bad-hostname", "a-"),
        ("x" * 64 + ".com", "bad-hostname", "x" * 64),
        (".".join(["a" * 63] * 4), "host-too-long", ".".join(["a" * 63] * 4)),
    ],
)
def test_validate_host_errors(s: str, code: str, text: str) -> None:
    with pytest.raises(EndpointError) as info:
        validate_host(s)
    assert (info.value.code, info.value.text) == (code, text)
    assert isinstance(info.value, ValueError)
    assert str(info.value)


def test_host_length_limit() -> None:
    ok = ".".join(["a" * 63] * 3 + ["b" * 61])
    assert len(ok) == 253
    assert validate_host(ok) == ok


@given(st.tuples(*[st.integers(0, 255)] * 4))
def test_every_dotted_quad_is_valid(octets: tuple[int, ...]) -> None:
    s = ".".join(map(str, octets))
    assert validate_host(s) == s


@given(st.lists(st.integers(0, 999), min_size=1, max_size=6))
def test_bad_dotted_numbers(parts: list[int]) -> None:
    s = ".".join(map(str, parts))
    if len(parts) == 4 and max(parts) <= 255:
        assert validate_host(s) == s
    else:
        with pytest.raises(EndpointError) as info:
            validate_host(s)
        assert info.value.code == "bad-ipv4"


@given(st.lists(_LABEL, min_size=1, max_size=4))
def test_generated_hostnames_valid(labels: list[str]) -> None:
    host = ".".join(labels)
    assume(not set(host) <= set("0123456789."))  # all-numeric means IPv4 rules
    assert validate_host(f" {host} ") == host


@given(st.text(max_size=300))
def test_validate_host_never_crashes(s: str) -> None:
    try:
        result = validate_host(s)
    except EndpointError as err:
        assert err.code in {
            "empty-host",
            "bad-ipv4",
            "bad-ipv6",
            "bad-scope",
            "scope-not-link-local",
            "bad-hostname",
            "host-too-long",
        }
    else:
        assert result in (s.strip(), s.strip()[1:-1])
        assert result.isascii() and len(result) <= 253


@pytest.mark.parametrize("allow_zero", [True, False])
@pytest.mark.parametrize("port", [1, 80, 1023, 1024, 8080, 65535])
def test_validate_port_valid(port: int, allow_zero: bool) -> None:
    assert validate_port(port, allow_zero=allow_zero) == port


def test_validate_port_zero() -> None:
    assert validate_port(0, allow_zero=True) == 0
    with pytest.raises(EndpointError) as info:
        validate_port(0, allow_zero=False)
    assert (info.value.code, info.value.text) == ("port-range", "0")


@pytest.mark.parametrize("port", [-1, 65536, 100000])
@pytest.mark.parametrize("allow_zero", [True, False])
def test_validate_port_out_of_range(port: int, allow_zero: bool) -> None:
    with pytest.raises(EndpointError) as info:
        validate_port(port, allow_zero=allow_zero)
    assert (info.value.code, info.value.text) == ("port-range", str(port))


@given(st.integers())
def test_validate_port_property(port: int) -> None:
    if 1 <= port <= 65535:
        assert validate_port(port, allow_zero=False) == port
    else:
        with pytest.raises(EndpointError):
            validate_port(port, allow_zero=False)


@pytest.mark.parametrize(
    ("port", "expected"),
    [(0, False), (1, True), (80, True), (1023, True), (1024, False), (65535, False)],
)
def test_is_privileged(port: int, expected: bool) -> None:
    assert is_privileged(port) is expected


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "loopback"),
        ("127.1.2.3", "loopback"),
        ("localhost", "loopback"),
        ("LocalHost", "loopback"),
        ("0.0.0.0", "all"),
        ("", "all"),
        ("192.168.1.10", "specific"),
        ("10.0.0.1", "specific"),
        ("my-host.example", "specific"),
        ("127.example", "specific"),
        ("0x0", "all"),  # the resolver reads these as numbers
        ("0", "all"),
        ("0x7f.1", "loopback"),
        ("127.1", "loopback"),
        ("2130706433", "loopback"),
        ("::", "all"),
        ("::1", "loopback"),
    ],
)
def test_describe_bind_host(host: str, expected: str) -> None:
    assert describe_bind_host(host) == expected


def test_who_may_bind_a_privileged_port() -> None:
    from socket_playground.core.endpoint import may_bind_privileged

    normal = {"euid": 1000, "cap_eff": 0, "unprivileged_start": 1024}
    assert not may_bind_privileged(**normal)
    assert may_bind_privileged(**(normal | {"euid": 0}))  # root
    assert may_bind_privileged(**(normal | {"cap_eff": 1 << 10}))  # CAP_NET_BIND_SERVICE
    assert not may_bind_privileged(**(normal | {"cap_eff": (1 << 10) - 1}))  # other caps
    assert may_bind_privileged(**(normal | {"unprivileged_start": 80}))  # a lowered sysctl
    assert isinstance(may_bind_privileged(), bool)  # this machine's own answer
