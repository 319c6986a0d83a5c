"""Backups that count, and restores that refuse what they cannot trust.

``create_backup``: the station's keys folder is read first, then SQLite's online backup API copies a consistent
snapshot of the live database (writers keep working) into a private work folder; the copy is fsynced, opened
read-only and verified (SQLite's page check, the whole ledger, its first station key, and consistency with the last
checkpoint this station signed, as recorded outside the database in the keys folder read before the snapshot).
Only then are the copy, the keys and a manifest put in one tar, encrypted to the backup key
(:mod:`custody.security.sealed`), written under a temporary name, fsynced, read back and checked, and renamed. A
backup that does not verify is not kept. On PostgreSQL ``pg_dump`` makes the database part.

``restore_backup``: into a new data folder only; the file must authenticate to its last byte (a changed byte, a
truncated file or something else is refused), every member must match the manifest, and the restored ledger must
verify and extend every checkpoint the administrator gives (a backup older than the station's last exported
checkpoint is refused unless forced).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from custody.config import DB_FILENAME, sqlite_path, sqlite_url
from custody.db.engine import make_engine
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ledger.note import parse_checkpoint
from custody.security import sealed
from custody.services import ledger_admin
from custody.services.context import AppContext, write_private_file

log = logging.getLogger(__name__)

KEY_FILE = "backup-key.json"
SUFFIX = ".custody-backup"
MIN_PASSPHRASE = 10
PG_DUMP_NAME = "custody.pgdump"

MSG_NO_KEY = N_("Backup", "No backup passphrase is set on this workstation. An administrator sets it once: custody "
                          "backup passphrase --as ADMIN. Nothing was written.")
MSG_KEY_EXISTS = N_("Backup", "A backup passphrase is already set; give --replace to set a new one (older backups "
                              "keep needing the old passphrase).")
MSG_SHORT = N_("Backup", "The backup passphrase must be at least {n} characters long.")
MSG_KEY_DAMAGED = N_("Backup", "The backup key file {path} is damaged. Set the passphrase again (custody backup "
                               "passphrase --replace). Nothing was written.")
MSG_COPY_FAILED = N_("Backup", "The copy of the database did not verify ({reason}), so no backup was kept. Run "
                               "'custody ledger verify' on the station.")
MSG_READBACK = N_("Backup", "The backup file read back from {path} is not what was written (the disk or the medium "
                            "is failing). It was deleted; write the backup elsewhere.")
MSG_NO_PG_DUMP = N_("Backup", "pg_dump is not installed on this workstation (it comes with the PostgreSQL client). "
                              "Install it, or back up the server as docs/DEPLOYMENT.md describes. Nothing was "
                              "written.")
MSG_PG_DUMP_FAILED = N_("Backup", "pg_dump failed: {reason}. Nothing was written.")
MSG_TARGET_USED = N_("Backup", "The folder {path} already holds a Custody database or keys. Restore into a new, empty "
                               "data folder (--data-dir NEW). Nothing was changed.")
MSG_NOT_BACKUP = N_("Backup", "{path} is not a Custody backup. Nothing was restored.")
MSG_DAMAGED = N_("Backup", "The backup {path} is damaged or incomplete (it does not authenticate: a changed or "
                           "missing byte). Nothing was restored; use another backup.")
MSG_PASSPHRASE = N_("Backup", "The passphrase does not open this backup. Nothing was restored.")
MSG_BAD_CONTENT = N_("Backup", "The backup {path} does not hold what its manifest lists ({reason}). Nothing was "
                               "restored; use another backup.")
MSG_RESTORED_BAD = N_("Backup", "The database in the backup does not verify ({reason}). Nothing was restored.")
MSG_OLDER = N_("Backup", "The backup holds {size} ledger entries, but the station's checkpoint {checkpoint} already "
                         "covers {covered}: it is older than what the station exported, and restoring it would lose "
                         "entries. Nothing was restored; use a newer backup, or --force to restore it anyway.")
MSG_FORK = N_("Backup", "The ledger in the backup is not consistent with the checkpoint {checkpoint} ({reason}). "
                        "Nothing was restored; use --force to restore it anyway.")
MSG_BAD_NOTE = N_("Backup", "The checkpoint file {path} is not a signed checkpoint note.")


# --- the passphrase and the backup key -------------------------------------------------------------------------

def key_path(ctx: AppContext) -> Path:
    return ctx.data_dir / KEY_FILE


def has_passphrase(ctx: AppContext) -> bool:
    return key_path(ctx).is_file()


def set_passphrase(ctx: AppContext, passphrase: str, *, replace: bool = False) -> Path:
    """Make this station's backup key, sealed under ``passphrase`` (set once by an administrator)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise CustodyError(MSG_SHORT, n=MIN_PASSPHRASE)
    path = key_path(ctx)
    if path.exists() and not replace:
        raise CustodyError(MSG_KEY_EXISTS)
    write_private_file(path, json.dumps(sealed.new_backup_key(passphrase), indent=1).encode("utf-8"))
    return path


