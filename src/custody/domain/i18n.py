"""Translation marker for layers that must not import Qt.

``N_(context, text)`` marks a user-facing English string for extraction and returns it unchanged. The GUI
translates at display time with ``QCoreApplication.translate(context, text)``. Because a constant alone does
not say which context it was marked in, ``N_`` also remembers that: :func:`context_of` answers it, so an
exception that carries only its English template (``CustodyError.template``) can still be translated.

Always call ``N_`` with two string literals, so the extractor can read them.
"""

from __future__ import annotations

_CONTEXTS: dict[str, list[str]] = {}


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return ``text`` unchanged."""
    seen = _CONTEXTS.setdefault(text, [])
    if context not in seen:
        seen.append(context)
    return text


def context_of(text: str) -> str | None:
    """The context ``text`` was first marked in with :func:`N_` (None if never marked, or its module was
    not imported yet). The same English text may be marked in several contexts: see :func:`contexts_of`."""
    seen = _CONTEXTS.get(text)
    return seen[0] if seen else None


def contexts_of(text: str) -> tuple[str, ...]:
    """Every context ``text`` was marked in."""
    return tuple(_CONTEXTS.get(text, ()))


# --- the languages Custody speaks ----------------------------------------------------------------------------

#: Working languages, English first (the source language of every message). Russian is shipped too while its
#: catalogue exists, but it is not one of the supported working languages (issue 16).
LANGUAGES: tuple[str, ...] = ("en", "fr", "pt", "es", "ar")
SOURCE_LANGUAGE = "en"

#: Each language in its own name: a language picker shows these untranslated, so that someone who does not read
#: the current language still finds their own.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "pt": "Português",
    "es": "Español",
    "ar": "العربية",
}

RTL_LANGUAGES = frozenset({"ar"})


def normalize_language(code: str | None) -> str:
    """A supported language code for ``code`` ("fr_FR" -> "fr", "pt-BR" -> "pt"); English when unknown."""
    base = (code or "").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def is_rtl(code: str) -> bool:
    return normalize_language(code) in RTL_LANGUAGES
