"""Every byte on disk: the spool files, their SHA-256, the cap, and the
capture store reading back what left memory."""

import hashlib
import os
import stat

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core.capture import CaptureStore
from socket_playground.core.spool import EMPTY_SHA256, Spool, SpoolWriter


def make(tmp_path, cap=None, name="s"):
    writer = SpoolWriter()
    return Spool(name, cap=cap, directory=tmp_path, writer=writer), writer


def test_bytes_hash_and_modes(tmp_path):
    sp, w = make(tmp_path)
    try:
        assert sp.sha256(0) == EMPTY_SHA256 == hashlib.sha256(b"").hexdigest()
        sp.append(0, [b"hello ", b"world"])
        sp.append(1, [b"x" * 70000])
        w.flush()
        assert sp.read(0, 0, 100) == b"hello world" and sp.read(0, 6, 3) == b"wor"
        assert sp.readable(0) == 11 and sp.readable(1) == 70000
        assert sp.sha256(0) == hashlib.sha256(b"hello world").hexdigest()
        assert sp.sha256(1) == hashlib.sha256(b"x" * 70000).hexdigest()
        assert sp.kept_limit(0) is None and sp.caught_up()
        for p in sp.paths:  # readable by the user only
            assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    finally:
        sp.close(remove=True)
        w.stop()
    assert not any(p.exists() for p in sp.paths)


def test_past_the_cap_bytes_are_hashed_not_kept(tmp_path):
    sp, w = make(tmp_path, cap=10)
    try:
        data = bytes(range(256)) * 3
        sp.append(0, [data[:7], data[7:200], data[200:]])
        w.flush()
        assert sp.readable(0) == 10 and sp.read(0, 0, 1000) == data[:10]
        assert sp.kept_limit(0) == 10 and sp.kept_limit(1) is None
        assert sp.sha256(0) == hashlib.sha256(data).hexdigest()  # every byte
        assert sp.hashed(0) == len(data)
    finally:
        sp.close()
        w.stop()


chunks = st.lists(
    st.tuples(st.integers(0, 1), st.binary(min_size=1, max_size=400)), min_size=1, max_size=50
)


@settings(max_examples=100, deadline=None)
@given(items=chunks, window=st.integers(16, 600))
def test_store_with_a_spool_retains_the_whole_stream(tmp_path_factory, items, window):
    tmp = tmp_path_factory.mktemp("spool")
    sp, w = make(tmp)
    try:
        store = CaptureStore(byte_cap=window, spool=sp)
        k = 0
        while k < len(items):  # runs of one direction, as the reader hands them over
            d = items[k][0]
            run = [items[k][1]]
            while k + len(run) < len(items) and items[k + len(run)][0] == d and len(run) < 3:
                run.append(items[k + len(run)][1])
            store.extend(d, list(range(len(run))), run, 4096)
            k += len(run)
            if k % 2 == 0:
                w.flush()  # the writer catches up: older bytes may leave memory
        w.flush()
        store.extend(0, [len(items)], [b"!"], 4096)  # a trim once all is on disk
        w.flush()
        stream = b"".join(data for _d, data in items) + b"!"
        assert store.base == 0 and store.first_kept == 0
        assert store.retained(0, len(stream)) == stream
        pos = 0
        for start, end, d in store.runs_in(0, len(stream)):
            assert start == pos and store.direction_at(start) == d
            pos = end
        assert pos == len(stream)
        for d in (0, 1):
            mine = b"".join(data for dd, data in items if dd == d) + (b"!" if d == 0 else b"")
            assert sp.sha256(d) == hashlib.sha256(mine).hexdigest()
    finally:
        sp.close()
        w.stop()


def test_a_batch_reaches_the_writer_as_one_item_in_order(tmp_path):
    sp, w = make(tmp_path)
    try:
        with sp.batch():
            for i in range(300):
                sp.append(i % 2, [bytes([i % 256]) * 10])
            assert w._q.qsize() == 0  # held back until the batch ends
            with sp.batch():  # nested: handed over with the outer one
                sp.append(0, [b"end"])
            assert w._q.qsize() == 0
        assert w._q.qsize() <= 1  # one item (or already taken by the writer)
        w.flush()
        want = [b"".join(bytes([i % 256]) * 10 for i in range(d, 300, 2)) for d in (0, 1)]
        assert sp.read(0, 0, 10**6) == want[0] + b"end"
        assert sp.read(1, 0, 10**6) == want[1]
        with sp.batch():  # a flush inside a batch writes what it holds first
            sp.append(1, [b"!"])
            w.flush()
            assert sp.read(1, 1500, 10) == b"!"
    finally:
        sp.close(remove=True)
        w.stop()