def _key_doc(ctx: AppContext) -> dict[str, Any]:
    path = key_path(ctx)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        sealed.check_backup_key(doc)
    except FileNotFoundError as exc:
        raise CustodyError(MSG_NO_KEY) from exc
    except (ValueError, sealed.SealError) as exc:
        raise CustodyError(MSG_KEY_DAMAGED, path=str(path)) from exc
    return doc


# --- making a backup -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes
    ledger_size: int
    root: str
    created_at: str
    database: str  # "sqlite" or "postgresql"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are durable on NTFS
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def snapshot_sqlite(live: Path, target: Path) -> None:
    """A consistent copy of the live database through SQLite's online backup API (one step: one read
    transaction, writers continue in WAL mode), as a self-contained file (rollback journal), fsynced."""
    src = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=15)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(target)


def _pg_dump(url: str, target: Path) -> None:
    exe = shutil.which("pg_dump")
    if exe is None:
        raise CustodyError(MSG_NO_PG_DUMP)
    from sqlalchemy.engine import make_url

    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)  # never on the command line
    plain = u.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run([exe, "--format=custom", "--no-owner", "--file", str(target), "--dbname", plain],
                          env=env, capture_output=True, text=True)
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
        raise CustodyError(MSG_PG_DUMP_FAILED, reason=(lines[-1] if lines else f"exit {done.returncode}"))
    _fsync_file(target)
    restore_exe = shutil.which("pg_restore")  # the archive must at least read back whole
    if restore_exe is not None:
        listed = subprocess.run([restore_exe, "--list", str(target)], capture_output=True, text=True)
        if listed.returncode != 0 or "TABLE DATA public ledger_entry" not in listed.stdout:
            raise CustodyError(MSG_PG_DUMP_FAILED, reason="the archive does not read back")


def _copy_keys(ctx: AppContext, work: Path) -> list[str]:
    """The keys folder as it is now (before the snapshot: a checkpoint it records is in the snapshot)."""
    names = []
    (work / "keys").mkdir(mode=0o700)
    for f in sorted(ctx.keys_dir().iterdir()):
        if f.is_file() and not f.name.endswith((".tmp", ".partial")):
            write_private_file(work / "keys" / f.name, f.read_bytes())
            names.append(f"keys/{f.name}")
    return names


def verify_copy(db: Path, data: Path, station_code: str | None,
                since_checkpoint: str | None = None) -> ledger_admin.VerifyResult:
    """Open a database copy read-only (with the keys folder ``data``/keys) and verify it."""
    engine = make_engine(sqlite_url(db), create=False, read_only=True)
    try:
        ctx = AppContext(engine=engine, data_dir=data, station_code=station_code)
        return ledger_admin.verify(ctx, since_checkpoint=since_checkpoint)
    finally:
        engine.dispose()


def _describe(result: ledger_admin.VerifyResult) -> str:
    if result.ok and not result.trusted:
        return "its first station key is not this station's"
    first = result.failures[0] if result.failures else None
    return f"seq {first.seq}: {first.reason}" if first else "it failed"


