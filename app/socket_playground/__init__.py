"""Socket Playground: see what TCP sockets do."""

__version__ = "0.1.0"
