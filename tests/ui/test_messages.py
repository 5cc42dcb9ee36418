"""The Messages tab: framing applied to the received stream."""

from PySide6.QtWidgets import QCheckBox, QLabel


def test_delimiter_messages_span_chunks_and_leftover(
    qtbot, window, child, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    srv.controls.bufsize.setValue(4)  # small recv(): messages span chunks
    click_send(cli, "w")  # taken by the recv(4096) already waiting
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 1, timeout=5000)
    click_send(cli, r"hello\nworld\npart")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 17, timeout=5000)
    srv.messages.set_framing("delimiter", delimiter=r"\n")
    model = srv.messages.model
    assert [r[:3] for r in model.rows] == [(0, 0, 6), (1, 7, 12)]  # "whello", "world"
    assert model.rows[0][5] == b"whello"
    first, last = model.rows[1][3], model.rows[1][4]
    assert first < last  # "world\n" came in more than one recv()
    srv.update_views()
    text = child(srv, QLabel, "leftoverLabel").text()
    assert "4" in text and "13" in text  # "part": 4 bytes from offset 13
    # new data completes the message
    click_send(cli, r"!\n")
    qtbot.waitUntil(lambda: len(model.rows) == 3, timeout=5000)
    assert model.rows[2][5] == b"part!"


def test_length_prefix_framed_send_and_split_prefix(qtbot, window, child, connect_pair):
    cli, srv = connect_pair(window)
    for pane in (cli, srv):
        pane.messages.set_framing("length", prefix="!H")
    child(cli, QCheckBox, "frameSendCheck").setChecked(True)
    cli.send_tools.piece.setValue(1)
    cli.send_tools.delay.setValue(0)
    cli.send_edit.setText("hello")
    cli.send_tools.trickle.click()  # 7 one-byte send() calls: b"\x00\x05hello"
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 7, timeout=5000)
    qtbot.waitUntil(lambda: len(srv.messages.model.rows) == 1, timeout=5000)
    assert srv.messages.model.rows[0][5] == b"hello"
    assert srv.session.store.retained(0, 2) == b"\x00\x05"
    qtbot.waitUntil(lambda: cli.property("sendCalls") == 7, timeout=5000)


def test_framed_send_refuses_payload_with_delimiter(qtbot, window, child, connect_pair, click_send):
    cli, _srv = connect_pair(window)
    cli.messages.set_framing("delimiter", delimiter=r"\n")
    child(cli, QCheckBox, "frameSendCheck").setChecked(True)
    click_send(cli, r"two\nlines")
    assert not cli.input_error.isHidden() and cli.property("sendCalls") == 0


def test_length_over_the_limit_is_skipped_not_raised(
    qtbot, window, child, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    srv.messages.set_framing("length", prefix="!I")
    cli.send_mode.setCurrentIndex(1)
    click_send(cli, "ff ff ff ff 00")  # announces 4 GiB: more than the 16 MiB limit
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 5, timeout=5000)
    srv.update_views()
    panel = srv.messages
    assert panel.decoder.error is None and len(panel.feed.skipped) == 1
    model = panel.model
    assert model.rowCount() == 1 and "skipped" in model.index(0, 1).data()
    assert "skipped" in child(srv, QLabel, "leftoverLabel").text()
    assert srv.property("messageCount") == 1 and srv.property("waitingBytes") == 0


def test_waiting_bytes_keep_counting_after_a_malformed_prefix(
    qtbot, window, child, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    srv.messages.set_framing("length", prefix="!H", counts_itself=True)
    cli.send_mode.setCurrentIndex(1)
    click_send(cli, "00 01")  # 1 byte, counting a 2-byte prefix: no boundary is left
    qtbot.waitUntil(lambda: srv.property("waitingBytes") == 2, timeout=5000)
    srv.update_views()
    assert srv.messages.decoder.error is not None
    assert "Cannot decode past received byte 0" in child(srv, QLabel, "leftoverLabel").text()
    click_send(cli, "00 04 61 62")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 6, timeout=5000)
    qtbot.waitUntil(lambda: srv.property("waitingBytes") == 6, timeout=5000)
    assert srv.property("messageCount") == 0


def test_bad_delimiter_with_framed_send_is_a_message(
    qtbot, window, child, connect_pair, click_send
):
    cli, _srv = connect_pair(window)
    cli.messages.set_framing("delimiter", delimiter="\\q")
    child(cli, QCheckBox, "frameSendCheck").setChecked(True)
    click_send(cli, "hello")  # must not raise
    assert not cli.input_error.isHidden() and cli.property("sendCalls") == 0


