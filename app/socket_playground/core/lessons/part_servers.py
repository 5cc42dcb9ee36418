"""Lessons on server sockets: accept(), bind addresses, privileged ports, the
listen() backlog, ways to serve many clients, and blocking vs non-blocking."""

from __future__ import annotations

from . import Lesson, Step

S = Step

# The backlog lesson names its port: while accepting is paused, the runner
# cannot wait for an accepted pane, so its clients connect to a port given by
# number (server=None). Below Linux's ephemeral range (32768-60999), so no
# outgoing connection holds it; the server form sets SO_REUSEADDR, so a rerun
# is not refused because of old connections in TIME_WAIT.
BACKLOG_PORT = 29517
PRIVILEGED_PORT = 1023

SERVER_SOCKET = Lesson(
    name="server-socket-accepts",
    concept=1,
    title_en="A server socket only produces connections; it never sends or receives",
    steps=(
        S(
            "start_server",
            {},
            "We start a server: socket(), bind(), listen(5), then accept() in a loop on its own "
            "thread. Look at its pane: no send box and no bytes view, only the accepted "
            "connections and a timeline (its Auto-reply settings only configure the sockets "
            "accept() will return). A server socket never sends or receives data.",
        ),
        S(
            "connect",
            {},
            "A client connects. accept() returned a new socket for this connection, shown as its "
            'own pane, "Connection … (from server …)". That child socket, not the server '
            "socket, is the server's end of the conversation: it has a send box.",
        ),
        # Connecting to the accepted socket's local port checks that it is the
        # server's port: anything else would be refused.
        S(
            "connect",
            {"name": "c2", "server": "conn", "accepted": "conn2"},
            "A second client connects to the same port; a second accept() returns a second "
            "child socket. Both children have the server's port as their local port, but their "
            "peers differ: the server's list of accepted connections shows two peer ports, the "
            "ephemeral ports the clients' connect() got (compare the client panes' headers). "
            "TCP tells connections apart by all four numbers: both addresses, both ports.",
            show=("server.acceptedCount", "client.localPort", "c2.localPort"),
        ),
        S(
            "send",
            {"pane": "client", "text": "hello"},
            "The first client sends 5 bytes to the server's port.",
        ),
        S(
            "wait_received",
            {"pane": "conn", "bytes": 5},
            "They arrive at the first accepted socket: its recv() returned them. The HOWTO says "
            'both "clients" use a dynamically allocated port; in fact only the client end does: '
            "the accepted socket keeps the server's port.",
        ),
        S(
            "expect",
            {"pane": "conn2", "prop": "bytesReceived", "value": 0},
            "The second connection received nothing: each conversation has its own socket, "
            "its own bytes and its own recv() calls.",
            show=("conn2.bytesReceived", "c2"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "recvCalls", "value": 0},
            "And the server socket made no recv() call and holds no bytes. It only produced the "
            "two client sockets and went back to accept(): its list of accepted connections "
            "(framed) holds both, with the clients' ports as peers; the second client, framed on "
            "the right, is one of them. Stop on it would close only the listening socket, and "
            "both connections would stay open.",
            show=("server.acceptedCount", "c2.localPort"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "acceptedCount", "value": 2},
            "Checked: the server's list holds two accepted connections, and the server socket "
            "itself neither sent nor received a byte.",
            show=("server.acceptedCount", "c2.localPort"),
        ),
    ),
)

