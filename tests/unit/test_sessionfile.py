"""Session files: every event, chunk and kept byte read back as saved; damaged,
foreign, truncated and newer files refused with SessionFileError."""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import itertools
import os
import random
import sqlite3
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.record import ChunkRun, SocketLog
from socket_playground.core.sessionfile import (
    SessionFileError,
    SocketSource,
    open_session,
    save_session,
)
from socket_playground.core.sessionfile_schema import BLOCK_SIZE, SCHEMA_VERSION
from socket_playground.core.spool import Spool, SpoolWriter
from socket_playground.core.stored import load_log

T0 = 1_000_000_000

# -- building real logs -------------------------------------------------------------
addresses = st.one_of(
    st.none(),
    st.tuples(st.sampled_from(["127.0.0.1", "::1", "example.org"]), st.integers(0, 65535)),
    st.tuples(st.just("::1"), st.integers(0, 65535), st.integers(0, 9), st.integers(0, 9)),
)
texts = st.text(max_size=30)
I64 = st.integers(-(2**63), 2**63 - 1)
U64 = st.integers(0, 2**63 - 1)
errnos = st.sampled_from(["", "ECONNRESET", "EPIPE", "ECONNREFUSED"])
notes = st.one_of(
    st.builds(ev.SetOption, st.just(0), st.just(0), st.just(0), name=texts, value=I64,
              applied=st.none() | I64, errno=errnos),
    st.builds(ev.Bind, st.just(0), st.just(0), st.just(0), host=texts, port=st.integers(0, 65535),
              address=addresses, errno=errnos, message=texts),
    st.builds(ev.Connect, st.just(0), st.just(0), st.just(0), host=texts,
              timeout=st.none() | st.floats(0, 1e6), local=addresses, peer=addresses),
    st.builds(ev.Accept, st.just(0), st.just(0), st.just(0), peer=addresses, local=addresses),
    st.builds(ev.Send, st.just(0), st.just(0), st.just(0), offered=st.integers(0, 99),
              data=st.binary(max_size=20), errno=st.just("EPIPE"), message=texts),
    st.builds(ev.Recv, st.just(0), st.just(0), st.just(0), errno=st.just("ECONNRESET")),
    st.builds(ev.Shutdown, st.just(0), st.just(0), st.just(0), how=st.integers(0, 2),
              wake=st.booleans()),
    st.builds(ev.JobProgress, st.just(0), st.just(0), st.just(0), job=texts, sent=U64,
              total=U64, done=st.booleans(), path=texts),
    st.builds(ev.FileError, st.just(0), st.just(0), st.just(0), path=texts, errno=errnos),
    st.builds(ev.LoopFailed, st.just(0), st.just(0), st.just(0), thread=texts, message=texts),
    st.builds(ev.WriterBlocked, st.just(0), st.just(0), st.just(0), waiting=st.booleans()),
    st.builds(ev.Unsent, st.just(0), st.just(0), st.just(0), nbytes=U64),
    st.just(ev.CloseRequested(0, 0, 0)),
    st.builds(ev.ConnectStarted, st.just(0), st.just(0), st.just(0), host=texts),
    st.builds(ev.SocketCall, st.just(0), st.just(0), st.just(0)),
    st.builds(ev.Resolve, st.just(0), st.just(0), st.just(0), host=texts, address=texts),
    st.builds(ev.Listen, st.just(0), st.just(0), st.just(0), backlog=st.integers(0, 128)),
)  # fmt: skip
ops = st.one_of(
    st.tuples(st.just("recv"), st.lists(st.binary(min_size=1, max_size=300), min_size=1,
                                        max_size=4)),
    st.tuples(st.just("send"), st.binary(max_size=300)),
    st.tuples(st.just("note"), notes),
)  # fmt: skip


