"""The command line: custody trust add|list|remove, custody transfer out|check|in, custody-verify FILE.custody."""

from __future__ import annotations

from click.testing import CliRunner

from custody.cli.main import cli
from custody.verifier import main as verify_main
from tests.conftest import ADMIN_PASSWORD
from tests.transfer.conftest import pw, seed_items


def _args(st, tmp_path, name):
    url = str(st.ctx.engine.url.render_as_string(hide_password=False))
    return ["--db", url, "--data-dir", str(st.ctx.data_dir)]


def test_cli_transfer_out_trust_and_in(stations, tmp_path, capsys):
    a, b = stations
    items = seed_items(a)
    b.user("lena")
    (tmp_path / "cora.pw").write_text(pw("cora") + "\n")
    (tmp_path / "lena.pw").write_text(pw("lena") + "\n")
    (tmp_path / "admin.pw").write_text(ADMIN_PASSWORD + "\n")
    runner = CliRunner()
    A, B = _args(a, tmp_path, "a"), _args(b, tmp_path, "b")
    pkg = tmp_path / "to-lab.custody"
    res = runner.invoke(cli, [*A, "transfer", "out", *items, "--to", "National Forensic Laboratory", "--out", str(pkg),
                              "--receiver-name", "Lena Example", "--receiver-org", "NFL", "--receiver-id", "NFL-778",
                              "--as", "cora", "--password-file", str(tmp_path / "cora.pw")])
    assert res.exit_code == 0, res.output
    assert pkg.is_file() and "3 item(s) handed to National Forensic Laboratory" in res.output

    # custody-verify checks a package like a report
    assert verify_main([str(pkg), "--trust", a.key]) == 0
    assert "RESULT: VERIFIED" in capsys.readouterr().out

    # not trusted yet: refused with the reason, nothing recorded, no traceback
    in_args = [*B, "transfer", "in", str(pkg), "--as", "lena", "--password-file", str(tmp_path / "lena.pw")]
    res = runner.invoke(cli, in_args)
    assert res.exit_code == 1 and "not one you trust" in res.output and isinstance(res.exception, SystemExit)

    # a changed byte: refused even with the key given
    bad = tmp_path / "bad.custody"
    raw = bytearray(pkg.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    bad.write_bytes(bytes(raw))
    res = runner.invoke(cli, [*B, "transfer", "in", str(bad), "--trust", a.key, "--as", "lena", "--password-file",
                              str(tmp_path / "lena.pw")])
    assert res.exit_code == 1 and "refused" in res.output and isinstance(res.exception, SystemExit)

    # the administrator trusts A; the package is accepted
    res = runner.invoke(cli, [*B, "trust", "add", a.key, "--name", "UN Police, Dili", "--reason", "MoU",
                              "--as", "admin", "--password-file", str(tmp_path / "admin.pw")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, [*B, "trust", "list", "--as", "admin", "--password-file", str(tmp_path / "admin.pw")])
    assert a.key in res.output and "UN Police, Dili" in res.output
    res = runner.invoke(cli, [*B, "transfer", "check", str(pkg), "--as", "lena", "--password-file",
                              str(tmp_path / "lena.pw")])
    assert res.exit_code == 0 and "item.registered" in res.output and "White powder, bag 1" in res.output
    res = runner.invoke(cli, in_args)
    assert res.exit_code == 0, res.output
    assert all(i in res.output for i in items)
    res = runner.invoke(cli, in_args)  # the same package twice: refused
    assert res.exit_code == 1 and "already in this station's custody" in res.output
    res = runner.invoke(cli, [*B, "trust", "remove", a.key, "--as", "lena", "--password-file",
                              str(tmp_path / "lena.pw")])
    assert res.exit_code == 1 and "do not allow" in res.output
