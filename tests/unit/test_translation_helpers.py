"""Every translated string reaches the .ts: lupdate reads tr(), translate()
and _t(context, text) (build_resources.py's alias); a one-argument helper
hides its strings from it, and the Chinese UI then shows them in English."""

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app" / "socket_playground"
ONE_ARGUMENT = re.compile(r"def _t\(\s*text\b")


def test_no_translation_helper_without_its_context():
    found = [
        str(path.relative_to(APP))
        for path in sorted(APP.rglob("*.py"))
        if ONE_ARGUMENT.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"write _t(context, text), as lupdate reads it: {found}"
