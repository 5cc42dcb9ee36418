"""Lesson data: well formed, covering every HOWTO concept. (Its texts are
English; their Chinese is checked in test_lesson_texts.py.)"""

import inspect

from socket_playground.core.lessons import ACTIONS, Lesson, all_lessons, find


def test_names_unique_and_findable():
    lessons = all_lessons()
    names = [lesson.name for lesson in lessons]
    assert len(names) == len(set(names))
    for lesson in lessons:
        assert isinstance(lesson, Lesson)
        assert find(lesson.name) is lesson
        assert lesson.name == lesson.name.strip().lower() and " " not in lesson.name


def test_every_step_is_a_known_action_with_a_text():
    for lesson in all_lessons():
        assert lesson.title_en.strip(), lesson.name
        assert 2 <= len(lesson.steps) <= 20, lesson.name
        for step in lesson.steps:
            assert step.action in ACTIONS, (lesson.name, step.action)
            assert step.en.strip(), (lesson.name, step.action)


def test_runner_has_every_action():
    from socket_playground.ui.lessons import LessonRunner

    for action in ACTIONS:
        assert inspect.isfunction(getattr(LessonRunner, "do_" + action, None)), action


def test_every_howto_concept_and_mysocket_has_a_lesson():
    concepts = {lesson.concept for lesson in all_lessons()}
    assert set(range(17)) <= concepts, sorted(set(range(17)) - concepts)


def test_texts_are_plain_not_html():
    for lesson in all_lessons():
        for step in lesson.steps:
            for text in step.texts():
                assert "&lt;" not in text and "&gt;" not in text and "<b>" not in text
