"""Refuse an SQLite database on a network share (NFS, SMB/CIFS, SSHFS, WSL's Windows drives...).

SQLite's locking and its WAL shared memory do not work reliably over a network file system: two workstations opening
the same file there can both write and corrupt it (sqlite.org/useovernet.html), and a ledger that forks is worse
than no ledger. Several stations share one PostgreSQL server instead (docs/DEPLOYMENT.md).

The check looks at the file system type of the database's folder (psutil reads the mount table on Linux and macOS
and the drive type on Windows; a Windows UNC path \\\\server\\share is remote by definition).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from custody.domain.errors import CustodyError
from custody.domain.i18n import N_

#: File system types (as the mount table names them) that live on another machine.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs", "ncpfs", "afs", "coda",
    "ceph", "glusterfs", "lustre", "gpfs", "9p", "drvfs", "sshfs", "fuse.sshfs", "fuse.davfs2", "fuse.glusterfs",
    "fuse.rclone", "fuse.s3fs", "fuse.cephfs", "fuse.smbnetfs", "fuse.gvfsd-fuse",
})

MSG_NETWORK = N_(
    "Database",
    "The database {path} is on a network share ({fstype} at {mount}). Custody does not open an SQLite database "
    "over a network: its locks do not hold there, and two workstations writing to the same file could fork or "
    "corrupt the ledger. Keep the database on this computer's own disk (choose another folder with --data-dir or "
    "--db), or let the stations share one PostgreSQL server (see docs/DEPLOYMENT.md). Nothing was opened.",
)


class NetworkShareRefused(CustodyError):
    pass


@dataclass(frozen=True)
class Mount:
    mountpoint: str
    fstype: str
    remote: bool  # Windows drive type "remote", or a network file system type


def _is_unc(path: str) -> bool:
    p = path.replace("/", "\\")
    if p.lower().startswith("\\\\?\\unc\\"):
        return True
    return p.startswith("\\\\") and not p.startswith(("\\\\?\\", "\\\\.\\"))


def _norm(path: str, windows: bool) -> str:
    path = path.replace("\\", "/")
    return path.casefold() if windows else path


def _inside(path: str, point: str) -> bool:
    return path == point or path.startswith(point if point.endswith("/") else point + "/")


def mount_of(folder: Path | str, partitions: list | None = None, *, windows: bool = False) -> Mount | None:
    """The mount that holds ``folder`` (the deepest mount point above it; the last one mounted there wins)."""
    if partitions is None:
        import psutil

        partitions = psutil.disk_partitions(all=True)
    path = _norm(str(folder), windows)
    best: Mount | None = None
    best_len = -1
    for part in partitions:
        point = _norm(part.mountpoint or "", windows)
        if point and _inside(path, point) and len(point) >= best_len:
            opts = {o.strip().lower() for o in (part.opts or "").split(",")}
            fstype = (part.fstype or "").lower()
            best = Mount(part.mountpoint, fstype, "remote" in opts or fstype in NETWORK_FILESYSTEMS)
            best_len = len(point)
    return best


def network_share(folder: Path | str, partitions: list | None = None, *, windows: bool | None = None) -> Mount | None:
    """The network mount holding ``folder``, or None when it is on a local disk (or cannot be told)."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows and _is_unc(str(folder)):
        return Mount(str(folder), "SMB (UNC path)", True)
    try:
        found = mount_of(folder, partitions, windows=windows)
    except (OSError, RuntimeError):  # an unreadable mount table must not stop a local station
        return None
    return found if found is not None and found.remote else None


def refuse_network_share(database: Path) -> None:
    """Raise :class:`NetworkShareRefused` (in words) if the SQLite file ``database`` would live on a network share."""
    folder = Path(os.path.abspath(database)).parent
    while not folder.exists() and folder.parent != folder:  # the file and even its folder may not exist yet
        folder = folder.parent
    share = network_share(folder.resolve())
    if share is not None:
        raise NetworkShareRefused(MSG_NETWORK, path=str(database), fstype=share.fstype, mount=share.mountpoint)
