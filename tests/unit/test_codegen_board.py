"""Show the code as a teacher would write it: sendall() for a message the
program sent in several send() calls, receive loops, patterns instead of long
literals, loops for repeats, pieces and files, comments in English or
Chinese, nothing before the socket calls (no Qt; the scripts are compiled
and evaluated here, run in test_codegen_board_run.py)."""

from __future__ import annotations

import ast
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core import events as events_module
from socket_playground.core.codegen import CALL_NAMES, STEPS, generate
from socket_playground.core.codegen_data import LITERAL_CAP, data_expr, period
from socket_playground.core.codegen_text import wrap
from socket_playground.core.events import Call, Close, JobProgress, Send, WriterBlocked

from .test_codegen import HOST, ROLES, Rec, connected_client, odd_log, said

DEMO_LINES = b"".join(
    b"line %04d: TCP is a stream of bytes, not of messages\n" % i for i in range(1200)
)


def partial(rec: Rec, data: bytes, takes: list[int]) -> None:
    """The writer's send() calls of one message: each offered the rest."""
    at = 0
    for n in takes:
        rec.add(Send, offered=len(data) - at, sent=n, data=data[at : at + n])
        at += n
    assert at == len(data)


def code_lines(code: str) -> list[str]:
    """The script without comments (what runs)."""
    out = []
    for line in code.splitlines():
        stripped = line.split("  # ")[0].rstrip()
        if stripped and not stripped.lstrip().startswith("#"):
            out.append(stripped)
    return out


def literal_bytes(code: str) -> int:
    """The longest bytes literal (or hex text) in the script, in bytes."""
    tree = ast.parse(code)
    longest = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, bytes | str):
            longest = max(longest, len(node.value))
    return longest


# -- sending ----------------------------------------------------------------------------
def test_one_message_in_several_send_calls_is_one_sendall():
    rec = connected_client(5000)
    data = bytes(range(97, 123)) * 40  # 1040 bytes
    partial(rec, data, [300, 500, 240])
    rec.add(Close)
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert code.count("s.sendall(") == 1 and ".send(" not in code
    assert "took these 1040 bytes in 3 calls (300, 500, 240)" in said(code)
    sent = [ln for ln in code_lines(code) if ln.startswith("s.sendall(")]
    assert eval(sent[0][len("s.sendall(") : -1]) == data
    # every call as recorded: the program's own loop of non-blocking calls
    calls = generate("client", rec.events(), host=HOST, port=5000, style="calls")
    assert "n = s.send(view, socket.MSG_DONTWAIT)" in calls and "sendall(" not in calls
    assert "import select" in calls
    assert "send(1040 bytes) -> 300" in said(calls) and "send(740 bytes) -> 500" in said(calls)


def test_two_messages_are_two_sendalls_and_a_recv_between_splits_one():
    rec = connected_client(5000)
    rec.send(b"first")
    rec.send(b"second")
    rec.add(Send, offered=10, sent=4, data=b"abcd")  # part of a message ...
    rec.recv(b"reply")  # ... a recv() ...
    rec.add(Send, offered=6, sent=6, data=b"efghij")  # ... then its rest
    code = generate("client", rec.events(), host=HOST, port=5000)
    lines = code_lines(code)
    sends = [ln for ln in lines if "sendall(" in ln]
    assert sends == [
        "s.sendall(b'first')",
        "s.sendall(b'second')",
        "s.sendall(b'abcd')",
        "s.sendall(b'efghij')",
    ]
    assert lines.index("s.sendall(b'abcd')") < lines.index("received = bytearray()")
    assert "the rest follows below" in said(code)


def test_the_same_block_again_and_again_is_a_for_loop_and_notes_change_nothing():
    plain, noted = connected_client(5000), connected_client(5000)
    for rec in (plain, noted):
        for k in range(50):
            if rec is noted:
                rec.add(JobProgress, job="repeat", sent=k * 5, total=250)
                rec.add(WriterBlocked, waiting=True)
            rec.send(b"ping\n")
    codes = [generate("client", r.events(), host=HOST, port=5000) for r in (plain, noted)]
    assert codes[0] == codes[1]
    assert "block = b'ping\\n'\nfor _ in range(50):\n    s.sendall(block)" in codes[0]
    assert "time.sleep" not in codes[0]  # 0.5 ms apart: no pause on purpose


def test_a_repeat_job_fills_the_blocks_the_record_no_longer_holds():
    rec = connected_client(5000, Rec(byte_cap=64))
    for k in range(10):
        rec.add(JobProgress, job="repeat", sent=k * 20, total=200)
        rec.send(b"0123456789abcdefghij")
    assert any(isinstance(e, Send) and not e.kept for e in rec.events())
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "block = b'0123456789abcdefghij'\nfor _ in range(10):" in code
    assert "NOT THE ORIGINAL" not in code and "WARNING" not in code


