"""Translation marker for layers that must not import Qt.

``N_(context, text)`` marks a user-facing English string for extraction and returns it unchanged. The GUI
translates at display time with ``QCoreApplication.translate(context, text)``. Because a constant alone does
not say which context it was marked in, ``N_`` also remembers that: :func:`context_of` answers it, so an
exception that carries only its English template (``CustodyError.template``) can still be translated.

Always call ``N_`` with two string literals, so the extractor can read them.

Documents (reports, labels) are written in a language chosen per document, without Qt: inside
``with document_language(tr):`` (the services pass ``custody.translations.translator(lang)``), ``N_`` called at
run time returns the translation, enum labels are translated (``LabelledEnum.label``) and :func:`document_text`
translates texts marked earlier (module constants). The setting is a context variable: it applies to the
building of that one document in that thread only, and never to what is written to the ledger (the services
leave the block before they append).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CONTEXTS: dict[str, list[str]] = {}

Translate = Callable[[str, str], str]  # (context, English text) -> text in the document's language
_DOCUMENT: ContextVar[Translate | None] = ContextVar("custody_document_language", default=None)


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return ``text`` unchanged (translated inside
    :func:`document_language`)."""
    seen = _CONTEXTS.setdefault(text, [])
    if context not in seen:
        seen.append(context)
    tr = _DOCUMENT.get()
    return tr(context, text) if tr is not None else text


@contextmanager
def document_language(tr: Translate | None) -> Iterator[None]:
    """Write the document built inside this block with ``tr`` (None: English, the source language)."""
    token = _DOCUMENT.set(tr)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def document_text(context: str | None, text: str) -> str:
    """``text`` in the current document's language (unchanged outside :func:`document_language`). Without a
    ``context``, the one ``text`` was marked in with :func:`N_` is used."""
    tr = _DOCUMENT.get()
    if tr is None or not text:
        return text
    for ctx in ((context,) if context else contexts_of(text)):
        translated = tr(ctx, text)
        if translated != text:
            return translated
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