BIND_ADDRESS = Lesson(
    name="bind-address",
    concept=2,
    title_en="bind(): the address decides who can connect",
    steps=(
        S(
            "start_server",
            {},
            "The server called bind(('127.0.0.1', 0)) with the form's default host; see its "
            "timeline. The note under its title says what that means: loopback, only programs "
            "on this machine can connect. bind(('localhost', port)) is the same here: the name "
            "localhost resolves to 127.0.0.1.",
        ),
        S(
            "connect",
            {},
            "A client on this machine connects to 127.0.0.1 and is accepted. Loopback works "
            "for every program on the same computer, whatever it is written in.",
        ),
        S(
            "show_tab",
            {"pane": "client", "tab": "timeline"},
            "The client's timeline shows connect(('127.0.0.1', …)), and its header shows its own "
            "address: 127.0.0.1 too. Loopback packets never leave the machine, and packets "
            "from the network addressed to 127.0.0.1 are dropped, so no other machine can connect.",
        ),
        S(
            "start_server",
            {"name": "any", "host": "0.0.0.0"},
            "A second server binds to 0.0.0.0, the form's way of writing bind(('', port)): "
            "INADDR_ANY, every interface of this machine. Its note now says other machines "
            "can connect (if no firewall blocks the port).",
        ),
        S(
            "connect",
            {"name": "c2", "server": "any", "accepted": "conn2"},
            "Every interface includes loopback: a client on this machine reaches the 0.0.0.0 "
            "server at 127.0.0.1 too. Only the first server is limited to this machine.",
        ),
        S(
            "expect",
            {"pane": "conn2", "prop": "state", "value": "connected"},
            "Both servers accepted a client of this machine. The second server's note (framed) "
            "says other machines can connect to it too; the first server's note, further up in "
            "the Servers column, says only programs on this machine can. On the right, the "
            "second client's timeline: connect(('127.0.0.1', …)) to the 0.0.0.0 server. "
            'The HOWTO binds to socket.gethostname() "so the socket is visible to the outside '
            'world". That binds one address only, whichever the host name resolves to, and it '
            "may not be a network address: Debian and Ubuntu map the host name to 127.0.1.1, a "
            "loopback address. Check socket.gethostbyname(socket.gethostname()); for a server "
            "others must reach, '' is the usual choice.",
            show=("any.bindNote", "c2:timeline"),
        ),
    ),
)

PRIVILEGED = Lesson(
    name="privileged-ports",
    concept=3,
    title_en="Ports below 1024 are privileged",
    steps=(
        S(
            "start_server",
            {"port": PRIVILEGED_PORT},
            "The server tried bind(('127.0.0.1', 1023)). On Linux, ports 1–1023 are privileged: "
            "as a normal user the call fails with EACCES (Permission denied), and the pane "
            "shows the "
            "error in red. If this pane is listening instead, the program runs as root (or in a "
            "container), with CAP_NET_BIND_SERVICE, or where "
            "net.ipv4.ip_unprivileged_port_start was lowered (some containers), it succeeds and "
            "the server is listening.",
            en_privileged="The server asked for bind(('127.0.0.1', 1023)), and it is listening: "
            "this program may bind ports below 1024 here, because it runs as root, holds "
            "CAP_NET_BIND_SERVICE, or net.ipv4.ip_unprivileged_port_start was lowered (common "
            "in containers and classroom machines). For a normal user on a normal Linux "
            "machine the same call fails with EACCES (Permission denied): ports 1–1023 are "
            "privileged, so that a program on them can be trusted to be the system's. Try it "
            'as a normal user: python3 -c "import socket; '
            "socket.socket().bind(('127.0.0.1', 1023))\".",
        ),
        S(
            "expect",
            {
                "pane": "server",
                "prop": "lastError",
                "value": "EACCES",
                "privileged": {"prop": "state", "value": "listening"},
            },
            "Checked: EACCES, no listening socket.",
            en_privileged="Checked: the server on port 1023 is listening.",
        ),
        S(
            "expect",
            {"pane": "server", "prop": "localPort", "max": PRIVILEGED_PORT},
            "Either way, bind() never quietly picks another port for you: you get exactly port "
            "1023, or an error and no listening socket. (EADDRINUSE instead would mean another "
            "program already has port 1023.)",
        ),
        S(
            "start_server",
            {"name": "high", "port": 0},
            "The HOWTO's advice for experiments: use a high port (it says four digits). A second "
            "server asks for port 0, and the OS picks a free port from its ephemeral range, "
            "which normally starts far above 1023.",
        ),
        S(
            "expect",
            {"pane": "high", "prop": "state", "value": "listening"},
            "The second server is listening, whoever runs the program: no privilege is needed "
            "for such a port.",
        ),
        S(
            "expect",
            {"pane": "high", "prop": "localPort", "min": 1024},
            "Its port, in the pane's header (framed), is above 1023; the first server's header, "
            "just above, shows port 1023, or its pane the bind() error. Clients need no "
            "privilege either: their connect() gets an ephemeral port the same way.",
            show=("high.localPort", "server.localPort", "server.lastError"),
        ),
    ),
)

