"""The factkit exception tree: caller mistakes raise, article content never does.

::

    FactkitError                 root of everything factkit raises on purpose
    ├── InputError (ValueError)  bad input: not text, empty text, undecodable bytes
    │   └── DateError            a published/reference date that is not a date
    ├── ConfigError (ValueError) bad settings or rule data
    │   └── RuleValidationError  a rule pack's entries are invalid (file, line, field)
    └── ExtractorError           a custom extractor failed or returned a non-fact

Every message carries a stable code (``FK1xx``) so that scripts can match on it.
Problems found *in* an article (an unbalanced quote, a date printed twice) are not
errors: they are recorded as ``Diagnostic`` objects on the ``Article``.
"""

from __future__ import annotations

DOCS_URL = "https://github.com/factkit/factkit/blob/main/docs/guide.md"


class FactkitError(Exception):
    """Root of every exception factkit raises on purpose."""

    code = "FK100"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(FactkitError, ValueError):
    """The input cannot be processed: not a string, empty, or not UTF-8."""

    code = "FK101"


class DateError(InputError):
    """A ``published`` or ``reference`` date that is neither a date nor ``YYYY-MM-DD``."""

    code = "FK102"


class ConfigError(FactkitError, ValueError):
    """Invalid settings or rule data."""

    code = "FK200"


class RuleValidationError(ConfigError):
    """A rule pack's manifest or entries are invalid. ``errors`` lists every problem as
    ``file:line: field: message``."""

    code = "FK201"

    def __init__(self, message: str, *, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class ExtractorError(FactkitError, RuntimeError):
    """A custom extractor raised, or yielded something that is not a fact."""

    code = "FK300"