def make_events(plan: list, eof: bool = True, close: bool = True) -> list[ev.Event]:
    """Typed events with increasing seq and times from a plan of operations."""
    counter = itertools.count(1)
    out: list[ev.Event] = []
    for op, arg in plan:
        if op == "recv":
            seqs = [next(counter) for _ in arg]
            starts = [T0 + 10 * s for s in seqs]
            out.append(
                ev.run_of(4096, seqs, starts, [t + 3 for t in starts], list(arg), waited_ns=7)
            )
        elif op == "send":
            s = next(counter)
            out.append(
                ev.Send(s, T0 + 10 * s, T0 + 10 * s + 2, offered=len(arg) + 1, sent=len(arg),
                        data=arg, waited_ns=s)
            )  # fmt: skip
        else:
            s = next(counter)
            out.append(dataclasses.replace(arg, seq=s, t_start=T0 + 10 * s, t_end=T0 + 10 * s + 1))
    if eof:
        s = next(counter)
        out.append(ev.Recv(s, T0 + 10 * s, T0 + 10 * s + 1, data=b"", nbytes=0))
    if close:
        s = next(counter)
        out.append(ev.Close(s, T0 + 10 * s, T0 + 10 * s + 1))
    return out


class Made:
    """Real logs with real spools (each with its own writer) in a folder."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.writer = SpoolWriter()
        self.sources: list[SocketSource] = []
        self.spools: list[Spool] = []

    def add(self, role, events, cap=None, window=64, spool=True, parent=None, **kw):
        n = len(self.sources) + 1
        sp = Spool(f"s{n}", cap=cap, directory=self.folder, writer=self.writer) if spool else None
        if sp is not None:
            self.spools.append(sp)
        log = SocketLog(role, t0_ns=T0, byte_cap=window, spool=sp)
        log.add(events)
        self.writer.flush()
        src = SocketSource(
            id=n,
            role=role,
            host=kw.get("host", "127.0.0.1"),
            port=kw.get("port", 5000),
            local_addr=kw.get("local", ("127.0.0.1", 40000 + n)),
            peer_addr=kw.get("peer", ("127.0.0.1", 5000)),
            parent_id=parent,
            t0_ns=T0,
            log=log,
            spool=sp,
        )
        self.sources.append(src)
        return src

    def save(self, name="s.sps"):
        path = self.folder / name
        save_session(path, self.sources, "9.9.9")
        return path

    def close(self):
        for sp in self.spools:
            sp.close()
        self.writer.stop()


@pytest.fixture
def made(tmp_path):
    m = Made(tmp_path)
    yield m
    m.close()


def stream(events, direction) -> bytes:
    """Every byte of one direction, from the events."""
    parts = []
    for e in events:
        if direction == 0 and isinstance(e, ev.RecvRun):
            parts += e.datas
        elif direction == 1 and isinstance(e, ev.Send) and not e.errno:
            parts.append(e.data)
    return b"".join(parts)


def expected_ordered(src: SocketSource, streams: list[bytes], kept: list[int]):
    """SocketLog.ordered(), with each chunk's bytes as the file keeps them."""
    own = {id(e) for e in src.log.events}
    store, out = src.log.store, []
    chunk_of = {store.seq[i]: i for i in range(len(store))}
    for e in src.log.ordered():
        if id(e) not in own:
            i = chunk_of[e.seq]
            d, off, size = store.direction[i], store.offset[i], store.size[i]
            whole = size == 0 or off + size <= kept[d]
            data = streams[d][off : off + size] if whole else b""
            e = dataclasses.replace(e, data=data, kept=whole)
        out.append(e)
    return out


def check_socket(sf, src: SocketSource, events) -> None:
    info = sf.socket(src.id)
    store = src.log.store
    streams = [stream(events, 0), stream(events, 1)]
    cap = src.spool.cap if src.spool is not None else None
    kept = [len(s) if cap is None else min(cap, len(s)) for s in streams]
    assert (info.role, info.host, info.port, info.parent_id) == (
        src.role,
        src.host,
        src.port,
        src.parent_id,
    )
    assert (info.local_addr, info.peer_addr, info.t0_ns) == (src.local_addr, src.peer_addr, T0)
    assert (info.bytes_in, info.bytes_out) == (len(streams[0]), len(streams[1]))
    assert (info.calls_in, info.calls_out) == tuple(store.calls)
    assert (info.kept_in, info.kept_out) == tuple(kept)  # past the cap: absent, and said so
    assert info.sha256_in == hashlib.sha256(streams[0]).hexdigest()
    assert info.sha256_out == hashlib.sha256(streams[1]).hexdigest()
    assert sf.events(src.id) == src.log.events
    assert sf.chunk_count(src.id) == len(store)
    chunks = list(sf.iter_chunks(src.id))
    assert chunks == sf.chunks(src.id, 0, len(store) + 5)
    for i, ch in enumerate(chunks):
        assert (ch.index, ch.seq, ch.direction, ch.t_start, ch.t_end) == (
            i,
            store.seq[i],
            store.direction[i],
            store.t_start_ns[i],
            store.t_end_ns[i],
        )
        assert (ch.asked, ch.size, ch.offset, ch.waited_ns) == (
            store.asked[i],
            store.size[i],
            store.offset[i],
            store.waited_ns[i],
        )
    for d in (0, 1):
        assert sf.read(src.id, d, 0, len(streams[d]) + 10) == streams[d][: kept[d]]
    assert list(sf.ordered(src.id)) == expected_ordered(src, streams, kept)
    check_loaded(sf, src)


