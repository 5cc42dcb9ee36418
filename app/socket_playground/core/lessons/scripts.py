"""Python scripts a lesson runs as a separate process against its own server.

Each is a complete program a student could type: the socket module only, the
server's port as its one argument. A lesson runs it with ``run_script``, feeds
it a line with ``script_input`` (where it waits in ``input()``) and checks its
output and exit code with ``expect_script``. The runner finds the connection
it made among the server's accepted ones, so both ends are on screen: the
script's output beside the server's pane of the same connection.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Script:
    file_name: str  # what its traceback names
    source: str


# The Chinese translation's MySocket, as printed (official text: "bytes_recd"
# and "while bytes_recd < MSGLEN"); MSGLEN defined, as the HOWTO never does
HOWTO_ZH = Script(
    "mysocket_zh.py",
    """import socket
import sys

MSGLEN = 16  # the HOWTO never defines it


class MySocket:

    def __init__(self, sock=None):
        if sock is None:
            self.sock = socket.socket(
                            socket.AF_INET, socket.SOCK_STREAM)
        else:
            self.sock = sock

    def connect(self, host, port):
        self.sock.connect((host, port))

    def myreceive(self):
        chunks = []
        bytes_read = 0
        while bytes_read = MSGLEN:
            chunk = self.sock.recv(min(MSGLEN - btytes_read, 2048))
            if chunk == b'':
                raise RuntimeError('socket connection broken')
            chunks.append(chunk)
            bytes_recd = bytes_recd + len(chunk)
        return b''.join(chunks)


s = MySocket()
s.connect("127.0.0.1", int(sys.argv[1]))
print(s.myreceive())
""",
)

# The HOWTO's MySocket as the English text prints it, MSGLEN = 16 added
HOWTO = Script(
    "mysocket_howto.py",
    '''import socket
import sys

MSGLEN = 16  # the HOWTO never defines it


class MySocket:
    """demonstration class only
      - coded for clarity, not efficiency
    """

    def __init__(self, sock=None):
        if sock is None:
            self.sock = socket.socket(
                            socket.AF_INET, socket.SOCK_STREAM)
        else:
            self.sock = sock

    def connect(self, host, port):
        self.sock.connect((host, port))

    def mysend(self, msg):
        totalsent = 0
        while totalsent < MSGLEN:
            sent = self.sock.send(msg[totalsent:])
            if sent == 0:
                raise RuntimeError("socket connection broken")
            totalsent = totalsent + sent

    def myreceive(self):
        chunks = []
        bytes_recd = 0
        while bytes_recd < MSGLEN:
            chunk = self.sock.recv(min(MSGLEN - bytes_recd, 2048))
            if chunk == b'':
                raise RuntimeError("socket connection broken")
            chunks.append(chunk)
            bytes_recd = bytes_recd + len(chunk)
        return b''.join(chunks)


s = MySocket()
s.connect("127.0.0.1", int(sys.argv[1]))
print("connected")
s.mysend(b"hi there")  # 8 bytes, half a message
print("sent")
''',
)

# The corrected MySocket: MSGLEN defined, the length checked, sendall()
FIXED = Script(
    "mysocket_fixed.py",
    """import socket
import sys

MSGLEN = 16


class MySocket:

    def __init__(self, sock=None):
        if sock is None:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock = sock

    def connect(self, host, port):
        self.sock.connect((host, port))

    def mysend(self, msg):
        if len(msg) != MSGLEN:
            raise ValueError(f"a message is exactly {MSGLEN} bytes")
        self.sock.sendall(msg)  # loops over send(); raises OSError on failure

    def myreceive(self):
        chunks = []
        bytes_recd = 0
        while bytes_recd < MSGLEN:
            chunk = self.sock.recv(min(MSGLEN - bytes_recd, 2048))
            if chunk == b"":
                raise RuntimeError("socket connection broken")
            chunks.append(chunk)
            bytes_recd += len(chunk)
        return b"".join(chunks)


s = MySocket()
s.connect("127.0.0.1", int(sys.argv[1]))
print("connected")
s.mysend(b"hi there, world!")  # 16 bytes: one message
print("sent one message")
print("received", s.myreceive())
""",
)

# makefile(): a buffered file on a socket, and the flush trap
MAKEFILE = Script(
    "makefile_client.py",
    """import socket
import sys

sock = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
print("connected")
sock.settimeout(3)  # so that the trap below ends
wfile = sock.makefile("wb")  # buffered: nothing is sent until flush()
rfile = sock.makefile("rb")

wfile.write(b"GET /time\\n")  # 10 bytes into wfile's buffer
print("wrote the request, waiting for the reply...")
try:
    print("reply:", rfile.readline())
except TimeoutError:
    print("readline() timed out: no reply in 3 s")

input()  # (the lesson goes on)
wfile.flush()  # now send() runs
print("flushed")

sock.settimeout(None)
rfile = sock.makefile("rb")  # a file that timed out cannot read again
print("reply:", rfile.readline())
print("reply:", rfile.readline())
sock.close()
""",
)

# loopback speed without this program: both ends in one process, nothing recorded
LOOPBACK_SPEED = Script(
    "loopback_speed.py",
    """import socket
import threading
import time


def transfer(size, count, bufsize):
    server = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(server.getsockname())
    conn, _ = server.accept()
    total = size * count
    got = 0

    def receive():
        nonlocal got
        while got < total:
            data = conn.recv(bufsize)
            if not data:
                break
            got += len(data)

    reader = threading.Thread(target=receive)
    block = b"x" * size
    start = time.perf_counter()
    reader.start()
    for _ in range(count):
        client.sendall(block)
    reader.join()
    seconds = time.perf_counter() - start
    for s in (client, conn, server):
        s.close()
    print(f"{count} x send({size}), recv({bufsize}): {got:,} bytes "
          f"in {seconds * 1000:.1f} ms = {got / seconds / 1e6:.0f} MB/s")


transfer(1000, 1000, 4096)
transfer(65536, 100, 65536)
""",
)

SCRIPTS = {
    "howto_zh": HOWTO_ZH,
    "howto": HOWTO,
    "fixed": FIXED,
    "makefile": MAKEFILE,
    "loopback_speed": LOOPBACK_SPEED,
}
