"""Every translation keeps the placeholders of its source text (DESIGN.md habit 9)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from custody.paths import resources_dir

PLACEHOLDER = re.compile(r"\{(\w*)\}")
TS_FILES = sorted((resources_dir() / "translations").glob("*.ts"))


def placeholders(text: str | None) -> set[str]:
    return set(PLACEHOLDER.findall(text or ""))


def mismatches(path: Path) -> list[str]:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
            for text in texts:
                if text and placeholders(text) != placeholders(source):
                    problems.append(f"{name}: {source!r} -> {text!r}")
    return problems


@pytest.mark.parametrize("path", TS_FILES, ids=[p.name for p in TS_FILES])
def test_translation_keeps_placeholders(path: Path):
    assert mismatches(path) == []


def test_the_checker_catches_a_dropped_placeholder(tmp_path: Path):
    ts = tmp_path / "custody_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context><name>MainWindow</name>'
        "<message><source>Verifying {n} ledger entries…</source><translation>Vérification…</translation></message>"
        "<message><source>Lock</source><translation>Verrouiller</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert mismatches(ts) == ["MainWindow: 'Verifying {n} ledger entries…' -> 'Vérification…'"]
