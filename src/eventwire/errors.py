"""One exception tree. Messages say what went wrong, where (file, line) and what to do."""
from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """A report could not be read: names the file and line."""

    def __init__(self, message: str, origin: str = "<input>", line: int | None = None):
        self.origin = origin
        self.line = line
        self.reason = message
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        """Pickled with its parts, so it crosses to and from worker processes whole."""
        return (type(self), (self.reason, self.origin, self.line))


class StoreError(EventwireError):
    """The store could not be opened or written."""


class GazetteerError(EventwireError):
    """The gazetteer index is missing or could not be built."""


class EvaluationError(EventwireError):
    """Gold or prediction files are malformed."""
