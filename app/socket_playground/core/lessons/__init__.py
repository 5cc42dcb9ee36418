"""Guided lessons: plain data, no Qt.

A lesson is a list of steps. Each step names an *action* that the lesson
runner (``ui/lessons.py``) carries out through the same widgets a person uses
(buttons, spin boxes, the send box), then waits until the action has taken
effect on the real sockets, and shows the step's explanation next to what
just happened.

The texts here (each step's ``en`` and ``en_privileged``, each lesson's
``title_en``) are English only: they are the sources of the UI's Qt
translation. The UI shows them through ``QCoreApplication.translate(CONTEXT,
text)`` (``ui/lessons.py``); their Chinese is in
``resources/i18n/socket_playground_zh_CN.ts``, context ``Lesson``.
``packaging/build_resources.py --update-ts`` imports :func:`all_texts` and adds
a new or changed text there as unfinished; ``tests/unit/test_lesson_texts.py``
fails while any of them lacks a finished translation.

Actions and their arguments (``pane`` names a pane created by an earlier step):

- ``start_server(name="server", port=0, backlog=5, options=None, host="127.0.0.1",
  io_mode=None, family="auto")``: ``io_mode`` "blocking" (None), "timeout" or "nonblocking"
  is the mode of the connections it accepts. ``family="unix"``: ``host`` is a socket
  file's path or ``@name``; ``{tmp}`` and ``{pid}`` in it become the temporary folder
  and this process's id (a path of this run's own).
- ``connect(name="client", server="server", accepted="conn", options=None, port=None,
  expect="connected", timeout=10, io_mode=None, family="auto")``: Connect; waits for
  ``expect`` ("connected", "connecting" or "error"); ``timeout`` is the form's connect()
  timeout in seconds. The accepted pane of that connection gets the name ``accepted``.
  ``family="unix"``: to the server's path.
- ``send(pane, text, mode="text", wait=True, expect=None)``: type into the send box
  and click Send; waits until every byte was taken by send() (unless ``wait`` is
  False), or with ``expect="error"`` until the send() failed.
- ``trickle(pane, text, piece, delay_ms, mode="text")`` / ``repeat(pane, text,
  count, interval_ms)``: the Send-more tab.
- ``wait_received(pane, bytes)``: until the pane received at least that many.
- ``wait_state(pane, state)``: until the pane's state property reads it.
- ``wait_prop(pane, prop, min)``: until a numeric pane property reaches ``min``
  (e.g. ``partialSends``, ``messageCount``); ``wait_prop(pane, prop, value=…)``:
  until it reads exactly that (e.g. ``tcpState``, shown while the Socket tab is).
- ``wait_ms(ms)``: let time pass (for "nothing happens" steps; keep it short).
- ``pause_reading(pane, on=True)``, ``pause_accepting(pane, on=True)``,
  ``set_recv_size(pane, size)``, ``set_option(pane, option, value)``,
  ``set_io_mode(pane, mode, seconds=None)`` (the Socket tab's I/O mode: "blocking",
  "timeout" with ``seconds``, "nonblocking"),
  ``echo(pane, on=True)``.
- ``shutdown(pane, how="SHUT_WR"|"SHUT_RD")``, ``close(pane)``, ``abort(pane)``.
- ``show_tab(pane, tab)`` with tab in bytes, timeline, socket, send, messages, ruler.
- ``select_bytes(pane, start, end)``: select in the bytes view (inspector).
- ``set_framing(pane, kind, size=0, delimiter="\\n", prefix="!H",
  counts_itself=False)``: the Messages tab.
- ``show_code(pane)``: open the pane's "show the code" view.
- ``expect(pane, prop, value | min= | max=)``: check a pane property (a lesson
  checks what it claims; a failed check is shown and fails ``--run-lesson``);
  ``acceptedCount``: the connections in a server's list. ``privileged={...}``:
  the arguments checked instead where this process may bind ports below 1024
  (what such a machine shows is different).
- ``run_script(script, server="server", accepted=None, wait=None)``: run one of
  ``scripts.SCRIPTS`` as a separate Python process with the server's port; the
  server's new accepted pane gets the name ``accepted``; waits until the script
  printed ``wait`` (or, without it, ended). ``script_input(text="", wait=None)``:
  a line to its ``input()``, then the same wait. ``expect_script(exit_code=None,
  contains=None)``: its exit code (waits for the end) and output.

- ``start_udp_server(name="server", port=0, host="127.0.0.1")``: the server form on
  UDP, Start server (bind(), then recvfrom() in a loop); waits until bound.
  ``udp_client(name="client", server="server", connected=False)``: a UDP client
  sending to that server (``connected``: connect() first). The forms go back to
  TCP afterwards. A UDP pane's ``send`` is one datagram.
A step's ``show`` names what its text talks about when the action's own target
is not it (a last step's comparison of two panes, a tab, a number): each entry
is framed and scrolled into view (``ui/lesson_show.py``). One pane of a column
is in view at a time: a last step compares panes of different columns (servers
and accepted connections on the left, clients on the right), or lists first
the one that matters and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# the translation context of every lesson text (the .ts file's <context>)
CONTEXT = "Lesson"


@dataclass(frozen=True)
class Step:
    action: str
    args: dict[str, Any] = field(default_factory=dict)
    en: str = ""  # the explanation, in English: the translation's source
    # said instead where this process may bind ports below 1024 (root,
    # CAP_NET_BIND_SERVICE, a lowered ip_unprivileged_port_start): what the
    # screen shows there is different
    en_privileged: str = ""
    # what the step's text is about, framed and scrolled into view instead of
    # what its action points at (ui/lesson_show.py): "pane", "pane:tab",
    # "pane.prop", "pane:tab.prop" or "script"; in one column the first
    # listed win when they do not all fit
    show: tuple[str, ...] = ()

    def text(self, privileged: bool = False) -> str:
        """The English text to show (to translate): the privileged one where
        there is one and this process may bind ports below 1024."""
        if privileged and self.en_privileged:
            return self.en_privileged
        return self.en

    def texts(self) -> tuple[str, ...]:
        """Every text of the step, to translate."""
        return tuple(t for t in (self.en, self.en_privileged) if t)


@dataclass(frozen=True)
class Lesson:
    name: str  # for --lesson NAME
    concept: int  # row of HOWTO_CONCEPTS.md (1-16); 0 for the MySocket lesson
    title_en: str  # in English: the translation's source
    steps: tuple[Step, ...]

    def texts(self) -> list[str]:
        """The title and every step's texts, in order, to translate."""
        return [self.title_en, *(t for step in self.steps for t in step.texts())]


ACTIONS = {
    "start_server",
    "connect",
    "send",
    "trickle",
    "repeat",
    "wait_received",
    "wait_state",
    "wait_ms",
    "pause_reading",
    "pause_accepting",
    "set_recv_size",
    "set_option",
    "set_io_mode",
    "echo",
    "shutdown",
    "close",
    "abort",
    "show_tab",
    "select_bytes",
    "set_framing",
    "show_code",
    "expect",
    "wait_prop",
    "run_script",
    "script_input",
    "expect_script",
    "start_udp_server",
    "udp_client",
}


def all_lessons() -> list[Lesson]:
    """Every lesson, in teaching order (by HOWTO concept, MySocket last)."""
    from . import catalog

    lessons = list(catalog.LESSONS)
    return sorted(lessons, key=lambda lesson: (lesson.concept == 0, lesson.concept))


def find(name: str) -> Lesson | None:
    for lesson in all_lessons():
        if lesson.name == name:
            return lesson
    return None


def all_texts() -> list[str]:
    """Every lesson text to translate (titles, steps, privileged variants),
    each once, in teaching order."""
    return list(dict.fromkeys(t for lesson in all_lessons() for t in lesson.texts()))
