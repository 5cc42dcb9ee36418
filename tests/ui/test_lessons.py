"""The Lessons panel runs a lesson through the window's own widgets."""

import subprocess
import sys

from PySide6.QtWidgets import QPushButton

from .conftest import panes


def test_panel_runs_a_lesson_to_the_end(qtbot, window):
    panel = window.lessons
    runner = panel.load("partial-send-recv")
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        panel.findChild(QPushButton, "lessonRunAllButton").click()
    assert blocker.args == [True], panel.status.text()
    conn = [p for p in panes(window, "accepted")][0]
    assert conn.property("recvCalls") >= 5
    n = len(runner.lesson.steps)
    assert f"Step {n} of {n}" in panel.counter.text()
    assert conn.property("bytesReceived") > 4_000_000     # the partial-send part ran


def test_next_runs_one_step_and_reset_clears(qtbot, window):
    panel = window.lessons
    runner = panel.load("partial-send-recv")
    with qtbot.waitSignal(runner.step_done, timeout=10000):
        panel.findChild(QPushButton, "lessonNextButton").click()
    assert len(panes(window, "listener")) == 1
    panel.findChild(QPushButton, "lessonResetButton").click()
    assert panes(window) == [] or all(not p.isVisible() for p in panes(window))
    assert panel.runner.index == 0


def test_list_lessons_command():
    out = subprocess.run([sys.executable, "-m", "socket_playground", "--list-lessons"],
                         capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                              "PYTHONPATH": "app"})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(line.startswith("partial-send-recv\t") for line in lines)
    assert all("\t" in line for line in lines)
