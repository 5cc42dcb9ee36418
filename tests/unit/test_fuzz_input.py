"""Fuzzing what a person types: the send box's parser, hosts and ports, and
the byte inspector. Whatever goes in, only the documented error comes out
(SendInputError, EndpointError; the inspector raises nothing), and what is
accepted means what it says."""

from __future__ import annotations

import ipaddress
import math
import struct

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from socket_playground.core import inspect
from socket_playground.core.endpoint import (
    MAX_HOST_LEN,
    EndpointError,
    describe_bind_host,
    validate_host,
    validate_port,
)
from socket_playground.core.sendinput import (
    SendInputError,
    parse,
    parse_hex,
    parse_text,
    to_escaped_text,
    to_hex,
    utf16_span,
)

from .conftest import budget

# Characters that matter to the parsers, and everything else now and then
# (surrogates too: a QLineEdit can hold them).
typed = st.text(
    alphabet=st.one_of(
        st.sampled_from("\\xX0123456789abcdefABCDEFgG nrt'\"-:,;\t\n\u3000😀\ud83d"),
        st.characters(codec=None),
    ),
    max_size=40,
)
SEND_CODES = {"unknown-escape", "bad-hex-escape", "trailing-backslash", "bad-hex-char"}
HEX_CODES = {"bad-hex-char", "odd-hex-digits"}


# -- the send box ---------------------------------------------------------------------
@budget(600)
@given(typed, st.sampled_from(["text", "hex"]))
@example("\\x4", "text")
@example("😀\\q", "text")
@example("0x", "hex")
@example("ab c", "hex")
@example("\ud800", "text")
def test_parse_raises_only_send_input_error_where_it_says(s, mode):
    try:
        data = parse(s, mode)
    except SendInputError as e:
        assert e.code in (SEND_CODES if mode == "text" else HEX_CODES)
        assert 0 <= e.position < len(s)
        assert e.text and s.startswith(e.text, e.position)  # the snippet is there
        assert str(e)  # one line of text for a log
        start, length = utf16_span(s, e.position, len(e.text))
        units = s.encode("utf-16-le", "surrogatepass")
        assert units[2 * start : 2 * (start + length)].decode("utf-16-le", "surrogatepass") == (
            e.text
        )
        return
    assert isinstance(data, bytes)
    if mode == "text" and "\\" not in s:
        assert data == s.encode("utf-8", "surrogatepass")


@budget(300)
@given(st.binary(max_size=64))
def test_rendered_bytes_parse_back(data):
    assert parse_text(to_escaped_text(data)) == data
    assert parse_hex(to_hex(data)) == data
    assert parse_hex(data.hex(":").upper()) == data
    assert parse_hex(" ".join(f"0x{b:02x}" for b in data)) == data


def test_unknown_mode_is_a_value_error():
    with pytest.raises(ValueError, match="send mode"):
        parse("x", "base64")


# -- hosts and ports ------------------------------------------------------------------
hosts = st.one_of(
    typed,
    st.lists(st.integers(0, 999).map(str), min_size=1, max_size=6).map(".".join),
    st.from_regex(r"[ \t]*[a-zA-Z0-9-]{0,70}(\.[a-zA-Z0-9-]{0,70}){0,5}[ \t]*", fullmatch=True),
    st.text(alphabet="ab.-", min_size=240, max_size=300),
)


@budget(600)
@given(hosts)
@example("1.2.3.04")
@example("a" * 63 + ".b")
@example(" 127.0.0.1 ")
def test_host_is_valid_or_an_endpoint_error(s):
    try:
        host = validate_host(s)
    except EndpointError as e:
        assert e.code in {"empty-host", "bad-ipv4", "bad-ipv6", "bad-scope",
                          "scope-not-link-local", "bad-hostname",
                          "host-too-long"}  # fmt: skip
        assert str(e)
        return
    if ":" in host:  # IPv6 (brackets dropped), with its scope perhaps
        assert host in (s.strip(), s.strip()[1:-1])
        ipaddress.IPv6Address(host.partition("%")[0])
        assert describe_bind_host(host) in ("loopback", "all", "specific")
        return
    assert host == s.strip() and 0 < len(host) <= MAX_HOST_LEN
    host.encode("idna")  # what socket calls do with a name: no label too long or empty
    if set(host) <= set("0123456789."):
        assert str(ipaddress.IPv4Address(host)) == host  # strict dotted quad
    assert describe_bind_host(host) in ("loopback", "all", "specific")


@budget(300)
@given(
    st.one_of(
        st.integers(),
        st.integers(-(10**6000), 10**6000),
        st.booleans(),
        st.floats(),
        st.text(max_size=5),
        st.none(),
    ),
    st.booleans(),
)
@example(10**5000, True)
@example(True, False)
@example(80.0, False)
def test_port_is_valid_or_an_endpoint_error(p, allow_zero):
    try:
        port = validate_port(p, allow_zero=allow_zero)
    except EndpointError as e:
        assert e.code == "port-range" and str(e)
        return
    assert type(port) is int and (0 if allow_zero else 1) <= port <= 65535


def test_a_host_that_is_no_str_is_an_endpoint_error():
    for bad in (None, 127, b"localhost"):
        with pytest.raises(EndpointError):
            validate_host(bad)  # type: ignore[arg-type]


# -- the byte inspector ---------------------------------------------------------------
@budget(400)
@given(st.binary(max_size=inspect.UTF8_LIMIT + 40))
@example(b"a" * 255 + "€".encode())
@example(b"\xe2\x82")
def test_inspector_reads_every_format(data):
    out = inspect.interpret(data)
    assert [r.fmt for r in out] == [*inspect.FORMATS, inspect.UTF8]
    assert out == inspect.interpret(data[: inspect.UTF8_LIMIT + 1])
    for r in out[:-1]:
        size = struct.calcsize(r.fmt)
        if len(data) < size:
            assert r.value is None and inspect.short_of(r.note) == size
            continue
        (v,) = struct.unpack_from(r.fmt, data)
        assert r.note == "" and r.size == size
        if isinstance(v, float):
            assert r.value == repr(v) and (math.isnan(v) or float(r.value) == v)
        else:
            assert int(r.value.split(" ")[0]) == v
    text = out[-1]
    if not data:
        assert text.value is None and inspect.short_of(text.note) == 1
        return
    assert 0 < text.size <= min(len(data), inspect.UTF8_LIMIT)
    assert text.size > inspect.UTF8_LIMIT - 4 or text.size == len(data)
    shown = data[: text.size]
    assert text.value == shown.decode("utf-8", "replace")
    assert (text.note == "") == _valid_utf8(shown)


def _valid_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
