"""Roles and permissions: the whole role x action matrix, written out here independently of the code."""

from __future__ import annotations

import pytest

from custody.domain.enums import Role
from custody.domain.errors import PermissionDenied
from custody.domain.i18n import contexts_of
from custody.security.permissions import (
    PERMISSIONS,
    Action,
    allowed_actions,
    is_allowed,
    render_permission_table,
    require,
)

# Columns: officer, custodian, supervisor, auditor, prosecutor, admin.  X = allowed.
EXPECTED = """
case.open                O C S . . .
seizure.record           O C S . . .
item.register            O C S . . .
item.correct.request     O C S . . .
item.correct.approve     . . S . . .
item.split               . C S . . .
attachment.add           O C S . . .
label.print              O C S . . .
custody.transfer         O C S . . .
storage.check_in         . C S . . .
storage.check_out        . C S . . .
storage.move             . C S . . .
lab.submit               . C S . . .
lab.return               . C S . . .
court.out                . C S . . .
court.return             . C S . . .
seal.break               O C S . . .
seal.apply               O C S . . .
weight.record            O C S . . .
discrepancy.acknowledge  . . S . . .
inventory.audit          . C S A . .
disposal.authorize       . . S . . .
disposal.complete        . C S . . .
item.release             . C S . . .
item.view                O C S A P D
report.produce           O C S A P .
ledger.verify            . . . A P D
ledger.export            . . . A . D
ledger.checkpoint        . . . . . D
ledger.rebuild           . . . . . D
user.manage              . . . . . D
user.unlock              . . . . . D
station.configure        . . . . . D
location.manage          . . S . . .
backup.run               . . . . . D
restore.run              . . . . . D
demo.build               . . . . . D
clock.correct            . . . . . C
custody.recover          . . S . . .
inventory.resolve        . . S . . .
"""
COLUMNS = ["officer", "custodian", "supervisor", "auditor", "prosecutor", "admin"]


def _expected() -> dict[tuple[str, str], bool]:
    out = {}
    for line in EXPECTED.strip().splitlines():
        action, *marks = line.split()
        assert len(marks) == len(COLUMNS), line
        for role, mark in zip(COLUMNS, marks, strict=True):
            out[(role, action)] = mark != "."
    return out


MATRIX = _expected()


def test_matrix_lists_every_action_and_role():
    assert {a for _, a in MATRIX} == {a.value for a in Action}
    assert COLUMNS == [r.value for r in Role]


@pytest.mark.parametrize(("role", "action"), sorted(MATRIX))
def test_role_action(role, action):
    assert is_allowed([role], action) is MATRIX[(role, action)]
    assert is_allowed([Role(role)], Action(action)) is MATRIX[(role, action)]
    assert (Action(action) in PERMISSIONS[Role(role)]) is MATRIX[(role, action)]


def test_union_of_roles():
    both = allowed_actions([Role.OFFICER, Role.ADMIN])
    assert Action.USER_MANAGE in both and Action.ITEM_REGISTER in both
    assert is_allowed(["auditor", "prosecutor"], "ledger.export")
    assert not is_allowed([], "item.view")
    assert not is_allowed(["no-such-role"], "item.view")


def test_separation_of_duties():
    admin = PERMISSIONS[Role.ADMIN]
    for handling in ("custody.transfer", "storage.check_in", "item.register", "disposal.authorize", "seal.break"):
        assert Action(handling) not in admin
    read_only = PERMISSIONS[Role.PROSECUTOR]
    assert read_only == {Action.ITEM_VIEW, Action.REPORT_PRODUCE, Action.LEDGER_VERIFY}


def test_require_passes_silently():
    assert require(["custodian"], "storage.check_in", username="c.mensah") is None


def test_require_raises_with_words():
    with pytest.raises(PermissionDenied) as exc:
        require([Role.OFFICER, Role.AUDITOR], Action.DISPOSAL_AUTHORIZE, username="j.doe")
    err = exc.value
    assert err.message == "Your roles (Officer, Auditor) do not allow: authorise disposal."
    assert err.action is Action.DISPOSAL_AUTHORIZE
    assert err.roles == (Role.OFFICER, Role.AUDITOR)
    assert err.username == "j.doe"


def test_require_with_no_roles():
    with pytest.raises(PermissionDenied) as exc:
        require([], "item.view")
    assert exc.value.message == "Your roles (none) do not allow: look up items and their history."


def test_unknown_action_is_a_programming_error():
    with pytest.raises(ValueError):
        is_allowed(["admin"], "launch.rockets")


def test_every_action_has_a_marked_label():
    labels = [a.label for a in Action]
    assert all(labels) and len(set(labels)) == len(labels)
    assert all("Action" in contexts_of(a.label) for a in Action)


def test_render_permission_table():
    table = render_permission_table()
    lines = table.strip().splitlines()
    assert lines[0].startswith("| Action | Officer | Evidence custodian |")
    assert len(lines) == 2 + len(Action)
    row = next(line for line in lines if "`disposal.authorize`" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:] == ["", "", "✓", "", "", ""]
