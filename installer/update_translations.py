"""Refresh resources/translations/custody_<lang>.ts and compile the .qm files.

Sources: Qt's own extractor (pyside6-lupdate) over ``custody.ui`` (tr(), translate(), QT_TRANSLATE_NOOP),
plus every ``N_("context", "text")`` in the Qt-free layers (domain, services, security, reports), which
the GUI translates at display time. Existing translations are kept; texts that disappeared are marked
obsolete. Run from the repository root:  python installer/update_translations.py
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custody"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "pt", "ar", "ru")
QT_FREE = ("domain", "services", "security", "reports", "cli")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def n_messages() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for layer in QT_FREE:
        for path in sorted((SRC / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_"
                        and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                    ctx, text = node.args[0].value, node.args[1].value
                    if isinstance(ctx, str) and isinstance(text, str) and text not in out.setdefault(ctx, []):
                        out[ctx].append(text)
    return out


def ui_messages() -> dict[str, list[str]]:
    files = [str(p) for p in sorted((SRC / "ui").rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "ui.ts"
        subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True)
        out: dict[str, list[str]] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = message.findtext("source") or ""
                if text not in out.setdefault(name, []):
                    out[name].append(text)
        return out


def existing(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    done = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                done[(name, message.findtext("source") or "")] = tr.text
    return done


def write_ts(path: Path, lang: str, messages: dict[str, list[str]], translations: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang)
    for ctx in sorted(messages):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text in messages[ctx]:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            t = ET.SubElement(m, "translation")
            if (ctx, text) in translations:
                t.text = translations[(ctx, text)]
            else:
                t.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
                    + "\n", encoding="utf-8")


def main() -> None:
    messages = ui_messages()
    for ctx, texts in n_messages().items():
        bucket = messages.setdefault(ctx, [])
        bucket.extend(t for t in texts if t not in bucket)
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = OUT / f"custody_{lang}.ts"
        write_ts(ts, lang, messages, existing(ts))
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
    total = sum(len(v) for v in messages.values())
    print(f"{total} messages in {len(messages)} contexts -> {', '.join(LANGUAGES)}")


if __name__ == "__main__":
    main()