def _work_dir(parent: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=".custody-work-", dir=parent))


def create_backup(ctx: AppContext, dest: Path | None = None, *, reason: str = "manual",
                  now: Callable[[], datetime] | None = None) -> BackupResult:
    """Make one verified, encrypted backup file in ``dest`` (default: the data folder's backups/)."""
    key_doc = _key_doc(ctx)
    dest = Path(dest) if dest is not None else ctx.data_dir / "backups"
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    station = ctx.station()
    stamp = (now or (lambda: datetime.now(UTC)))().strftime("%Y%m%dT%H%M%SZ")
    work = _work_dir(ctx.data_dir)  # the plain copy stays beside the live database, never on the backup medium
    try:
        files = _copy_keys(ctx, work)
        url = str(ctx.engine.url.render_as_string(hide_password=False))
        live = sqlite_path(url)
        if ctx.engine.dialect.name == "sqlite":
            if live is None:
                raise CustodyError(MSG_COPY_FAILED, reason="an in-memory database")
            snapshot_sqlite(live, work / DB_FILENAME)
            result = verify_copy(work / DB_FILENAME, work, ctx.station_code)
            if not (result.ok and result.trusted):
                raise CustodyError(MSG_COPY_FAILED, reason=_describe(result))
            ledger_size, root, database = result.report.size, result.report.root.hex(), "sqlite"
            files.append(DB_FILENAME)
        else:
            total = ledger_admin.total_entries(ctx)
            _pg_dump(url, work / PG_DUMP_NAME)
            ledger_size, root, database = total, "", "postgresql"
            files.append(PG_DUMP_NAME)
        manifest = {"format": 1, "created_at": stamp, "station": station.code, "log_id": station.log_id,
                    "origin": station.origin, "database": database, "ledger_size": ledger_size, "root": root,
                    "files": {name: _sha256_file(work / name) for name in files}}
        payload = work / "payload.tar"
        with tarfile.open(payload, "w", format=tarfile.PAX_FORMAT) as tar:
            data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mode = len(data), 0o600
            tar.addfile(info, io.BytesIO(data))
            for name in files:
                tar.add(work / name, arcname=name, recursive=False)
        final = dest / f"custody-{station.code}-{stamp}-{reason}{SUFFIX}"
        n = 1
        while final.exists():
            n += 1
            final = dest / f"custody-{station.code}-{stamp}-{reason}-{n}{SUFFIX}"
        partial = final.with_name(final.name + ".partial")
        clear = {k: manifest[k] for k in ("created_at", "station", "log_id", "database", "ledger_size", "root")}
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out, payload.open("rb") as src:
                hashing = _HashingWriter(out)
                sealed.seal(src, hashing, key_doc, clear)
                out.flush()
                os.fsync(out.fileno())
            if _sha256_file(partial) != hashing.hexdigest():
                raise CustodyError(MSG_READBACK, path=str(partial))
            os.replace(partial, final)
            _fsync_dir(dest)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return BackupResult(path=final, size=final.stat().st_size, ledger_size=ledger_size, root=root,
                            created_at=stamp, database=database)
    finally:
        shutil.rmtree(work, ignore_errors=True)


class _HashingWriter:
    def __init__(self, out: Any) -> None:
        self.out, self.h = out, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.h.update(data)
        return self.out.write(data)

    def hexdigest(self) -> str:
        return self.h.hexdigest()


def prune(folder: Path, station_code: str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups of ``station_code`` in ``folder`` (automatic retention)."""
    found = _station_backups(folder, station_code)
    doomed = found[:-keep] if keep > 0 else []
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def _station_backups(folder: Path, code: str) -> list[Path]:
    """This station's backup files in ``folder``, oldest first (their names start with the UTC time)."""
    pattern = re.compile(rf"custody-{re.escape(code)}-(\d{{8}}T\d{{6}}Z)-.*{re.escape(SUFFIX)}")
    if not folder.is_dir():
        return []
    found = [(m.group(1), p.name, p) for p in folder.iterdir() if (m := pattern.fullmatch(p.name))]
    return [p for _, _, p in sorted(found)]


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"custody-*{SUFFIX}"), key=lambda p: p.name) if folder.is_dir() else []


