"""Fuzzing the framing decoders and their settings.

For every kind, any chunking of the same bytes gives the same messages, the
same error and the same leftover as one feed, and as a plain (non
incremental) decoder written here from the definitions. Every bad setting is
a FramingError, whatever its type or size; nothing else is raised.
"""

from __future__ import annotations

import struct

from hypothesis import example, given
from hypothesis import strategies as st

from socket_playground.core import framing as F
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

from .conftest import budget

SETTING_CODES = {
    "bad-framing",
    "bad-kind",
    "bad-size",
    "bad-delimiter",
    "empty-delimiter",
    "bad-prefix-format",
    "bad-counts-itself",
    "bad-max-length",
}
ENCODE_CODES = {"wrong-size", "delimiter-in-payload", "too-long-for-prefix"}

# few distinct bytes: delimiters, prefixes and payloads collide often
ALPHABET = b"\x00\x01\x02\x03ab\r\n\xff"
small_bytes = st.lists(st.sampled_from(ALPHABET), max_size=10).map(bytes)

framings = st.one_of(
    st.just(Framing("none")),
    st.builds(Framing, st.just("fixed"), size=st.integers(1, 9) | st.just(1 << 40)),
    st.builds(
        Framing,
        st.just("delimiter"),
        delimiter=st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=4).map(bytes),
    ),
    st.builds(
        Framing,
        st.just("length"),
        prefix=st.sampled_from(PREFIX_FORMATS),
        prefix_counts_itself=st.booleans(),
        max_length=st.integers(0, 40) | st.just(F.DEFAULT_MAX_LENGTH) | st.just(2**64),
    ),
)


def reference(framing: Framing, stream: bytes) -> tuple[list[Message], DecodeError | None, int]:
    """Messages, error and leftover start of the whole stream, straight from
    the framing's definition (no buffers, no chunks)."""
    out: list[Message] = []
    pos, error = 0, None
    kind = framing.kind
    if kind == "none":
        return [], None, len(stream)
    while True:
        if kind == "fixed":
            end = pos + framing.size
            if end > len(stream):
                break
            out.append(Message(len(out), pos, end, pos, end, stream[pos:end]))
            pos = end
        elif kind == "delimiter":
            d = framing.delimiter
            i = stream.find(d, pos)
            if i < 0:
                break
            out.append(Message(len(out), pos, i, pos, i + len(d), stream[pos:i]))
            pos = i + len(d)
        else:
            psize = struct.calcsize(framing.prefix)
            if len(stream) - pos < psize:
                break
            (value,) = struct.unpack_from(framing.prefix, stream, pos)
            if value > framing.max_length:
                error = DecodeError(pos, "length-too-large", value)
                break
            if framing.prefix_counts_itself and value < psize:
                error = DecodeError(pos, "length-smaller-than-prefix", value)
                break
            n = value - psize if framing.prefix_counts_itself else value
            end = pos + psize + n
            if end > len(stream):
                break
            out.append(Message(len(out), pos + psize, end, pos, end, stream[pos + psize : end]))
            pos = end
    return out, error, pos


@st.composite
def streams(draw):
    """A framing, and bytes made of its frames mixed with garbage."""
    framing = draw(framings)
    parts = []
    for payload, garbage in draw(st.lists(st.tuples(small_bytes, st.booleans()), max_size=8)):
        if garbage:
            parts.append(payload)
            continue
        try:
            parts.append(encode(framing, payload))
        except FramingError as e:
            assert e.code in ENCODE_CODES
    stream = b"".join(parts)
    cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=12)))
    return framing, stream, cuts


def chunked(framing: Framing, stream: bytes, cuts: list[int]) -> tuple[Decoder, list[Message]]:
    dec = Decoder(framing)
    msgs: list[Message] = []
    prev = 0
    for c in [*cuts, len(stream)]:
        msgs += dec.feed(stream[prev:c])
        prev = c
    return dec, msgs


def state(dec: Decoder) -> tuple:
    return dec.error, dec.leftover, dec.leftover_start, dec.offset, dec.message_count


@budget(800)
@given(streams())
@example((Framing("delimiter", delimiter=b"aa"), b"aaa", [1, 2]))
@example((Framing("length", prefix="!B", max_length=1), b"\x01a\x05bbbbb\x01c", [1, 3]))
def test_any_chunking_gives_the_same_messages_and_errors(case):
    framing, stream, cuts = case
    expected, error, consumed = reference(framing, stream)
    whole = Decoder(framing)
    assert whole.feed(stream) == expected
    assert state(whole) == (
        error,
        b"" if framing.kind == "none" else stream[consumed:],
        consumed,
        len(stream),
        len(expected),
    )
    saved = F._COMPACT_AT
    for compact_at in (saved, 1):  # also with the buffer compacted at every chance
        F._COMPACT_AT = compact_at
        try:
            dec, msgs = chunked(framing, stream, cuts)
        finally:
            F._COMPACT_AT = saved
        assert msgs == expected
        assert state(dec) == state(whole)
        assert dec.leftover_length == len(dec.leftover)


