"""makefile(): a socket read and written as a file, and the flush trap."""

from __future__ import annotations

from . import Lesson, Step

S = Step

MAKEFILE_FLUSH = Lesson(
    name="makefile-flush",
    concept=17,
    title_en="makefile(): a buffered write sends nothing until flush()",
    steps=(
        S(
            "start_server",
            {},
            "We start a server. Its client this time is a separate Python program, shown "
            "under the lesson text: it wraps its socket in two file objects with "
            'sock.makefile("wb") and sock.makefile("rb"), to use write() and readline() '
            "instead of send() and recv().",
        ),
        S(
            "run_script",
            {"script": "makefile", "accepted": "conn", "wait": "timed out"},
            "The client wrote its request with wfile.write(b'GET /time\\n') and waited "
            "for the reply with rfile.readline(). No reply came: after 3 s its readline() "
            "timed out (a timeout the script set, or it would wait forever). The server "
            "never answered because it never got the request.",
        ),
        S(
            "expect",
            {"pane": "conn", "prop": "bytesReceived", "value": 0},
            "Checked: the server's connection received 0 bytes. The 10 bytes are still in "
            "wfile's buffer (8192 bytes, inside the client process): write() on a buffered "
            "file copies into memory and calls send() only when the buffer is full or "
            "flush() is called. Both sides wait for each other: the flush trap.",
        ),
        S(
            "script_input",
            {"wait": "flushed"},
            "Now the client calls wfile.flush(): the buffered bytes go to send().",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 10},
            "The request arrived: the server's first recv() row holds all 10 bytes, "
            "'GET /time\\n'. A file object on a socket needs flush() after each request "
            "(or a file opened with buffering=0, where each write() is one send()).",
        ),
        S(
            "send",
            {"pane": "conn", "text": "12:00\\nnext "},
            "The server replies with one send(): a whole line '12:00\\n' and the start of "
            "the next one, 'next '. The client's readline() returns just the first line "
            "(see its output); 'next ' stays in rfile's buffer: its recv() took both.",
        ),
        S(
            "send",
            {"pane": "conn", "text": "line\\n"},
            "The server sends the rest of the second line. readline() returns "
            "b'next line\\n': the leftover 'next ' from the buffer and the new bytes, "
            "joined. makefile('rb') is a receive loop with a buffer, written for you.",
        ),
        S(
            "expect_script",
            {"exit_code": 0, "contains": "reply: b'next line\\n'"},
            "Checked: the client printed both lines and ended normally (exit code 0). "
            "Remember: write() + flush() on the sending side; readline() keeps what it "
            "received past the line end for the next call.",
        ),
    ),
)

LESSONS = [MAKEFILE_FLUSH]
