"""The colours of text, one place: each role a pair, for a light and a dark
palette, every one at least 4.5:1 against the palette's window and base
colours (WCAG AA for text; tests/ui/test_contrast.py checks both palettes).

A widget asks when it is made (or painted): ``color("received")``, or
``css("error")`` for a style sheet; the pair is chosen by the application
palette's window colour. The state badges keep one colour each, with white
text on it (their pairs are the badge's own background and white).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (on a light palette, on a dark palette)
ROLES: dict[str, tuple[str, str]] = {
    "received": ("#1d4ed8", "#93c5fd"),  # bytes and rows of recv()
    "sent": ("#c2410c", "#fdba74"),  # bytes and rows of send()
    "eof": ("#6d28d9", "#c4b5fd"),  # recv() returned b''
    "muted": ("#4b5563", "#a1a1aa"),  # notes, hints, empty columns
    "error": ("#b91c1c", "#fca5a5"),  # what failed, and why
    "warn": ("#92400e", "#fcd34d"),  # a caution that is not a failure
}

# the state badges: white text on these (each at least 4.5:1 with white)
BADGE_TEXT = "#ffffff"


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette's windows are dark (light text on them)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def name(role: str, palette: QPalette | None = None) -> str:
    light, dark = ROLES[role]
    return dark if is_dark(palette) else light


def color(role: str, palette: QPalette | None = None) -> QColor:
    return QColor(name(role, palette))


def css(role: str, palette: QPalette | None = None) -> str:
    """``color: …;`` for a style sheet."""
    return f"color: {name(role, palette)};"


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
