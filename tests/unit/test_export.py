"""Exports from a session file, each format checked against the data; the
``socket-playground export`` command and its one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.codegen import generate
from socket_playground.core.export import (
    CSV_COLUMNS,
    ExportError,
    escape_text,
    export,
    list_lines,
)
from socket_playground.core.sessionfile import SessionFileError, open_session
from socket_playground.core.sessionfile_codec import decode
from socket_playground.main import main

from .test_sessionfile import Made, make_events, stream

APP_DIR = Path(__file__).resolve().parents[2] / "app"


def unescape(lines: list[str]) -> bytes:
    text = "".join(lines)
    out = bytearray()
    for m in re.finditer(r"\\x([0-9a-f]{2})|\\(.)|(.)", text, re.S):
        if m.group(1):
            out.append(int(m.group(1), 16))
        elif m.group(2):
            out += {"n": b"\n", "r": b"\r", "t": b"\t", "\\": b"\\"}[m.group(2)]
        else:
            out += m.group(3).encode("latin-1")
    return bytes(out)


@given(st.binary(max_size=500))
def test_escaped_text_is_printable_and_exact(data):
    lines = escape_text(data)
    assert all(re.fullmatch(r"[\x20-\x7e]*", line) for line in lines)
    assert unescape(lines) == data


@pytest.fixture
def session(tmp_path):
    m = Made(tmp_path)
    lst = make_events([("note", ev.Listen(0, 0, 0, backlog=5))], eof=False)
    cli = make_events(
        [("note", ev.Connect(0, 0, 0, host="127.0.0.1", port=5000)), ("send", b"GET /\r\n\\"),
         ("recv", [b"HTTP 200\n", b"\x00\xffbody"]), ("send", b"x" * 300)]
    )  # fmt: skip
    acc = make_events([("recv", [b"GET /\r\n\\"]), ("send", b"HTTP 200\n\x00\xffbody")])
    m.add("listener", lst, local=("127.0.0.1", 5000), peer=None)
    m.add("client", cli, cap=100)  # the last send goes past the cap
    m.add("accepted", acc, parent=1, port=0, peer=("127.0.0.1", 40002))
    path = m.save()
    sf = open_session(path)
    yield m, sf, path, [lst, cli, acc]
    sf.close()
    m.close()


def out_of(sf, sid, fmt) -> bytes:
    buf = io.BytesIO()
    export(sf, sid, fmt, buf)
    return buf.getvalue()


def test_raw(session, tmp_path):
    _m, sf, _p, evs = session
    assert out_of(sf, 2, "raw-out") == stream(evs[1], 1)[:100]  # as kept: the cap
    assert out_of(sf, 2, "raw-in") == stream(evs[1], 0)
    assert out_of(sf, 3, "raw-in") == b"GET /\r\n\\"
    export(sf, 3, "raw-out", tmp_path / "out.bin")  # a path: written whole
    assert (tmp_path / "out.bin").read_bytes() == b"HTTP 200\n\x00\xffbody"
    assert not list(tmp_path.glob(".*part"))


def parse_text(text: str):
    """(header, body bytes) per chunk of a transcript."""
    out, head, body = [], None, []
    for line in text.splitlines():
        if line.startswith("[+"):
            if head is not None:
                out.append((head, unescape(body)))
            head, body = line, []
        elif line.startswith("  ") and head is not None:
            body.append(line[2:])
    if head is not None:
        out.append((head, unescape(body)))
    return out


def test_text(session):
    _m, sf, _p, _evs = session
    text = out_of(sf, 2, "text").decode()
    assert text.startswith("# socket 2 (client)")
    chunks = list(sf.iter_chunks(2))
    parsed = parse_text(text)
    assert len(parsed) == len(chunks)
    for (head, body), ch in zip(parsed, chunks, strict=True):
        mark = ">>> send" if ch.direction else "<<< recv"
        assert f"{mark} {ch.size} bytes (seq {ch.seq})" in head
        assert re.match(r"\[\+\d+\.\d{6} s\]", head)
        if ch.offset + ch.size <= sf.socket(2).kept(ch.direction):
            assert body == sf.read(2, ch.direction, ch.offset, ch.size)
        else:
            assert body == b"" and "not kept" in head
    assert parsed[-1][0].endswith("end of stream")
    whole = out_of(sf, None, "text").decode()
    heads = [h for h, _b in parse_text(whole)]
    seqs = [int(re.search(r"seq (\d+)", h).group(1)) for h in heads]
    assert seqs == sorted(seqs) and len(heads) == sum(sf.chunk_count(s.id) for s in sf.sockets)
    assert all(re.search(r"socket \d ", h) for h in heads)


def test_jsonl(session):
    _m, sf, _p, _evs = session
    lines = out_of(sf, 2, "jsonl").decode().splitlines()
    ordered = list(sf.ordered(2))
    assert len(lines) == len(ordered)
    for line, want in zip(lines, ordered, strict=True):
        obj = json.loads(line)
        assert set(obj) == {"seq", "t_start", "t_end", "kind", "fields"}
        got = decode(
            obj["kind"], obj["seq"], obj["t_start"], obj["t_end"], json.dumps(obj["fields"])
        )
        assert got == want
    whole = [json.loads(x) for x in out_of(sf, None, "jsonl").decode().splitlines()]
    assert len(whole) == sum(len(list(sf.ordered(s.id))) for s in sf.sockets)
    assert [(o["seq"], o["socket"]) for o in whole] == sorted(
        (o["seq"], o["socket"]) for o in whole
    )


def test_csv(session):
    _m, sf, _p, _evs = session
    rows = list(csv.reader(io.StringIO(out_of(sf, 3, "csv").decode())))
    assert tuple(rows[0]) == CSV_COLUMNS
    chunks = list(sf.iter_chunks(3))
    assert len(rows) - 1 == len(chunks)
    for row, ch in zip(rows[1:], chunks, strict=True):
        d = "out" if ch.direction else "in"
        call = "send" if ch.direction else "recv"
        values = (ch.index, ch.seq, d, call, ch.asked, ch.size, ch.offset, ch.t_start, ch.t_end)
        assert row == [*map(str, values), str(ch.waited_ns)]
    whole = list(csv.reader(io.StringIO(out_of(sf, None, "csv").decode())))
    assert whole[0][0] == "socket"
    assert len(whole) - 1 == sum(sf.chunk_count(s.id) for s in sf.sockets)


def test_python(session):
    _m, sf, _p, _evs = session
    for sid in (1, 2, 3):
        compile(out_of(sf, sid, "python").decode(), f"socket_{sid}.py", "exec")
    want = generate(
        "accepted", sf.ordered(3), host="127.0.0.1", port=5000, listener_events=sf.events(1)
    )
    assert out_of(sf, 3, "python").decode() == want
    assert out_of(sf, 2, "python").decode() == generate(
        "client", sf.ordered(2), host="127.0.0.1", port=5000
    )


def test_list_lines(session):
    _m, sf, _p, _evs = session
    assert list_lines(sf) == [
        "1\tlistener\t127.0.0.1:5000\t-\t0\t0\tclosed",
        "2\tclient\t127.0.0.1:40002\t127.0.0.1:5000\t15\t308\tclosed",
        "3\taccepted\t127.0.0.1:40003\t127.0.0.1:40002\t8\t15\tclosed",
    ]


def test_export_errors(session, tmp_path):
    _m, sf, _p, _evs = session
    for fmt in ("raw-in", "raw-out", "python"):
        with pytest.raises(ExportError):
            export(sf, None, fmt, io.BytesIO())
    with pytest.raises(ExportError):
        export(sf, 1, "pcap", io.BytesIO())
    with pytest.raises(SessionFileError) as e:
        export(sf, 9, "text", io.BytesIO())
    assert e.value.code == "no-socket"
    with pytest.raises(OSError):
        export(sf, 1, "text", tmp_path / "no" / "such" / "folder.txt")


# -- the command line ---------------------------------------------------------------
def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("socket-playground: "), err
    return err


def test_cli_export_and_list(session, tmp_path, capsysbinary):
    _m, sf, path, _evs = session
    assert main(["export", str(path), "--list"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert out.splitlines() == list_lines(sf)
    assert main(["export", str(path), "--socket", "3", "--format", "raw-in", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out == b"GET /\r\n\\"
    target = tmp_path / "t.jsonl"
    assert main(["export", str(path), "--format", "jsonl", "-o", str(target)]) == 0
    assert target.read_bytes() == out_of(sf, None, "jsonl")


@pytest.mark.parametrize(
    "args",
    [
        ["{missing}", "--list"],
        ["{bad}", "--list"],
        ["{file}", "--socket", "7", "--format", "text", "-o", "-"],
        ["{file}", "--socket", "x", "--format", "text", "-o", "-"],
        ["{file}", "--format", "pcap", "-o", "-"],
        ["{file}", "--format", "raw-in", "-o", "-"],
        ["{file}", "--format", "text"],
        ["{file}", "--list", "--format", "text"],
        ["{file}", "--socket", "1", "--format", "text", "-o", "{nowhere}"],
        ["--bogus"],
        [],
    ],
)
def test_cli_errors_are_one_line_and_status_2(session, tmp_path, capsys, args):
    _m, _sf, path, _evs = session
    bad = tmp_path / "bad.sps"
    bad.write_text("not a session\n")
    names = {
        "{missing}": str(tmp_path / "missing.sps"),
        "{bad}": str(bad),
        "{file}": str(path),
        "{nowhere}": str(tmp_path / "no" / "dir" / "x.txt"),
    }
    assert main(["export", *(names.get(a, a) for a in args)]) == 2
    one_error_line(capsys)


def test_cli_export_needs_no_display_and_no_gui_modules(session, tmp_path):
    _m, _sf, path, _evs = session
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(APP_DIR)
    code = (
        "import sys\n"
        "from socket_playground.main import main\n"
        "rc = main(['export', sys.argv[1], '--list'])\n"
        "gui = [m for m in sys.modules if m.startswith(('PySide6.QtGui', 'PySide6.QtWidgets'))]\n"
        "assert not gui, gui\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3
