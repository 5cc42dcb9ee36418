"""Framing: decoding a byte stream into messages, however recv() chunked it."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core import framing as framing_module
from socket_playground.core.framing import (
    KINDS,
    PREFIX_FORMATS,
    DecodeError,
    Decoder,
    Framing,
    FramingError,
    Message,
    encode,
)

FRAMINGS = [
    Framing("fixed", size=1),
    Framing("fixed", size=3),
    Framing("delimiter"),
    Framing("delimiter", delimiter=b"\r\n"),
    Framing("delimiter", delimiter=b"\0"),
    Framing("delimiter", delimiter=b"END"),
    Framing("delimiter", delimiter=b"aba"),
    Framing("length"),
    Framing("length", prefix="!B"),
    Framing("length", prefix="<I"),
    Framing("length", prefix=">Q", prefix_counts_itself=True),
    Framing("length", prefix="!B", prefix_counts_itself=True),
]

# Few distinct bytes, so payloads often contain (parts of) delimiters.
ALPHABET = b"abEND\r\n\0x"
payload_bytes = st.lists(st.sampled_from(ALPHABET), max_size=12).map(bytes)


def expected_messages(framing: Framing, payloads: list[bytes]) -> tuple[list[Message], bytes]:
    """An independent oracle: the messages encoding ``payloads`` must give."""
    out, stream = [], b""
    for i, p in enumerate(payloads):
        frame = encode(framing, p)
        fs = len(stream)
        start = fs + struct.calcsize(framing.prefix) if framing.kind == "length" else fs
        out.append(Message(i, start, start + len(p), fs, fs + len(frame), p))
        stream += frame
    return out, stream


def encodable(framing: Framing, payloads: list[bytes]) -> list[bytes]:
    if framing.kind == "fixed":
        return [(p * framing.size)[: framing.size].ljust(framing.size, b"z") for p in payloads]
    ok = []
    for p in payloads:
        try:
            encode(framing, p)
        except FramingError:
            continue
        ok.append(p)
    return ok


def feed_chunks(framing: Framing, stream: bytes, cuts: list[int]) -> tuple[Decoder, list[Message]]:
    dec = Decoder(framing)
    msgs: list[Message] = []
    prev = 0
    for c in [*sorted(cuts), len(stream)]:
        msgs += dec.feed(stream[prev:c])
        prev = c
    return dec, msgs


@st.composite
def stream_case(draw):
    framing = draw(st.sampled_from(FRAMINGS))
    payloads = encodable(framing, draw(st.lists(payload_bytes, max_size=8)))
    msgs, stream = expected_messages(framing, payloads)
    # an incomplete tail: a strict prefix of one more frame
    tail = b""
    extra = encodable(framing, [draw(payload_bytes)])
    if extra:
        frame = encode(framing, extra[0])
        tail = frame[: draw(st.integers(0, len(frame) - 1))]
    cuts = draw(st.lists(st.integers(0, len(stream) + len(tail)), max_size=20))
    return framing, msgs, stream, tail, cuts


@given(stream_case())
def test_any_chunking_gives_the_same_messages_and_leftover(case):
    framing, expected, stream, tail, cuts = case
    whole = Decoder(framing)
    whole_msgs = whole.feed(stream + tail)
    assert whole_msgs == expected
    assert whole.leftover == tail
    assert whole.leftover_start == len(stream)
    assert whole.error is None

    for compact_at in (framing_module._COMPACT_AT, 1):
        # also with the receive buffer compacted as often as possible
        saved, framing_module._COMPACT_AT = framing_module._COMPACT_AT, compact_at
        try:
            dec, msgs = feed_chunks(framing, stream + tail, cuts)
        finally:
            framing_module._COMPACT_AT = saved
        assert msgs == expected
        assert dec.leftover == tail
        assert dec.leftover_length == len(tail)
        assert dec.leftover_start == len(stream)
        assert dec.offset == len(stream) + len(tail)
        assert dec.message_count == len(expected)
        assert dec.error is None


@given(stream_case())
def test_one_byte_chunks(case):
    framing, expected, stream, tail, _ = case
    dec, msgs = feed_chunks(framing, stream + tail, list(range(len(stream + tail))))
    assert msgs == expected
    assert (dec.leftover, dec.leftover_start) == (tail, len(stream))


def test_offsets_describe_payload_and_frame():
    dec = Decoder(Framing("length", prefix="!H"))
    stream = encode(dec.framing, b"hello") + encode(dec.framing, b"") + b"\x00"
    msgs = dec.feed(stream)
    assert msgs == [Message(0, 2, 7, 0, 7, b"hello"), Message(1, 9, 9, 7, 9, b"")]
    assert stream[msgs[0].start : msgs[0].end] == b"hello"
    assert (dec.leftover, dec.leftover_start, dec.offset) == (b"\x00", 9, 10)

    dec = Decoder(Framing("delimiter", delimiter=b"\r\n"))
    assert dec.feed(b"ab\r\n\r\ncd") == [Message(0, 0, 2, 0, 4, b"ab"), Message(1, 4, 4, 4, 6, b"")]
    assert (dec.leftover, dec.leftover_start) == (b"cd", 6)


def test_none_means_no_framing():
    dec = Decoder(Framing("none"))
    assert dec.feed(b"abc\n") == []
    assert dec.feed(b"def") == []
    assert (dec.leftover, dec.leftover_start, dec.offset) == (b"", 7, 7)
    assert dec.error is None
    assert encode(Framing("none"), b"x\ny") == b"x\ny"


# -- length prefix -----------------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIX_FORMATS)
@pytest.mark.parametrize("counts_itself", [False, True])
def test_length_prefix_split_across_one_byte_chunks(prefix, counts_itself):
    framing = Framing("length", prefix=prefix, prefix_counts_itself=counts_itself)
    stream = encode(framing, b"first") + encode(framing, b"") + encode(framing, b"x" * 40)
    dec = Decoder(framing)
    got = []
    for i in range(len(stream)):
        new = dec.feed(stream[i : i + 1])
        assert len(new) <= 1
        got += new
    assert [m.data for m in got] == [b"first", b"", b"x" * 40]
    assert dec.leftover == b""
    assert dec.leftover_start == len(stream)


def test_length_prefix_byte_order():
    assert encode(Framing("length", prefix="!H"), b"abc") == b"\x00\x03abc"
    assert encode(Framing("length", prefix=">H"), b"abc") == b"\x00\x03abc"
    assert encode(Framing("length", prefix="<H"), b"abc") == b"\x03\x00abc"
    assert (
        encode(Framing("length", prefix="!I", prefix_counts_itself=True), b"abc")
        == b"\x00\x00\x00\x07abc"
    )
    assert encode(Framing("length", prefix="!B"), b"") == b"\x00"


def test_announced_length_too_large_is_an_error_not_a_wait():
    framing = Framing("length", prefix="!I", max_length=100)
    dec = Decoder(framing)
    good = encode(framing, b"ok")
    assert [m.data for m in dec.feed(good + b"\x00\x00")] == [b"ok"]
    assert dec.error is None
    assert dec.feed(b"\x00\x65rest") == []  # 101 > 100
    assert dec.error == DecodeError(len(good), "length-too-large", 101)
    assert dec.leftover == b"\x00\x00\x00\x65rest"
    assert dec.leftover_start == len(good)
    # nothing more comes out, even valid frames; leftover keeps everything
    assert dec.feed(good) == []
    assert dec.leftover == b"\x00\x00\x00\x65rest" + good
    assert dec.offset == 2 * len(good) + 8
    assert dec.message_count == 1


def test_max_length_is_inclusive():
    framing = Framing("length", prefix="!B", max_length=3)
    dec = Decoder(framing)
    assert [m.data for m in dec.feed(b"\x03abc\x04")] == [b"abc"]
    assert dec.error == DecodeError(4, "length-too-large", 4)


def test_default_max_length_stops_garbage():
    dec = Decoder(Framing("length", prefix="!I"))
    assert dec.feed(b"GET / HTTP/1.1\r\n") == []
    assert dec.error == DecodeError(0, "length-too-large", int.from_bytes(b"GET ", "big"))


@pytest.mark.parametrize("prefix", ["!B", "!H", "<I", "!Q"])
def test_length_smaller_than_prefix(prefix):
    framing = Framing("length", prefix=prefix, prefix_counts_itself=True)
    psize = struct.calcsize(prefix)
    dec = Decoder(framing)
    good = encode(framing, b"hi")
    bad = struct.pack(prefix, psize - 1)
    msgs = []
    for b in good + bad:  # one byte at a time
        msgs += dec.feed(bytes([b]))
    assert [m.data for m in msgs] == [b"hi"]
    assert dec.error == DecodeError(len(good), "length-smaller-than-prefix", psize - 1)
    assert dec.leftover == bad
    assert dec.feed(good) == []
    assert dec.leftover == bad + good


def test_length_equal_to_prefix_is_an_empty_message():
    framing = Framing("length", prefix="!H", prefix_counts_itself=True)
    dec = Decoder(framing)
    assert dec.feed(b"\x00\x02\x00\x03z") == [
        Message(0, 2, 2, 0, 2, b""),
        Message(1, 4, 5, 2, 5, b"z"),
    ]


@given(
    st.sampled_from(PREFIX_FORMATS),
    st.booleans(),
    st.integers(0, 64),
    st.binary(max_size=64),
    st.lists(st.integers(0, 64), max_size=10),
)
def test_feed_never_raises_on_garbage(prefix, counts_itself, max_length, garbage, cuts):
    framing = Framing(
        "length", prefix=prefix, prefix_counts_itself=counts_itself, max_length=max_length
    )
    cuts = [c for c in cuts if c <= len(garbage)]
    dec, msgs = feed_chunks(framing, garbage, cuts)
    whole = Decoder(framing)
    assert whole.feed(garbage) == msgs
    assert (whole.error, whole.leftover, whole.leftover_start) == (
        dec.error,
        dec.leftover,
        dec.leftover_start,
    )
    consumed = msgs[-1].frame_end if msgs else 0
    assert dec.leftover_start == consumed
    assert dec.leftover == garbage[consumed:]
    if dec.error is not None:
        assert dec.error.offset == consumed
        assert dec.error.value > max_length or (
            counts_itself and dec.error.value < struct.calcsize(prefix)
        )


# -- delimiters --------------------------------------------------------------


def test_crlf_split_across_chunks():
    dec = Decoder(Framing("delimiter", delimiter=b"\r\n"))
    assert dec.feed(b"hello\r") == []
    assert (dec.leftover, dec.leftover_start) == (b"hello\r", 0)
    assert dec.feed(b"\nworld\r") == [Message(0, 0, 5, 0, 7, b"hello")]
    assert dec.feed(b"\r\n") == [Message(1, 7, 13, 7, 15, b"world\r")]
    assert dec.leftover == b""
    assert dec.leftover_start == 15


def test_multibyte_delimiter_with_overlaps():
    framing = Framing("delimiter", delimiter=b"END")
    dec = Decoder(framing)
    assert dec.feed(b"xEN") == []
    assert dec.feed(b"EN") == []
    assert dec.feed(b"D") == [Message(0, 0, 3, 0, 6, b"xEN")]
    assert dec.feed(b"EEN") == []
    assert dec.feed(b"DEND") == [Message(1, 6, 7, 6, 10, b"E"), Message(2, 10, 10, 10, 13, b"")]
    assert dec.feed(b"E") == []
    assert dec.feed(b"N") == []
    assert dec.feed(b"N") == []
    assert dec.feed(b"E") == []
    assert dec.feed(b"ND") == [Message(3, 13, 16, 13, 19, b"ENN")]


def test_self_overlapping_delimiter():
    dec = Decoder(Framing("delimiter", delimiter=b"aba"))
    assert dec.feed(b"ab") == []
    assert dec.feed(b"ab") == [Message(0, 0, 0, 0, 3, b"")]
    assert (dec.leftover, dec.leftover_start) == (b"b", 3)
    assert dec.feed(b"ab") == []
    assert dec.feed(b"a") == [Message(1, 3, 4, 3, 7, b"b")]
    assert (dec.leftover, dec.leftover_start) == (b"", 7)


def test_one_byte_chunks_of_a_long_delimiter_stream():
    framing = Framing("delimiter", delimiter=b"\r\n")
    line = b"0123456789abcdefghijklmnopqrstuvwxyz\r\n"
    stream = line * (200_000 // len(line) + 1)
    stream = stream[:200_000]
    dec = Decoder(framing)
    count = 0
    for i in range(len(stream)):
        for m in dec.feed(stream[i : i + 1]):
            assert m.index == count
            assert m.data == line[:-2]
            assert m.frame_start == count * len(line)
            count += 1
    assert count == len(stream) // len(line)
    assert dec.leftover == stream[count * len(line) :]
    assert dec.leftover_start == count * len(line)
    assert dec.offset == 200_000


def test_one_byte_chunks_of_a_long_length_stream():
    framing = Framing("length", prefix="!H")
    frame = encode(framing, b"p" * 30)
    stream = frame * 4000
    dec = Decoder(framing)
    msgs = []
    for i in range(len(stream)):
        msgs += dec.feed(stream[i : i + 1])
    assert len(msgs) == 4000
    assert msgs[-1] == Message(3999, 3999 * 32 + 2, 4000 * 32, 3999 * 32, 4000 * 32, b"p" * 30)


def test_empty_chunks_change_nothing():
    dec = Decoder(Framing("delimiter"))
    assert dec.feed(b"") == []
    assert dec.feed(b"a\n") == [Message(0, 0, 1, 0, 2, b"a")]
    assert dec.feed(b"") == []
    assert (dec.offset, dec.leftover, dec.leftover_start) == (2, b"", 2)


def test_fixed_size():
    dec = Decoder(Framing("fixed", size=4))
    assert dec.feed(b"abcdefghij") == [
        Message(0, 0, 4, 0, 4, b"abcd"),
        Message(1, 4, 8, 4, 8, b"efgh"),
    ]
    assert (dec.leftover, dec.leftover_start) == (b"ij", 8)
    assert dec.feed(b"kl") == [Message(2, 8, 12, 8, 12, b"ijkl")]


# -- encode and settings -----------------------------------------------------


def code_of(fn, *args) -> str:
    with pytest.raises(FramingError) as info:
        fn(*args)
    assert isinstance(info.value, ValueError)
    assert info.value.detail
    return info.value.code


def test_encode_errors():
    assert code_of(encode, Framing("fixed", size=3), b"ab") == "wrong-size"
    assert code_of(encode, Framing("fixed", size=3), b"abcd") == "wrong-size"
    assert encode(Framing("fixed", size=3), b"abc") == b"abc"
    assert code_of(encode, Framing("delimiter"), b"a\nb") == "delimiter-in-payload"
    assert (
        code_of(encode, Framing("delimiter", delimiter=b"END"), b"xENDy") == "delimiter-in-payload"
    )
    # the payload's tail and the delimiter together would end the message early
    assert code_of(encode, Framing("delimiter", delimiter=b"aba"), b"ab") == "delimiter-in-payload"
    assert encode(Framing("delimiter", delimiter=b"\r\n"), b"x\r") == b"x\r\r\n"
    assert encode(Framing("delimiter", delimiter=b"END"), b"xEN") == b"xENEND"
    assert encode(Framing("length", prefix="!B"), b"x" * 255)[:1] == b"\xff"
    assert code_of(encode, Framing("length", prefix="!B"), b"x" * 256) == "too-long-for-prefix"
    assert (
        code_of(encode, Framing("length", prefix="!B", prefix_counts_itself=True), b"x" * 255)
        == "too-long-for-prefix"
    )
    assert code_of(encode, Framing("length", prefix="<H"), b"x" * 65536) == "too-long-for-prefix"


def test_validate():
    for kind in KINDS:
        Framing(kind, size=1).validate()
    Framing("length").validate()  # size is irrelevant here
    Framing("delimiter").validate()
    assert code_of(Framing("fixed").validate) == "bad-size"
    assert code_of(Framing("fixed", size=-2).validate) == "bad-size"
    assert code_of(Framing("fixed", size=True).validate) == "bad-size"
    assert code_of(Framing("delimiter", delimiter=b"").validate) == "empty-delimiter"
    for prefix in ("!h", "!i", "H", "=H", "!f", "!HH", "!L", ""):
        assert code_of(Framing("length", prefix=prefix).validate) == "bad-prefix-format"
    for prefix in PREFIX_FORMATS:
        Framing("length", prefix=prefix).validate()
    assert code_of(Framing("length", max_length=-1).validate) == "bad-max-length"
    assert code_of(Framing("bogus").validate) == "bad-kind"
    assert code_of(Framing("delimiter", delimiter="\n").validate) == "bad-delimiter"
    assert code_of(Framing("length", prefix_counts_itself=1).validate) == "bad-counts-itself"
    assert code_of(lambda: Framing("length", prefix="bogus").prefix_size) == "bad-prefix-format"
    assert code_of(Decoder, None) == "bad-framing"
    # fields the kind does not use may hold anything
    assert Decoder(Framing("fixed", size=2, delimiter="x", prefix=5)).feed(b"abc")[0].data == b"ab"
    assert code_of(Decoder, Framing("fixed", size=0)) == "bad-size"
    assert code_of(encode, Framing("delimiter", delimiter=b""), b"x") == "empty-delimiter"


def test_framing_is_frozen_and_hashable():
    f = Framing("delimiter", delimiter=b"\0")
    with pytest.raises(AttributeError):
        f.kind = "fixed"  # type: ignore[misc]
    assert {f: 1}[Framing("delimiter", delimiter=b"\0")] == 1
    assert Framing("length", prefix="!Q").prefix_size == 8
    assert f.prefix_size == 0
