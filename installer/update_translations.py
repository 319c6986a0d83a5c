"""Refresh resources/translations/custody_<lang>.ts from the code.

The messages come from ``installer/i18n_extract.py`` (every ``tr``/``translate``/``QT_TRANSLATE_NOOP``/``N_``
message in src/custody, filed under the context Qt looks it up in at run time; ``%n`` messages are plural
(numerus) messages with one form per plural form of the language). Existing translations are kept; a message
that is new (or whose English changed) gets an empty ``type="unfinished"`` translation; messages no longer in
the code are dropped. The ``.qm`` files are built from the ``.ts`` files at build time; this script compiles
them only where a ``.qm`` file is still present next to its ``.ts``. Run from the repository root:

    python installer/update_translations.py            # refresh every catalogue
    python installer/update_translations.py --check    # list what fr/pt/es/ar lack; exit 1 if anything
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_extract import extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "pt", "es", "ar", "ru")
REQUIRED = ("fr", "pt", "es", "ar")  # complete catalogues (ru is kept but not required)
# Plural forms as Qt counts them (lrelease's numerus rules for the language alone, no country).
NUMERUS_FORMS = {"fr": 2, "pt": 2, "es": 2, "ar": 6, "ru": 3}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")


def tool(name: str) -> str | None:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found if Path(found).exists() else None


Translation = str | list[str]


def existing(path: Path) -> dict[tuple[str, str], Translation]:
    """Finished translations in ``path``: (context, source) -> text, or the list of plural forms."""
    if not path.exists():
        return {}
    done: dict[tuple[str, str], Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if forms and all(forms):
                done[(name, message.findtext("source") or "")] = forms
            elif tr.text:
                done[(name, message.findtext("source") or "")] = tr.text
    return done


def write_ts(path: Path, lang: str, messages: dict[str, list[tuple[str, bool]]],
             translations: dict[tuple[str, str], Translation]) -> int:
    """Write the catalogue; answer how many messages are left untranslated."""
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    forms = NUMERUS_FORMS.get(lang, 2)
    missing = 0
    for ctx in sorted(messages):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text, numerus in messages[ctx]:
            m = ET.SubElement(c, "message")
            if numerus:
                m.set("numerus", "yes")
            ET.SubElement(m, "source").text = text
            t = ET.SubElement(m, "translation")
            done = translations.get((ctx, text))
            if done is None:
                done = translations.get(("", text))  # older catalogues filed module helpers under no context
            if numerus:
                if isinstance(done, str):
                    done = [done] * forms
                if done is None or len(done) != forms:
                    done = None
                for i in range(forms):
                    ET.SubElement(t, "numerusform").text = done[i] if done else ""
            elif isinstance(done, list):
                done = done[-1]
            if done:
                if not numerus:
                    t.text = done
            else:
                t.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
                    + "\n", encoding="utf-8")
    return missing


def problems(path: Path, messages: dict[str, list[tuple[str, bool]]]) -> list[str]:
    """What is wrong with the catalogue at ``path``: missing or unfinished messages, placeholders that differ."""
    found = existing(path)
    out = []
    for ctx, texts in messages.items():
        for text, _ in texts:
            done = found.get((ctx, text))
            if done is None:
                out.append(f"{path.name}: [{ctx}] not translated: {text!r}")
                continue
            want = sorted(PLACEHOLDER.findall(text))
            for form in done if isinstance(done, list) else [done]:
                got = sorted(PLACEHOLDER.findall(form))
                if got != want:
                    out.append(f"{path.name}: [{ctx}] placeholders {got} differ from {want}: {text!r}")
    return out


def main(argv: list[str]) -> int:
    messages = extract().messages
    total = sum(len(v) for v in messages.values())
    if "--check" in argv:
        bad = []
        for lang in REQUIRED:
            bad += problems(OUT / f"custody_{lang}.ts", messages)
        print("\n".join(bad) or f"{total} messages, all translated in {', '.join(REQUIRED)}")
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    lrelease = tool("pyside6-lrelease")
    report = []
    for lang in LANGUAGES:
        ts = OUT / f"custody_{lang}.ts"
        missing = write_ts(ts, lang, messages, existing(ts))
        report.append(f"{lang}: {missing} untranslated")
        qm = ts.with_suffix(".qm")
        if qm.exists() and lrelease:
            subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    print(f"{total} messages in {len(messages)} contexts; " + ", ".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
