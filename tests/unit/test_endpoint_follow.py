"""Where the client form points once a server is listening."""

from socket_playground.core.endpoint import client_host_for


def test_client_host_for():
    assert client_host_for("::1", "127.0.0.1") == "::1"
    assert client_host_for("127.0.0.1", "127.0.0.1") is None
    assert client_host_for("127.0.0.1", "::1") == "127.0.0.1"
    assert client_host_for("0.0.0.0", "::1") == "127.0.0.1"
    assert client_host_for("0.0.0.0", "127.0.0.1") is None
    assert client_host_for("::", "127.0.0.1") is None  # dual stack takes IPv4 clients
    assert client_host_for("::", "") == "::1"
    assert client_host_for("::1", "localhost") is None  # a name: left alone
    assert client_host_for("fe80::1%lo", "127.0.0.1") == "fe80::1%lo"
