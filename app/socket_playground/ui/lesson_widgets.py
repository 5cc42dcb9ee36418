"""How the lesson runner acts on widgets: find them by objectName (building
a pane's tabs when the widget is on one not shown yet), click, toggle, set the
forms' socket options and fill a send box, as a person would."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox


class LessonError(Exception):
    pass


class WidgetActions:
    """Mixed into the LessonRunner."""

    def _find(self, parent, cls, name):
        w = parent.findChild(cls, name)
        if w is None and hasattr(parent, "build_all_tabs"):
            parent.build_all_tabs()  # the widget may be on a tab not shown yet
            w = parent.findChild(cls, name)
        if w is None:
            raise LessonError(f"no widget {name!r}")
        return w

    def _fresh(self, pane) -> None:
        """Kernel figures read now, not at the next poll (an expect step)."""
        row = pane.findChild(QLabel, "tcpStateLabel")
        if row is not None and row.isVisible():
            row.poll()

    def _read(self, pane, prop: str):
        """A pane property as ``expect`` checks it; ``acceptedCount``: how many
        connections a server's list holds (in the order accept() took them)."""
        if prop == "acceptedCount":
            connections = getattr(pane, "connections", None)
            return len(connections.sessions) if connections is not None else None
        self._fresh(pane)
        return pane.property(prop)

    def _click(self, parent, name: str) -> None:
        self._find(parent, QPushButton, name).click()

    def _set_form_options(self, editor, options: dict) -> None:
        """The form's options as the lesson asks, the rest at their defaults."""
        editor.rcvbuf.setValue(0)
        editor.sndbuf.setValue(0)
        editor.nodelay.setChecked(False)
        editor.keepalive.setChecked(False)
        if editor.reuseaddr is not None:
            editor.reuseaddr.setChecked(True)
        for opt, value in options.items():
            self._set_option_widget(editor, opt, value)

    def _set_option_widget(self, editor, opt: str, value) -> None:
        spins = {"SO_RCVBUF": "rcvbufSpin", "SO_SNDBUF": "sndbufSpin"}
        checks = {
            "TCP_NODELAY": "nodelayCheck",
            "SO_KEEPALIVE": "keepaliveCheck",
            "SO_REUSEADDR": "reuseaddrCheck",
        }
        if opt in spins:
            spin = self._find(editor, QSpinBox, spins[opt])
            spin.setValue(int(value))
            spin.editingFinished.emit()
        elif opt in checks:
            self._find(editor, QCheckBox, checks[opt]).setChecked(bool(value))
        else:
            raise LessonError(f"unknown option {opt}")

    def _fill_send_box(self, pane, text: str, mode: str) -> None:
        pane.send_box.set_input(text, mode)

    def _toggle(self, parent, name: str, on: bool) -> None:
        button = self._find(parent, QPushButton, name)
        if button.isChecked() != on:
            button.click()
