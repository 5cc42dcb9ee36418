"""Show the code for TLS: the context, ``wrap_socket()`` and
``do_handshake()`` where the program made its handshake.

The teacher's script makes one blocking handshake (the would-block attempts
of a non-blocking socket are left out, as its would-block recv() and send()
are); the every-call style wraps at the first attempt and makes each
``do_handshake()``, an SSLWantReadError/SSLWantWriteError one in try/except.
A server's certificate and key are ``cert.pem`` and ``key.pem`` (the program's
files are its own; a comment says how to make a pair). Plain Python.
"""

from __future__ import annotations

from typing import Any

from .codegen_script import Script, Step
from .errors import SSL_WANT_WRITE, WOULD_BLOCK
from .events import Call
from .tls_events import TlsHandshake

EXCEPTIONS = {SSL_WANT_WRITE: "ssl.SSLWantWriteError"}


def wrap_lines(w: Script, ev: TlsHandshake) -> list[str]:
    """The context and the wrapped socket (the same variable, as the program's)."""
    var = w.var
    alpn = [f"context.set_alpn_protocols([{ev.alpn!r}])"] if ev.alpn else []
    if ev.server_side:
        return [
            "context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)",
            *alpn,
            'context.load_cert_chain("cert.pem", "key.pem")',
            f"{var} = context.wrap_socket({var}, server_side=True, do_handshake_on_connect=False)",
        ]
    cafile = "cafile='ca.pem'" if ev.trusted and ev.verify else ""
    lines = [f"context = ssl.create_default_context({cafile})", *alpn]
    if not ev.verify:
        lines += ["context.check_hostname = False", "context.verify_mode = ssl.CERT_NONE"]
    return [
        *lines,
        f"{var} = context.wrap_socket(",
        f"    {var}, server_hostname={ev.server_name or None!r}, do_handshake_on_connect=False",
        ")",
    ]


def tls_step(w: Script, ev: TlsHandshake, wrapped: bool) -> Step | None:
    """The step of one ``do_handshake()`` (with the wrap before it unless
    ``wrapped``); None for a would-block attempt in the teacher's style."""
    want = ev.errno in WOULD_BLOCK
    if want and not w.calls:
        return None
    w.imports.add("ssl")
    var = w.var
    comments: list[str] = []
    code: list[str] = []
    if not wrapped:
        if ev.server_side:
            key = "tls_server"
        else:
            key = "tls_client" if ev.verify else "tls_client_unverified"
        comments += [w.t(key, name=ev.server_name), w.t("tls_wrap")]
        if ev.trusted and ev.verify and not ev.server_side:
            comments.insert(1, w.t("tls_trusted", file=ev.trusted))
        if ev.server_side:
            comments.insert(1, w.t("tls_make_cert"))
        if ev.alpn:
            comments.append(w.t("tls_alpn", alpn=ev.alpn))
        code += wrap_lines(w, ev)
    if want:
        error = EXCEPTIONS.get(ev.errno, "ssl.SSLWantReadError")
        comments.append(w.at(ev) + w.t("tls_want", error=error.split(".")[1]))
        code += ["try:", f"    {var}.do_handshake()", f"except {error} as e:", "    print(e)"]
        return Step(comments, code)
    if not ev.errno:
        comments.append(w.at(ev) + w.t("tls_handshake", version=ev.version, cipher=ev.cipher))
        alpn = f", {var}.selected_alpn_protocol()" if ev.alpn else ""
        code += _until_done(w) if w.nonblocking else [f"{var}.do_handshake()"]
        code.append(f"print({var}.version(), {var}.cipher()[0]{alpn})")
        return Step(comments, code)
    return Step(comments, [*code, f"{var}.do_handshake()"])


def tls_call(g: Any, ev: Call) -> Step | None:
    """The generator's step for a ``TlsHandshake`` (``g.tls_wrapped``: the
    script has wrapped its socket). A would-block attempt is added here as
    it is (it did nothing: no "failed" words)."""
    assert isinstance(ev, TlsHandshake)
    step = tls_step(g.w, ev, g.tls_wrapped)
    if step is None:
        return None
    g.tls_wrapped = g.w.tls = True
    if ev.errno in WOULD_BLOCK:
        g.w.add(step)
        return None
    return step


def _until_done(w: Script) -> list[str]:
    """A non-blocking ``do_handshake()`` that finished in the program: the
    peer's part was there then; in the script it may not be yet."""
    var = w.var
    w.imports.add("select")
    return [
        "while True:  # " + w.t("tls_again"),
        "    try:",
        f"        {var}.do_handshake()",
        "        break",
        "    except ssl.SSLWantReadError:",
        f"        select.select([{var}], [], [])",
        "    except ssl.SSLWantWriteError:",
        f"        select.select([], [{var}], [])",
    ]
