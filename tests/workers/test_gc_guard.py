"""Garbage collection never runs in a socket's loop threads (workers/gc_guard):
a collection there can run Qt destructors off the GUI thread and deadlock
against the GUI thread's connect()."""

import gc
import threading

import pytest

from socket_playground.workers import gc_guard


@pytest.fixture
def low_thresholds():
    """Collections due often, so that a loop thread would surely meet one."""
    old = gc.get_threshold()
    gc.set_threshold(20, 2, 2)
    yield
    gc.set_threshold(*old)


def test_no_collection_in_loop_threads_during_a_conversation(qtbot, own_pair, low_thresholds):
    started: list[str] = []

    def watch(phase: str, _info: dict) -> None:
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            started.append(threading.current_thread().name)

    gc.callbacks.append(watch)
    try:
        _lst, cli, srv = own_pair()
        guard = gc_guard.install()
        assert guard is not None and not gc.isenabled()
        before = sum(guard.collections)
        for i in range(200):  # bounded: 200 small round trips, each allocating
            cli.send(b"x" * (i % 50 + 1))
            srv.send(b"y" * (i % 7 + 1))
        qtbot.waitUntil(lambda: srv.recv_calls >= 1 and cli.bytes_received >= 200, timeout=10000)
        qtbot.waitUntil(lambda: sum(guard.collections) > before, timeout=5000)
    finally:
        gc.callbacks.remove(watch)
    assert started == []  # every collection ran on the GUI thread
