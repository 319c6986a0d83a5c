"""Acceptance on a demo database: every case report names its case, items, events and officers, in every
script, with all fonts embedded, and verifies offline; pdftotext, pypdf and pdfminer.six each return every
officer's name as typed (issue 13, acceptance 3)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pypdf
from pdfminer.high_level import extract_text as pdfminer_text
from sqlalchemy import select

from custody.db.engine import make_engine
from custody.db.models import Case, LedgerEntry
from custody.db.uow import unit_of_work
from custody.services import reports as report_svc
from custody.services.auth import login
from custody.services.context import AppContext
from custody.services.demo import DemoOptions, build_demo
from custody.verifier import verify_pdf

NAMES = {"joao": "João Conceição", "helene": "Hélène Lefèvre", "mohammed": "محمد عبد الله", "ivan": "Иван Петров"}


def _fonts_embedded(reader: pypdf.PdfReader) -> bool:
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for desc in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                fd = desc.get("/FontDescriptor")
                if fd is not None and "/FontFile2" not in fd.get_object():
                    return False
                if "Helvetica" in str(desc.get("/BaseFont", "")):
                    return False
    return True


def test_demo_case_reports(tmp_path: Path):
    ctx = AppContext(engine=make_engine(f"sqlite:///{tmp_path / 'demo.db'}"), data_dir=tmp_path / "data")
    from custody.db import migrate

    migrate.upgrade(ctx.engine)
    result = build_demo(ctx, DemoOptions(items=12, seed=5, photos=False))
    helene = login(ctx, "helene", result.officer_password)
    with unit_of_work(ctx.engine, read_only=True) as s:
        cases = list(s.execute(select(Case.case_number)).scalars())
    plain, poppler, miner = [], [], []
    for number in cases:
        res = report_svc.produce_case_report(ctx, helene, number)
        reader = pypdf.PdfReader(io.BytesIO(res.pdf))
        text = "\n".join(p.extract_text() for p in reader.pages)
        plain.append(text)
        (tmp_path / "report.pdf").write_bytes(res.pdf)
        poppler.append(subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "report.pdf"), "-"],
                                      capture_output=True, text=True, check=True).stdout)
        miner.append(pdfminer_text(io.BytesIO(res.pdf)))
        assert number in text
        for item in res.item_ids:
            assert item in text
        assert _fonts_embedded(reader)
        assert verify_pdf(res.pdf, [ctx.station().verifier_key]).ok
    everything = " ".join(" ".join(plain).split())  # a wrapped cell's name spans two lines
    # every officer who acted on or signed for these items is named, Arabic too, as typed (logical order)
    with unit_of_work(ctx.engine, read_only=True) as s:
        people = set()
        for (body,) in s.execute(select(LedgerEntry.body).where(LedgerEntry.item.is_not(None))):
            b = json.loads(body)
            people |= {b["actor"], *b["signers"]}
    marks = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
    tools = {tool: re.sub(r"\s+", " ", unicodedata.normalize("NFC", " ".join(texts)).translate(marks))
             for tool, texts in (("pypdf", plain), ("pdftotext", poppler), ("pdfminer.six", miner))}
    for username, name in NAMES.items():
        if username in people:
            for tool, text in tools.items():
                assert name in text, (tool, name)
    assert {"joao", "helene", "ivan", "mohammed"} <= people  # so the Arabic check above was made
    for kind_label in ("Item registered", "Handed over", "Checked in to storage", "Report issued"):
        assert kind_label in everything
    ctx.engine.dispose()
