"""The send box's history and saved payloads as data, and the editor's text."""

from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core.payloads import (
    HISTORY_MAX,
    dump_history,
    dump_saved,
    from_editor,
    load_history,
    load_saved,
    push_history,
    to_editor,
)
from socket_playground.core.sendinput import parse_text


def test_history_is_bounded_without_repeats():
    h: list = []
    for i in range(60):
        h = push_history(h, ("text", f"p{i}"))
    assert len(h) == HISTORY_MAX and h[-1] == ("text", "p59") and h[0] == ("text", "p10")
    h = push_history(h, ("text", "p20"))
    assert h[-1] == ("text", "p20") and h.count(("text", "p20")) == 1
    assert push_history(h, ("hex", "p20"))[-2:] == [("text", "p20"), ("hex", "p20")]


def test_settings_values_round_trip_and_bad_ones_are_left_out():
    h = [("text", "a\\n"), ("hex", "41 42")]
    assert load_history(dump_history(h)) == h
    saved = {"hello": ("text", "hi"), "bin": ("hex", "00")}
    assert load_saved(dump_saved(saved)) == saved
    for bad in (None, 3, "", "{", "[1, 2]", '[["rust", "x"]]', '{"a": 1}', '{" ": ["text", "x"]}'):
        assert load_history(bad) == []
        assert load_saved(bad) == {}


def test_editor_lines_are_newline_escapes():
    assert (
        to_editor("GET / HTTP/1.1\\r\\nHost: x\\r\\n", "text") == "GET / HTTP/1.1\\r\nHost: x\\r\\n"
    )
    assert to_editor("a\\\\nb", "text") == "a\\\\nb"  # an escaped backslash, then n
    assert from_editor("a\nb\r\nc", "text") == "a\\nb\\nc"
    assert from_editor("41 42\n43", "hex") == "41 42 43"
    assert to_editor("41\\n", "hex") == "41\\n"


@given(st.text(alphabet="ab\\nrx0", max_size=30))
def test_editor_round_trip_keeps_the_bytes(s):
    try:
        want = parse_text(s)
    except ValueError:
        return
    assert parse_text(from_editor(to_editor(s, "text"), "text")) == want
