"""TLS on a connected TCP socket: the contexts, and the handshake as an event.

The handshake runs in the socket's reader thread, after ``connect()`` (a
client) or as an accepted socket's first call (a server), in the socket's
I/O mode (non-blocking: SSLWantReadError rows and ``select()``): the
socket is wrapped with ``do_handshake_on_connect=False`` and
``do_handshake()`` is one :class:`~..core.tls_events.TlsHandshake` event.
Only then does the writer send (``Context.tls_ready``), and from then on
the reader and the writer make one TLS call at a time (:mod:`.tls_socket`).
A failure is recorded with its reason and the socket closed. The wrapped
socket replaces ``ctx.sock``: ``recv()``/``send()`` then move plaintext.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import Any

from ..core.errors import TIMEOUT
from ..core.events import now_ns
from ..core.tls_events import TLS_TIMEOUT, TlsHandshake, failure_name
from . import iomode
from .context import Context, failure
from .tls_socket import SerialTls
from .wait import Waiter

SLOT = "recv"


@dataclass(frozen=True)
class TlsSettings:
    """What the form chose. A client: ``verify`` against the system's
    certificates (and ``cafile``, if given), ``server_name`` sent (SNI) and
    checked; a server: its certificate and key files."""

    server_side: bool = False
    verify: bool = True
    server_name: str = ""
    certfile: str = ""
    keyfile: str = ""
    cafile: str = ""
    alpn: tuple[str, ...] = ()  # ALPN protocols offered (a client) or accepted (a server)


# A close without close_notify (the peer's, or our own recv() woken by
# shutdown(SHUT_RD) when the socket stops) is the end of the stream, as
# Python's suppress_ragged_eofs has it, not a failure that sends an alert
RAGGED_EOF_OK = getattr(ssl, "OP_IGNORE_UNEXPECTED_EOF", 0)


def client_context(st: TlsSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=st.cafile or None)
    ctx.sslsocket_class = SerialTls  # (the reader and writer share it: one call at a time)
    ctx.options |= RAGGED_EOF_OK
    if st.alpn:
        ctx.set_alpn_protocols(list(st.alpn))
    if not st.verify:  # the user's explicit choice (the form says what it means)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def server_context(st: TlsSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.sslsocket_class = SerialTls
    ctx.options |= RAGGED_EOF_OK
    if st.alpn:  # the first of this list (its order) that the client offers is chosen
        ctx.set_alpn_protocols(list(st.alpn))
    ctx.load_cert_chain(st.certfile, st.keyfile or None)
    return ctx


SHORT = {
    "commonName": "CN",
    "organizationName": "O",
    "organizationalUnitName": "OU",
    "countryName": "C",
    "stateOrProvinceName": "ST",
    "localityName": "L",
}


def _subject(cert: dict | None) -> str:
    """ "CN=localhost, O=…" from ``getpeercert()``."""
    if not cert:
        return ""
    parts = [f"{SHORT.get(k, k)}={v}" for rdn in cert.get("subject", ()) for k, v in rdn]
    return ", ".join(parts)


def handshake(ctx: Context) -> bool:
    """Wrap ``ctx.sock`` and make the handshake (recorded); False when it
    failed (the socket is then closed) or the socket is stopping. In the
    chosen I/O mode: non-blocking, each ``do_handshake()`` that needs the peer
    first is a row (SSLWantReadError/SSLWantWriteError), then ``select()``."""
    st = ctx.settings.tls
    assert isinstance(st, TlsSettings)
    raw = ctx.sock
    if raw is None or ctx.stop.is_set():
        return False
    name = "" if st.server_side else (st.server_name or ctx.settings.host)
    fields: dict[str, Any] = {
        "server_side": st.server_side,
        "server_name": name,
        "verify": st.verify,
        "trusted": "" if st.server_side or not st.cafile else os.path.basename(st.cafile),
    }
    seq, t0 = ctx.begin(SLOT)
    try:
        sslctx = server_context(st) if st.server_side else client_context(st)
        tls = sslctx.wrap_socket(
            raw,
            server_side=st.server_side,
            server_hostname=None if st.server_side else name or None,
            do_handshake_on_connect=False,
        )
        with ctx.sock_lock:  # wrap_socket() detached the raw socket: this one is it now
            ctx.sock = tls
    except (ssl.SSLError, OSError, ValueError) as e:
        return _failed(ctx, seq, t0, fields, e)
    ctx.release(SLOT)
    iomode.apply_chosen(ctx, SLOT)  # setblocking(False) / settimeout(): a row
    while True:
        seq, t0 = ctx.begin(SLOT)
        try:
            with iomode.busy(ctx, SLOT, "do_handshake"):  # (in progress: the pane says so)
                tls.do_handshake()
            break
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError) as e:
            ctx.done(SLOT, TlsHandshake(seq, t0, now_ns(), **fields, **failure(e)))
            write = isinstance(e, ssl.SSLWantWriteError)
            waiter = Waiter(tls, write=write)
            try:
                if iomode.select_wait(ctx, waiter, SLOT, write=write) is None:
                    return False
            finally:
                waiter.close()
        except (ssl.SSLError, OSError, ValueError) as e:
            return _failed(ctx, seq, t0, fields, e)
    cipher = tls.cipher()
    ev = TlsHandshake(
        seq,
        t0,
        now_ns(),
        **fields,
        version=tls.version() or "",
        cipher=cipher[0] if cipher else "",
        peer_subject=_subject(tls.getpeercert()),
        alpn=tls.selected_alpn_protocol() or "",
    )
    ctx.done(SLOT, ev)
    assert isinstance(tls, SerialTls)
    tls.serialize()  # before the writer starts: from now on two threads share it
    ctx.tls_ready.set()
    return True


def _failed(ctx: Context, seq: int, t0: int, fields: dict[str, Any], e: Exception) -> bool:
    """A failed handshake, recorded with its reason; the socket closed."""
    if ctx.stop.is_set():
        ctx.release(SLOT)
        return False
    reason = str(getattr(e, "reason", "") or "")
    code = int(getattr(e, "verify_code", 0) or 0)
    message = str(getattr(e, "verify_message", "") or "") or str(e)
    if isinstance(e, ssl.SSLError | ConnectionResetError | ValueError):
        errno = failure_name(type(e).__name__, reason, str(e))
    elif isinstance(e, OSError):
        errno = iomode.call_failure(e)["errno"]
        if errno == TIMEOUT:  # timeout mode: not called again, the socket is closed
            errno = TLS_TIMEOUT
    else:
        errno = type(e).__name__
    ev = TlsHandshake(seq, t0, now_ns(), **fields, verify_code=code, errno=errno, message=message)
    ctx.done(SLOT, ev)
    ctx.close_socket(SLOT)
    return False
