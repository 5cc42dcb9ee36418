"""A lesson's script: a real Python process against the lesson's server."""

import subprocess
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QPlainTextEdit

from socket_playground.core.lessons.scripts import Script


def test_makefile_lesson_shows_the_flush_trap(qtbot, window):
    panel = window.lessons
    runner = panel.load("makefile-flush")
    for _ in range(3):  # start_server, run_script (3 s readline timeout), expect
        with qtbot.waitSignal(runner.step_done, timeout=20000) as blocker:
            runner.next()
        assert blocker.args[1], blocker.args[2]
    conn = runner.names["conn"]
    assert conn.property("bytesReceived") == 0  # the request is in wfile's buffer
    out = window.findChild(QPlainTextEdit, "lessonScriptOutput")
    assert "readline() timed out" in out.toPlainText()
    # the script is the client: shown in the client column, in view
    column = window.client_column
    assert column.box.indexOf(panel.script) >= 0 and panel.script.isVisible()
    assert not column.empty.isVisible()
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.run_all()
    assert blocker.args == [True], panel.status.text()
    assert conn.property("bytesReceived") == 10
    assert conn.property("recvCalls") >= 1
    assert panel.script.exit_code == 0
    assert "reply: b'12:00\\n'" in out.toPlainText()
    assert "(exit code 0)" in out.toPlainText()


def test_mysocket_runs_the_howto_version_and_the_fixed_one(qtbot, window):
    panel = window.lessons
    runner = panel.load("mysocket-run")
    with qtbot.waitSignal(runner.finished, timeout=60000) as blocker:
        runner.run_all()
    assert blocker.args == [True], panel.status.text()
    assert runner.names["howto_conn"].property("bytesReceived") == 8
    assert runner.names["fixed_conn"].property("bytesReceived") == 16
    assert "received b'hello, client!!!'" in panel.script.output
    assert "/tmp" not in panel.script.output  # the file's own name, not its folder
    # every run stays in the output, each under its command line, in order
    shown = window.findChild(QPlainTextEdit, "lessonScriptOutput").toPlainText()
    runs = [shown.index(f"$ python {name} ") for name in ("mysocket_zh.py", "mysocket_howto.py")]
    runs.append(shown.index("$ python mysocket_fixed.py "))
    assert runs == sorted(runs)
    assert "SyntaxError" in shown and "RuntimeError: socket connection broken" in shown
    assert "SyntaxError" not in panel.script.output  # (the current run's own output)
    panel.reset()
    assert shown and window.findChild(QPlainTextEdit, "lessonScriptOutput").toPlainText() == ""


def test_a_failed_expectation_on_a_script_is_a_failed_step(qtbot, window):
    panel = window.lessons
    runner = panel.load("makefile-flush")
    with qtbot.waitSignal(runner.step_done, timeout=20000):
        runner.next()
    script = panel.script
    script.start(Script("fails.py", "import sys\nprint('bye')\nsys.exit(3)\n"), 9)
    check = runner.do_expect_script(exit_code=0)
    qtbot.waitUntil(lambda: script.exit_code is not None, timeout=20000)
    try:
        check()
    except Exception as e:  # LessonError, with the figure
        assert "exit code is 3" in str(e)
    else:
        raise AssertionError("an exit code of 3 passed for 0")
    assert "bye" in script.output and "(exit code 3)" in script.output


def test_reset_ends_a_running_script(qtbot, window):
    panel = window.lessons
    panel.load("makefile-flush")
    script = panel.script
    script.start(Script("waits.py", "input()\n"), 9)
    process = script.process
    assert process is not None
    qtbot.waitUntil(lambda: process.state() == QProcess.ProcessState.Running, timeout=20000)
    pid = process.processId()
    panel.reset()  # (load again)
    assert script.process is None and not script.isVisible()
    assert window.client_column.box.indexOf(script) < 0  # taken back, not deleted
    assert window.client_column.empty.isVisible()
    # the process is gone, not left behind: waitpid'ed by QProcess
    out = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True)
    assert out.stdout.strip() == ""


def test_run_script_command_runs_a_file_as_python_would(tmp_path):
    f = tmp_path / "s.py"
    f.write_text("import sys\nprint('args', sys.argv[1:])\nraise RuntimeError('x')\n")
    out = subprocess.run(
        [sys.executable, "-m", "socket_playground", "run-script", str(f), "7"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": "app"},
    )
    assert out.returncode == 1
    assert "args ['7']" in out.stdout
    assert "RuntimeError: x" in out.stderr and "runpy" not in out.stderr
