"""A progress line for long commands: redrawn in place on a terminal, silent elsewhere."""

import time


class Progress:
    def __init__(self, stream, label: str, total: int | None = None):
        # Django's OutputWrapper ends every write with a newline: write to what it wraps.
        self.stream = getattr(stream, "_out", stream)
        self.label = label
        self.total = total
        self.started = time.monotonic()
        self.interactive = hasattr(stream, "isatty") and stream.isatty()
        self._last_draw = 0.0

    def update(self, done: int, total: int | None = None) -> None:
        if total is not None:
            self.total = total
        now = time.monotonic()
        if not self.interactive or (now - self._last_draw < 0.1 and done != self.total):
            return
        self._last_draw = now
        if self.total:
            width = 30
            filled = int(width * done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            line = f"\r{self.label} [{bar}] {done}/{self.total}"
        else:
            line = f"\r{self.label} {done}"
        self.stream.write(line)
        self.stream.flush()

    def finish(self) -> float:
        """End the line; return the seconds spent."""
        if self.interactive:
            self.stream.write("\n")
        return time.monotonic() - self.started
