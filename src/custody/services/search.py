"""Item search: by any barcode (exact), or by words (full text), with filters.

- A text shaped like a code (item id, ``LOC-``, ``OFF-``) is verified and looked up exactly: an item gives
  that item, a location the items stored there (and below), a badge the items that officer holds. A code
  with a wrong check character raises ValidationError: it is never matched to a similar code.
- A seizure document number (``2026-000123``) gives the items of that seizure.
- Anything else is split into words (letters, digits and marks of any script) and every word must match
  the start of a word of the item's text (description, category, case and seizure numbers, serial numbers,
  IMEI, VIN, plates, document numbers, names...). SQLite: FTS5 ``"word"*`` (each word quoted, so user
  text never becomes FTS syntax; accents are ignored). PostgreSQL: ``to_tsquery('simple', '''word'':*
  & ...')`` with each word quoted.

Results are newest first (the index is walked in descending row order, so a common word stays fast on
10^6 items). Whole words are tried first; the last word as a prefix (as typed so far), then every word as a prefix,
only while there are too few hits (:func:`modes`). SQLite keeps prefix indexes of 2, 3 and 4 characters (migration
0014), so those prefixes are walked like a word, from the newest row, and stop at the limit; a longer prefix reads
the whole posting lists of the words that start with it first (~3.5 ms per 100,000 rows they hold at 10^6 items).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, func, literal_column, select
from sqlalchemy.orm import Session

from custody.db.models import Item, ItemState, Seizure
from custody.db.uow import unit_of_work
from custody.domain.errors import NotFound, ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import normalise_code
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.intake import (
    ItemFilters,
    ItemSummaryDTO,
    apply_filters,
    search_tokens,
    summary_from_row,
    summary_select,
)
from custody.services.intake.common import _item_prefixes
from custody.services.intake.queries import _find_by_scan, _user_by_badge_number

MAX_QUERY = 200
MAX_WORDS = 12
MAX_WORD = 64
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

MSG_QUERY_LONG = N_("Search", "The search text is too long: at most {max} characters.")

# Something a scanner or a person typed as a barcode: item id, location or badge code.
_CODE_RE = re.compile(r"[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,2}-[0-9]{2}-[0-9]{6}-[0-9A-Z]|(?:LOC|OFF)-[0-9]{6}-[0-9A-Z]")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_SEIZURE_RE = re.compile(r"[0-9]{4}-[0-9]{6}")
_BADGE_SHAPE = re.compile(r"(?=.*[0-9])[A-Z0-9-]{1,24}")  # a badge number as printed on the card (B-1002)

_meta = MetaData()
_fts_sqlite = Table("item_search", _meta, Column("rowid", Integer), Column("item_id", String), Column("body", Text))
_meta_pg = MetaData()
_fts_pg = Table("item_search", _meta_pg, Column("item_id", String), Column("body", Text), Column("tsv", Text))


def words(text: str) -> list[str]:
    """The query's words (as the index splits text), each once, at most MAX_WORDS."""
    out = search_tokens(text)
    seen: list[str] = []
    for w in out:
        w = w[:MAX_WORD]
        if w.casefold() not in (s.casefold() for s in seen):
            seen.append(w)
    return seen[:MAX_WORDS]


def _prefix_flags(ws: list[str], mode: str) -> list[bool]:
    """Which words are prefix queries: ``all``, ``last`` (as you type) or ``none``. One-letter words never."""
    n = len(ws)
    return [len(w) >= 2 and (mode == "all" or (mode == "last" and i == n - 1)) for i, w in enumerate(ws)]


def modes(ws: list[str]) -> list[str]:
    """The queries :func:`search` may run, in order, while there are too few hits: whole words (``none``), the
    last word as a prefix (``last``), every word as a prefix (``all``, for two words or more, and only while
    nothing was found). Modes that would repeat the previous query are left out."""
    out = ["none"]
    if any(_prefix_flags(ws, "last")):
        out.append("last")
    if len(ws) >= 2 and _prefix_flags(ws, "all") != _prefix_flags(ws, out[-1]):
        out.append("all")
    return out