def merged_runs(items):
    """Consecutive runs of one direction and size asked as one (the timeline's grouping)."""
    out = []
    for it in items:
        if isinstance(it, ChunkRun):
            last = out[-1] if out else None
            if isinstance(last, list) and last[:2] == [it.direction, it.asked]:
                last[3] += it.calls
                last[4] += it.nbytes
                last[5] += it.blocked_ns
            else:
                out.append([it.direction, it.asked, it.t_start, it.calls, it.nbytes, it.blocked_ns])
        else:
            out.append(it)
    return out


def check_loaded(sf, src: SocketSource) -> None:
    """The saved socket opened lazily (core/stored.load_log) reads as the live one."""
    log, store = load_log(sf, src.id), src.log.store
    got = log.store
    assert len(got) == len(store) and got.total == store.total and got.calls == store.calls
    cols = ("seq", "direction", "t_start_ns", "t_end_ns", "asked", "size", "offset", "waited_ns")
    for i in reversed(range(len(store))):
        assert [getattr(got, c)[i] for c in cols] == [getattr(store, c)[i] for c in cols]
    assert list(log.ordered(with_bytes=False)) == list(src.log.ordered(with_bytes=False))
    assert (log.partial_sends, log.last_seq) == (src.log.partial_sends, src.log.last_seq)
    live = list(src.log.events)
    own = {e.seq for e in live}
    chunks = [
        ChunkRun(store.seq[i], store.direction[i], store.asked[i], store.t_start_ns[i], 1,
                 store.size[i], store.waited_ns[i])
        for i in range(len(store))
        if store.seq[i] not in own
    ]  # fmt: skip
    expected = list(heapq.merge(live, chunks, key=lambda e: e.seq))
    assert merged_runs(log.ordered_runs()) == merged_runs(expected)


# -- round trips ----------------------------------------------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plans=st.lists(st.lists(ops, max_size=25), min_size=1, max_size=3),
    cap=st.none() | st.integers(0, 400),
    window=st.integers(8, 500),
    reads=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 900), st.integers(0, 900))),
)
def test_round_trip(tmp_path_factory, plans, cap, window, reads):
    m = Made(tmp_path_factory.mktemp("rt"))
    try:
        all_events = []
        for k, plan in enumerate(plans):
            events = make_events(plan, eof=k % 2 == 0)
            all_events.append(events)
            role = "accepted" if k else "client"
            m.add(role, events, cap=cap, window=window, parent=1 if k else None)
        path = m.save()
        with open_session(path) as sf:
            assert [s.id for s in sf.sockets] == [s.id for s in m.sources]
            assert sf.meta["app_version"] == "9.9.9"
            assert sf.meta["schema_version"] == str(SCHEMA_VERSION)
            for src, events in zip(m.sources, all_events, strict=True):
                check_socket(sf, src, events)
            events = all_events[0]
            for d, off, n in reads:
                s = stream(events, d)
                limit = len(s) if cap is None else min(cap, len(s))
                assert sf.read(1, d, off, n) == s[:limit][off : off + n]
    finally:
        m.close()


