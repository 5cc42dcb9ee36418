"""The demo (``--demo``): a first conversation driven through the window.

Start a server, connect a client, send a request, reply, then one large
send() that the client receives as several recv() chunks, then the server
closes (the client's recv() returns b''). The window's ``demo_finished`` is
emitted when the client saw the end (or something failed).
"""

from __future__ import annotations

from ..core.events import State
from ..workers.session import Session

DEMO_REQUEST = r"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
DEMO_REPLY = r"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello, socket\n"
DEMO_LINES = 1200
ENDED = (State.PEER_CLOSED, State.ERROR, State.ABORTED)


def run_demo(window) -> None:
    """Drive ``window`` (a MainWindow) through the demo, without blocking."""
    listener = window.start_server()
    if listener is None:
        window.demo_finished.emit()
        return
    steps: dict = {}

    def on_listener(_b=None) -> None:
        if listener.local_port and "client" not in steps:
            steps["client"] = window.connect_client()
            steps["client"].changed.connect(on_client)
        elif listener.state is State.ERROR:
            window.demo_finished.emit()

    def on_accepted(server_side: Session) -> None:
        steps["server"] = server_side
        server_side.changed.connect(on_server)

    def on_client(_b=None) -> None:
        client = steps["client"]
        pane = window.panes.get(client)
        if client.state is State.CONNECTED and "sent" not in steps and pane:
            steps["sent"] = True
            pane.view_mode.setCurrentIndex(pane.view_mode.findData("utf-8"))
            pane.send_box.set_input(DEMO_REQUEST)
            pane.send_now()
        elif client.state in ENDED and "done" not in steps:
            steps["done"] = True
            window.demo_finished.emit()

    def on_server(_b=None) -> None:
        server_side = steps["server"]
        pane = window.panes.get(server_side)
        if pane is None:
            return
        if server_side.bytes_received and "replied" not in steps:
            steps["replied"] = True
            pane.send_box.set_input(DEMO_REPLY)
            pane.send_now()
            bulk = "".join(
                f"line {i:04d}: TCP is a stream of bytes, not of messages\n"
                for i in range(DEMO_LINES)
            )
            server_side.send(bulk.encode())
        elif (
            "replied" in steps
            and server_side.queued == 0
            and server_side.bytes_sent
            and "closed" not in steps
        ):
            steps["closed"] = True
            pane.close_socket()

    listener.changed.connect(on_listener)
    listener.accepted.connect(on_accepted)
