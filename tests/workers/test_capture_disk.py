"""Every byte kept on disk: a 64 MiB transfer with random send() sizes from
another thread, hashed and read back whole."""

import hashlib
import random
import threading

from socket_playground.core.events import Direction, State

from .conftest import wait_state

TOTAL = 64 << 20


def test_64_mib_with_random_send_sizes_kept_and_hashed(qtbot, sessions, raw_listener):
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.start()
    peer, _ = raw_listener.accept()
    rng = random.Random(7)
    blob = rng.randbytes(TOTAL)
    sent_hash = hashlib.sha256()

    def send() -> None:
        pos = 0
        while pos < TOTAL:  # bounded: every call moves at least one byte
            n = peer.send(blob[pos : pos + rng.randint(1, 256 << 10)])
            sent_hash.update(blob[pos : pos + n])
            pos += n
        peer.close()

    wait_state(qtbot, cli, State.CONNECTED)
    t = threading.Thread(target=send)
    t.start()
    try:
        wait_state(qtbot, cli, State.PEER_CLOSED, timeout=60000)
    finally:
        t.join(30)
    store = cli.store
    assert cli.bytes_received == TOTAL
    # the hash covers every byte; it is exact once the disk writer caught up
    qtbot.waitUntil(lambda: cli.spool.caught_up(), timeout=10000)
    assert cli.log.sha256(Direction.IN) == sent_hash.hexdigest()
    assert cli.log.sha256(Direction.OUT) == hashlib.sha256(b"").hexdigest()
    # all of it is retained, most of it read back from disk, not memory
    assert store.base == 0 and store.complete
    # memory: the newest bytes only, once the writer has them on disk
    qtbot.waitUntil(lambda: store._kept <= store.byte_cap + (1 << 20), timeout=5000)
    for off in (0, 12345, TOTAL // 2, TOTAL - 4096):
        assert store.retained(off, off + 4096) == blob[off : off + 4096]
    assert hashlib.sha256(store.retained(0, TOTAL)).hexdigest() == sent_hash.hexdigest()


def test_removing_a_socket_removes_its_capture(qtbot, own_pair):
    _lst, cli, _srv = own_pair()
    cli.send(b"kept on disk")
    qtbot.waitUntil(lambda: cli.spool.readable(Direction.OUT) == 12, timeout=5000)
    paths = list(cli.spool.paths)
    assert all(p.exists() for p in paths)
    cli.dispose()
    assert not cli.alive and not any(p.exists() for p in paths)