def test_blocks_across_1_mib_and_the_cap(made):
    rng = random.Random(5)
    blob = rng.randbytes(2 * BLOCK_SIZE + 12345)
    sends = [blob[i : i + 70000] for i in range(0, len(blob), 70000)]
    recvs = [rng.randbytes(rng.randint(1, 65536)) for _ in range(60)]
    plan = [("send", s) for s in sends] + [("recv", recvs[i : i + 3]) for i in range(0, 60, 3)]
    cap = BLOCK_SIZE + BLOCK_SIZE // 2
    events = make_events(plan)
    src = made.add("client", events, cap=cap, window=1 << 16)
    path = made.save()
    with open_session(path) as sf:
        check_socket(sf, src, events)
        assert sf.socket(1).kept_out == cap and sf.socket(1).bytes_out == len(blob)
        for off in (0, BLOCK_SIZE - 3, BLOCK_SIZE, cap - 10, cap, cap + 5):
            assert sf.read(1, 1, off, 100) == blob[:cap][off : off + 100]
        assert sf.read(1, 1, BLOCK_SIZE - 5, BLOCK_SIZE) == blob[BLOCK_SIZE - 5 : cap]


def test_without_a_spool_the_bytes_in_memory_are_kept(made):
    events = make_events([("send", b"abc"), ("recv", [b"de", b"f"])])
    src = made.add("client", events, spool=False, window=1 << 20)
    with open_session(made.save()) as sf:
        assert sf.read(1, 0, 0, 10) == b"def" and sf.read(1, 1, 0, 10) == b"abc"
        assert sf.socket(1).sha256_in == hashlib.sha256(b"def").hexdigest()
        assert sf.socket(1).cap is None
        assert list(sf.ordered(1)) == list(src.log.ordered())


def test_file_mode_atomic_replace_and_no_leftovers(made):
    made.add("listener", make_events([("note", ev.Listen(0, 0, 0, backlog=5))]))
    path = made.folder / "s.sps"
    path.write_bytes(b"an older file")
    os.chmod(path, 0o644)
    made.save()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in made.folder.iterdir() if p.name.startswith(".")]
    with open_session(path) as sf:
        assert [s.role for s in sf.sockets] == ["listener"]
        assert sf.chunk_count(1) == 1  # the b'' of the recv() at the end


def test_values_a_file_cannot_hold_are_refused_when_saving(made):
    made.add("client", [ev.SetOption(1, 2, 3, name="SO_X", value=2**64)])
    with pytest.raises(ValueError):
        made.save()
    assert not list(made.folder.glob("*.sps")) and not list(made.folder.glob(".*"))


def test_unknown_socket_and_bad_arguments(made):
    made.add("client", make_events([]))
    with open_session(made.save()) as sf:
        for bad in (0, 2, -1, "1"):
            with pytest.raises(SessionFileError) as e:
                sf.events(bad)
            assert e.value.code == "no-socket"
        with pytest.raises(ValueError):
            sf.read(1, 2, 0, 1)
    with pytest.raises(SessionFileError):
        sf.events(1)  # closed


# -- files that are not what they claim ------------------------------------------------
def read_everything(path) -> None:
    with open_session(path) as sf:
        for s in sf.sockets:
            list(sf.ordered(s.id))
            for d in (0, 1):
                sf.read(s.id, d, 0, 1 << 30)


@pytest.fixture
def real_file(made):
    rng = random.Random(3)
    plan = [("send", rng.randbytes(3000)), ("recv", [rng.randbytes(200_000)] * 2)]
    plan += [("note", ev.LoopFailed(0, 0, 0, thread="t", message="m"))] * 3
    made.add("client", make_events(plan))
    made.add("accepted", make_events(plan[::-1]), parent=1)
    return made.save()


def code_of(path) -> str:
    with pytest.raises(SessionFileError) as e:
        read_everything(path)
    msg = str(e.value)
    assert "\n" not in msg and msg
    return e.value.code


def test_missing_directory_text_and_random_files(tmp_path):
    assert code_of(tmp_path / "nope.sps") == "missing"
    assert code_of(tmp_path) == "unreadable"
    (tmp_path / "t.sps").write_text("hello, I am a text file\n" * 20)
    assert code_of(tmp_path / "t.sps") == "not-sqlite"
    (tmp_path / "e.sps").write_bytes(b"")
    assert code_of(tmp_path / "e.sps") == "not-sqlite"
    (tmp_path / "r.sps").write_bytes(random.Random(1).randbytes(10000))
    assert code_of(tmp_path / "r.sps") == "not-sqlite"
    (tmp_path / "h.sps").write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(9000))
    assert code_of(tmp_path / "h.sps") in ("corrupt", "truncated", "foreign")


