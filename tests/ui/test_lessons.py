"""The Lessons panel runs a lesson through the window's own widgets."""

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_panel_runs_a_lesson_to_the_end(qtbot, window, panes):
    panel = window.lessons
    runner = panel.load("partial-send-recv")
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        panel.findChild(QPushButton, "lessonRunAllButton").click()
    assert blocker.args == [True], panel.status.text()
    conn = panes(window, "accepted")[0]
    assert conn.property("recvCalls") >= 5
    n = len(runner.lesson.steps)
    assert f"Step {n} of {n}" in panel.counter.text()
    assert conn.property("bytesReceived") > 4_000_000  # the partial-send part ran


def test_next_runs_one_step_and_reset_clears(qtbot, window, panes):
    panel = window.lessons
    runner = panel.load("partial-send-recv")
    with qtbot.waitSignal(runner.step_done, timeout=10000):
        panel.findChild(QPushButton, "lessonNextButton").click()
    assert len(panes(window, "listener")) == 1
    listener = panes(window, "listener")[0]
    session = listener.session
    assert session.alive
    lesson = runner.lesson
    panel.findChild(QPushButton, "lessonResetButton").click()
    # Reset = load the lesson again: every socket closed, every pane removed
    # (hidden now, deleted by the event loop), a fresh runner at the first step
    assert not session.alive
    assert window.sessions == [] and window.panes == {}
    assert not listener.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert panes(window) == []
    assert panel.runner is not runner and panel.runner.lesson.name == lesson.name
    assert panel.runner.index == 0
    assert panel.findChild(QPushButton, "lessonNextButton").isEnabled()
    assert panel.counter.text() == f"{len(lesson.steps)} steps"


@pytest.mark.parametrize("lang", [None, "zh_CN"])
def test_list_lessons_command(lang):
    """Every lesson's name and title, the title in the UI language (with
    --lang zh_CN the translation's, as the Lessons panel shows it)."""
    from socket_playground.core.lessons import all_lessons

    out = subprocess.run(
        [sys.executable, "-m", "socket_playground", "--list-lessons"]
        + (["--lang", lang] if lang else []),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": "app",
            "PYTHONIOENCODING": "utf-8",
            "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"],  # (tests/conftest.py)
        },
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(line.startswith("partial-send-recv\t") for line in lines)
    assert all("\t" in line for line in lines)
    titles = dict(line.split("\t", 1) for line in lines)
    english = {lesson.name: lesson.title_en for lesson in all_lessons()}
    assert titles.keys() == english.keys()
    if lang is None:  # no LANG: the C locale, English
        assert titles == english
    else:
        assert all(CJK.search(title) for title in titles.values()), titles


def test_privileged_ports_says_what_this_machine_shows(qtbot, window, monkeypatch):
    """Where this process may bind ports below 1024 (root, as in many
    classroom containers) port 1023 listens, and the lesson says why."""
    from socket_playground.ui import lessons as lessons_ui

    panel = window.lessons
    for privileged in (True, False):
        monkeypatch.setattr(lessons_ui, "may_bind_privileged", lambda p=privileged: p)
        runner = panel.load("privileged-ports")
        step = runner.lesson.steps[0]
        with qtbot.waitSignal(runner.step_done, timeout=10000):
            panel.findChild(QPushButton, "lessonNextButton").click()
        assert panel.text.text() == step.text(privileged)
        assert ("it is listening" in panel.text.text()) is privileged


def test_run_all_ends_at_a_failed_step(qtbot, window):
    """A step that fails in the middle ends Run all with finished(False) (before:
    nothing was emitted, and --run-lesson waited for ever)."""
    from socket_playground.core.lessons import Lesson, Step
    from socket_playground.ui.lesson_runner import LessonRunner

    lesson = Lesson(
        name="t",
        concept=1,
        title_en="t",
        steps=(
            Step("start_server", {}, "a"),
            Step("expect", {"pane": "server", "prop": "state", "value": "closed"}, "b"),
            Step("wait_ms", {"ms": 1}, "c"),
        ),
    )
    runner = LessonRunner(window, lesson)
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        runner.run_all()
    assert blocker.args == [False] and runner.index == 2  # the third step never ran