def test_equal_pieces_of_one_text_are_a_loop_over_slices_with_the_pause():
    rec = connected_client(5000)
    text = b"The quick brown fox jumps over the lazy dog\n"
    for i in range(0, len(text), 5):
        rec.t += 20_000_000  # the trickle job's 20 ms
        rec.send(text[i : i + 5])
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert f"data = {text!r}\nfor i in range(0, len(data), 5):" in code
    assert "    s.sendall(data[i:i + 5])\n    time.sleep(0.02)" in code
    assert "import time" in code
    assert "44 bytes in 9 pieces of 5 bytes" in said(code)


def file_job(rec: Rec, path: str, data: bytes, sent: int | None = None) -> None:
    sent = len(data) if sent is None else sent
    rec.add(JobProgress, job="file", sent=0, total=len(data), path=path)
    for at in range(0, sent, 65536):
        block = data[at : min(at + 65536, sent)]
        partial(rec, block, [len(block) // 2, len(block) - len(block) // 2])
        rec.add(JobProgress, job="file", sent=at + len(block), total=len(data), path=path)
    rec.add(JobProgress, job="file", sent=sent, total=len(data), path=path, done=True)


def test_a_file_job_is_a_loop_over_the_file():
    rec = connected_client(5000)
    data = os.urandom(150_000)
    file_job(rec, "/tmp/a file.bin", data)
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert (
        "with open('/tmp/a file.bin', 'rb') as f:\n"
        "    while block := f.read(65536):\n"
        "        s.sendall(block)"
    ) in code
    assert literal_bytes(code) < 200 and len(code.splitlines()) < 40
    assert "The program sent 150000" in said(code)


def test_a_file_job_stopped_early_sends_as_many_bytes():
    rec = connected_client(5000)
    file_job(rec, "/tmp/f.bin", os.urandom(300_000), sent=131072)
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "    left = 131072\n    while left and (block := f.read(min(65536, left))):" in code
    assert "stopped after 131072 of the 300000 bytes" in said(code)


def test_large_bytes_without_a_pattern_are_cut_and_say_so():
    rec = connected_client(5000)
    rec.send(os.urandom(70_000))
    code = generate("client", rec.events(), host=HOST, port=5000)
    compile(code, "<gen>", "exec")
    assert literal_bytes(code) <= LITERAL_CAP * 2  # hex digits: two per byte
    assert len(code.splitlines()) < 60
    assert "+ b'\\x00' * 69744)" in code
    assert "the first 256 are written out, the other 69744 are left out" in said(code)
    assert "WARNING: 69744 of the bytes" in said(code)


# -- bytes as expressions ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expr"),
    [
        (b"x" * 70_000, "b'x' * 70000"),
        (bytes(range(256)) * 300, "bytes(range(256)) * 300"),
        (b"ab" * 40 + b"a", "b'ab' * 40 + b'a'"),
        (DEMO_LINES, "b''.join("),
    ],
)
def test_patterns_are_expressions_that_make_the_same_bytes(data, expr):
    d = data_expr(data)
    assert d.lines[0].startswith(expr) and d.elided == 0
    assert eval("\n".join(d.lines)) == data


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=40), st.integers(1, 400), st.binary(max_size=3000))
def test_every_expression_makes_its_bytes_or_says_what_it_left_out(unit, k, noise):
    for data in (unit * k, noise, unit * k + noise):
        d = data_expr(data)
        made = eval("\n".join(d.lines))
        assert len(made) == len(data)
        if d.elided:
            assert made[:256] == data[:256] and made[256:] == bytes(len(data) - 256)
        else:
            assert made == data
        assert d.elided == 0 or len(data) > LITERAL_CAP


def test_period_is_the_shortest_unit():
    assert period(b"abcabcab") == 3
    assert period(b"aaaa") == 1
    assert period(b"abcd") == 4


# -- receiving --------------------------------------------------------------------------
def test_bytes_then_the_peers_end_are_a_receive_loop_until_b_empty():
    rec = connected_client(5000)
    rec.send(b"GET / HTTP/1.0\r\n\r\n")
    rec.recv(*[b"x" * 4096] * 15, b"tail")
    rec.eof()
    code = generate("client", rec.events(), host=HOST, port=5000)
    body = "\n".join(code_lines(code))
    assert (
        "received = bytearray()\nwhile True:\n    data = s.recv(4096)\n"
        "    if not data:\n        break\n    received += data\n"
        "print('received', len(received), 'bytes')"
    ) in body
    assert body.count("s.recv(") == 1  # not one line per recorded call
    assert "16 recv(4096) calls (4096, 4096" in said(code)


