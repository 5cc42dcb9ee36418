"""Tests for socket_playground.core.sendinput."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core.sendinput import (
    SendInputError,
    parse,
    parse_hex,
    parse_text,
    to_escaped_text,
    to_hex,
)

# --- parse_text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("", b""),
        ("hello", b"hello"),
        ("a\\nb", b"a\nb"),
        ("\\r\\n", b"\r\n"),
        ("\\t", b"\t"),
        ("\\\\", b"\\"),
        ("\\0", b"\0"),
        ("\\01", b"\x001"),
        ("\\'\\\"", b"'\""),
        ("\\x41\\x7f\\xFF\\xaB", b"A\x7f\xff\xab"),
        ("\\x414", b"A4"),
        ("é€", "é€".encode()),
        ("é\\n€", "é\n€".encode()),
        ("real\nnewline", b"real\nnewline"),
    ],
)
def test_parse_text_valid(s: str, expected: bytes) -> None:
    assert parse_text(s) == expected


@pytest.mark.parametrize(
    ("s", "code", "position", "text"),
    [
        ("ab\\q", "unknown-escape", 2, "\\q"),
        ("\\N", "unknown-escape", 0, "\\N"),
        ("é\\é", "unknown-escape", 1, "\\é"),
        ("x\\xg1", "bad-hex-escape", 1, "\\xg1"),
        ("\\x4", "bad-hex-escape", 0, "\\x4"),
        ("\\x", "bad-hex-escape", 0, "\\x"),
        ("ok\\x4z", "bad-hex-escape", 2, "\\x4z"),
        ("\\x٣٣", "bad-hex-escape", 0, "\\x٣٣"),  # non-ASCII digits are not hex
        ("abc\\", "trailing-backslash", 3, "\\"),
        ("\\", "trailing-backslash", 0, "\\"),
        ("\\\\\\", "trailing-backslash", 2, "\\"),
    ],
)
def test_parse_text_errors(s: str, code: str, position: int, text: str) -> None:
    with pytest.raises(SendInputError) as info:
        parse_text(s)
    err = info.value
    assert (err.code, err.position, err.text) == (code, position, text)
    assert s[position:].startswith(text)
    assert isinstance(err, ValueError)
    assert str(err)


@given(st.text())
def test_parse_text_without_backslash_is_utf8(s: str) -> None:
    s = s.replace("\\", "")
    assert parse_text(s) == s.encode("utf-8")


@given(st.binary())
def test_escaped_text_round_trip(data: bytes) -> None:
    text = to_escaped_text(data)
    assert parse_text(text) == data
    assert text.isascii() and text.isprintable()


def test_to_escaped_text_form() -> None:
    assert to_escaped_text(b"a\\b\n\r\t\0\x01\x7f\xff'\"") == (
        "a\\\\b\\n\\r\\t\\0\\x01\\x7f\\xff'\""
    )


@given(st.text())
def test_parse_text_only_raises_send_input_error(s: str) -> None:
    try:
        parse_text(s)
    except SendInputError as err:
        assert 0 <= err.position < len(s)
        assert s[err.position] == "\\"
        assert s[err.position :].startswith(err.text)


# --- parse_hex -------------------------------------------------------------


@pytest.mark.parametrize(
    "s",
    [
        "48 65 6c 6c 6f",
        "48656c6c6f",
        "48656C6C6F",
        "0x48 0x65 0x6c 0x6c 0x6f",
        "0X48,0X65,0X6C,0X6C,0X6F",
        "48:65:6c:6c:6f",
        "48-65-6c-6c-6f",
        "48, 65, 6c, 6c, 6f",
        "  48\t65\n6c\r\n6c 6f  ",
        "4865 6c6c6f",
        "0x4865 0x6c6c6f",
    ],
)
def test_parse_hex_valid(s: str) -> None:
    assert parse_hex(s) == b"Hello"


@pytest.mark.parametrize("s", ["", "   ", " : - , \n"])
def test_parse_hex_empty(s: str) -> None:
    assert parse_hex(s) == b""


@pytest.mark.parametrize(
    ("s", "code", "position", "text"),
    [
        ("48 zz", "bad-hex-char", 3, "z"),
        ("4g", "bad-hex-char", 1, "g"),
        ("48 65 6g", "bad-hex-char", 7, "g"),
        ("0x", "bad-hex-char", 1, "x"),
        ("00x12", "bad-hex-char", 2, "x"),
        ("48;65", "bad-hex-char", 2, ";"),
        ("4é", "bad-hex-char", 1, "é"),
        ("4 8z", "bad-hex-char", 3, "z"),  # bad characters are reported first
        ("4 86", "odd-hex-digits", 0, "4"),
        ("48 656", "odd-hex-digits", 3, "656"),
        ("0x4 0x86", "odd-hex-digits", 0, "0x4"),
        ("48:6:65", "odd-hex-digits", 3, "6"),
        ("486", "odd-hex-digits", 2, "6"),
        ("  4", "odd-hex-digits", 2, "4"),
        ("0x486", "odd-hex-digits", 4, "6"),
    ],
)
def test_parse_hex_errors(s: str, code: str, position: int, text: str) -> None:
    with pytest.raises(SendInputError) as info:
        parse_hex(s)
    err = info.value
    assert (err.code, err.position, err.text) == (code, position, text)
    assert s[position:].startswith(text)
    assert str(err)


@given(st.binary())
def test_hex_round_trip(data: bytes) -> None:
    assert parse_hex(to_hex(data)) == data
    assert parse_hex(data.hex()) == data
    assert parse_hex(data.hex().upper()) == data
    assert parse_hex(" ".join(f"0x{b:02X}" for b in data)) == data
    assert parse_hex(":".join(f"{b:02x}" for b in data)) == data


@given(
    st.lists(
        st.tuples(st.binary(min_size=1, max_size=4), st.sampled_from(" \t\n:-,")),
    )
)
def test_hex_mixed_separators(chunks: list[tuple[bytes, str]]) -> None:
    s = "".join(data.hex() + sep for data, sep in chunks)
    assert parse_hex(s) == b"".join(data for data, _ in chunks)


@given(st.text(alphabet="0123456789abcdefxX :-,\t\nzg"))
def test_parse_hex_only_raises_send_input_error(s: str) -> None:
    try:
        parse_hex(s)
    except SendInputError as err:
        assert err.code in ("bad-hex-char", "odd-hex-digits")
        assert 0 <= err.position < len(s)
        assert s[err.position :].startswith(err.text)


def test_to_hex_form() -> None:
    assert to_hex(b"Hel\x00\xff") == "48 65 6c 00 ff"
    assert to_hex(b"") == ""


# --- parse -----------------------------------------------------------------


def test_parse_dispatches_on_mode() -> None:
    assert parse("4\\x41", "text") == b"4A"
    assert parse("41 42", "hex") == b"AB"


def test_parse_rejects_unknown_mode() -> None:
    with pytest.raises(ValueError) as info:
        parse("x", "base64")
    assert not isinstance(info.value, SendInputError)
