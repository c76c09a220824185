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


class CodingError(EventwireError):
    """An exception inside eventwire while coding one record: a bug, named with its record.

    Batches count it and go on; the CLI exits 3 so that it is reported, never taken for bad input.
    """

    def __init__(self, exc: BaseException, origin: str = "<input>", line: int | None = None,
                 doc_id: str | None = None):
        self.origin = origin
        self.line = line
        self.doc_id = doc_id
        self.exc_class = type(exc).__name__
        text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)   # KeyError quotes its key
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]
        self.first_line = first
        self.reason = f"internal error {self.exc_class}"
        where = f"{origin}:{line}" if line is not None else origin
        ident = f" (id {doc_id})" if doc_id else ""
        super().__init__(f"{where}{ident}: {self.exc_class}: {first} -- a bug in eventwire, please report it")

    def __reduce__(self):
        """Pickled by its parts, so a worker process's failure reaches the client with the same message."""
        return (_coding_error, (self.exc_class, self.first_line, self.origin, self.line, self.doc_id))


def _coding_error(exc_class: str, first_line: str, origin: str, line: int | None, doc_id: str | None) -> CodingError:
    return CodingError(type(exc_class, (Exception,), {})(first_line), origin, line, doc_id)
