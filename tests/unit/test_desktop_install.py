"""install-desktop: the menu entry, icon and metainfo for one user."""

import configparser
import sys

from socket_playground import desktop_install as d


def test_install_then_uninstall(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["socket-playground"])
    paths = d.install(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in paths) == sorted(
        [
            f"applications/{d.APP_ID}.desktop",
            f"icons/hicolor/scalable/apps/{d.APP_ID}.svg",
            f"metainfo/{d.APP_ID}.metainfo.xml",
        ]
    )
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "applications" / f"{d.APP_ID}.desktop", encoding="utf-8")
    # not started as the script here: this Python with -m
    assert entry["Desktop Entry"]["Exec"] == f"{sys.executable} -m socket_playground"
    assert entry["Desktop Entry"]["Icon"] == d.APP_ID
    svg = (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{d.APP_ID}.svg").read_text()
    assert "<svg" in svg
    removed = d.uninstall(tmp_path)
    assert sorted(removed) == sorted(paths)
    assert not any(p.exists() for p in paths)
    assert d.uninstall(tmp_path) == []  # again: nothing left to remove


def test_exec_is_the_running_script(tmp_path, monkeypatch):
    script = tmp_path / "bin" / "socket-playground"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert d.launcher() == str(script.resolve())
    text = "[Desktop Entry]\nName=x\nExec=socket-playground\nIcon=y\n"
    assert "Exec=/" in d.desktop_entry(text, d.launcher())