def trim_unseen(srv, datas: list[bytes]) -> None:
    """Past the capture's cap on disk, bytes that leave memory before the
    Messages tab saw them are gone."""
    store = srv.session.store
    store.spool.cap = 40  # a tiny cap on disk: only the first 40 bytes are kept there
    store.byte_cap = 64  # a tiny window: force a trim
    store.extend(0, list(range(len(datas))), datas, 4096)
    srv.messages.feed_new()
    srv.messages.update_view()
    srv.messages.changed()


def test_delimiter_cannot_resync_after_bytes_that_were_not_kept(qtbot, window, connect_pair):
    _cli, srv = connect_pair(window)
    srv.messages.set_framing("delimiter", delimiter=r"\n")
    trim_unseen(srv, [b"aaaa\n" * 10, b"bbbb\n" * 10, b"cc\n"])
    assert srv.messages.model.rows == []  # nothing invented after the gap
    lost = srv.property("unsyncedBytes")
    assert lost > 0 and lost == srv.messages.unsynced_bytes
    text = srv.messages.leftover.text()
    assert "Cannot resync" in text and f"{lost:,}" in text
    assert srv.property("waitingBytes") == 103  # every byte since the last message


def test_fixed_length_resyncs_on_message_boundaries_after_a_gap(qtbot, window, connect_pair):
    _cli, srv = connect_pair(window)
    srv.messages.set_framing("fixed", size=10)
    stream = bytes(48 + i % 10 for i in range(143))  # b"0123456789" from every multiple of 10
    trim_unseen(srv, [stream[:37], stream[37:74], stream[74:111], stream[111:]])
    rows = srv.messages.model.rows
    gap = srv.messages.feed.gap
    assert rows and gap is not None and gap.resumed % 10 == 0
    for index, start, end, _c0, _c1, preview in rows:  # aligned by stream offset
        assert (start, end, preview) == (10 * index, 10 * index + 10, b"0123456789")
    assert srv.property("unsyncedBytes") == 0 and srv.property("messageCount") == 14
    assert srv.property("waitingBytes") == 3
    assert "next message boundary" in srv.messages.leftover.text()


def test_ruler_past_2_gib_does_not_overflow(qtbot, window, connect_pair):
    _cli, srv = connect_pair(window)
    srv.tabs.setCurrentIndex(5)
    qtbot.waitUntil(lambda: srv.ruler.isVisible(), timeout=2000)
    from socket_playground.core.capture import CaptureStore
    from socket_playground.ui.ruler import Track

    store = CaptureStore()  # 3 GiB and 5 bytes, of which only the sizes are known
    store.add_stored(0, 4096, [1, 2], [10, 20], [11, 21], [3 << 30, 5], 0)
    srv.ruler.canvas.recv = Track(store, 0)
    srv.ruler.refresh()  # QScrollBar holds 32-bit ints
    srv.ruler.scroll_bar.setValue(srv.ruler.scroll_bar.maximum())
    assert srv.ruler.canvas.start > 2**31
    srv.ruler.canvas.repaint()  # the chunk past 3 GiB is found and painted
    assert srv.ruler.canvas.recv.at((3 << 30) + 2) == (3 << 30, 5, 1)


def test_messages_table_stays_bounded(qtbot, window, monkeypatch, connect_pair, click_send):
    from socket_playground.ui import messages_model as M

    monkeypatch.setattr(M, "ROWS_MAX", 50)
    cli, srv = connect_pair(window)
    srv.messages.set_framing("fixed", size=1)
    click_send(cli, "x" * 200)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 200, timeout=5000)
    srv.update_views()
    model = srv.messages.model
    assert model.rowCount() <= 50
    assert model.rows[-1][0] == 199  # numbering kept: the newest is message 199
    assert srv.property("messageCount") == 200


def test_a_long_stream_is_decoded_a_slice_at_a_time(
    qtbot, window, monkeypatch, connect_pair, click_send
):
    from socket_playground.ui import messages as M

    monkeypatch.setattr(M, "FEED_SLICE_S", 0.0)  # every slice ends after 256 chunks
    cli, srv = connect_pair(window)
    srv.session.set_bufsize(1)  # one recv() per byte: 1,000 chunks
    click_send(cli, "0123456789" * 100)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 1000, timeout=5000)
    panel = srv.messages
    panel.set_framing("fixed", size=10)
    assert panel.decoding and srv.property("messageCount") < 100  # not all at once
    assert "1,000" in panel.leftover.text()  # how far it is, said
    qtbot.waitUntil(lambda: not panel.decoding, timeout=5000)
    assert srv.property("messageCount") == 100 and srv.property("waitingBytes") == 0
    assert panel.model.rows[-1][1:3] == (990, 1000)