@budget(300)
@given(streams(), small_bytes)
def test_after_an_error_nothing_more_comes_out_and_every_byte_waits(case, more):
    framing, stream, _cuts = case
    dec = Decoder(framing)
    dec.feed(stream)
    if dec.error is None:
        return
    before = dec.leftover
    assert dec.feed(more) == [] and dec.feed(stream) == []
    assert dec.leftover == before + more + stream
    assert dec.offset == 2 * len(stream) + len(more)


@budget(400)
@given(framings, small_bytes)
@example(Framing("delimiter", delimiter=b"aba"), b"ab")
@example(Framing("length", prefix="!B", prefix_counts_itself=True), b"x" * 255)
def test_encode_gives_one_message_or_a_framing_error(framing, payload):
    try:
        frame = encode(framing, payload)
    except FramingError as e:
        assert e.code in ENCODE_CODES
        if e.code == "delimiter-in-payload":  # the reason: it would not come back whole
            msgs = Decoder(framing).feed(payload + framing.delimiter)
            assert [m.data for m in msgs] != [payload]
        return
    dec = Decoder(framing)
    msgs = dec.feed(frame)
    if framing.kind == "none":
        assert frame == payload and msgs == []
        return
    announced = len(payload) + (framing.prefix_size if framing.prefix_counts_itself else 0)
    if framing.kind == "length" and announced > framing.max_length:  # the receiver's limit
        assert dec.error is not None and dec.error.code == "length-too-large"
        return
    assert [m.data for m in msgs] == [payload]
    assert (msgs[0].frame_start, msgs[0].frame_end) == (0, len(frame))
    assert dec.leftover_length == 0 and dec.error is None


# -- settings ---------------------------------------------------------------------------
HUGE = [10**5000, -(10**5000), 2**64, 2**63, -(2**63) - 1, -1, 0]
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 70),
    st.sampled_from(HUGE),
    st.floats(),
    st.text(max_size=5),
    st.binary(max_size=5),
    st.sampled_from(KINDS),
    st.sampled_from(PREFIX_FORMATS),
    st.sampled_from(["!h", "=H", "!HH", "x", "!", "", "\0", "!" + "H" * 2000, "!999999999999H"]),
    st.lists(st.integers(0, 3), max_size=2),
    st.binary(max_size=3).map(bytearray),
    st.binary(max_size=3).map(memoryview),
    st.builds(dict),
    st.builds(object),
)


def maybe(field):
    """Mostly a good value of the field's type, sometimes anything at all."""
    return st.one_of(field, anything)


bad_framings = st.builds(
    Framing,
    kind=maybe(st.sampled_from(KINDS)),
    size=maybe(st.integers(-2, 9)),
    delimiter=maybe(small_bytes),
    prefix=maybe(st.sampled_from(PREFIX_FORMATS)),
    prefix_counts_itself=maybe(st.booleans()),
    max_length=maybe(st.integers(-2, 50)),
)


def settings_error(fn, *args) -> str | None:
    """The FramingError code fn raises (None if it returns); any other
    exception fails the test."""
    try:
        fn(*args)
    except FramingError as e:
        assert str(e)
        return e.code
    return None


@budget(1000)
@given(bad_framings, small_bytes)
@example(Framing("fixed", size=3, delimiter="x"), b"abc")  # a field the kind does not use
@example(Framing("fixed", size=2, delimiter=10**12), b"ab")
@example(Framing("length", prefix="bogus"), b"")
@example(Framing("length", prefix=5), b"")
@example(Framing("length", prefix_counts_itself=object()), b"")
@example(Framing("delimiter", delimiter="\n"), b"x")
@example(Framing("fixed", size=-(10**5000)), b"")
@example(Framing("fixed", size=2.0), b"")
def test_every_bad_setting_is_a_framing_error(framing, data):
    code = settings_error(framing.validate)
    assert code is None or code in SETTING_CODES
    # the decoder, the encoder and prefix_size agree with validate()
    assert settings_error(Decoder, framing) == code
    assert settings_error(lambda: framing.prefix_size) == code
    enc = settings_error(encode, framing, data)
    assert enc == code if code is not None else enc in ENCODE_CODES | {None}
    if code is None:
        dec = Decoder(framing)
        dec.feed(data)  # never raises on bytes
        assert dec.offset == len(data)
        assert framing.prefix_size in (0, 1, 2, 4, 8)


@budget(100)
@given(anything)
def test_a_decoder_of_something_else_is_a_framing_error(thing):
    assert settings_error(Decoder, thing) == "bad-framing"
    assert settings_error(encode, thing, b"x") == "bad-framing"
