"""The one exception type of the read boundary.

Reading is the step that meets the outside world (files of unknown encoding,
truncated HTML, broken JSON lines).  Every such problem becomes a
``ReadError`` so that callers can report it per file and carry on with the
rest of a corpus instead of aborting a whole run.
"""
from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A report that could not be read.

    ``str(err)`` is a single line, ``"<path>: <problem>"``, so that a CLI can
    print one line per bad input.  For a bad JSON line ``path`` is
    ``"<file>:<line number>"``.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        # One line, whatever the problem text held (an lxml or json message
        # can carry newlines).
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"

    def __reduce__(self):
        return (type(self), (self.path, self.problem))