def fts5_query(ws: list[str], mode: str = "all") -> str:
    """Each word as a quoted FTS5 string (``"word"`` or ``"word"*``): user text never becomes FTS syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' + ("*" if p else "")
                    for w, p in zip(ws, _prefix_flags(ws, mode), strict=True))


def tsquery(ws: list[str], mode: str = "all") -> str:
    """``'word':* & ...`` for to_tsquery, each word quoted (quotes and backslashes escaped)."""
    return " & ".join("'" + w.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if p else "")
                      for w, p in zip(ws, _prefix_flags(ws, mode), strict=True))


def looks_like_code(text: str, prefixes: list[str] | tuple[str, ...] = ()) -> bool:
    """True for a barcode (well formed or mistyped): a code shape, ``LOC-``/``OFF-``, or a known item prefix.

    Such text is looked up exactly, and a mistyped one is refused with a message; it never falls through to
    the word search, where it could find something else.
    """
    norm = normalise_code(text)
    if not norm or not set(norm) <= _CODE_CHARS:
        return False
    if _CODE_RE.fullmatch(norm) or norm.startswith(("LOC-", "OFF-")):
        return True
    return any(norm.startswith(p + "-") and len(norm) > len(p) + 1 for p in prefixes)


def search(ctx: AppContext, session: AuthSession, text: str, filters: ItemFilters | None = None,
           limit: int = DEFAULT_LIMIT) -> list[ItemSummaryDTO]:
    """Find items by barcode or by words. Raises ValidationError for a mistyped code."""
    authorize(ctx, session, Action.ITEM_VIEW)
    raw = unicodedata.normalize("NFC", text or "").strip()
    if len(raw) > MAX_QUERY:
        raise ValidationError("text", MSG_QUERY_LONG, max=MAX_QUERY)
    limit = max(1, min(int(limit), MAX_LIMIT))
    station = ctx.station() if filters is not None and (filters.date_from or filters.date_to) else None
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = apply_filters(summary_select(), s, filters, station)
        # The item prefixes (two queries) matter only for a text with a dash: a word search does not read them.
        if raw and (looks_like_code(raw) or ("-" in normalise_code(raw) and looks_like_code(raw, _item_prefixes(s)))):
            kind, dto = _find_by_scan(s, raw)  # ValidationError for a bad check character
            if kind == "item":
                if filters is None:
                    return [dto]
                q = q.where(Item.item_id == dto.item_id)
            elif kind == "location":
                from custody.services.locations import descendant_codes

                q = q.where(ItemState.location_code.in_(sorted(descendant_codes(s, dto.code))))
            else:
                q = q.where(ItemState.custodian == dto.username)
            return _run(s, q.order_by(Item.id.desc()).limit(limit))
        if raw and _BADGE_SHAPE.fullmatch(normalise_code(raw)):
            officer = _user_by_badge_number(s, raw)  # the items an officer holds, by badge number as by OFF- code
            if officer is not None:
                return _run(s, q.where(ItemState.custodian == officer.username).order_by(Item.id.desc()).limit(limit))
        if raw and _SEIZURE_RE.fullmatch(normalise_code(raw)):
            doc = normalise_code(raw)
            if s.execute(select(Seizure.id).where(Seizure.document_number == doc)).first():
                return _run(s, q.where(Seizure.document_number == doc).order_by(Item.id.desc()).limit(limit))
        ws = words(raw)
        if not ws:
            if raw:
                return []
            return _run(s, q.order_by(Item.id.desc()).limit(limit))
        # Whole words first (cheap on any index size); widen to prefixes only while there are too few hits
        # (a prefix longer than the prefix indexes reads whole posting lists before its first row).
        result: list[ItemSummaryDTO] = []
        for mode in modes(ws):
            if mode == "all" and result:
                break
            result = _run(s, _full_text(s, q, ws, mode).limit(limit))
            if len(result) >= limit:
                break
        return result


def _full_text(s: Session, q, ws: list[str], mode: str):
    if s.get_bind().dialect.name == "sqlite":
        fts = _fts_sqlite
        return (q.join(fts, fts.c.rowid == Item.id)
                .where(literal_column("item_search").op("MATCH")(fts5_query(ws, mode)))
                .order_by(fts.c.rowid.desc()))
    fts = _fts_pg
    return (q.join(fts, fts.c.item_id == Item.item_id)
            .where(fts.c.tsv.op("@@")(func.to_tsquery("simple", tsquery(ws, mode))))
            .order_by(Item.id.desc()))


def _run(s: Session, q) -> list[ItemSummaryDTO]:
    # Core execution: plain columns, no ORM entity loading to set up (~15% of a word search's CPU).
    return [summary_from_row(r) for r in s.connection().execute(q)]


def find_one(ctx: AppContext, session: AuthSession, code: str) -> ItemSummaryDTO:
    """The item a scanned code names (exact), for the scan box. ValidationError when mistyped."""
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        kind, dto = _find_by_scan(s, code)
    if kind != "item":
        raise NotFound(N_("Nouns", "item"), code)
    return dto
