"""Errors a user can act on.

Every user-facing failure is a `BuilderError`: the CLI prints it as one line and exits non-zero, so
nothing a user did wrong ends in a traceback.
"""

from __future__ import annotations


class BuilderError(Exception):
    """A problem with the user's input or environment, reported as `file:record: message (fix)`."""

    def __init__(self, message: str, *, file: str | None = None, record: int | None = None,
                 fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.record = record
        self.fix = fix

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.record}: " if self.record is not None else f"{self.file}: "
        hint = f" ({self.fix})" if self.fix else ""
        return f"{where}{self.message}{hint}"


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that `with` blocks clean up (temporaries, workers).

    A BaseException so that handlers of ordinary errors (a per-article guard) do not swallow it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum
