"""Every working language is complete: each message the code shows is translated, with the source's placeholders.

The source messages are read from the code (installer/i18n_extract.py, the extractor update_translations.py uses),
not from the catalogues: a new ``self.tr("…")`` without a translation in every catalogue fails here (and in CI).
"""

from __future__ import annotations

import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from custody.domain.i18n import LANGUAGES, SOURCE_LANGUAGE
from custody.paths import resources_dir, translations_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import i18n_extract  # noqa: E402
from i18n_extract import extract  # noqa: E402

WORKING = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
#: {name} / {0} / {} (str.format), %1..%99 (Qt .arg), %n (plural count), %(name)s / %s / %d (printf)
PLACEHOLDER = re.compile(r"\{\w*\}|%\d{1,2}|%n|%\(\w+\)[sd]|%[sd]")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@cache
def source_messages() -> dict[str, tuple[tuple[str, bool], ...]]:
    return {ctx: tuple(texts) for ctx, texts in extract().messages.items()}


def read_catalogue(path: Path) -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """(context, source) -> (type attribute of <translation>, its texts: the numerus forms or the one text)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None:
                out[(name, message.findtext("source") or "")] = ("missing", [])
                continue
            forms = [n.text or "" for n in tr.iter("numerusform")]
            out[(name, message.findtext("source") or "")] = (tr.get("type"), forms or [tr.text or ""])
    return out


def catalogue_problems(path: Path, messages: dict[str, tuple[tuple[str, bool], ...]]) -> list[str]:
    found = read_catalogue(path)
    problems = []
    for ctx, texts in messages.items():
        for source, numerus in texts:
            where = f"[{ctx}] {source!r}"
            kind, forms = found.get((ctx, source), ("absent", []))
            if kind == "absent":
                problems.append(f"missing from the catalogue: {where}")
            elif kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"not translated ({kind}): {where}")
            elif not forms or any(not f.strip() for f in forms):
                problems.append(f"empty translation: {where}")
            else:
                want = placeholders(source)
                for form in forms:
                    got = placeholders(form)
                    # a plural form may spell the count out ("one item") instead of %n
                    if got != want and not (numerus and [p for p in want if p != "%n"] == got):
                        problems.append(f"placeholders {got} instead of {want}: {where} -> {form!r}")
    return problems


@pytest.mark.parametrize("lang", WORKING)
def test_catalogue_is_complete_with_the_same_placeholders(lang):
    path = resources_dir() / "translations" / f"custody_{lang}.ts"
    assert path.is_file(), f"no catalogue for {lang}"
    problems = catalogue_problems(path, source_messages())
    shown = "\n".join(problems[:40])
    assert not problems, f"{len(problems)} problems in custody_{lang}.ts (run installer/update_translations.py " \
                         f"and translate):\n{shown}"


@pytest.mark.parametrize("lang", WORKING)
def test_compiled_catalogue_gives_the_translations_qt_shows(lang):
    """The .qm built from the .ts answers every message as the .ts says (what the screens show)."""
    translator = QTranslator()
    assert translator.load(f"custody_{lang}", str(translations_dir()))
    found = read_catalogue(resources_dir() / "translations" / f"custody_{lang}.ts")
    wrong = []
    for ctx, texts in source_messages().items():
        for source, numerus in texts:
            kind, forms = found.get((ctx, source), ("absent", []))
            if kind is not None or not forms:
                continue  # reported by the completeness test
            got = translator.translate(ctx, source, None, 1 if numerus else -1)
            if got not in forms:
                wrong.append(f"[{ctx}] {source!r}: {got!r}")
    assert not wrong, "\n".join(wrong[:20])


def test_a_new_untranslated_message_is_caught(tmp_path, monkeypatch):
    """The check reads the code: a message added to the code but not to a catalogue is reported."""
    src = tmp_path / "custody"
    monkeypatch.setattr(i18n_extract, "SRC", src)  # module names are taken relative to it
    (src / "ui").mkdir(parents=True)
    (src / "ui" / "page.py").write_text(textwrap.dedent('''
        from PySide6.QtWidgets import QWidget

        class NewPage(QWidget):
            def __init__(self):
                super().__init__()
                self.setWindowTitle(self.tr("Seal broken on {item}"))
                self.hint = self.tr("Weighed again")
    '''), encoding="utf-8")
    messages = {ctx: tuple(t) for ctx, t in extract(src).messages.items()}
    assert messages == {"NewPage": (("Seal broken on {item}", False), ("Weighed again", False))}
    ts = tmp_path / "custody_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context><name>NewPage</name>'
        "<message><source>Seal broken on {item}</source><translation>Scellé rompu</translation></message>"
        "</context></TS>", encoding="utf-8")
    assert catalogue_problems(ts, messages) == [
        "placeholders [] instead of ['{item}']: [NewPage] 'Seal broken on {item}' -> 'Scellé rompu'",
        "missing from the catalogue: [NewPage] 'Weighed again'",
    ]
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context><name>NewPage</name>'
        "<message><source>Seal broken on {item}</source><translation>Scellé rompu sur {item}</translation></message>"
        '<message><source>Weighed again</source><translation type="unfinished">Repesé</translation></message>'
        "<message><source>Old text</source><translation>plus utilisé</translation></message>"
        "</context></TS>", encoding="utf-8")
    assert catalogue_problems(ts, messages) == ["not translated (unfinished): [NewPage] 'Weighed again'"]
