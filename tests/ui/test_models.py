"""Table models without widgets (DESIGN.md habit 7)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from custody.domain.enums import Role
from custody.services.users import UserDTO
from custody.ui.models import OBJECT_ROLE, SORT_ROLE, UsersTableModel

M = UsersTableModel
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def user(username: str, **kw) -> UserDTO:
    fields = dict(
        username=username,
        full_name=username.title(),
        badge_number="B-1",
        rank="",
        unit="",
        roles=(Role.OFFICER,),
        active=True,
        locked_until=None,
        key_id="k",
    )
    fields.update(kw)
    return UserDTO(**fields)


USERS = [
    user("zoe", full_name="Zoé Kabila", badge_number="A-10", rank="Sergeant", roles=(Role.CUSTODIAN, Role.OFFICER),
         badge_code="OFF-000004-5"),
    user("admin", full_name="Amina Diallo", badge_number="A-2", roles=(Role.ADMIN,)),
    user("bob", full_name="bob Mensah", badge_number="A-3", active=False),
    user("carl", full_name="Carl Obi", badge_number="A-1", locked_until="2026-11-28T09:10:00.000Z"),
]


def column(model: M, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def test_shape_and_headers():
    model = M(USERS, clock=lambda: NOW)
    assert model.rowCount() == 4
    assert model.columnCount() == 7
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Username", "Full name", "Badge", "Badge card code", "Rank", "Roles", "Status"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None


def test_display_per_column():
    model = M(USERS, clock=lambda: NOW, time_zone="Africa/Kinshasa")
    row = {c: model.data(model.index(0, c)) for c in range(model.columnCount())}
    assert row[M.COL_USERNAME] == "zoe"
    assert row[M.COL_FULL_NAME] == "Zoé Kabila"
    assert row[M.COL_BADGE] == "A-10"
    assert row[M.COL_BADGE_CODE] == "OFF-000004-5"  # what the badge card's barcode carries
    assert row[M.COL_RANK] == "Sergeant"
    assert row[M.COL_ROLES] == "Officer, Evidence custodian"  # in role order, translated labels
    assert row[M.COL_STATUS] == "Active"
    assert model.data(model.index(2, M.COL_STATUS)) == "Disabled"
    # Locked until 09:10 UTC = 10:10 in Kinshasa (UTC+1).
    assert model.data(model.index(3, M.COL_STATUS)) == "Locked until 2026-11-28 10:10"


def test_expired_lock_shows_active():
    model = M(USERS, clock=lambda: datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    assert model.data(model.index(3, M.COL_STATUS)) == "Active"


def test_object_role_returns_the_dto():
    model = M(USERS)
    for r, dto in enumerate(USERS):
        assert model.data(model.index(r, M.COL_FULL_NAME), OBJECT_ROLE) is dto
        assert model.object_at(r) is dto


def test_foreground_marks_disabled_and_locked():
    model = M(USERS, clock=lambda: NOW)
    assert isinstance(model.data(model.index(2, M.COL_USERNAME), Qt.ItemDataRole.ForegroundRole), QBrush)
    assert isinstance(model.data(model.index(3, M.COL_STATUS), Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.data(model.index(3, M.COL_USERNAME), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, M.COL_USERNAME), Qt.ItemDataRole.ForegroundRole) is None


def test_sort_role_and_sorting():
    model = M(USERS, clock=lambda: NOW)
    model.sort(M.COL_USERNAME)
    assert column(model, M.COL_USERNAME) == ["admin", "bob", "carl", "zoe"]
    model.sort(M.COL_USERNAME, Qt.SortOrder.DescendingOrder)
    assert column(model, M.COL_USERNAME) == ["zoe", "carl", "bob", "admin"]
    # Case-insensitive names.
    model.sort(M.COL_FULL_NAME)
    assert column(model, M.COL_FULL_NAME) == ["Amina Diallo", "bob Mensah", "Carl Obi", "Zoé Kabila"]
    # Badge numbers sort as numbers, A-10 (text order would put A-10 second).
    model.sort(M.COL_BADGE)
    assert column(model, M.COL_BADGE) == ["A-1", "A-2", "A-3", "A-10"]
    # Status sorts by meaning (active, locked, disabled), not by the words.
    model.sort(M.COL_STATUS)
    assert column(model, M.COL_USERNAME) == ["admin", "zoe", "carl", "bob"]
    keys = column(model, M.COL_STATUS, SORT_ROLE)
    assert keys == sorted(keys)
    # Roles sort in role order: officer-ish before admin.
    model.sort(M.COL_ROLES)
    assert column(model, M.COL_USERNAME)[-1] == "admin"


def test_set_rows_keeps_the_sort_and_resets():
    model = M(clock=lambda: NOW)
    assert model.rowCount() == 0
    model.sort(M.COL_USERNAME, Qt.SortOrder.DescendingOrder)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(USERS)
    assert resets == [1]
    assert column(model, M.COL_USERNAME) == ["zoe", "carl", "bob", "admin"]
    model.sort(99)  # out of range: ignored
    assert column(model, M.COL_USERNAME) == ["zoe", "carl", "bob", "admin"]


def test_lazy_loading_in_batches(monkeypatch):
    monkeypatch.setattr(M, "BATCH", 3)
    rows = [user(f"u{i:02d}", badge_number=f"B-{i}") for i in range(8)]
    model = M(rows)
    assert model.rowCount() == 3 and model.total_rows() == 8
    assert model.canFetchMore()
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.fetchMore()
    assert model.rowCount() == 6 and inserted == [(3, 5)]
    model.fetchMore()
    assert model.rowCount() == 8 and inserted[-1] == (6, 7)
    assert not model.canFetchMore()
    model.fetchMore()  # nothing left: no-op
    assert model.rowCount() == 8
    # Sorting covers the rows not fetched yet too.
    model = M(rows)
    model.sort(M.COL_USERNAME, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, M.COL_USERNAME)) == "u07"
