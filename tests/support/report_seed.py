"""A case, a seizure and a registered drug item, through the intake services, ready for a report (no tests here)."""

from __future__ import annotations

from custody.domain.enums import Role
from custody.services import auth, intake, user_admin
from custody.services.auth import AuthSession
from custody.services.users import NewUser
from tests.conftest import ADMIN_PASSWORD

CUSTODIAN = ("ivan", "Иван Петров", "B-2", "ivan password 22")
CASE = "DIL/2026/0042"
DRUG_FIELDS = {"suspected_substance": "Cocaine", "form": "powder", "package_count": 1, "gross_weight_mg": "1.2 kg",
               "field_test": "no"}


def seed_item(ctx) -> tuple[AuthSession, str]:
    """Sign in a custodian (created by the administrator) and register one item; returns (session, item id)."""
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    username, name, badge, password = CUSTODIAN
    user_admin.add_user(ctx, admin, NewUser(username, name, badge, password, (Role.CUSTODIAN,)))
    session = auth.login(ctx, username, password)
    intake.open_case(ctx, session, intake.NewCase(CASE, "drug_trafficking"))
    seizure = intake.record_seizure(ctx, session, intake.NewSeizure(
        CASE, ctx.clock().strftime("%Y-%m-%d %H:%M"), "Port of Dili", username))
    item = intake.register_items(ctx, session, [intake.NewItem(
        seizure.document_number, "drug", "White powder in a taped bag", fields=DRUG_FIELDS)])[0]
    return session, item.item_id
