"""The send box's remembered payloads, as plain data: the history (newest
last, at most ``HISTORY_MAX``), the saved payloads by name, their JSON form
in the settings, and the multi-line editor's text.

A payload is ``(mode, text)``: the send box's mode (``text`` or ``hex``) and
what was typed, so a recalled payload means the same bytes again. Anything
read back from the settings is checked; what does not fit is left out.
"""

from __future__ import annotations

import json

__all__ = [
    "HISTORY_MAX",
    "NAME_MAX",
    "Payload",
    "from_editor",
    "load_history",
    "load_saved",
    "push_history",
    "to_editor",
]

HISTORY_MAX = 50
NAME_MAX = 80
TEXT_MAX = 1 << 20
MODES = ("text", "hex")

Payload = tuple[str, str]  # (mode, text)


def _payload(item: object) -> Payload | None:
    if (
        isinstance(item, list | tuple)
        and len(item) == 2
        and item[0] in MODES
        and isinstance(item[1], str)
        and len(item[1]) <= TEXT_MAX
    ):
        return item[0], item[1]
    return None


def _json(raw: object) -> object:
    if not isinstance(raw, str):
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def push_history(history: list[Payload], item: Payload, limit: int = HISTORY_MAX) -> list[Payload]:
    """``history`` with ``item`` as its newest entry (an equal earlier one
    moves up instead of repeating), at most ``limit`` long."""
    out = [h for h in history if h != item]
    out.append(item)
    return out[-limit:]


def load_history(raw: object) -> list[Payload]:
    """The history from its settings value (a JSON list of [mode, text])."""
    value = _json(raw)
    items = value if isinstance(value, list) else []
    return [p for p in map(_payload, items) if p is not None][-HISTORY_MAX:]


def dump_history(history: list[Payload]) -> str:
    return json.dumps([list(p) for p in history[-HISTORY_MAX:]])


def load_saved(raw: object) -> dict[str, Payload]:
    """The saved payloads from their settings value (JSON: name → [mode, text])."""
    value = _json(raw)
    out: dict[str, Payload] = {}
    if isinstance(value, dict):
        for name, item in value.items():
            p = _payload(item)
            if isinstance(name, str) and name.strip() and p is not None:
                out[name[:NAME_MAX]] = p
    return out


def dump_saved(saved: dict[str, Payload]) -> str:
    return json.dumps({name: list(p) for name, p in saved.items()})


def to_editor(text: str, mode: str) -> str:
    """The send box's one-line text as the editor shows it: in text mode each
    ``\\n`` escape followed by more text becomes a line break (``\\\\n``, an
    escaped backslash and an n, stays)."""
    if mode != "text":
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            pair = text[i : i + 2]
            out.append("\n" if pair == "\\n" and i + 2 < n else pair)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def from_editor(text: str, mode: str) -> str:
    """The editor's text back as one line: line breaks are ``\\n`` escapes in
    text mode (a CR LF is one ``\\n``: a line break means LF), spaces in hex."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\\n" if mode == "text" else " ")
