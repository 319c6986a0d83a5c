"""The captions of reports (context "Report"): the renderers in ``custody.reports`` write every fixed text as
``self.label("key", "English caption")`` or as ``("key", "English caption")`` pairs fed to ``self.label``
(table headers), and look the caption up at render time in the document's language
(``custody.domain.i18n.document_text``). This finds those captions for the catalogues.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_CONTEXT = "Report"
#: the renderers that caption with label(); labels.py / label_text.py print data only (no captions)
RENDERERS = ("base.py", "custody_report.py", "other_reports.py")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _pair(elts: list[ast.expr]) -> str | None:
    if len(elts) < 2:
        return None
    key, caption = elts[0], elts[1]
    if (isinstance(key, ast.Constant) and isinstance(key.value, str) and _KEY.match(key.value)
            and isinstance(caption, ast.Constant) and isinstance(caption.value, str)
            and re.search(r"[A-Za-z]", caption.value)):
        return caption.value
    return None


def report_captions(reports_dir: Path = ROOT / "src" / "custody" / "reports") -> list[str]:
    """Every caption, in first-seen order, without repeats."""
    found: list[str] = []
    for name in RENDERERS:
        path = Path(reports_dir) / name
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            caption = None
            if isinstance(node, ast.Call):
                func = node.func
                attr = func.attr if isinstance(func, ast.Attribute) else ""
                if attr in ("label", "get"):
                    caption = _pair(list(node.args))
            elif isinstance(node, ast.Tuple):
                caption = _pair(list(node.elts))
            if caption is not None and caption not in found:
                found.append(caption)
    return found


LABEL_TEMPLATE_CONTEXT = "LabelTemplate"


def label_template_texts(labels_dir: Path = ROOT / "resources" / "labels") -> list[str]:
    """The titles and printer names of the shipped label templates (resources/labels/*.json), which the label
    dialog and the settings show (translated in the context "LabelTemplate")."""
    import json

    found: list[str] = []
    for path in sorted(Path(labels_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("title", "printer"):
            text = data.get(key)
            if isinstance(text, str) and text and text not in found:
                found.append(text)
    return found


if __name__ == "__main__":
    for caption in report_captions():
        print(caption)
