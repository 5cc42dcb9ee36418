"""Show the code: the script being written, step by step, and its final text.

A :class:`Script` collects the steps (comments and code, one per translated
call or run of calls), the modules the code needs, and the totals the closing
notes report; :meth:`Script.render` assembles the file: the imports, then the
socket calls, then the notes (no helper functions, no constants before the
calls). It knows nothing about events beyond their times: :mod:`.codegen`
decides what each event becomes. Comments are in the script's language
(:mod:`.codegen_words`). Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .codegen_text import comment_lines, errno_text, relative_time
from .codegen_words import LANGS, STYLES, say
from .events import Event

ROLES = ("client", "listener", "accepted")
VARS = {"client": "s", "listener": "srv", "accepted": "conn"}


def suggested_filename(role: str, session_id: int) -> str:
    """``client_3.py``: a name for saving a generated script."""
    if role not in ROLES:
        raise ValueError(role)
    return f"{role}_{int(session_id)}.py"


@dataclass
class Step:
    """One step of the script: comment texts (wrapped when rendered), then
    ``pre`` lines, then ``code``. When the program's call failed, only
    ``code`` goes inside the try/except."""

    comments: list[str]
    code: list[str] = field(default_factory=list)
    pre: list[str] = field(default_factory=list)


class Script:
    def __init__(
        self,
        role: str,
        host: str,
        port: int,
        t_first_ns: int,
        lang: str = "en",
        style: str = "board",
    ) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
        if style not in STYLES:
            raise ValueError(f"style must be one of {STYLES}, not {style!r}")
        self.role, self.lang, self.style = role, lang, style
        self.var = VARS[role]
        self.host, self.port = host, int(port)
        self.unix = host.startswith(("/", "@"))  # AF_UNIX: a path or @name (codegen_unix)
        self.t_first_ns = t_first_ns
        self.setup: list[str] = []
        self.steps: list[Step] = []
        self.imports = {"socket"}
        self.placeholder_bytes = 0  # zero bytes standing in for bytes not kept
        self.elided_bytes = 0  # bytes kept but cut out of a long literal
        self.errors = 0  # calls that failed in the program
        self.nonblocking = False  # every-call style: the script's socket is non-blocking now
        self.tls = False  # the script's socket is an SSLSocket (codegen_tls)
        self.sent = 0
        self.received = 0
        self.explained: set[str] = set()  # what a comment explained once already
        self.accepted_tls = False  # a listener's accepted connections made TLS handshakes

    @property
    def calls(self) -> bool:
        """Every call as recorded (times, each call's result) rather than as
        a teacher would write it."""
        return self.style == "calls"

    def t(self, key: str, **values: object) -> str:
        """The comment text ``key`` in the script's language."""
        return say(self.lang, key, self.unix, **values)

    def first_time(self, what: str) -> bool:
        """True the first time it is asked about ``what`` (explain it once)."""
        if what in self.explained:
            return False
        self.explained.add(what)
        return True

    def at(self, ev: Event) -> str:
        """``[+0.012 s] ``: when ``ev``'s call started (every-call style only)."""
        if not self.calls:
            return ""
        return relative_time(ev.t_start, self.t_first_ns) + " "

    def address(self) -> str:
        """The script's address as a literal: ``('127.0.0.1', 5000)``; a Unix
        socket's path, or ``'\\x00name'`` for an abstract name."""
        if self.unix:
            return repr("\0" + self.host[1:] if self.host.startswith("@") else self.host)
        return repr((self.host, self.port))

    def add(self, step: Step) -> None:
        self.steps.append(step)

    def add_failed(
        self, step: Step, name: str, errno: str, message: str, unrepeated: str = ""
    ) -> None:
        """A call that raised in the program: its code in try/except (the
        script's call will most likely raise the same way). No code, or an
        ``unrepeated`` reason: comments only, saying the script does not make it."""
        self.errors += 1
        what = errno_text(errno, message)
        if unrepeated or not step.code:
            why = unrepeated or self.t("not_repeated")
            self.add(Step([*step.comments, self.t("failed_here", name=name, what=what), why]))
            return
        label = f"{name}() failed:"
        self.add(
            Step(
                [*step.comments, self.t("failed_same", name=name, what=what)],
                ["try:", *indent(step.code), "except OSError as e:", f"    print({label!r}, e)"],
                step.pre,
            )
        )

    # -- assembly -------------------------------------------------------------------
    def render(self) -> str:
        out = [f"import {m}" for m in sorted(self.imports, key=lambda m: (m != "socket", m))]
        out += ["", *self.setup]
        for st in self.steps:
            out.append("")
            for c in st.comments:
                out += comment_lines(c)
            out += st.pre + st.code
        notes = self.notes()
        if notes:
            out += ["", ""]
            for c in notes:
                out += comment_lines(c)
        return "\n".join(out).rstrip("\n") + "\n"

    def notes(self) -> list[str]:
        """The closing comments: what the script is, totals, warnings."""
        t = self.t
        notes = [t("about_" + self.role), t("generated")]
        if self.sent or self.received:
            notes.append(t("totals", sent=self.sent, received=self.received))
        if self.placeholder_bytes:
            notes.append(t("warn_missing", n=self.placeholder_bytes))
        if self.elided_bytes:
            notes.append(t("warn_elided", n=self.elided_bytes))
        if self.errors:
            notes.append(t("some_failed"))
        return notes


def indent(lines: Sequence[str], by: str = "    ") -> list[str]:
    return [by + line for line in lines]
