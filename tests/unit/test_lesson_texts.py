"""The lessons' texts are English data; their Chinese is in the Qt
translation file, context ``Lesson``: every text (titles, steps, the
privileged variants) must have a finished translation there, and no Chinese
is left in the lesson files. (No Qt: the .ts file is read as XML.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from socket_playground.core import lessons
from socket_playground.core.lessons import CONTEXT, all_lessons, all_texts

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "socket_playground_zh_CN.ts"
# CJK ideographs, CJK punctuation, full-width forms
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def translations(context: str) -> dict[str, str | None]:
    """Each source of the context: its translation when finished, else None
    (unfinished, vanished, obsolete or empty)."""
    found: dict[str, str | None] = {}
    for ctx in ET.parse(TS_FILE).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            element = message.find("translation")
            text = element.text if element is not None else None
            finished = element is not None and element.get("type") is None and bool(text)
            found[message.findtext("source") or ""] = text if finished else None
    return found


def test_every_lesson_text_has_a_finished_chinese_translation():
    done = translations(CONTEXT)
    missing = [
        (lesson.name, "not in the .ts" if text not in done else "unfinished", text[:70])
        for lesson in all_lessons()
        for text in lesson.texts()
        if done.get(text) is None
    ]
    assert not missing, (
        "lesson texts without a finished translation (run packaging/build_resources.py "
        f"--update-ts, then translate them in {TS_FILE.name}): {missing}"
    )


def test_every_text_is_counted():
    """lesson.texts() names the title, each step's text and privileged text."""
    for lesson in all_lessons():
        assert lesson.texts()[0] == lesson.title_en
        for step in lesson.steps:
            assert step.en in lesson.texts()
            if step.en_privileged:
                assert step.en_privileged in lesson.texts()
    every = all_texts()
    assert len(every) == len(set(every))
    assert any(step.en_privileged for lesson in all_lessons() for step in lesson.steps)


def test_translations_are_chinese_and_plain_text():
    done = translations(CONTEXT)
    for text in all_texts():
        zh = done.get(text)
        assert zh is not None and CJK.search(zh), text[:70]
        assert "&lt;" not in zh and "&gt;" not in zh and "<b>" not in zh, zh[:70]


def test_no_chinese_in_the_lesson_files():
    folder = Path(lessons.__file__).parent
    left = [
        f"{path.name}:{n}: {line.strip()[:70]}"
        for path in sorted(folder.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CJK.search(line)
    ]
    assert not left, left
