"""Which language the app speaks for whom: the station's working language and each officer's own choice.

The station's language (``StationSettings.language``, chosen in the first-run wizard, changed in Settings) is the
sign-in screen's and the default of reports and labels. An officer who picks another language on the sign-in
screen keeps it: it is stored with the officer (``app_user.language``) and used at their next sign-in.

An officer's language is a display preference, not a custody fact, so it is not a ledger entry (nothing a report
states depends on it); it is written only after the officer's password was checked, by the sign-in itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from custody import translations
from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.errors import ValidationError
from custody.domain.i18n import LANGUAGES, N_, SOURCE_LANGUAGE, Translate, normalize_language
from custody.services import auth
from custody.services.auth import AuthSession
from custody.services.context import AppContext
from custody.services.settings import get_settings

MSG_UNKNOWN = N_("Language", "Custody does not speak the language {language}. Choose English, French, Portuguese, "
                             "Spanish or Arabic.")


@dataclass(frozen=True)
class SignedIn:
    session: AuthSession
    language: str  # the language to speak to this officer from now on


def station_language(ctx: AppContext) -> str:
    return normalize_language(get_settings(ctx).language)


def officer_language(ctx: AppContext, username: str) -> str | None:
    """The language ``username`` chose at their last sign-in (None if they never chose one)."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        value = s.execute(select(User.language).where(User.username == username.strip().lower())).scalar_one_or_none()
    return value if value in LANGUAGES else None


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", MSG_UNKNOWN, language=str(language)[:20])
    return language


def set_officer_language(ctx: AppContext, session: AuthSession, language: str) -> None:
    """The signed-in officer's own language (nobody sets another officer's)."""
    check_language(language)
    with unit_of_work(ctx.engine) as s:
        user = s.execute(select(User).where(User.username == session.username)).scalar_one()
        user.language = language


def sign_in(ctx: AppContext, username: str, password: str, chosen: str | None = None) -> SignedIn:
    """:func:`custody.services.auth.login`, then the officer's language: ``chosen`` (picked on the sign-in screen,
    and kept for next time), else the one they chose before, else the station's."""
    if chosen is not None:
        check_language(chosen)  # before the password is checked: a bad request writes nothing
    session = auth.login(ctx, username, password)
    if chosen is not None:
        set_officer_language(ctx, session, chosen)
        return SignedIn(session, chosen)
    return SignedIn(session, officer_language(ctx, session.username) or station_language(ctx))


def document_translator(ctx: AppContext, language: str | None) -> Translate | None:
    """How a document (report, labels) in ``language`` (None: the station's) translates; None for English."""
    lang = check_language(language) if language else station_language(ctx)
    return None if lang == SOURCE_LANGUAGE else translations.translator(lang)
