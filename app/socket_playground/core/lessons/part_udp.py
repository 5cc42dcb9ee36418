"""A lesson on UDP: datagrams keep their boundaries, and a recvfrom() smaller
than its datagram cuts it."""

from __future__ import annotations

from . import Lesson, Step

S = Step

UDP_BOUNDARIES = Lesson(
    name="udp-keeps-boundaries",
    concept=10,
    title_en="UDP keeps message boundaries",
    steps=(
        S(
            "start_udp_server",
            {},
            "We start a UDP server: socket(AF_INET, SOCK_DGRAM), then bind(). There is no "
            "listen() and no accept(): this one socket will receive from every peer with "
            "recvfrom().",
            show=("server",),
        ),
        S(
            "udp_client",
            {},
            "A UDP client: a datagram socket that will sendto() the server's address. There "
            "is no connection to make: no handshake, and nothing has been sent yet.",
            show=("client",),
        ),
        S(
            "send",
            {"pane": "client", "text": "cat"},
            'The client sends "cat" with one sendto(): one datagram of 3 bytes. Its first '
            "sendto() also bound it to a free port.",
        ),
        S(
            "send",
            {"pane": "client", "text": "dog"},
            'A second sendto(): "dog", a second datagram.',
        ),
        S(
            "send",
            {"pane": "client", "text": "fox"},
            'A third: "fox". Three sendto() calls, three rows in the client\'s table.',
        ),
        S(
            "wait_prop",
            {"pane": "server", "prop": "datagramsReceived", "min": 3},
            "The server made three recvfrom() calls, and each returned exactly one datagram of "
            "3 bytes, with the client's address: cat, dog and fox. TCP would have let them "
            "merge into one recv(); UDP keeps the boundaries where the sender put them.",
        ),
        S(
            "expect",
            {"pane": "server", "prop": "datagramsReceived", "value": 3},
            "Checked: three datagrams received for three sendto() calls.",
        ),
        S(
            "show_tab",
            {"pane": "server", "tab": "messages"},
            "So the Messages tab needs no framing here: each datagram is one message.",
        ),
        S(
            "set_recv_size",
            {"pane": "server", "size": 2},
            "Now the server asks for less: each recvfrom() takes at most 2 bytes.",
        ),
        S(
            "send",
            {"pane": "client", "text": "wolf"},
            'The client sends "wolf": one datagram of 4 bytes.',
        ),
        S(
            "wait_prop",
            {"pane": "server", "prop": "datagramsTruncated", "min": 1},
            'recvfrom(2) returned "wo", the first 2 bytes of the 4-byte datagram; the row says '
            "2 of 4 (MSG_TRUNC reports the real size). The other 2 bytes are lost: the next "
            "recvfrom() does not continue the datagram, as a TCP recv() would continue the "
            "stream.",
        ),
        S(
            "expect",
            {"pane": "server", "prop": "bytesReceived", "value": 11},
            "Checked: 3 + 3 + 3 + 2 = 11 bytes reached the program. A UDP receiver must ask "
            "for as much as the largest datagram it expects (up to 65,507 bytes).",
            show=("server", "client"),
        ),
    ),
)

LESSONS = [UDP_BOUNDARIES]
