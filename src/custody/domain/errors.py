"""Exceptions every layer understands.

Each exception carries ``.message``: finished English text for a person. For translation it also carries
``.template`` (the English text as marked with ``N_``), ``.params`` (the values substituted into it with
``str.format``) and ``.context`` (the ``N_`` context), so the GUI can do::

    text = QCoreApplication.translate(err.context, err.template).format(**err.params)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from custody.domain.i18n import N_, context_of

GENERIC_MESSAGE = N_("Errors", "The action could not be completed.")
FORM_ERRORS_MESSAGE = N_("Errors", "Some details need correcting ({count}); each marked field says what is wrong.")
NOT_FOUND_MESSAGE = N_("Errors", "Nothing was found for {what} {key}.")
PERMISSION_MESSAGE = N_("Errors", "Your roles ({roles}) do not allow: {action}.")
NO_ROLES = N_("Errors", "none")


class CustodyError(Exception):
    """Base of all errors that Custody shows to a person in words."""

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.template: str = message if message is not None else GENERIC_MESSAGE
        self.params: dict[str, Any] = params
        self.message: str = self.template.format(**params) if params else self.template
        self.context: str = context_of(self.template) or "Errors"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ValidationError(CustodyError):
    """One input value is not acceptable. ``.field`` names the field (or None for the whole input)."""

    def __init__(self, field: str | None, message: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class FormErrors(CustodyError):
    """Several fields of one form are not acceptable.

    ``.errors`` maps field name to finished English message; ``.details`` maps field name to the
    :class:`ValidationError` behind it (for translation).
    """

    def __init__(self, errors: Mapping[str, ValidationError | str]) -> None:
        self.details: dict[str, ValidationError] = {}
        for field, err in errors.items():
            self.details[field] = err if isinstance(err, ValidationError) else ValidationError(field, err)
        self.errors: dict[str, str] = {field: err.message for field, err in self.details.items()}
        super().__init__(FORM_ERRORS_MESSAGE, count=len(self.errors))

    def __str__(self) -> str:  # for logs and the command line: every field and its message
        return self.message + "".join(f"\n  {field}: {msg}" for field, msg in self.errors.items())

    @classmethod
    def collect(cls, errors: Iterable[ValidationError]) -> FormErrors:
        """Build from ValidationErrors; the first error per field wins."""
        out: dict[str, ValidationError] = {}
        for err in errors:
            out.setdefault(err.field or "", err)
        return cls(out)


class NotFound(CustodyError):
    """Something looked up by a key does not exist. ``what`` is a (marked) noun such as "item"."""

    def __init__(self, what: str, key: object, message: str | None = None, /, **params: Any) -> None:
        self.what = what
        self.key = key
        if message is None:
            super().__init__(NOT_FOUND_MESSAGE, what=what, key=key)
        else:
            super().__init__(message, **params)


class Conflict(CustodyError):
    """The action contradicts the current state (already checked out, duplicate case number, ...)."""


class PermissionDenied(CustodyError):
    """The user's roles do not allow the action.

    ``.action`` is the action (a ``custody.security.permissions.Action`` or its string value),
    ``.roles`` the roles the user has, ``.username`` who tried.
    """

    def __init__(
        self,
        action: object,
        roles: Iterable[object],
        *,
        username: str | None = None,
        action_label: str | None = None,
        role_labels: Iterable[str] | None = None,
    ) -> None:
        self.action = action
        self.roles = tuple(roles)
        self.username = username
        labels = list(role_labels) if role_labels is not None else [str(r) for r in self.roles]
        super().__init__(
            PERMISSION_MESSAGE,
            roles=", ".join(labels) if labels else NO_ROLES,
            action=action_label if action_label is not None else str(action),
        )


class AuthError(CustodyError):
    """Authentication failed: wrong password, locked account, unreadable key."""