def test_an_echo_is_the_echo_loop():
    rec = Rec("accepted")
    for chunk in (b"hello\n", b"echo me\n", b"bye\n"):
        rec.recv(chunk)
        rec.send(chunk)
    rec.eof()
    rec.add(Close)
    code = generate("accepted", rec.events(), host=HOST, port=0)
    assert (
        "while True:\n    data = conn.recv(4096)\n    if not data:\n        break\n"
        "    conn.sendall(data)"
    ) in "\n".join(code_lines(code))
    assert "received and sent back 18 bytes: 3 recv(), 3 send() calls" in said(code)
    calls = generate("accepted", rec.events(), host=HOST, port=0, style="calls")
    assert "conn.sendall(data)" not in calls and calls.count("conn.sendall(b") == 3


def test_what_is_not_an_echo_is_not_an_echo_loop():
    rec = Rec("accepted")
    rec.recv(b"hello\n")
    rec.send(b"HELLO\n")
    rec.eof()
    code = generate("accepted", rec.events(), host=HOST, port=0)
    assert "conn.sendall(data)" not in code and "conn.sendall(b'HELLO\\n')" in code


# -- the script as a whole -------------------------------------------------------------------
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("style", ["board", "calls"])
def test_nothing_before_the_socket_calls_and_only_comments_change_with_the_language(role, style):
    events = odd_log(role).events()
    listener = odd_log("listener").log.events
    en, zh = (
        generate(
            role, events, host=HOST, port=5000, listener_events=listener, lang=lang, style=style
        )
        for lang in ("en", "zh")
    )
    for code in (en, zh):
        compile(code, "<gen>", "exec")
        assert code.startswith("import socket\n")
        assert "def " not in code and "HOST" not in code
        first = code_lines(code)
        assert all(
            ln.startswith("import ")
            for ln in first[: first.index(next(ln for ln in first if not ln.startswith("import ")))]
        )
        assert re.search(r"^(s|srv) = socket\.socket\(", code, re.M)
    assert code_lines(en) == code_lines(zh)
    assert re.search("[\u4e00-\u9fff]", zh) and not re.search("[\u4e00-\u9fff]", en)
    assert "对端" in zh or role == "listener"


def test_chinese_comments_are_wrapped_by_width():
    text = "程序在这里用 5 次 recv(10) 调用收到了 43 个字节，TCP 传输的是字节流，不是消息" * 3
    lines = wrap(text, 40)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(
        sum(2 if "\u4e00" <= c <= "\u9fff" or c in "，" else 1 for c in ln) <= 40 for ln in lines
    )
    assert not any(ln.startswith("，") for ln in lines)


def test_every_kind_of_call_has_its_step_and_its_name():
    """A new kind of call event is one entry in STEPS and one in CALL_NAMES."""
    kinds = [
        cls
        for cls in vars(events_module).values()
        if isinstance(cls, type) and issubclass(cls, Call) and cls is not Call
    ]
    assert kinds
    for cls in kinds:
        assert cls in STEPS and cls in CALL_NAMES, cls.__name__


def test_unknown_language_or_style_is_rejected():
    with pytest.raises(ValueError, match="fr"):
        generate("client", [], host=HOST, port=1, lang="fr")
    with pytest.raises(ValueError, match="poster"):
        generate("client", [], host=HOST, port=1, style="poster")


def test_a_send_that_would_block_splits_no_message_and_is_no_step_on_the_board():
    rec = connected_client(5000)
    data = b"y" * 3001
    rec.add(Send, offered=len(data), sent=1000, data=data[:1000])
    rec.add(Send, offered=len(data) - 1000, errno="EAGAIN", message="would block")
    rec.add(Send, offered=len(data) - 1000, sent=len(data) - 1000, data=data[1000:])
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "s.sendall(b'y' * 3001)" in code and "try:" not in code
    calls = generate("client", rec.events(), host=HOST, port=5000, style="calls")
    assert "try:" in calls and "EAGAIN" in said(calls)  # every call as recorded


def test_recv_calls_split_by_would_block_waits_are_one_loop_on_the_board():
    """A non-blocking socket's reply in three recv() calls with would-block
    rows and select() waits between them (TLS: SSL_WANT_READ, a record not
    whole yet): the teacher's script, which blocks, receives it in one loop;
    the every-call script keeps each call."""
    from socket_playground.core.events import Recv, Select

    rec = connected_client(5000)
    rec.recv(b"hello ")
    rec.add(Recv, bufsize=4096, errno="SSL_WANT_READ", message="would block")
    rec.add(Select, write=False)
    rec.recv(b"wide ")
    rec.add(Recv, bufsize=4096, errno="EAGAIN", message="would block")
    rec.add(Select, write=False)
    rec.recv(b"world")
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert code.count("while len(received) < 16:") == 1 and code.count(".recv(") == 1
    assert "select" not in code and "try:" not in code
    calls = generate("client", rec.events(), host=HOST, port=5000, style="calls")
    assert calls.count("select.select(") == 2 and "SSL_WANT_READ" in said(calls)
