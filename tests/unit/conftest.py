"""Hypothesis profiles for the unit tests (the fuzz tests in test_fuzz_*.py).

``ci`` (the default): deterministic (``derandomize``: the same cases on every
run, no example database), no deadline; each fuzz test asks for its own
number of cases through :func:`budget`, a few thousand in all, so the fuzz
files take well under 30 s on two cores.

``thorough``: at least 10,000 cases for every fuzz test, drawn at random
(a new seed each run), no deadline. Run it now and then, and after changing a
parser or decoder::

    HYPOTHESIS_PROFILE=thorough python -m pytest -q tests/unit -k fuzz

A failure prints the smallest failing case and a ``@reproduce_failure`` blob;
add the case to the test as an ``@example`` once the bug is fixed.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

THOROUGH_EXAMPLES = 10_000

settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=THOROUGH_EXAMPLES,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def budget(ci_examples: int, suppress: tuple[HealthCheck, ...] = ()) -> settings:
    """Settings for one fuzz test: ``ci_examples`` cases in the ``ci``
    profile, at least THOROUGH_EXAMPLES in ``thorough``, and the profile's own
    number in any other; ``suppress``: health checks the test does not need
    (on top of the profile's)."""
    checks = [*settings.default.suppress_health_check, *suppress]
    if PROFILE == "ci":
        return settings(max_examples=ci_examples, suppress_health_check=checks)
    if PROFILE == "thorough":
        n = max(ci_examples, THOROUGH_EXAMPLES)
        return settings(max_examples=n, suppress_health_check=checks)
    return settings(suppress_health_check=checks)
