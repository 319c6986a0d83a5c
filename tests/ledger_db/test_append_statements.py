"""How many statements one append sends (issue 18): the ledger lock is held from ``pg_advisory_xact_lock`` to the
commit, so on PostgreSQL everything that does not depend on the head is sent before it, and under it only one
read (the head, the item's last hash and its projection row) and one write (every row of the action) remain.

Counted at the driver (every ``execute``/``executemany`` of every cursor on the connection, or SQLite's own trace
of the statements it runs), not from SQLAlchemy's events: plain-cursor statements count too. A count, not a time.
"""

from __future__ import annotations

from contextlib import contextmanager

from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.services import auth, user_admin
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent
from custody.services.users import NewUser
from tests.conftest import ADMIN_PASSWORD

OFFICER_PASSWORD = "officer password 1234"


@contextmanager
def _counting(session):
    """Yield the list of statements the session's connection runs from now on."""
    seen: list[str] = []
    dbapi = session.connection().connection.dbapi_connection
    if session.get_bind().dialect.name == "postgresql":
        base = dbapi.cursor_factory

        class Counting(base):  # type: ignore[misc, valid-type]
            def execute(self, query, params=None, **kw):  # noqa: ANN001, ANN003
                seen.append(str(query))
                return super().execute(query, params, **kw)

            def executemany(self, query, params_seq, **kw):  # noqa: ANN001, ANN003
                seen.append(str(query))
                return super().executemany(query, params_seq, **kw)

        dbapi.cursor_factory = Counting
        try:
            yield seen
        finally:
            dbapi.cursor_factory = base
    else:
        dbapi.set_trace_callback(seen.append)
        try:
            yield seen
        finally:
            dbapi.set_trace_callback(None)


def _handover(ctx, items: list[str]) -> tuple[list[str], list]:
    """One handover of ``items`` (one entry each, signed by both officers), as the custody service writes it;
    the statements sent from the action's first statement to its commit."""
    a = auth.unlock_signer(ctx, "jsmith", OFFICER_PASSWORD)
    b = auth.unlock_signer(ctx, "jdoe", OFFICER_PASSWORD)
    events = [NewEvent("custody.transferred", data={"from": "jsmith", "to": "jdoe", "purpose": "Court hearing",
                                                    "seal_intact": True, "memo": None},
                       item=item, case="NUIPC 0001/26", signers=("jdoe",)) for item in items]
    with unit_of_work(ctx.engine) as s, _counting(s) as seen:
        out = ledger_svc.append(s, events, station=ctx.station().code, actor="jsmith", signers=[a, b],
                                clock=ctx.clock)
    return seen, out


def _action_keys(ctx) -> int:
    with ctx.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM action_key").scalar_one()


def _officers(ctx) -> None:
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    for name, full, badge in (("jsmith", "John Smith", "B-1001"), ("jdoe", "Jane Doe", "B-1002")):
        user_admin.add_user(ctx, admin, NewUser(name, full, badge, OFFICER_PASSWORD, (Role.OFFICER,
                                                                                     Role.CUSTODIAN)))


def test_an_append_sends_one_read_and_one_write_under_the_ledger_lock(ctx) -> None:
    _officers(ctx)
    _handover(ctx, ["UN-DIL-26-000001-X"])  # the item has a history and a projection row from now on
    keys_before = _action_keys(ctx)
    seen, out = _handover(ctx, ["UN-DIL-26-000001-X"])
    assert len(out) == 1
    if ctx.engine.dialect.name == "postgresql":  # sent once, before the lock, and not again at the commit
        assert _action_keys(ctx) == keys_before + 1
    if ctx.engine.dialect.name == "postgresql":
        locks = [k for k, sql in enumerate(seen) if "pg_advisory_xact_lock" in sql]
        assert len(locks) == 1, seen
        under_lock = seen[locks[0] + 1:]
        # the head with the item's last hash and state; then the entry, its signatures, the item's projection
        # and the head in one statement
        assert len(under_lock) == 2, under_lock
        assert under_lock[0].lstrip().upper().startswith("SELECT")
        # before the lock: the action key with the change notification, and the signers' current keys (sent in
        # the same round trip as the lock and the read)
        assert len(seen) == 5, seen
    else:  # SQLite's ledger lock is the transaction's (BEGIN IMMEDIATE, before counting starts); in process:
        # the keys, the read, then the entry, its 2 signatures, the item's projection and the head
        assert len(seen) == 7, seen


def test_an_action_on_many_items_sends_no_more_statements_under_the_lock(ctx) -> None:
    _officers(ctx)
    items = [f"UN-DIL-26-{k:06d}-X" for k in range(1, 31)]
    _handover(ctx, items[:10])  # a third of them have a history
    seen, out = _handover(ctx, items)
    assert [a.seq for a in out] == list(range(out[0].seq, out[0].seq + 30))
    if ctx.engine.dialect.name == "postgresql":
        locks = [k for k, sql in enumerate(seen) if "pg_advisory_xact_lock" in sql]
        # the head; the items' last hashes and their states (one query each per 500 items); one write
        assert len(seen[locks[0] + 1:]) == 4, seen[locks[0] + 1:]
