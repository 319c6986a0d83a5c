"""The least-privilege PostgreSQL role the workstations run under (``custody db grants`` prints its SQL).

The schema belongs to an owner role that runs the migrations (``custody db upgrade``); every workstation connects as
the application role, which may read and append but never rewrite history:

- no UPDATE, DELETE or TRUNCATE on the ledger tables and attachments (LEDGER.md section 8): the append-only
  triggers refuse them for everybody, and this role could not do them even if a superuser dropped the triggers;
- no DDL: it owns nothing and may not create anything in the schema;
- per table, only what the services do (``PRIVILEGES``; a test checks that every table of the migrated schema is
  listed, and the PostgreSQL tests run the app under this role).

Re-run the printed SQL after every schema upgrade (new tables get no privileges until then).
"""

from __future__ import annotations

import re

from custody.db.models import APPEND_ONLY_TABLES
from custody.domain.errors import ValidationError
from custody.domain.i18n import N_

DEFAULT_ROLE = "custody_app"
ROLE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
MSG_ROLE = N_("Grants", "A role name is 1 to 63 characters: lower-case letters a-z, digits and '_', not starting "
                        "with a digit (this is {role}).")

_READ = ("SELECT",)
_APPEND = ("SELECT", "INSERT")
_WRITE = ("SELECT", "INSERT", "UPDATE")
_ALL_ROWS = ("SELECT", "INSERT", "UPDATE", "DELETE")

#: What the application role may do, per table (nothing else: no TRUNCATE, REFERENCES, TRIGGER anywhere).
PRIVILEGES: dict[str, tuple[str, ...]] = {
    **{table: _APPEND for table in APPEND_ONLY_TABLES},  # ledger_entry, ledger_signature, ledger_checkpoint, attachment
    "ledger_node": _APPEND,  # Merkle subtree hashes: written once, never changed
    "ledger_head": _WRITE,  # size, root and frontier move with every append
    "alembic_version": _READ,  # the app checks the schema; only the owner upgrades it
    "log_settings": _APPEND,  # written once at setup
    "station": _WRITE,  # a station joins; settings and certificate change
    "station_state": _WRITE,  # last checkpoint seen, last verification
    "app_user": _WRITE,  # officers are disabled, never deleted
    "case_file": _WRITE,
    "seizure": _WRITE,
    "item": _WRITE,  # approved corrections update the row (the ledger keeps both values)
    "location": _WRITE,
    "counter": _WRITE,  # item and document numbers (INSERT ... ON CONFLICT DO UPDATE)
    "item_state": _ALL_ROWS,  # projection: `custody ledger rebuild` deletes and rebuilds it
    "item_search": _ALL_ROWS,  # search index, rebuilt with the item
    "ledger_ref": _ALL_ROWS,  # projection: latest entry per case/seizure/officer/location; rebuilt like item_state
    "external_person": _ALL_ROWS,  # projection of person.registered (migration 0005), rebuilt like item_state
    "action_key": ("SELECT", "INSERT", "DELETE"),  # a key per write transaction; week-old keys are deleted
}


def check_role(role: str) -> str:
    if not ROLE_RE.match(role or ""):
        raise ValidationError("role", MSG_ROLE, role=role)
    return role


def app_role_sql(role: str = DEFAULT_ROLE, *, schema: str = "public") -> str:
    """The SQL (for psql, run by the database owner or a superuser) that makes ``role`` the application role."""
    role = check_role(role)
    schema = check_role(schema)
    out = [
        f"-- Custody application role {role}: read and append, never rewrite history, no DDL.",
        "-- Run as the owner of the Custody database (or a superuser), after every 'custody db upgrade':",
        "--   custody --db postgresql://OWNER@HOST/DB db grants | psql postgresql://OWNER@HOST/DB",
        "BEGIN;",
        "DO $$ BEGIN",
        f"  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN",
        f"    CREATE ROLE {role} LOGIN;  -- then give it a password: \\password {role}",
        "  END IF;",
        f"  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}'",
        "             AND (rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls OR rolreplication)) THEN",
        f"    ALTER ROLE {role} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;",
        "  END IF;",
        f"  EXECUTE format('GRANT CONNECT ON DATABASE %I TO {role}', current_database());",
        "END $$;",
        "-- No DDL: nobody but the owner creates objects in the schema.",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;",
        f"REVOKE ALL ON SCHEMA {schema} FROM {role};",
        f"GRANT USAGE ON SCHEMA {schema} TO {role};",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role};",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role};",
    ]
    for table, privileges in sorted(PRIVILEGES.items()):
        out.append(f"GRANT {', '.join(privileges)} ON {schema}.{table} TO {role};")
    out += [
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role};  -- ids of new rows",
        "-- Append-only, whatever happens to the triggers: no UPDATE, DELETE or TRUNCATE for the application.",
        *(f"REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.{t} FROM {role};" for t in APPEND_ONLY_TABLES),
        "COMMIT;",
    ]
    return "\n".join(out) + "\n"
