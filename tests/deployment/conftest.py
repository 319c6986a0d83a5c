"""A PostgreSQL database set up as DEPLOYMENT.md says: schema by the owner, workstations under the application role.

The owner here is the test superuser (it created the database); the application role is a fresh role per test,
given exactly what ``custody db grants`` prints, and dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from custody.db import migrate
from custody.db.engine import make_engine
from custody.db.grants import app_role_sql


@dataclass(frozen=True)
class RoleDatabase:
    owner_url: str  # SQLAlchemy URL, superuser and owner of the schema
    app_url: str  # SQLAlchemy URL, the application role
    role: str

    def owner_dsn(self) -> str:
        return _dsn(self.owner_url)

    def app_dsn(self) -> str:
        return _dsn(self.app_url)


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.security import passwords

    monkeypatch.setattr(passwords, "HASH_PARAMS", passwords.HashParams(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def role_db(pg_url: str) -> Iterator[RoleDatabase]:
    role = f"custody_app_{uuid.uuid4().hex[:10]}"
    engine = make_engine(pg_url)
    migrate.upgrade(engine)  # the owner's 'custody db upgrade'
    engine.dispose()
    db = RoleDatabase(owner_url=pg_url, app_url=make_url(pg_url).set(username=role).render_as_string(
        hide_password=False), role=role)
    with psycopg.connect(db.owner_dsn(), autocommit=True) as conn:
        conn.execute(app_role_sql(role))  # exactly what 'custody db grants --role ROLE' prints
    try:
        yield db
    finally:
        with psycopg.connect(db.owner_dsn(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