def test_foreign_sqlite_files(tmp_path):
    path = tmp_path / "f.sps"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('x')")
    conn.close()
    assert code_of(path) == "foreign"


def test_truncated_files(real_file):
    data = real_file.read_bytes()
    for n in (1, 50, 99, 100, 4096, len(data) // 3, len(data) // 2, len(data) - 1):
        real_file.write_bytes(data[:n])
        assert code_of(real_file) == "truncated", n


def test_newer_version(real_file):
    conn = sqlite3.connect(real_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert code_of(real_file) == "newer"


@pytest.mark.parametrize(
    ("sql", "code"),
    [
        ("PRAGMA application_id = 7", "foreign"),
        ("PRAGMA user_version = 0", "foreign"),
        ("DROP TABLE blocks", "foreign"),
        ("CREATE VIEW v AS SELECT 1", "foreign"),
        ("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END", "foreign"),
        ("ALTER TABLE chunks ADD COLUMN extra INTEGER", "foreign"),
        ("UPDATE meta SET value = 'Other' WHERE name = 'app'", "corrupt"),
        ("UPDATE sockets SET role = 'robot'", "corrupt"),
        ("UPDATE sockets SET port = 70000", "corrupt"),
        ("UPDATE sockets SET kept_in = bytes_in + 1", "corrupt"),
        ("UPDATE sockets SET local_addr = '{\"a\": 1}'", "corrupt"),
        ("UPDATE sockets SET sha256_in = 'xyz'", "corrupt"),
        ("UPDATE sockets SET parent_id = 99", "corrupt"),
        ("UPDATE sockets SET host = zeroblob(10000)", "corrupt"),
        ("UPDATE events SET kind = '__import__'", "corrupt"),
        ("UPDATE events SET kind = 'RecvRun'", "corrupt"),
        ("UPDATE events SET fields = '{\"thread\": 1}'", "corrupt"),
        ('UPDATE events SET fields = \'{"evil": "x"}\'', "corrupt"),
        ("UPDATE events SET fields = '[1, 2]'", "corrupt"),
        ("UPDATE events SET fields = 'not json'", "corrupt"),
        ("UPDATE events SET fields = printf('%.*c', 9000000, '[')", "corrupt"),
        ("UPDATE events SET fields = printf('[%.*c', 100000, '[')", "corrupt"),
        ("UPDATE events SET fields = '{\"thread\": NaN}'", "corrupt"),
        ("UPDATE events SET seq = 'one'", "corrupt"),
        ("UPDATE events SET fields = CAST(x'80ff' AS TEXT)", "corrupt"),
        ("UPDATE chunks SET size = -1", "corrupt"),
        ("UPDATE chunks SET direction = 2", "corrupt"),
        ("UPDATE chunks SET stream_offset = 1 << 40", "corrupt"),
        ("DELETE FROM chunks WHERE idx = 0", "corrupt"),
        ("UPDATE blocks SET data = x'00'", "corrupt"),
        ("UPDATE blocks SET data = 'text'", "corrupt"),
        ("DELETE FROM blocks", "corrupt"),
    ],
)
def test_tampered_files(real_file, sql, code):
    conn = sqlite3.connect(real_file)
    conn.execute(sql)
    conn.commit()
    conn.close()
    assert code_of(real_file) == code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=64)), min_size=1))
def test_damage_anywhere_is_a_session_file_error_or_data(tmp_path_factory, hits):
    m = Made(tmp_path_factory.mktemp("dmg"))
    try:
        m.add("client", make_events([("send", b"x" * 5000), ("recv", [b"y" * 70000])]))
        path = m.save()
    finally:
        m.close()
    data = bytearray(path.read_bytes())
    for where, junk in hits:
        pos = int(where * (len(data) - len(junk)))
        data[pos : pos + len(junk)] = junk
    path.write_bytes(bytes(data))
    try:
        read_everything(path)
    except SessionFileError as e:
        assert e.code in ("corrupt", "foreign", "not-sqlite", "truncated", "newer")
