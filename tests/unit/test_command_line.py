"""The command line as a new user meets it: no display is one clear line and
exit 1 (not Qt's abort), and `--list-lessons | head` ends quietly."""

import os
import subprocess
import sys
from pathlib import Path

APP = str(Path(__file__).resolve().parents[2] / "app")


def run(args, env_drop=(), **kw):
    env = {k: v for k, v in os.environ.items() if k not in env_drop}
    env["PYTHONPATH"] = APP
    return subprocess.run(
        [sys.executable, "-m", "socket_playground", *args], env=env, timeout=60, **kw
    )


def test_no_display_is_one_line_and_exit_1():
    done = run(
        [],
        env_drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0]


def test_list_lessons_into_a_closed_pipe_is_quiet():
    proc = subprocess.Popen(
        [sys.executable, "-m", "socket_playground", "--list-lessons"],
        env={**os.environ, "PYTHONPATH": APP, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
