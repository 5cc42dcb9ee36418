"""What the program remembers (QSettings), read with types and checked: a
value that is missing, of another type or out of range reads as the default,
never as an error. Every reader and writer of the settings goes through
``QSettings()`` (the application's names, the default format), so tests can
point all of it at a temporary folder.

Keys (grouped; ``meta/schema`` says which layout of keys the file has):

- ``window/geometry``, ``window/state``, ``window/columns``: the main window
  (``saveGeometry``, ``saveState`` with the docks, the splitter between the
  columns), see :mod:`.window_memory`;
- ``forms/serverRecent``, ``forms/clientRecent``: the addresses used, newest
  first, as ``host:port`` (``[::1]:8000``);
- ``view/bytesMode``, ``view/codeStyle``: the last choice of those combo boxes;
- ``view/timestamps``: how times read (View → Timestamps): ``session``,
  ``socket`` or ``wall`` (:mod:`.times`);
- ``defaults/recvSize``: what ``recv()`` asks for in new sockets;
- ``ui/language``: ``en``, ``zh_CN``, or empty (the system's);
- and those of other modules: ``capture/cap`` (:mod:`.capture_menu`),
  ``network/bindAllDontAsk`` (:mod:`.bind_question`), ``sessions/recent``
  (:mod:`.session_menu`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QComboBox

from ..core.clock import MODES
from ..workers.session import DEFAULT_BUFSIZE
from ..workers.tuning import MAX_BUFSIZE

log = logging.getLogger(__name__)

SCHEMA = 1
SCHEMA_KEY = "meta/schema"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
COLUMNS_KEY = "window/columns"
RECENT_KEYS = {"server": "forms/serverRecent", "client": "forms/clientRecent"}
RECENT_MAX = 10
BYTES_MODE_KEY = "view/bytesMode"
CODE_STYLE_KEY = "view/codeStyle"
RECV_SIZE_KEY = "defaults/recvSize"
LANGUAGE_KEY = "ui/language"
TIMESTAMPS_KEY = "view/timestamps"
LANGUAGES = ("", "en", "zh_CN")  # "": follow the system


def _settings() -> QSettings:
    s = QSettings()
    if s.value(SCHEMA_KEY) is None and s.isWritable():
        s.setValue(SCHEMA_KEY, SCHEMA)
    return s


def read_int(key: str, default: int, low: int, high: int) -> int:
    """An int in ``low … high``; anything else: ``default``."""
    try:
        n = int(str(QSettings().value(key, default)))
    except ValueError:
        return default
    return n if low <= n <= high else default


def read_choice(key: str, default: str, allowed: tuple[str, ...] | list[str]) -> str:
    value = QSettings().value(key, default)
    return value if isinstance(value, str) and value in allowed else default


def read_bytes(key: str) -> QByteArray | None:
    value = QSettings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write(key: str, value: object) -> None:
    _settings().setValue(key, value)


def read_list(key: str, limit: int) -> list[str]:
    """A list of strings (one entry comes back from an ini file as a plain
    string; anything that is not text is dropped)."""
    value = QSettings().value(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v][:limit]


# -- the addresses used in the forms ---------------------------------------------------
def recent(role: str) -> list[str]:
    """``server`` or ``client``: the addresses used there, newest first."""
    return read_list(RECENT_KEYS[role], RECENT_MAX)


def add_recent(role: str, address: str) -> list[str]:
    entries = [address] + [a for a in recent(role) if a != address]
    write(RECENT_KEYS[role], entries[:RECENT_MAX])
    return entries[:RECENT_MAX]


# -- defaults and view choices ------------------------------------------------------------
def recv_size() -> int:
    return read_int(RECV_SIZE_KEY, DEFAULT_BUFSIZE, 1, MAX_BUFSIZE)


def timestamps() -> str:
    """How times read: ``session`` (the default), ``socket`` or ``wall``."""
    return read_choice(TIMESTAMPS_KEY, MODES[0], MODES)


def language() -> str:
    """``en``, ``zh_CN``, or "" (follow the system)."""
    return read_choice(LANGUAGE_KEY, "", LANGUAGES)


def language_for(cli: str | None) -> str | None:
    """The language to start in: ``--lang`` first, then the one chosen in the
    Settings dialog; None: the system's."""
    return cli or language() or None


def remember_combo(combo: QComboBox, key: str) -> None:
    """The combo box starts at the item chosen last (its item data, stored
    under ``key``) and stores what the user picks (``activated``: a change
    the program makes itself is not the user's choice)."""
    allowed = [str(combo.itemData(i)) for i in range(combo.count())]
    chosen = read_choice(key, "", allowed)
    if chosen:
        combo.setCurrentIndex(allowed.index(chosen))
    combo.activated.connect(lambda i: write(key, str(combo.itemData(i))))


def reset() -> None:
    """Forget everything (the next start is like the first one)."""
    s = QSettings()
    s.clear()
    s.sync()
    log.info("settings reset (%s)", s.fileName())
