"""Pure domain layer: enums, value objects, item categories and their fields, id formats, validation.

Standard library only, no I/O. Every user-facing string is marked with :func:`custody.domain.i18n.N_`.
"""