BACKLOG = Lesson(
    name="listen-backlog",
    concept=4,
    title_en="listen(backlog): connections wait in a queue until accept()",
    steps=(
        S(
            "start_server",
            {"port": BACKLOG_PORT, "backlog": 1, "options": {"SO_REUSEADDR": 1}},
            "A server calls listen(1): a backlog of 1 (the HOWTO uses 5). The backlog sizes the "
            "kernel's accept queue: connections that are complete but not yet taken by "
            "accept().",
        ),
        S(
            "pause_accepting",
            {"pane": "server"},
            "We press Pause accepting: the server's thread stops calling accept(). The listening "
            "socket is still open, so the kernel still answers new clients on its own.",
        ),
        S(
            "connect",
            {"name": "c1", "server": None, "port": BACKLOG_PORT, "timeout": 120},
            "A client connects, and its connect() returns: connected. The kernel completed the "
            "TCP handshake by itself and put the connection in the accept queue; no accept() "
            "was called, so the server shows no pane for it yet.",
        ),
        S(
            "connect",
            {"name": "c2", "server": None, "port": BACKLOG_PORT, "timeout": 120},
            "A second client is connected too, although the backlog is 1: Linux lets "
            "backlog + 1 connections wait in the accept queue. Other systems count differently, "
            "and Linux caps the backlog at net.core.somaxconn.",
        ),
        S(
            "connect",
            {
                "name": "c3",
                "server": None,
                "port": BACKLOG_PORT,
                "timeout": 120,
                "expect": "connecting",
            },
            'The third client stays "connecting": the queue is full, so Linux silently drops '
            "its SYN, and the client's kernel retries after about a second, then after longer "
            'waits. The HOWTO says further connections are "refused"; on Linux they are not '
            "(no RST, no ECONNREFUSED), they wait. Windows does refuse them.",
        ),
        S(
            "pause_accepting",
            {"pane": "server", "on": False},
            "Resume accepting: accept() takes the two waiting connections, and each gets its own "
            "pane. They had been connected all along; accept() only hands a finished connection "
            "to the program.",
        ),
        S(
            "wait_state",
            {"pane": "c3", "state": "connected"},
            "The third client's retried SYN found room in the queue: its connect() returned, "
            "and accept() took it too. A slow accept() loop makes clients wait; they fail only "
            "if connect() gives up first (its timeout, or the kernel's last SYN retry).",
        ),
        S(
            "connect",
            {"name": "c4", "accepted": "conn4"},
            "A fourth client is accepted at once: the queue is empty again. accept() takes "
            "connections in the order they completed, so the three earlier ones were accepted "
            "before it: the server's list shows all four, in that order.",
            show=("server.acceptedCount", "c4.localPort"),
        ),
        S(
            "expect",
            {"pane": "server", "prop": "acceptedCount", "value": 4},
            "Checked: the server's list (framed) holds four connections, in the order accept() "
            "took them; the last peer port is the fourth client's, framed on the right. The "
            "queue only delayed the first three: none was lost.",
            show=("server.acceptedCount", "c4.localPort"),
        ),
    ),
)


LESSONS = [SERVER_SOCKET, BIND_ADDRESS, PRIVILEGED, BACKLOG]
