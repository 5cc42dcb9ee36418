"""The HOWTO's MySocket example: its bugs, and a corrected fixed-length version.

The corrected version the steps describe is ``scripts.FIXED`` (MSGLEN defined,
mysend() checks the length and calls sendall(), myreceive() loops until MSGLEN
bytes are in); mysocket-run runs it beside the HOWTO's own as printed."""

from __future__ import annotations

from . import Lesson, Step

S = Step

MSGLEN = 16
FIRST = "hi there"  # 8 bytes: half a message
REST = ", world!"  # 8 more: "hi there, world!" is 16

MYSOCKET = Lesson(
    name="mysocket",
    concept=0,
    title_en="The HOWTO's MySocket: its bugs, and a fixed-length version that works",
    steps=(
        S(
            "start_server",
            {},
            "The HOWTO's MySocket sends fixed-length messages, but MSGLEN is never defined: "
            "the first mysend() or myreceive() call raises NameError. Our corrected version "
            "sets MSGLEN = 16, and this server and its client will exchange such messages.",
        ),
        S(
            "connect",
            {},
            "A client connects. The HOWTO's main loop calls ct.run(), which runs the "
            "thread's code in the accepting thread itself: one client is served to the end "
            "before the next accept(). It must be ct.start() (fixed in later versions of "
            "the HOWTO); this program gives every socket its own threads.",
        ),
        S(
            "set_framing",
            {"pane": "client", "kind": "fixed", "size": MSGLEN},
            "The client will receive: its Messages tab now cuts the stream into 16-byte "
            "messages, as a corrected myreceive() does with recv(MSGLEN - bytes_recd) in a "
            "loop. The Chinese translation's myreceive does not even run (the official HOWTO "
            'has "while bytes_recd < MSGLEN"): "while bytes_read = MSGLEN" is a '
            "syntax error (an assignment where a comparison belongs), and it mixes "
            "bytes_read, btytes_read and bytes_recd.",
        ),
        S(
            "send",
            {"pane": "conn", "text": FIRST},
            "The server's connection sends a short message: 8 bytes. The HOWTO's mysend() "
            "loops until totalsent reaches MSGLEN, so next it would call send(b''), which "
            'returns 0, and raise "socket connection broken" on a healthy connection. '
            "The corrected mysend() checks len(msg) == MSGLEN first.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": len(FIRST)},
            "The 8 bytes arrived, but a message is 16: the Messages tab shows no message yet "
            "and 8 bytes waiting for the rest. The client's myreceive() would now block in "
            "recv(), waiting for 8 more bytes.",
        ),
        S(
            "send",
            {"pane": "conn", "text": REST},
            'The server sends the other 8 bytes. The HOWTO\'s "sent == 0" test never fires '
            "for a TCP socket: send() returns 0 only when given no bytes. A broken connection "
            "makes Python's send() raise OSError (BrokenPipeError, ConnectionResetError), as "
            "C's send() returns -1 with errno EPIPE or ECONNRESET (not 0 either); and "
            "sendall() already loops until every byte is sent.",
        ),
        S(
            "wait_received",
            {"pane": "client", "bytes": MSGLEN},
            "Now 16 bytes are in: the Messages tab shows one 16-byte message, "
            '"hi there, world!", and no bytes waiting. myreceive() would return it now.',
        ),
        S(
            "show_code",
            {"pane": "client"},
            "The client's Code button opens the same conversation as a plain Python script "
            "(socket module only). Its recv_exactly() is the corrected myreceive(): "
            "recv(min(bufsize, n - len(data))) in a loop, b'' taken as \"the peer closed\", "
            "until all 16 bytes are in.",
        ),
        S(
            "expect",
            {"pane": "client", "prop": "recvCalls", "value": 2},
            "One message, two recv() calls (chunks #0 and #1 in the client's table). Only a "
            "loop that counts bytes up to MSGLEN finds the message; one recv() per message "
            "would have returned half of it. The corrected MySocket: MSGLEN defined, "
            "mysend() checks the length and calls sendall(), myreceive() loops until "
            "bytes_recd reaches MSGLEN.",
        ),
    ),
)

MYSOCKET_RUN = Lesson(
    name="mysocket-run",
    concept=0,
    title_en="MySocket run for real: the HOWTO's version fails, the corrected one works",
    steps=(
        S(
            "start_server",
            {},
            "We start a server. Its clients will be three versions of the HOWTO's MySocket "
            "class, each run as a plain Python program against it.",
        ),
        S(
            "run_script",
            {"script": "howto_zh"},
            "Real programs, under the lesson text, each a separate Python process. "
            "First the Chinese translation's MySocket, as printed (only MSGLEN = 16 added): "
            "Python refuses to run it. SyntaxError at 'while bytes_read = MSGLEN:', "
            "before a single line ran.",
        ),
        S(
            "expect_script",
            {"exit_code": 1, "contains": "SyntaxError"},
            "Checked: exit code 1, SyntaxError.",
        ),
        S(
            "run_script",
            {"script": "howto", "accepted": "howto_conn"},
            "Next the English HOWTO's MySocket, as printed (MSGLEN = 16 added), sending "
            "the 8-byte message b'hi there' with mysend(). Its output ends in "
            "RuntimeError: socket connection broken. Yet the connection is healthy: the "
            "first send() took all 8 bytes, then send(b'') returned 0.",
        ),
        S(
            "wait_prop",  # (the script may end before the pane has applied its recv())
            {"pane": "howto_conn", "prop": "bytesReceived", "value": 8},
            "Checked: the server's pane of that connection received the 8 bytes. The "
            '"broken" connection delivered everything; only mysend()\'s loop was wrong.',
        ),
        S(
            "expect_script",
            {"exit_code": 1, "contains": "RuntimeError: socket connection broken"},
            "Checked: exit code 1, RuntimeError: socket connection broken.",
        ),
        S(
            "run_script",
            {"script": "fixed", "accepted": "fixed_conn", "wait": "sent one message"},
            "Last the corrected MySocket: MSGLEN defined, mysend() checks the length and "
            "calls sendall(), myreceive() loops until MSGLEN bytes are in. It sent one "
            "16-byte message and now waits in myreceive() for the server's.",
        ),
        S(
            "wait_received",
            {"pane": "fixed_conn", "bytes": MSGLEN},
            "The server's pane shows the 16 bytes: b'hi there, world!'.",
        ),
        S(
            "send",
            {"pane": "fixed_conn", "text": "hello, client!!!"},
            "The server answers with one 16-byte message.",
        ),
        S(
            "expect_script",
            {"exit_code": 0, "contains": "received b'hello, client!!!'"},
            "Checked: the corrected MySocket received the whole message and ended "
            "normally (exit code 0). Side by side in the script output (framed), each run "
            "under its command line: the Chinese text's version does not even start "
            "(SyntaxError), the English HOWTO's fails on a healthy connection (RuntimeError), "
            "the corrected one works.",
            show=("script", "fixed_conn.bytesReceived"),
        ),
    ),
)

LESSONS = [MYSOCKET, MYSOCKET_RUN]
