"""Find in bytes: slices, chunk boundaries, bytes on disk, a growing capture."""

import pytest

from socket_playground.core.byte_search import ByteSearch
from socket_playground.core.capture import CaptureStore
from socket_playground.core.spool import Spool, SpoolWriter


def store_of(*chunks):
    s = CaptureStore()
    for d, data in chunks:
        s.append(d, data, 0)
    return s


def test_matches_across_chunk_boundaries_of_one_direction():
    s = store_of((0, b"xxHE"), (0, b"L"), (0, b"LOyyHELLO"), (1, b"HELLO"))
    search = ByteSearch(s, b"HELLO")
    search.run()
    assert list(search.matches) == [2, 9, 14]
    assert search.count == 3 and not search.pending


def test_no_match_across_a_change_of_direction():
    s = store_of((0, b"xxHEL"), (1, b"LO"))
    search = ByteSearch(s, b"HELLO")
    search.run()
    assert search.count == 0


def test_matches_across_slices_are_found_once_and_do_not_overlap():
    data = (b"ab" * 5000 + b"needle") * 40
    s = store_of(*((0, data[i : i + 777]) for i in range(0, len(data), 777)))
    search = ByteSearch(s, b"needle")
    search.slice = 1000  # many slices
    while search.pending:
        search._slice()
    assert search.count == 40
    assert list(search.matches) == [i for i in range(len(data)) if data.startswith(b"needle", i)]
    aaa = ByteSearch(store_of((0, b"aaaaa")), b"aa")
    aaa.run()
    assert list(aaa.matches) == [0, 2]  # as bytes.count: no overlaps


def test_a_growing_capture_is_searched_as_it_grows():
    s = store_of((0, b"..ab"))
    search = ByteSearch(s, b"abc")
    search.run()
    assert search.count == 0 and not search.pending
    s.append(0, b"c..abc", 0)
    assert search.pending
    search.run()
    assert list(search.matches) == [2, 7]


def test_origin_and_moving_between_matches():
    s = store_of((0, b"ab-ab-ab-ab"))
    search = ByteSearch(s, b"ab", origin=1)
    search.run()
    assert list(search.matches) == [3, 6, 9]
    assert search.next_after(3) == 6 and search.next_after(9) == 3  # wraps
    assert search.next_after(9, wrap=False) is None
    assert search.previous_before(6) == 3 and search.previous_before(3) == 9
    assert search.index_of(6) == 1 and search.index_of(5) == -1


def test_matches_past_the_kept_number_are_counted():
    search = ByteSearch(store_of((0, b"x" * 100)), b"x", keep=10)
    search.run()
    assert search.count == 100 and len(search.matches) == 10 and search.capped


def test_empty_needle_is_refused():
    with pytest.raises(ValueError, match="empty"):
        ByteSearch(store_of((0, b"x")), b"")


def test_bytes_no_longer_in_memory_are_read_from_disk(tmp_path):
    writer = SpoolWriter()
    spool = Spool("find", directory=tmp_path, writer=writer)
    try:
        s = CaptureStore(byte_cap=4096, spool=spool)
        block = bytes(range(256)) * 16  # 4 KiB
        for i in range(64):
            s.append(i % 2, block[:1000] + (b"MAGIC" if i == 3 else b"") + block[1000:], 0)
            writer.flush()
            s.settle()
        assert not s._segs[3].kept  # left memory: on disk only
        search = ByteSearch(s, b"MAGIC")
        search.run()
        assert list(search.matches) == [3 * len(block) + 1000]
        assert s.retained(search.matches[0], search.matches[0] + 5) == b"MAGIC"
    finally:
        spool.close()
        writer.stop()
