"""Issue 15: prosecutors and auditors need not be police officers with a badge number; police roles still
need one (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.domain.enums import Role
from custody.domain.errors import Conflict, FormErrors
from custody.services import ledger_admin, user_admin
from custody.services.users import NewUser

PW = "a long enough passphrase 2026"


def test_badge_optional_for_prosecutors_and_auditors(ctx, admin_session):
    pros = user_admin.add_user(ctx, admin_session, NewUser("pedro", "Pedro Alves", "", PW, (Role.PROSECUTOR,)))
    aud = user_admin.add_user(ctx, admin_session, NewUser("audrey", "Audrey Martin", " ", PW, (Role.AUDITOR,)))
    assert pros.badge_number == "" and aud.badge_number == ""  # two people without a badge: both accepted
    with pytest.raises(FormErrors) as err:  # a police role needs its badge
        user_admin.add_user(ctx, admin_session, NewUser("kofi", "Kofi Mensah", "", PW, (Role.OFFICER,)))
    assert "badge_number" in err.value.errors
    with pytest.raises(FormErrors):
        user_admin.add_user(ctx, admin_session, NewUser("kwame", "Kwame Ode", "", PW, (Role.AUDITOR, Role.CUSTODIAN)))
    with pytest.raises(Conflict) as refused:  # and cannot be given one later without a badge
        user_admin.set_roles(ctx, admin_session, "pedro", (Role.PROSECUTOR, Role.OFFICER))
    assert "badge" in refused.value.message
    assert user_admin.set_roles(ctx, admin_session, "audrey", (Role.AUDITOR, Role.PROSECUTOR)).badge_number == ""
    with_badge = user_admin.add_user(ctx, admin_session, NewUser("olga", "Olga P", "B-7", PW, (Role.AUDITOR,)))
    assert with_badge.badge_number == "B-7"
    assert ledger_admin.verify(ctx).ok
