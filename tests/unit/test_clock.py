"""The three ways to read a time (core/clock.py): since the session, since
the socket was created, the wall clock through one (real, monotonic) pair;
and the session file keeping that pair (a file without it still opens, with
no wall clock)."""

from __future__ import annotations

import datetime
import re
import sqlite3
import time

import pytest

from socket_playground.core import events as ev
from socket_playground.core.clock import (
    NO_WALL,
    START,
    WALL_KEYS,
    WallClock,
    created_ns,
    stamps,
    wall_text,
)
from socket_playground.core.record import SocketLog
from socket_playground.core.sessionfile import SocketSource, open_session, save_session
from socket_playground.core.stored import load_log

T0 = 5_000_000_000
WALL = re.compile(r"^\d\d:\d\d:\d\d\.\d{3}$")


def test_a_pair_maps_a_monotonic_stamp_to_the_real_time():
    c = WallClock(wall_ns=1_700_000_000_000_000_000, mono_ns=1_000)
    assert c.wall(1_000) == 1_700_000_000_000_000_000
    assert c.wall(1_000 + 2_500_000_000) == 1_700_000_002_500_000_000
    assert c.wall(0) == 1_700_000_000_000_000_000 - 1_000  # before the pair: earlier


def test_this_runs_pair_reads_now():
    assert abs(START.wall(time.monotonic_ns()) - time.time_ns()) < 2_000_000_000
    fresh = WallClock.now()
    assert abs(fresh.wall(time.monotonic_ns()) - time.time_ns()) < 50_000_000


@pytest.mark.parametrize(
    "wall_ns",
    [0, 1_700_000_000_123_999_999, 1_700_000_059_999_000_000, 1_234_567_890_000_000_001],
)
def test_wall_text_is_local_time_with_milliseconds_cut(wall_ns):
    text = wall_text(wall_ns)
    assert WALL.match(text)
    local = datetime.datetime.fromtimestamp(wall_ns // 10**9)  # the local time zone
    assert text == f"{local:%H:%M:%S}.{wall_ns // 1_000_000 % 1000:03d}"


def test_wall_text_of_now_is_now():
    text = wall_text(START.wall(time.monotonic_ns()))
    shown = datetime.datetime.combine(datetime.date.today(), datetime.time.fromisoformat(text))
    now = datetime.datetime.now()
    assert abs((now - shown).total_seconds()) < 5 or abs((now - shown).total_seconds()) > 86395


def test_the_pair_in_meta_rows_and_back():
    c = WallClock(1_700_000_000_000_000_000, 123_456)
    assert WallClock.from_meta(dict(c.meta())) == c
    assert WallClock.from_meta({WALL_KEYS[0]: 5, WALL_KEYS[1]: 6}) == WallClock(5, 6)


@pytest.mark.parametrize(
    "meta",
    [
        {},  # an older file
        {WALL_KEYS[0]: "1"},
        {WALL_KEYS[0]: "x", WALL_KEYS[1]: "2"},
        {WALL_KEYS[0]: "-1", WALL_KEYS[1]: "2"},
        {WALL_KEYS[0]: str(1 << 64), WALL_KEYS[1]: "2"},
        {WALL_KEYS[0]: True, WALL_KEYS[1]: 2},
        {WALL_KEYS[0]: 1.5, WALL_KEYS[1]: 2},
    ],
)
def test_no_pair_or_a_damaged_one_is_no_wall_clock(meta):
    assert WallClock.from_meta(meta) is None


def test_the_socket_is_created_by_socket_or_by_accept():
    resolve = ev.Resolve(1, T0 + 10, T0 + 90, host="localhost", port=80)
    made = ev.SocketCall(2, T0 + 100, T0 + 120)
    connect = ev.Connect(3, T0 + 130, T0 + 200, host="127.0.0.1", port=80)
    assert created_ns([resolve, made, connect], "client") == T0 + 100
    assert created_ns([resolve], "client") is None  # still looking the name up
    accept = ev.Accept(4, T0 + 300, T0 + 400, peer=("127.0.0.1", 5))
    assert created_ns([accept], "accepted") == T0 + 400  # when accept() returned it
    assert created_ns([made, accept], "listener") == T0 + 100
    assert created_ns([accept], "listener") is None  # (its own socket() is not in it)


def test_stamps_read_each_way():
    made = ev.SocketCall(2, T0 + 250_000_000, T0 + 250_000_100)
    at = T0 + 1_500_000_000
    assert stamps("session", T0, [made], "client").text(at) == "+1.500000"
    assert stamps("session", T0, [made], "client").text(at, signed=False) == "1.500000"
    since = stamps("socket", T0, [made], "client")
    assert since.settled and since.text(at) == "+1.250000"
    assert since.text(made.t_start) == "+0.000000"
    assert since.text(T0) == "-0.250000"  # a lookup before the socket existed
    clock = WallClock(1_700_000_000_000_000_000, T0)
    wall = stamps("wall", T0, [made], "client", clock)
    assert wall.available and wall.text(at) == wall_text(1_700_000_001_500_000_000)
    unknown = stamps("wall", T0, [made], "client", None)
    assert not unknown.available and unknown.text(at) == NO_WALL


def test_before_the_socket_exists_its_first_event_stands_in():
    resolve = ev.Resolve(1, T0 + 10, T0 + 90, host="localhost", port=80)
    st = stamps("socket", T0, [resolve], "client")
    assert not st.settled and st.origin_ns == T0 + 10
    assert stamps("socket", T0, [], "client").origin_ns == T0


def _log_with_a_socket() -> SocketLog:
    log = SocketLog("client", t0_ns=T0)
    log.add([ev.SocketCall(1, T0 + 5, T0 + 6)])
    return log


def _source(log: SocketLog) -> SocketSource:
    return SocketSource(1, "client", "127.0.0.1", 9, None, None, None, T0, log, None)


def test_a_session_file_keeps_the_pair_of_the_run_that_recorded_it(tmp_path):
    log = _log_with_a_socket()
    assert log.wall_clock == START  # a live record: this run's clock
    log.wall_clock = WallClock(1_700_000_000_000_000_000, 77)
    path = tmp_path / "s.sps"
    save_session(path, [_source(log)], "9.9.9")
    sf = open_session(path)
    try:
        assert WallClock.from_meta(sf.meta) == log.wall_clock
        assert load_log(sf, 1).wall_clock == log.wall_clock
    finally:
        sf.close()


def test_a_file_without_the_pair_opens_with_no_wall_clock(tmp_path):
    """As an older version wrote it: no clock rows in the meta table."""
    path = tmp_path / "old.sps"
    save_session(path, [_source(_log_with_a_socket())], "0.0.9")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE name LIKE 'clock_%'")
    conn.commit()
    conn.close()
    sf = open_session(path)
    try:
        assert WallClock.from_meta(sf.meta) is None
        log = load_log(sf, 1)
        assert log.wall_clock is None
        assert stamps("wall", T0, log.events, "client", log.wall_clock).text(T0) == NO_WALL
        resaved = tmp_path / "again.sps"  # saved again: still no pair, none made up
        save_session(resaved, [_source(log)], "9.9.9")
    finally:
        sf.close()
    again = open_session(resaved)
    try:
        assert WallClock.from_meta(again.meta) is None
    finally:
        again.close()
