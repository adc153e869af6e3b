"""What the fuzz tests share: mutations of valid files, and a guard against hangs.

The fuzz tests are marked ``fuzz``. ``make test`` runs them with Hypothesis's usual number of
examples; ``make fuzz`` runs only them, with the ``fuzz`` profile's many more (profiles in
``tests/conftest.py``).
"""

from __future__ import annotations

import contextlib
import signal

from hypothesis import strategies as st

# A parser or decoder that takes this long over one input of a few kilobytes is not slow, it
# is stuck (an expansion, a loop): the guard turns that into a failure instead of a hung run.
HANG_SECONDS = 30


class Hang(Exception):
    """One input kept the code under test busy for HANG_SECONDS."""


@contextlib.contextmanager
def no_hang(seconds: float = HANG_SECONDS):
    """Raise ``Hang`` inside the block if it runs longer than ``seconds`` (main thread only)."""

    def stuck(_signum, _frame):
        raise Hang(f"still running after {seconds} s: the input made it hang")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def mutated(draw, original: bytes, max_changes: int = 8) -> bytes:
    """``original`` with a few bytes flipped, inserted, deleted or repeated, or cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_changes))):
        change = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if change == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif change == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif change == "delete":
            del data[at : at + draw(st.integers(1, 16))]
        elif change == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 64))]
        elif change == "cut":
            del data[at:]
    return bytes(data)
