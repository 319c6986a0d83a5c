"""Issue 16: the command line speaks the user's language (CUSTODY_LANGUAGE, else the locale), for what it reports
and for its errors; identifiers and keys are printed as they are; an unknown locale gives English."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from custody.cli.main import cli
from tests.conftest import ADMIN_PASSWORD


def init(tmp_path: Path, data: Path, env: dict[str, str]):
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    db = tmp_path / "station.sqlite3"
    res = CliRunner().invoke(cli, ["--db", str(db), "--data-dir", str(data), "init", "--agency", "UN Police",
                                   "--station", "DIL", "--admin", "admin", "--password-file", str(pw)], env=env)
    assert res.exit_code == 0, res.output
    return db, res


def wrong_password(tmp_path: Path, db: Path, env: dict[str, str]):
    bad = tmp_path / "bad.txt"
    bad.write_text("not the password\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["--db", str(db), "user", "unlock", "admin", "--as", "admin",
                                    "--password-file", str(bad)], env=env)


@pytest.mark.parametrize(("env", "set_up", "key_line", "error"), [
    ({"CUSTODY_LANGUAGE": "fr"}, "UN Police configuré, poste DIL", "Clé de vérification du poste : ",
     "Erreur : Le nom d'utilisateur ou le mot de passe est incorrect."),
    ({"CUSTODY_LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "pt_PT.UTF-8"},
     "Configurado UN Police, posto DIL", "Chave de verificação do posto: ",
     "Erro: O nome de utilizador ou a palavra-passe não estão corretos."),
    ({"CUSTODY_LANGUAGE": "es"}, "Configurado UN Police, estación DIL", "Clave de verificación de la estación: ",
     "Error: El nombre de usuario o la contraseña no son correctos."),
    ({"CUSTODY_LANGUAGE": "ar"}, "أُعدّ UN Police، المركز DIL", "مفتاح التحقق الخاص بالمركز: ",
     "خطأ: اسم المستخدم أو كلمة المرور غير صحيحة."),
    ({"CUSTODY_LANGUAGE": "", "LC_ALL": "de_DE.UTF-8"}, "Set up UN Police, station DIL", "Station verifier key: ",
     "Error: The username or password is not correct."),
])
def test_cli_output_and_errors_in_the_users_language(tmp_path: Path, _isolated_data_dir: Path, env, set_up,
                                                      key_line, error):
    db, res = init(tmp_path, _isolated_data_dir, env)
    lines = res.output.splitlines()
    assert lines[0].startswith(set_up), res.output
    # the key itself is printed untouched, after the translated caption
    key = next(ln for ln in lines if ln.startswith(key_line))[len(key_line):]
    assert key.startswith("custody.local/DIL") or "/DIL" in key, key
    failed = wrong_password(tmp_path, db, env)
    assert failed.exit_code == 1
    assert [ln for ln in failed.stderr.splitlines() if ln.strip()] == [error]
    assert "Traceback" not in failed.output
