"""The server's certificate: the user's PEM files checked, or a self-signed
one for this machine (localhost, 127.0.0.1, ::1) made with ``cryptography``
(no program of the system needed: the same on Linux, Windows and macOS, and
in the bundle). Files, no sockets, no Qt."""

from __future__ import annotations

import atexit
import datetime
import ipaddress
import os
import shutil
import ssl
import tempfile
from dataclasses import dataclass

SELF_SIGNED_NAMES = ("localhost", "127.0.0.1", "::1")


class CertError(ValueError):
    """A certificate or key that cannot be used: ``kind`` says what (the UI's
    words), ``detail`` the library's text."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind, self.detail = kind, detail


@dataclass(frozen=True)
class CertFiles:
    certfile: str
    keyfile: str
    self_signed: bool = False


def check(certfile: str, keyfile: str = "") -> CertFiles:
    """The pair loaded once into a server context, as the listener will;
    :class:`CertError` ``missing``, ``unreadable``, ``mismatch`` or ``bad``."""
    keyfile = keyfile or certfile
    for path in {certfile, keyfile}:
        if not os.path.isfile(path):
            raise CertError("missing", path)
        if not os.access(path, os.R_OK):
            raise CertError("unreadable", path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        ctx.load_cert_chain(certfile, keyfile, password=lambda: b"")
    except ssl.SSLError as e:
        reason = str(getattr(e, "reason", "") or "")
        if "KEY_VALUES_MISMATCH" in reason:
            raise CertError("mismatch", str(e)) from e
        raise CertError("bad", str(e)) from e
    except OSError as e:
        raise CertError("unreadable", str(e)) from e
    return CertFiles(certfile, keyfile)


def check_ca(cafile: str) -> None:
    """A PEM file of certificates a client can trust, loaded once as the
    client will; :class:`CertError` ``missing``, ``unreadable`` or ``bad``."""
    if not os.path.isfile(cafile):
        raise CertError("missing", cafile)
    try:
        ssl.create_default_context(cafile=cafile)
    except ssl.SSLError as e:
        raise CertError("bad", str(e)) from e
    except OSError as e:
        raise CertError("unreadable", str(e)) from e


def last_self_signed() -> CertFiles | None:
    """The certificate this program made for localhost, if it made one."""
    return _made if _made is not None and os.path.isfile(_made.certfile) else None


_made: CertFiles | None = None


def self_signed(folder: str | None = None) -> CertFiles:
    """A self-signed certificate and key for localhost, 127.0.0.1 and ::1
    (made once per run, files mode 0600 in a private folder)."""
    global _made
    if _made is not None and folder is None and os.path.isfile(_made.certfile):
        return _made
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    alt = [x509.DNSName("localhost")] + [
        x509.IPAddress(ipaddress.ip_address(a)) for a in SELF_SIGNED_NAMES[1:]
    ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    where = folder
    if where is None:  # a private folder, removed when the program ends
        where = tempfile.mkdtemp(prefix="socket-playground-tls-")
        atexit.register(shutil.rmtree, where, ignore_errors=True)
    certfile, keyfile = os.path.join(where, "cert.pem"), os.path.join(where, "key.pem")
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    for path, data in (
        (certfile, cert.public_bytes(serialization.Encoding.PEM)),
        (keyfile, key_pem),
    ):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    made = CertFiles(certfile, keyfile, self_signed=True)
    if folder is None:
        _made = made
    return made
