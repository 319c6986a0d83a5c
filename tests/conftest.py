"""Test isolation: offscreen Qt, no real user folders, a fresh database per test.

PostgreSQL tests run when CUSTODY_TEST_POSTGRES_URL is set (``.ci/run`` sets it and fails if
they were skipped); each works in a database it creates and drops.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Before anything imports Qt or platformdirs: offscreen Qt, user folders in a throwaway HOME.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="custody-test-home-"))
for _var, _sub in {
    "HOME": "home",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
    "XDG_RUNTIME_DIR": "runtime",
}.items():
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ[_var] = str(_SANDBOX / _sub)
os.environ.pop("CUSTODY_DATABASE_URL", None)
os.environ.pop("CUSTODY_STATION", None)
os.environ["CUSTODY_LANGUAGE"] = "en"  # the command line speaks English in tests, whatever the machine's locale
os.environ["CUSTODY_DATA_DIR"] = str(_SANDBOX / "data")

import pytest  # noqa: E402

POSTGRES_URL = os.environ.get("CUSTODY_TEST_POSTGRES_URL")
SANDBOX = _SANDBOX
ADMIN_PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "custody-data"
    monkeypatch.setenv("CUSTODY_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _cheap_key_encryption(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Key encryption uses argon2id with 64 MiB; most tests use a cheap profile (stored in each blob)."""
    if request.node.get_closest_marker("real_kdf"):
        return
    from custody.security import keys

    monkeypatch.setattr(keys, "KDF_PARAMS", keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_kdf: use the production key-encryption cost")


class FakeClock:
    """An injectable clock for time-dependent rules (lockout, idle lock, overdue items)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 28, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _pg_admin_url() -> str:
    assert POSTGRES_URL
    url = POSTGRES_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A brand-new PostgreSQL database for this test, dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("CUSTODY_TEST_POSTGRES_URL is not set")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = make_url(_pg_admin_url())
    name = f"custody_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %(n)s", {"n": name}
            )
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every test that takes ``db_url`` runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "custody.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "custody.sqlite3")


def make_context(url: str, data_dir: Path, clock: FakeClock | None = None):
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.services.context import AppContext

    engine = make_engine(url)
    migrate.upgrade(engine)
    ctx = AppContext(engine=engine, data_dir=data_dir)
    if clock is not None:
        ctx.clock = clock
    return ctx


def setup_request(**over):
    from custody.domain.enums import Role
    from custody.services.setup import SetupRequest
    from custody.services.users import NewUser

    admin = NewUser(
        username=over.pop("admin_username", "admin"),
        full_name=over.pop("admin_full_name", "Amina Diallo"),
        badge_number=over.pop("admin_badge", "A-0001"),
        password=over.pop("admin_password", ADMIN_PASSWORD),
        roles=(Role.ADMIN,),
    )
    fields = dict(
        agency="UN Police Mission",
        station_code="DIL",
        evidence_room="Central evidence room",
        time_zone="Africa/Kinshasa",
        item_prefix="UN-DIL",
        admin=admin,
        origin=None,
    )
    fields.update(over)
    return SetupRequest(**fields)


@pytest.fixture
def ctx(db_url: str, _isolated_data_dir: Path, clock: FakeClock):
    """A migrated, set-up database (SQLite and PostgreSQL) with an administrator."""
    from custody.services.setup import initialize

    c = make_context(db_url, _isolated_data_dir, clock)
    initialize(c, setup_request())
    yield c
    c.engine.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_url: str, _isolated_data_dir: Path, clock: FakeClock):
    from custody.services.setup import initialize

    c = make_context(sqlite_url, _isolated_data_dir, clock)
    initialize(c, setup_request())
    yield c
    c.engine.dispose()


@pytest.fixture
def admin_session(ctx):
    from custody.services.auth import login

    return login(ctx, "admin", ADMIN_PASSWORD)


# --- CI guard: PostgreSQL tests must have run -----------------------------------------------

_pg_outcomes: dict[str, int] = {"passed": 0, "skipped": 0, "failed": 0}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "postgres" not in report.keywords and "postgresql" not in report.nodeid:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _pg_outcomes[report.outcome] = _pg_outcomes.get(report.outcome, 0) + 1


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("CUSTODY_REQUIRE_POSTGRES") != "1":
        return
    if _pg_outcomes["skipped"] or not _pg_outcomes["passed"]:
        print(
            f"\nCUSTODY_REQUIRE_POSTGRES=1 but PostgreSQL tests did not all run: "
            f"{_pg_outcomes['passed']} passed, {_pg_outcomes['skipped']} skipped"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
