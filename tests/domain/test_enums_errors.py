"""Enums, their labels, errors and the translation marker."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from custody.domain import (
    enums,
    values,  # noqa: F401  (registers its messages)
)
from custody.domain.enums import (
    Category,
    DisposalMethod,
    EventKind,
    ItemStatus,
    LocationKind,
    OffenceType,
    Role,
)
from custody.domain.errors import (
    AuthError,
    Conflict,
    CustodyError,
    FormErrors,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from custody.domain.i18n import N_, context_of, contexts_of

SRC = Path(__file__).resolve().parents[2] / "src" / "custody"

DESIGN_EVENTS = """case.opened seizure.recorded item.registered item.corrected label.printed custody.transferred
storage.checked_in storage.checked_out storage.moved lab.submitted lab.returned court.out court.returned seal.broken
seal.applied item.split item.sampled weight.recorded attachment.added inventory.seen inventory.missing
inventory.unexpected disposal.authorized disposal.completed item.released user.created user.roles_changed
user.key_registered station.key_registered checkpoint.signed""".split()

EXTRA_EVENTS = """auth.login auth.failed auth.locked auth.unlocked auth.password_changed auth.denied auth.logout
user.updated user.disabled user.enabled user.key_revoked user.password_reset station.configured
report.issued discrepancy.raised discrepancy.acknowledged inventory.audited
station.settings_changed station.certificate_imported location.created""".split()


def test_enum_values():
    assert [r.value for r in Role] == ["officer", "custodian", "supervisor", "auditor", "prosecutor", "admin"]
    assert {c.value for c in Category} == {
        "drug", "firearm", "ammunition", "explosive", "currency", "document", "electronic", "vehicle",
        "natural_resource", "other"}
    assert {o.value for o in OffenceType} == {
        "drug_trafficking", "arms_trafficking", "human_trafficking", "smuggling", "natural_resources", "other"}
    assert {k.value for k in LocationKind} >= {
        "station", "room", "vault", "drug_safe", "gun_locker", "shelf", "bin", "temporary_locker", "lab", "court",
        "other_agency"}
    assert {s.value for s in ItemStatus} == {
        "registered", "in_storage", "with_officer", "at_lab", "at_court", "disposed", "released", "transferred_out", "written_off"}
    assert {d.value for d in DisposalMethod} == {"destruction", "return_to_owner", "forfeiture", "transfer"}


def test_event_kinds_cover_design_and_admin():
    kinds = {k.value for k in EventKind}
    assert set(DESIGN_EVENTS) <= kinds
    assert set(EXTRA_EVENTS) <= kinds
    assert any(v.startswith("export.") for v in kinds) and any(v.startswith("backup.") for v in kinds)
    assert EventKind("storage.moved").family == "storage"
    assert EventKind.CUSTODY_TRANSFERRED == "custody.transferred"  # StrEnum compares as its value


@pytest.mark.parametrize("cls", [Role, Category, OffenceType, LocationKind, ItemStatus, DisposalMethod, EventKind])
def test_every_member_has_a_marked_label(cls):
    labels = [m.label for m in cls]
    assert all(labels) and len(set(labels)) == len(labels)
    for m in cls:
        assert m.label_context == cls.__name__
        assert cls.__name__ in contexts_of(m.label)
    assert cls.choices()[0] == (next(iter(cls)).value, next(iter(cls)).label)


def test_n_marker_is_a_no_op_that_remembers_context():
    assert N_("TestCtx", "A unique test string") == "A unique test string"
    assert context_of("A unique test string") == "TestCtx"
    assert context_of("never marked anywhere") is None
    N_("OtherCtx", "A unique test string")
    assert contexts_of("A unique test string") == ("TestCtx", "OtherCtx")


def test_errors_carry_message_template_params_context():
    err = ValidationError("weight", "Too long: at most {max} characters, this has {count}.", max=3, count=4)
    assert err.field == "weight"
    assert err.message == str(err) == "Too long: at most 3 characters, this has 4."
    assert err.template.startswith("Too long: at most {max}")
    assert err.params == {"max": 3, "count": 4}
    assert err.context == "Values"  # marked in custody.domain.values
    assert isinstance(err, CustodyError)


def test_form_errors():
    fe = FormErrors({"a": "First problem.", "b": ValidationError("b", "Second problem.")})
    assert fe.errors == {"a": "First problem.", "b": "Second problem."}
    assert fe.details["a"].field == "a"
    assert fe.message == "Some details need correcting (2); each marked field says what is wrong."
    assert str(fe).endswith("\n  a: First problem.\n  b: Second problem.")
    collected = FormErrors.collect([ValidationError("x", "one"), ValidationError("x", "two")])
    assert collected.errors == {"x": "one"}


def test_other_errors():
    nf = NotFound("item", "UNP-26-000001-X")
    assert nf.message == "Nothing was found for item UNP-26-000001-X."
    assert nf.what == "item" and nf.key == "UNP-26-000001-X"
    assert Conflict("Already checked out.").message == "Already checked out."
    pd = PermissionDenied("disposal.authorize", ["officer"], username="jo", action_label="authorise disposal",
                          role_labels=["Officer"])
    assert pd.message == "Your roles (Officer) do not allow: authorise disposal."
    assert pd.action == "disposal.authorize" and pd.roles == ("officer",) and pd.username == "jo"
    assert PermissionDenied("x", []).message == "Your roles (none) do not allow: x."
    assert isinstance(AuthError("No."), CustodyError)
    assert CustodyError().message == "The action could not be completed."


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
            yield node


@pytest.mark.parametrize("package", ["domain", "security"])
def test_every_marker_call_uses_two_literals(package):
    """The extractor reads N_ calls statically: both arguments must be string literals."""
    found = 0
    for path in sorted((SRC / package).glob("*.py")):
        for call in _calls(path):
            found += 1
            assert len(call.args) == 2 and not call.keywords, f"{path.name}:{call.lineno}"
            assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args), (
                f"{path.name}:{call.lineno}"
            )
    assert found > 20


def test_domain_uses_stdlib_only():
    allowed_roots = {"custody", "__future__"}
    import sys

    for path in (SRC / "domain").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root in allowed_roots or root in sys.stdlib_module_names, (path.name, name)
                if root == "custody":
                    assert name.startswith("custody.domain"), (path.name, name)
    assert enums.__name__ == "custody.domain.enums"
