"""Sockets and threads, no Qt: the loops that call accept(), connect(),
recv() and send() and turn every call into a typed event.

- :mod:`.context`: what one socket's loops share (the socket, the stop flag,
  the send queue, the sequence marks that keep the record in call order);
- :mod:`.acceptor`: socket options, bind(), listen(), then accept() in a loop;
- :mod:`.connector`: name resolution and connect() for a client;
- :mod:`.reader`: recv() in a loop, results handed over in runs;
- :mod:`.writer`: send() in a loop, and the send jobs (trickle, repeat, file);
- :mod:`.options`: setsockopt/getsockopt and the kernel's queue sizes;
- :mod:`.wait`: waiting for readiness (``selectors``).

The loops never touch Qt: they push events into a sink (the Qt bridge in
``workers/`` hands them to the GUI).
"""
