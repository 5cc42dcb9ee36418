"""The clipboard forms of bytes, and the bytes of a selection gathered from a store."""

import pytest

from socket_playground.core.capture import CaptureStore
from socket_playground.core.copy_formats import collect, format_bytes, rows_to_spans
from socket_playground.core.sendinput import parse_hex

DATA = b"GET / HTTP/1.1\r\n\x00\xff\x80'\"\\"


def test_hex_is_sixteen_pairs_a_line_and_parses_back():
    text = format_bytes(DATA, "hex")
    assert text.splitlines()[0] == "47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a"
    assert parse_hex(text) == DATA  # the send box takes it back
    assert format_bytes(b"", "hex") == ""


def test_python_literal_evaluates_to_the_bytes():
    text = format_bytes(DATA, "python")
    assert text.startswith("b") and eval(text) == DATA


def test_c_array_has_the_length_and_every_byte():
    text = format_bytes(bytes(range(13)), "c")
    assert text.startswith("unsigned char data[13] = {\n")
    assert text.endswith("\n};")
    lines = text.splitlines()
    assert lines[1] == "    " + ", ".join(f"0x{b:02x}" for b in range(12)) + ","
    assert lines[2] == "    0x0c,"
    assert format_bytes(b"", "c") == "unsigned char data[0] = {\n};"


def test_text_replaces_invalid_bytes_and_nul():
    assert format_bytes("héllo\n".encode(), "text") == "héllo\n"
    assert format_bytes(b"a\xffb\x00c", "text") == "a\ufffdb\ufffdc"
    assert format_bytes(b"caf\xe9", "text", "latin-1") == "café"


def test_unknown_form_is_refused():
    with pytest.raises(ValueError, match="unknown copy form"):
        format_bytes(b"x", "rust")


def store_of(*chunks):
    s = CaptureStore()
    for d, data in chunks:
        s.append(d, data, 0)
    return s


def test_collect_is_bounded_and_says_so():
    s = store_of((0, b"abcdef"), (1, b"ghij"), (0, b"klm"))
    got = collect(s, [(2, 8)])
    assert got.data == b"cdefgh" and not got.cut and got.missing == 0
    got = collect(s, [(0, 4), (6, 13)], limit=6)
    assert got.data == b"abcdgh" and got.cut and got.asked == 11


def test_collect_counts_bytes_no_longer_kept():
    s = CaptureStore(byte_cap=8)  # no spool: older bytes leave memory
    for _ in range(4):
        s.append(0, b"0123456789", 0)
    assert s.base > 0
    got = collect(s, [(0, 40)])
    assert got.missing == s.base
    assert got.data == (b"0123456789" * 4)[s.base :]


def test_rows_to_spans_merges_and_orders_chunks():
    s = store_of((0, b"ab"), (1, b"cde"), (0, b""), (0, b"fg"), (1, b"h"))
    assert rows_to_spans(s, [(3, 4), (0, 1)]) == [(0, 5), (5, 8)]
    assert rows_to_spans(s, [(0, 1), (2, 4)]) == [(0, 8)]
    assert collect(s, rows_to_spans(s, [(4, 4), (1, 1)])).data == b"cdeh"
