"""An SQLite database on a network share is refused, in words, before anything is opened.

No NFS or SMB server can be mounted on the test machines, so the real mount table is read for the local case and
network mounts are presented through psutil's partition list (what the check reads on every platform).
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pytest
from click.testing import CliRunner

from custody.cli.main import cli
from custody.db import filesystems
from custody.db.engine import make_engine
from custody.db.filesystems import NetworkShareRefused, mount_of, network_share

Part = namedtuple("Part", "device mountpoint fstype opts")


def test_a_local_folder_is_accepted_and_its_real_mount_found(tmp_path: Path):
    mount = mount_of(tmp_path)
    assert mount is not None and mount.fstype and not mount.remote
    assert tmp_path.as_posix().startswith(mount.mountpoint.rstrip("/") + "/") or mount.mountpoint == "/"
    assert network_share(tmp_path) is None
    make_engine(f"sqlite:///{tmp_path / 'local.sqlite3'}").dispose()


LINUX = [Part("/dev/sda1", "/", "ext4", "rw"), Part("srv:/evidence", "/mnt/evidence", "nfs4", "rw,vers=4.2"),
         Part("/dev/sdb1", "/mnt/evidence/cache", "ext4", "rw"), Part("//nas/custody", "/media/nas", "cifs", "rw"),
         Part("user@host:", "/home/amina/remote", "fuse.sshfs", "rw"), Part("C:\\", "/mnt/c", "9p", "rw"),
         Part("tmpfs", "/media/nas", "tmpfs", "rw")]  # mounted over the share later: the tmpfs is what is seen


@pytest.mark.parametrize(("folder", "fstype"), [
    ("/mnt/evidence", "nfs4"), ("/mnt/evidence/custody/data", "nfs4"), ("/home/amina/remote/db", "fuse.sshfs"),
    ("/mnt/c/Users/amina/Custody", "9p"),
])
def test_network_file_systems_are_found(folder: str, fstype: str):
    share = network_share(folder, LINUX, windows=False)
    assert share is not None and share.fstype == fstype


@pytest.mark.parametrize("folder", ["/home/amina/.local/share/Custody", "/mnt/evidence/cache/db", "/mnt/evidenceX",
                                    "/media/nas/custody"])
def test_local_folders_next_to_or_inside_shares_are_not(folder: str):
    assert network_share(folder, LINUX, windows=False) is None


def test_windows_mapped_drives_and_unc_paths():
    parts = [Part("C:\\", "C:\\", "NTFS", "rw,fixed"), Part("Z:\\", "Z:\\", "NTFS", "rw,remote")]
    assert network_share("Z:\\Custody\\data", parts, windows=True) is not None
    assert network_share("z:\\custody", parts, windows=True) is not None
    assert network_share("C:\\Users\\amina\\AppData\\Local\\Custody", parts, windows=True) is None
    assert network_share("\\\\nas\\evidence\\Custody", parts, windows=True).fstype == "SMB (UNC path)"
    assert network_share("\\\\?\\UNC\\nas\\evidence", parts, windows=True) is not None
    assert network_share("\\\\?\\C:\\Custody", parts, windows=True) is None


def test_the_command_line_refuses_a_database_on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    share = tmp_path / "share"
    share.mkdir()
    import psutil

    real = psutil.disk_partitions(all=True)
    monkeypatch.setattr(psutil, "disk_partitions",
                        lambda all=True: [*real, Part("//nas/evidence", str(share), "cifs", "rw")])
    db = share / "custody" / "custody.sqlite3"
    pw = tmp_path / "pw"
    pw.write_text("a long enough passphrase\n")
    res = CliRunner().invoke(cli, ["--db", str(db), "init", "--agency", "A", "--station", "DIL", "--admin", "admin",
                                   "--password-file", str(pw)])
    assert res.exit_code == 1
    assert f"The database {db} is on a network share (cifs at {share})" in res.output
    assert "PostgreSQL" in res.output and "Traceback" not in res.output
    assert list(share.iterdir()) == []  # nothing created there
    with pytest.raises(NetworkShareRefused):
        make_engine(f"sqlite:///{share / 'other.sqlite3'}")
    assert filesystems.network_share(tmp_path) is None  # next to the share: fine