# --- restoring -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    database: str
    ledger_size: int
    root: str
    created_at: str
    station: str
    restored: Path  # the database file (SQLite) or the pg_dump archive to give pg_restore


def _safe_name(name: str) -> str | None:
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts:
        return None
    if name in ("manifest.json", DB_FILENAME, PG_DUMP_NAME):
        return name
    if len(p.parts) == 2 and p.parts[0] == "keys" and p.parts[1] and not p.parts[1].startswith("."):
        return name
    return None


def _unpack(payload: Path, work: Path, source: Path) -> dict[str, Any]:
    def bad(reason: str) -> CustodyError:
        return CustodyError(MSG_BAD_CONTENT, path=str(source), reason=reason)

    try:
        with tarfile.open(payload, "r:") as tar:
            for m in tar.getmembers():
                name = _safe_name(m.name)
                if name is None or not m.isfile():
                    raise bad(f"unexpected member {m.name!r}")
                fh = tar.extractfile(m)
                assert fh is not None
                target = work / name
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    shutil.copyfileobj(fh, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
    except (tarfile.TarError, FileExistsError) as exc:
        raise bad(str(exc)) from exc
    try:
        manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise bad("no readable manifest") from exc
    present = {str(p.relative_to(work).as_posix()) for p in work.rglob("*") if p.is_file()} - {"manifest.json"}
    if set(files) != present:
        raise bad("its files differ from the manifest")
    for name, digest in files.items():
        if _sha256_file(work / name) != digest:
            raise bad(f"{name} does not match its checksum")
    return manifest


def restore_backup(source: Path, target: Path, passphrase: str, *, checkpoints: list[tuple[str, str]] = (),
                   force: bool = False, station_code: str | None = None) -> RestoreResult:
    """Restore ``source`` into the new data folder ``target``. ``checkpoints``: (name, signed note) pairs the
    restored ledger must extend (the station's last exported checkpoints); ``force`` restores an older one."""
    target = Path(target)
    if (target / DB_FILENAME).exists() or (target / PG_DUMP_NAME).exists() or (
            (target / "keys").is_dir() and any((target / "keys").iterdir())):
        raise CustodyError(MSG_TARGET_USED, path=str(target))
    notes = []
    for name, note in checkpoints:
        try:
            notes.append((name, note, parse_checkpoint(note).size))
        except ValueError as exc:
            raise CustodyError(MSG_BAD_NOTE, path=name) from exc
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    work = _work_dir(target)
    try:
        payload = work / "payload.tar"
        try:
            with Path(source).open("rb") as src, payload.open("wb") as out:
                _header, chunks = sealed.unseal(src, passphrase)
                for block in chunks:
                    out.write(block)
        except sealed.SealError as exc:
            if exc.reason == "not a backup":
                raise CustodyError(MSG_NOT_BACKUP, path=str(source)) from exc
            if exc.reason == "passphrase":
                raise CustodyError(MSG_PASSPHRASE) from exc
            raise CustodyError(MSG_DAMAGED, path=str(source)) from exc
        unpacked = work / "content"
        unpacked.mkdir(mode=0o700)
        manifest = _unpack(payload, unpacked, Path(source))
        payload.unlink()
        database = manifest.get("database")
        if database == "sqlite":
            db = unpacked / DB_FILENAME
            result = verify_copy(db, unpacked, station_code or manifest.get("station"))
            if not (result.ok and result.trusted):
                raise CustodyError(MSG_RESTORED_BAD, reason=_describe(result))
            size = result.report.size
            for name, note, covered in notes:
                if covered > size:
                    if not force:
                        raise CustodyError(MSG_OLDER, size=size, checkpoint=name, covered=covered)
                    continue
                check = verify_copy(db, unpacked, station_code or manifest.get("station"), since_checkpoint=note)
                if not check.ok and not force:
                    raise CustodyError(MSG_FORK, checkpoint=name, reason=_describe(check))
            restored_name = DB_FILENAME
        elif database == "postgresql":
            size = int(manifest.get("ledger_size", 0))
            restored_name = PG_DUMP_NAME
        else:
            raise CustodyError(MSG_BAD_CONTENT, path=str(source), reason="unknown database kind")
        # Everything checked: move it into place (the keys first, the database last: its presence means done).
        (target / "keys").mkdir(exist_ok=True, mode=0o700)
        for f in sorted((unpacked / "keys").iterdir()) if (unpacked / "keys").is_dir() else []:
            os.replace(f, target / "keys" / f.name)
        _fsync_dir(target / "keys")
        os.replace(unpacked / restored_name, target / restored_name)
        _fsync_dir(target)
        return RestoreResult(data_dir=target, database=str(database), ledger_size=size,
                             root=str(manifest.get("root", "")), created_at=str(manifest.get("created_at", "")),
                             station=str(manifest.get("station", "")), restored=target / restored_name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- automatic backups (daily and when the app closes, with retention) -------------------------------------------

SETTINGS_FILE = "backup-settings.json"
MSG_KEEP = N_("Backup", "Keep between 1 and 365 backups.")
MSG_FOLDER = N_("Backup", "The backup folder must be a full path (or empty for backups/ in the data folder).")


@dataclass(frozen=True)
class AutoBackupSettings:
    """This workstation's automatic backups (kept in its data folder, beside its keys)."""

    daily: bool = True
    at_exit: bool = True
    keep: int = 14
    folder: str = ""  # empty: backups/ in the data folder

    def target(self, ctx: AppContext) -> Path:
        return Path(self.folder) if self.folder else ctx.data_dir / "backups"


def auto_settings(ctx: AppContext) -> AutoBackupSettings:
    try:
        doc = json.loads((ctx.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        return AutoBackupSettings(daily=bool(doc.get("daily", True)), at_exit=bool(doc.get("at_exit", True)),
                                  keep=int(doc.get("keep", 14)), folder=str(doc.get("folder", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return AutoBackupSettings()


def save_auto_settings(ctx: AppContext, settings: AutoBackupSettings) -> AutoBackupSettings:
    from custody.domain.errors import FormErrors

    errors = {}
    if not 1 <= settings.keep <= 365:
        errors["keep"] = MSG_KEEP
    if settings.folder and not Path(settings.folder).is_absolute():
        errors["folder"] = MSG_FOLDER
    if errors:
        raise FormErrors(errors)
    write_private_file(ctx.data_dir / SETTINGS_FILE, json.dumps(
        {"daily": settings.daily, "at_exit": settings.at_exit, "keep": settings.keep, "folder": settings.folder},
        indent=1).encode("utf-8"))
    return settings


def last_backup(ctx: AppContext, settings: AutoBackupSettings | None = None) -> Path | None:
    settings = settings or auto_settings(ctx)
    found = _station_backups(settings.target(ctx), ctx.station().code)
    return found[-1] if found else None


def auto_backup(ctx: AppContext, trigger: str, *, now: Callable[[], datetime] | None = None) -> BackupResult | None:
    """The automatic backup for ``trigger`` ("daily": when the newest is a day old or more; "exit": always), if
    it is switched on and a passphrase is set; then only the newest ``keep`` backups of this station are kept.
    None when nothing was due."""
    settings = auto_settings(ctx)
    if not has_passphrase(ctx) or not (settings.daily if trigger == "daily" else settings.at_exit):
        return None
    clock = now or (lambda: datetime.now(UTC))
    if trigger == "daily":
        newest = last_backup(ctx, settings)
        if newest is not None and clock().timestamp() - newest.stat().st_mtime < 24 * 3600:
            return None
    result = create_backup(ctx, settings.target(ctx), reason=trigger, now=clock)
    prune(settings.target(ctx), ctx.station().code, settings.keep)
    return result
