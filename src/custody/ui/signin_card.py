"""What the sign-in window shows before the database is open: the station's name and language, kept from last time.

The desktop app shows its sign-in window at once and opens the database behind it (issue 18: start-up). So that the
window speaks the station's language and names the station from its first paint, every start that reached the
database writes this card to the data folder (``sign-in.json``): the agency, station code and evidence room as
the sign-in header shows them, and the station's language. Nothing secret is in it (no key, no user, no password:
the database it belongs to is named by its URL without password or query). The database stays the authority: when
it answers differently the window is updated (and the card rewritten); a card for another database or another
station is ignored; a missing or unreadable card only means the window starts without a station header, in the
system's language.

Standard library only: it is read before Qt widgets, SQLAlchemy or the services are loaded.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("custody.ui")

CARD_FILE = "sign-in.json"
VERSION = 1


@dataclass(frozen=True)
class SignInCard:
    """The sign-in header (the fields :class:`custody.ui.login.LoginDialog` shows) and the station's language."""

    agency: str
    code: str
    evidence_room: str
    language: str | None = None


def database_key(url: str, station: str | None) -> str:
    """Which database and station a card belongs to: the URL without its password and query (a PostgreSQL URL may
    carry a password; the card is not a secret) and the station code asked for (``--station``), if any."""
    scheme, sep, rest = url.partition("://")
    if sep:
        rest = rest.split("?", 1)[0]
        netloc, slash, path = rest.partition("/")
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = userinfo.split(":", 1)[0] + "@" + host
        url = f"{scheme}://{netloc}{slash}{path}"
    return f"{url}#{station or ''}"


def read(folder: Path, key: str) -> SignInCard | None:
    """The card kept for ``key`` in ``folder``; None if there is none, it is for another database, or unreadable."""
    try:
        doc = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("version") != VERSION or doc.get("database") != key:
        return None
    fields = {name: doc.get(name) for name in ("agency", "code", "evidence_room")}
    if not all(isinstance(v, str) and v for v in fields.values()):
        return None
    language = doc.get("language")
    return SignInCard(**fields, language=language if isinstance(language, str) and language else None)


def write(folder: Path, key: str, card: SignInCard) -> None:
    """Keep ``card`` for ``key`` (atomically; unchanged cards are not rewritten; a folder that cannot be written to
    only costs the next start its station header)."""
    if read(folder, key) == card:
        return
    path = folder / CARD_FILE
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps({"version": VERSION, "database": key, **asdict(card)}, ensure_ascii=False,
                                    indent=1).encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("The sign-in card could not be kept in %s: %s", folder, exc)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
