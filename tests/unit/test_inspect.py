"""The byte inspector's core: struct formats, byte order, UTF-8."""

from __future__ import annotations

import math
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core.inspect import (
    FORMATS,
    UTF8,
    UTF8_LIMIT,
    Interpretation,
    interpret,
    short_of,
)

INT_FORMATS = [f for f in FORMATS if f[-1] in "HhIiQq"]
FLOAT_FORMATS = [f for f in FORMATS if f[-1] in "fd"]


def by_fmt(data: bytes) -> dict[str, Interpretation]:
    return {r.fmt: r for r in interpret(data)}


def int_of(value: str) -> int:
    """ "258 (0x0102)" -> 258, "-2" -> -2."""
    return int(value.split(" ", 1)[0])


def test_formats_are_the_documented_ones_in_order():
    assert FORMATS == (
        "!H",
        "<H",
        "!h",
        "<h",
        "!I",
        "<I",
        "!i",
        "<i",
        "!Q",
        "<Q",
        "!q",
        "<q",
        "!f",
        "<f",
        "!d",
        "<d",
    )
    rows = interpret(b"\x00" * 8)
    assert [r.fmt for r in rows] == [*FORMATS, UTF8]
    assert [r.size for r in rows[:-1]] == [struct.calcsize(f) for f in FORMATS]


def test_network_order_is_big_endian():
    r = by_fmt(b"\x01\x02")
    assert r["!H"].value == "258 (0x0102)"
    assert r["<H"].value == "513 (0x0201)"
    assert r["!h"].value == "258"
    assert r["!H"].note == ""


def test_four_bytes():
    r = by_fmt(b"\x00\x00\x01\x02")
    assert r["!I"].value == "258 (0x00000102)"
    assert r["<I"].value == "33619968 (0x02010000)"
    assert r["!H"].value == "0 (0x0000)"  # the first 2 bytes only
    assert r["!Q"].value is None


def test_signed_values_are_negative_and_decimal_only():
    r = by_fmt(b"\xff\xfe")
    assert r["!h"].value == "-2"
    assert r["<h"].value == "-257"
    assert r["!H"].value == "65534 (0xfffe)"


def test_floats_use_repr():
    r = by_fmt(struct.pack("!d", 1.5))
    assert r["!d"].value == "1.5"
    r = by_fmt(struct.pack("<f", float("-inf")))
    assert r["<f"].value == "-inf"
    r = by_fmt(struct.pack("!f", float("nan")))
    assert r["!f"].value == "nan"


@pytest.mark.parametrize("n", range(9))
def test_short_input_gives_none_and_a_code(n):
    for r in interpret(bytes(range(n)))[:-1]:
        if n < r.size:
            assert r.value is None
            assert r.note == f"short:{r.size}"
            assert short_of(r.note) == r.size
        else:
            assert r.value is not None
            assert r.note == ""
            assert short_of(r.note) is None


def test_empty_input():
    rows = interpret(b"")
    assert all(r.value is None for r in rows)
    assert rows[-1] == Interpretation(UTF8, 0, None, "short:1")


@given(st.sampled_from(INT_FORMATS), st.data())
def test_int_round_trip(fmt, data):
    size = struct.calcsize(fmt)
    bits = size * 8
    if fmt[-1].isupper():
        v = data.draw(st.integers(0, 2**bits - 1))
    else:
        v = data.draw(st.integers(-(2 ** (bits - 1)), 2 ** (bits - 1) - 1))
    tail = data.draw(st.binary(max_size=12))
    r = by_fmt(struct.pack(fmt, v) + tail)[fmt]
    assert r.note == ""
    assert int_of(r.value) == v
    if fmt[-1].isupper():
        assert r.value == f"{v} (0x{v:0{size * 2}x})"


@given(st.sampled_from(FLOAT_FORMATS), st.binary(min_size=8, max_size=16))
def test_float_round_trip(fmt, raw):
    """Any bit pattern (NaNs, infinities, subnormals) reads back the same value."""
    (v,) = struct.unpack_from(fmt, raw)
    r = by_fmt(raw)[fmt]
    back = float(r.value)
    if math.isnan(v):
        assert math.isnan(back)
    else:
        assert struct.pack(fmt, back) == struct.pack(fmt, v)


@given(st.sampled_from(FLOAT_FORMATS), st.floats(width=32))
def test_float_values_round_trip(fmt, v):
    r = by_fmt(struct.pack(fmt, v))[fmt]
    back = float(r.value)
    assert (math.isnan(v) and math.isnan(back)) or back == v


@given(st.text(max_size=60))
def test_utf8_of_valid_text(text):
    data = text.encode("utf-8")
    r = interpret(data)[-1]
    if not data:
        assert r.value is None
        return
    assert r.value == text
    assert r.note == ""
    assert r.size == len(data)


@given(st.binary(min_size=1, max_size=UTF8_LIMIT))
def test_utf8_replaces_invalid_bytes(data):
    r = interpret(data)[-1]
    assert r.value == data.decode("utf-8", errors="replace")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert r.note == "invalid-utf8"
    else:
        assert r.note == ""


def test_utf8_invalid_example():
    r = interpret(b"ok\xff")[-1]
    assert r.value == "ok\ufffd"
    assert r.note == "invalid-utf8"
    # a character cut by the end of the selection is invalid too
    assert interpret("é".encode()[:1])[-1].note == "invalid-utf8"


def test_utf8_long_selection_is_cut_at_a_character_boundary():
    data = "a" * (UTF8_LIMIT - 1) + "é" + "z" * 100  # é straddles the limit
    raw = data.encode()
    r = interpret(raw)[-1]
    assert r.note == ""
    assert r.value == "a" * (UTF8_LIMIT - 1)
    assert r.size == UTF8_LIMIT - 1
    assert interpret(raw[: UTF8_LIMIT + 1])[-1] == r  # a prefix suffices
    r = interpret(b"x" * 1000)[-1]
    assert r.size == UTF8_LIMIT and r.value == "x" * UTF8_LIMIT
