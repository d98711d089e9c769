"""bantin's errors: one base class, each subclass with a stable code and a message giving the fix.

The CLI prints a ``BantinError`` as one line and exits 1. Per-input problems (an empty file, an
undecodable page) are not raised past the runner: they become stored ``Rejection`` records so
the rest of the batch goes on.
"""

from __future__ import annotations


class BantinError(Exception):
    """Base of every error bantin raises on purpose."""

    code = "B000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(BantinError):
    """A path given on the command line cannot be read at all."""

    code = "B001"


class ConfigError(BantinError):
    """A parameter is out of range; raised when the pipeline is built, before any work."""

    code = "B002"


class PipelineError(BantinError):
    """The pipeline's components do not fit together (a field required but never assigned)."""

    code = "B003"


class StoreError(BantinError):
    """The SQLite store cannot be opened or has a schema this version cannot use."""

    code = "B004"


class NotFoundError(BantinError):
    """A story or article id that the store does not hold."""

    code = "B005"


class DatasetError(BantinError):
    """An evaluation file is missing or not in the evaluation format."""

    code = "B006"


class RequestError(BantinError):
    """An HTTP request the server cannot take: an empty or oversized body, an unknown path."""

    code = "B007"


class BodyTooLargeError(RequestError):
    """A request body past the server's limit (answered with HTTP 413)."""


def check_range(
    owner: str, name: str, value: float, low: float, high: float, kind: type = float
) -> None:
    """Validate a numeric parameter at the boundary, sklearn-style message included."""
    ok_type = isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        ok_type = isinstance(value, int) and not isinstance(value, bool)
    if not ok_type or not (low <= value <= high):
        raise ConfigError(
            f"'{name}' of {owner} must be {'an int' if kind is int else 'a float'} "
            f"in [{low}, {high}]; got {value!r}"
        )
