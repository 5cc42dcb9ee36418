"""Fuzzing the session-file reader: random files, damaged bytes, and values
changed inside a real file's tables. Opening, reading every event, chunk and
byte, and rebuilding each socket's log (what a window does) either works or
raises SessionFileError with a documented code and one line of text; never
anything else."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, event, example, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from socket_playground.core import events as ev
from socket_playground.core.sessionfile import SessionFileError, open_session
from socket_playground.core.sessionfile_schema import ERROR_CODES, SQLITE_MAGIC, TABLES
from socket_playground.core.stored import load_log

from .conftest import budget
from .test_sessionfile import Made, make_events

# the module's file (and the tmp_path of a few tests) is the same for every case
ONE_FILE = (HealthCheck.function_scoped_fixture,)


class Good(NamedTuple):
    data: bytes
    path: Path
    used: list[int]  # offsets of the bytes that are not zero (free pages are)

    def __repr__(self) -> str:  # not the file's bytes in a failure's report
        return f"Good({len(self.data)} bytes)"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Good:
    """A real session file (two sockets, notes, both directions, a cap) as
    bytes, and a scratch path to write damaged copies to."""
    folder = tmp_path_factory.mktemp("fuzz-sps")
    m = Made(folder)
    try:
        plan = [
            ("send", b"hello\n" * 40),
            ("recv", [b"\x00\x05world", b"x" * 300]),
            ("note", ev.LoopFailed(0, 0, 0, thread="t", message="m")),
            ("note", ev.Bind(0, 0, 0, host="h", port=1, address=("127.0.0.1", 1))),
            ("recv", [b"y" * 50]),
        ]
        m.add("client", make_events(plan))
        m.add("accepted", make_events(plan[::-1]), cap=100, parent=1)
        path = m.save()
    finally:
        m.close()
    data = path.read_bytes()
    return Good(data, folder / "damaged.sps", [i for i, b in enumerate(data) if b])


def read_all(path: Path) -> None:
    """Everything a window and an export read of a session file."""
    with open_session(path) as sf:
        for s in sf.sockets:
            list(sf.ordered(s.id))
            for d in (0, 1):
                sf.read(s.id, d, 0, 1 << 30)
            log = load_log(sf, s.id)
            store = log.store
            for i in range(len(store)):  # rows are read (and checked) when shown
                store.size[i], store.offset[i], store.seq[i], store.t_start_ns[i]
            store.retained(0, store.combined_total)
            log.state  # noqa: B018  # the state machine ran over the events
            list(log.ordered())


def note(what: str) -> None:
    """Count an outcome in hypothesis's statistics (only inside a @given test)."""
    with contextlib.suppress(InvalidArgument):
        event(what)


def outcome(data: bytes, path: Path) -> str:
    """ "ok", or the SessionFileError code; any other exception fails. (The
    outcomes are counted: pytest --hypothesis-show-statistics.)"""
    path.write_bytes(data)
    try:
        read_all(path)
    except SessionFileError as e:
        assert e.code in ERROR_CODES
        text = str(e)
        assert text and "\n" not in text
        note(e.code)
        return e.code
    note("ok")
    return "ok"


def test_the_good_file_reads(good):
    assert outcome(good.data, good.path) == "ok"


@budget(100, ONE_FILE)
@given(st.binary(max_size=600), st.booleans())
@example(SQLITE_MAGIC[:5], False)
@example(b"", False)
def test_random_files(good, junk, magic):
    path = good.path
    if magic:
        junk = SQLITE_MAGIC + junk
    assert outcome(junk, path) != "ok"


@budget(150, ONE_FILE)
@given(
    hits=st.lists(
        st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=16)), min_size=1, max_size=4
    ),
    cut=st.none() | st.floats(0.01, 1),
)
def test_damaged_bytes(good, hits, cut):
    data, path, used = good
    damaged = bytearray(data)
    for where, junk in hits:  # where something is written
        pos = min(used[int(where * (len(used) - 1))], len(damaged) - len(junk))
        damaged[pos : pos + len(junk)] = junk
    if cut is not None:
        del damaged[int(cut * len(damaged)) :]
    outcome(bytes(damaged), path)


# -- values changed inside the tables -------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
sql_values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from([-1, 0, 1, 2, 2**31, 2**32, 2**62, 2**63 - 1, -(2**63)]),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.binary(max_size=12),
    json_values.map(json.dumps),
    st.sampled_from(["client", "accepted", "listener", "RecvRun", "Send", "[]", "{}", "x" * 5000]),
)
COLUMNS = [(t, c) for t, cols in TABLES.items() for c in cols]


@st.composite
def field_edits(draw):
    """An events row's fields JSON with one field set to any JSON value,
    one dropped, or one added."""
    name = draw(st.sampled_from(["message", "errno", "host", "port", "address", "data", "how",
                                 "peer", "sent", "wake", "nbytes", "bogus"]))  # fmt: skip
    return draw(st.sampled_from(["set", "drop"])), name, draw(json_values)


edits = st.one_of(
    st.tuples(st.just("update"), st.sampled_from(COLUMNS), st.integers(0, 20), sql_values),
    st.tuples(st.just("delete"), st.sampled_from(list(TABLES)), st.integers(0, 20)),
    st.tuples(st.just("copy"), st.sampled_from(list(TABLES)), st.integers(0, 20)),
    st.tuples(st.just("fields"), st.integers(0, 20), field_edits()),
    st.tuples(st.just("pragma"), st.sampled_from(["user_version", "application_id"]),
              st.integers(-(2**31), 2**31 - 1)),
)  # fmt: skip


def key_of(conn: sqlite3.Connection, table: str) -> str:
    """The table's primary key columns, comma-separated (some tables have no rowid)."""
    cols = [(r[5], r[1]) for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
    return ", ".join(name for _pk, name in sorted(cols))


def apply_edit(conn: sqlite3.Connection, edit: tuple) -> None:
    op = edit[0]
    if op in ("update", "delete", "copy"):
        table = edit[1][0] if op == "update" else edit[1]
        key = key_of(conn, table)
        row = f"({key}) = (SELECT {key} FROM {table} ORDER BY {key} LIMIT 1 OFFSET ?)"
        if op == "update":
            (_table, column), k, value = edit[1:]
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {row}", (value, edit[2]))
        elif op == "delete":
            conn.execute(f"DELETE FROM {table} WHERE {row}", (edit[2],))
        else:  # a row again, its first key column moved on (where NOT NULL or keys allow)
            cols = TABLES[table]
            first = key.split(", ")[0]
            values = ", ".join(f"{c} + 1" if c == first else c for c in cols)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {values} FROM {table} WHERE {row}",
                (edit[2],),
            )
    elif op == "fields":
        k, (how, name, value) = edit[1:]
        got = conn.execute(
            "SELECT socket, idx, fields FROM events ORDER BY socket, idx LIMIT 1 OFFSET ?", (k,)
        ).fetchone()
        if got is None:
            return
        try:
            fields = json.loads(got[2])
        except (TypeError, ValueError):
            return  # an earlier edit made it no JSON text
        if type(fields) is not dict:
            return
        if how == "set":
            fields[name] = value
        else:
            fields.pop(name, None)
        conn.execute(
            "UPDATE events SET fields = ? WHERE socket = ? AND idx = ?",
            (json.dumps(fields), got[0], got[1]),
        )
    else:
        conn.execute(f"PRAGMA {edit[1]} = {int(edit[2])}")


@budget(300, ONE_FILE)
@given(st.lists(edits, min_size=1, max_size=3))
@example([("update", ("sockets", "kept_in"), 0, 2**62)])
@example([("update", ("chunks", "size"), 0, -1)])
@example([("fields", 0, ("set", "port", 2**70))])
@example([("update", ("events", "kind"), 0, "RecvRun")])
@example([("update", ("meta", "value"), 0, None)])
@example([("update", ("events", "fields"), 0, 0), ("fields", 0, ("drop", "host", None))])
def test_changed_values(good, edits):
    data, path, _used = good
    path.write_bytes(data)
    conn = sqlite3.connect(path)
    try:
        for edit in edits:
            # a unique key or NOT NULL may refuse it: the file stays as it was
            with contextlib.suppress(sqlite3.IntegrityError):
                apply_edit(conn, edit)
        conn.commit()
    finally:
        conn.close()
    changed = path.read_bytes()
    outcome(changed, path)
